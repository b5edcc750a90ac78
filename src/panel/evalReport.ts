import * as vscode from 'vscode';
import type { AnalysisRunner } from '../host/analysisRunner';
import { analysisOptions, ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';
import { evaluate, EvalError, EvalResult, GoldDoc, GoldIo, loadGold, resultMarkdown } from '../eval';

/** Scheme of the report and of the gold texts its links open (read-only virtual documents). */
export const EVAL_SCHEME = 'news-annotator-eval';
/** Reports kept for their links (each holds its gold texts); older ones close their documents' content. */
const KEPT = 3;

interface Report {
  markdown: string;
  docs: GoldDoc[];
}

/** The workspace file system as the gold loader's IO; paths are URI strings. */
const workspaceIo: GoldIo = {
  isDirectory: async (p) => ((await vscode.workspace.fs.stat(vscode.Uri.parse(p))).type & vscode.FileType.Directory) !== 0,
  list: async (p) => (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(p))).map(([name]) => name),
  readText: async (p) => new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(p))),
  join: (folder, name) => vscode.Uri.joinPath(vscode.Uri.parse(folder), name).toString(),
};

/**
 * **News: Evaluate Against Gold…**: reads a gold set (our JSON, doccano JSON Lines, brat), runs
 * every document through the analysis worker with the workspace's settings, scores it with the
 * code `npm run eval` and `news-annotator eval` use, and opens a Markdown report in an editor tab
 * whose every error links to its place (the brat text file, or a read-only view of the gold text).
 */
export class EvalReports extends Disposable implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  private readonly reports = new Map<number, Report>();
  private next = 1;

  constructor(private readonly runner: AnalysisRunner, private readonly config: ConfigService) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(EVAL_SCHEME, this));
    this.register(vscode.languages.registerDocumentLinkProvider({ scheme: EVAL_SCHEME, language: 'markdown' }, this));
    this.register(vscode.commands.registerCommand('newsAnnotator.evaluateGold', (gold?: vscode.Uri) => this.run(gold)));
  }

  /** Runs an evaluation; returns its result (for tests and other extensions), undefined when cancelled or failed. */
  async run(gold?: vscode.Uri): Promise<EvalResult | undefined> {
    const target = gold ?? (await this.pickGold());
    if (!target) return undefined;
    const set = await loadGold(target.toString(), workspaceIo);
    if (!set.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: {0}', decodeURIComponent(set.error.replace(/file:\/\//g, ''))));
      return undefined;
    }
    const options = analysisOptions(this.config.forDocument(target), 'plaintext');
    const name = vscode.workspace.asRelativePath(target);
    // A key of its own: a second evaluation started meanwhile must not replace this one's requests.
    const key = `evaluation:${this.next++}`;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News: Evaluating against {0}', name), cancellable: true },
      (progress, token) =>
        evaluate(
          set.docs,
          async (text, i) => {
            if (token.isCancellationRequested) return undefined;
            progress.report({ message: vscode.l10n.t('document {0} of {1}', i + 1, set.docs.length), increment: 100 / set.docs.length });
            return this.runner.analyze(key, text, options);
          },
        ),
    );
    if (!result) return undefined;
    const id = this.next++;
    const link = (e: EvalError) => {
      const file = set.files[e.doc];
      const uri = file ? vscode.Uri.parse(file) : vscode.Uri.from({ scheme: EVAL_SCHEME, path: `/${id}/${e.doc}/${set.docs[e.doc].id.replace(/[^\w.-]/g, '_')}.txt` });
      return uri.with({ fragment: `L${e.line},${e.column}` }).toString();
    };
    this.reports.set(id, { markdown: resultMarkdown(name, result, link), docs: set.docs });
    for (const old of this.reports.keys()) if (this.reports.size > KEPT) this.reports.delete(old);
    const base = name.slice(name.lastIndexOf('/') + 1);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: EVAL_SCHEME, path: `/${id}/${vscode.l10n.t('Evaluation of {0}', base)}.md` }));
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { preview: false });
    return result;
  }

  private async pickGold(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: true,
      canSelectMany: false,
      openLabel: vscode.l10n.t('Evaluate'),
      title: vscode.l10n.t('News: gold annotations (our JSON, doccano .jsonl, a brat .ann or a folder of brat pairs)'),
      filters: { [vscode.l10n.t('Gold annotations')]: ['json', 'jsonl', 'ann'] },
    });
    return picked?.[0];
  }

  /** The report, or a gold text its links point to: /<report>/<name>.md or /<report>/<doc index>/<id>.txt. */
  provideTextDocumentContent(uri: vscode.Uri): string {
    const [, report, doc] = uri.path.split('/');
    const r = this.reports.get(Number(report));
    if (!r) return vscode.l10n.t('This evaluation report is no longer kept: run News: Evaluate Against Gold… again.');
    if (uri.path.endsWith('.md')) return r.markdown;
    return r.docs[Number(doc)]?.text ?? '';
  }

  /** Links of the report's `[line N, column M](target)` items, so Ctrl+click opens each error's place. */
  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    for (let line = 0; line < document.lineCount; line++) {
      const text = document.lineAt(line).text;
      if (!text.startsWith('- [line ')) continue;
      const open = text.indexOf('](');
      const close = text.indexOf(')', open);
      if (open < 0 || close < 0) continue;
      const link = new vscode.DocumentLink(new vscode.Range(line, 2, line, open + 1), vscode.Uri.parse(text.slice(open + 2, close), true));
      link.tooltip = vscode.l10n.t('Open the place of this error');
      links.push(link);
    }
    return links;
  }
}
