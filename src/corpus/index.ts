import * as vscode from 'vscode';
import type { AnalysisRunner } from '../host/analysisRunner';
import type { AnalysisStore } from '../host/analysisStore';
import type { AnnotationFiles } from '../host/annotationFiles';
import { ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';
import { annotateWorkspace, AnnotateOutcome, outcomeMessage } from './annotate';
import { chartCsv, corpusCharts } from './charts';
import { CorpusTreeProvider, entityLocations } from './corpusView';
import { dashboardHtml } from './dashboardHtml';
import { Corpus, summarize } from './model';

/**
 * The workspace features: **News: Annotate Workspace**, the Corpus view and **News: Show Corpus
 * Dashboard** (a webview of charts, each exportable as CSV). One corpus, filled by the command,
 * with each article's corrections applied; an article of the corpus that is open follows what
 * the editor shows (a correction made there shows in the view and the charts at once).
 */
export class CorpusFeature extends Disposable {
  readonly corpus = new Corpus();
  private readonly tree = this.register(new CorpusTreeProvider(this.corpus));
  private readonly view = this.register(vscode.window.createTreeView('newsAnnotator.corpus', { treeDataProvider: this.tree, showCollapseAll: true }));
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  /** Fires whenever the corpus changes. */
  readonly onDidChange = this.emitter.event;
  private panel: vscode.WebviewPanel | undefined;
  /** The workspace lexicon changed since the last run: articles that are not open do not show it yet. */
  private lexiconChanged = false;
  private running: Promise<AnnotateOutcome> | undefined;

  constructor(
    private readonly runner: AnalysisRunner,
    private readonly config: ConfigService,
    private readonly store: AnalysisStore,
    private readonly files: AnnotationFiles,
  ) {
    super();
    this.register(store.onDidChange((e) => e.state.kind === 'ready' && this.follow(e.document)));
    // Open articles follow a lexicon change through the store; the others need another run.
    this.register(
      files.onDidChangeLexicon(() => {
        if (!this.corpus.size || this.running) return;
        this.lexiconChanged = true;
        this.changed();
      }),
    );
    this.register(vscode.commands.registerCommand('newsAnnotator.annotateWorkspace', () => this.annotate()));
    this.register(vscode.commands.registerCommand('newsAnnotator.showCorpusDashboard', () => this.showDashboard()));
    this.register(vscode.commands.registerCommand('newsAnnotator.corpus.openMentions', (key: string) => this.openMentions(key)));
    this.register(vscode.commands.registerCommand('newsAnnotator.corpus.exportChartCsv', (chartId?: string, target?: vscode.Uri) => this.exportCsv(chartId, target)));
    this.register({ dispose: () => this.panel?.dispose() });
  }

  /** Runs Annotate Workspace (a second call while one runs waits for that one). */
  annotate(): Promise<AnnotateOutcome> {
    this.running ??= (async () => {
      try {
        // The Corpus view starts folded (it is for workspaces, the other views for the open article): show it fill in.
        void vscode.commands.executeCommand('newsAnnotator.corpus.focus');
        this.lexiconChanged = false;
        const outcome = await annotateWorkspace(this.corpus, this.runner, this.config, (uri) => this.files.correctionsFor(uri), () => this.changed());
        const message = outcomeMessage(outcome);
        if (outcome.failed.length || outcome.uncorrected.length) void vscode.window.showWarningMessage(message);
        else if (outcome.annotated) void vscode.window.showInformationMessage(message, vscode.l10n.t('Show Corpus Dashboard')).then((pick) => pick && this.showDashboard());
        else void vscode.window.showInformationMessage(message);
        return outcome;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** An open article of the corpus was analysed or corrected: its summary becomes what the editor shows. */
  private follow(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    const before = this.corpus.get(uri);
    const analysis = before && this.store.get(document);
    // A partial first pass (a long article's visible part) would undercount: the complete one follows.
    if (!before || !analysis || analysis.partial) return;
    const after = summarize(uri, before.label, document.getText(), analysis);
    if (JSON.stringify(after) === JSON.stringify(before)) return;
    this.corpus.set(after);
    this.changed();
  }

  private changed(): void {
    this.emitter.fire();
    this.tree.refresh();
    const message = this.tree.message();
    this.view.message =
      message && this.lexiconChanged ? `${message} ${vscode.l10n.t('The workspace lexicon changed: run Annotate Workspace to apply it to the articles that are not open.')}` : message;
    this.renderDashboard();
  }

  /** Opens every mention of a corpus entity: the first in the editor, all of them in a references peek. */
  private async openMentions(key: string): Promise<void> {
    const entity = this.corpus.entities().find((e) => e.key === key);
    if (!entity) return;
    const locations = entityLocations(entity);
    if (!locations.length) return;
    const first = locations[0];
    await vscode.window.showTextDocument(first.uri, { selection: first.range });
    await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
  }

  private showDashboard(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel('newsAnnotator.dashboard', vscode.l10n.t('Corpus Dashboard'), vscode.ViewColumn.Active, {
      enableScripts: true,
      // Nothing is loaded from disk or the network: the page is self-contained.
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined));
    panel.webview.onDidReceiveMessage((m: { type?: string; chart?: string }) => {
      if (m?.type === 'exportCsv' && typeof m.chart === 'string') void this.exportCsv(m.chart);
    });
    this.renderDashboard();
    return panel;
  }

  private renderDashboard(): void {
    if (!this.panel) return;
    // Web Crypto: the same in Node and in the browser's extension host.
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    this.panel.webview.html = dashboardHtml(corpusCharts(this.corpus), { nonce, cspSource: this.panel.webview.cspSource, articles: this.corpus.size });
  }

  /** Saves one chart's data as CSV: to `target`, or where the person picks. Returns the file written. */
  private async exportCsv(chartId?: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const charts = corpusCharts(this.corpus);
    let chart = charts.find((c) => c.id === chartId);
    if (!chart) {
      const pick = await vscode.window.showQuickPick(
        charts.map((c) => ({ label: c.title, description: c.description, chart: c })),
        { title: vscode.l10n.t('News: export which chart as CSV?') },
      );
      if (!pick) return undefined;
      chart = pick.chart;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `${chart.id}.csv`), filters: { CSV: ['csv'] }, title: vscode.l10n.t('Export "{0}" as CSV', chart.title) }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(chartCsv(chart)));
    if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: saved "{0}" to {1}.', chart.title, vscode.workspace.asRelativePath(uri)));
    return uri;
  }
}
