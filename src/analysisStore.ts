import * as vscode from 'vscode';
import type { Analysis } from './analysis/types';
import { binaryReason } from './analysis/textCheck';
import { AnalysisRunner } from './analysisRunner';
import { analysisOptions, ConfigService } from './config';
import { Disposable } from './disposable';

/** What the store knows of one document. */
export type DocumentState =
  | { kind: 'off' }
  | { kind: 'pending' }
  | { kind: 'ready'; version: number; analysis: Analysis }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; reason: string };

/** Fired when a document's analysis is stored, or when its state changes. */
export interface AnalysisEvent {
  document: vscode.TextDocument;
  state: DocumentState;
}

const OVERRIDES_KEY = 'newsAnnotator.annotationOverrides';

/** Texts longer than this get a quick first pass over the visible part before the full analysis. */
const FOCUS_THRESHOLD = 200_000;

/**
 * Per-document analysis results, keyed by document version. It decides which documents are
 * articles (glob settings plus per-workspace overrides), debounces analysis while typing,
 * runs it off the main thread, and never stores a result for an older version of a document.
 * Every view reads from here; none computes.
 */
export class AnalysisStore extends Disposable {
  private readonly results = new Map<string, { version: number; analysis: Analysis }>();
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  private readonly emitter = this.register(new vscode.EventEmitter<AnalysisEvent>());
  /** Fires whenever a document's state changes (analysing, analysed, off, skipped). */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly config: ConfigService,
    private readonly runner: AnalysisRunner,
    private readonly workspaceState: vscode.Memento,
  ) {
    super();
    this.register({ dispose: () => this.runner.dispose() });
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d, 0)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.refresh(e.document, this.config.current.updateDelay)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)));
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.ensure(e.document))));
    let options = JSON.stringify(analysisOptions(this.config.current));
    this.register(
      this.config.onDidChange((settings) => {
        // Display settings (shown types, highlights) need no new analysis; only analysis options do.
        const next = JSON.stringify(analysisOptions(settings));
        if (next !== options) {
          options = next;
          this.refreshAll();
        }
      }),
    );
    vscode.workspace.textDocuments.forEach((d) => this.refresh(d, 0));
  }

  /** Whether a document is annotated: its per-workspace override, else the glob settings. */
  isArticle(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm' || document.uri.scheme === 'git') return false;
    const override = this.overrides()[document.uri.toString()];
    if (override !== undefined) return override;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    return this.config.current.articleGlobs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  /** Turns annotation of a document on or off whatever its name; remembered per workspace. */
  async setArticle(document: vscode.TextDocument, on: boolean): Promise<void> {
    const overrides = { ...this.overrides(), [document.uri.toString()]: on };
    await this.workspaceState.update(OVERRIDES_KEY, overrides);
    this.refresh(document, 0);
  }

  /** The analysis of the document's current version, if there is one. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r.analysis : undefined;
  }

  /** The state of a document as the status bar shows it. */
  state(document: vscode.TextDocument): DocumentState {
    return this.states.get(document.uri.toString()) ?? { kind: 'off' };
  }

  /** The analysis of the current version, analysing now if needed (commands use this). */
  async analyzeNow(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isArticle(document)) return undefined;
    const have = this.get(document);
    if (have) return have;
    this.cancelTimer(document.uri.toString());
    return this.run(document);
  }

  private overrides(): Record<string, boolean> {
    return this.workspaceState.get<Record<string, boolean>>(OVERRIDES_KEY, {});
  }

  private ensure(document: vscode.TextDocument): void {
    if (!this.get(document) && !this.timers.has(document.uri.toString())) this.refresh(document, 0);
  }

  private refreshAll(): void {
    this.results.clear();
    vscode.workspace.textDocuments.forEach((d) => this.refresh(d, 0));
  }

  private refresh(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    if (!this.isArticle(document)) {
      if (this.states.has(key)) {
        this.forget(document.uri);
        this.setState(document, { kind: 'off' });
      }
      return;
    }
    this.setState(document, { kind: 'pending' });
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, delay),
    );
  }

  private run(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    const inFlight = this.running.get(key);
    if (inFlight && inFlight.version === version) return inFlight.promise;
    const text = document.getText();
    const reason = binaryReason(text);
    if (reason) {
      this.results.delete(key);
      this.setState(document, { kind: 'skipped', reason });
      return Promise.resolve(undefined);
    }
    this.setState(document, { kind: 'pending' });
    const options = analysisOptions(this.config.current);
    const focus = text.length > FOCUS_THRESHOLD ? this.visibleSpan(document) : undefined;
    if (focus) {
      // The visible part first: a long article shows its marks in a moment, not after seconds.
      void this.runner.analyze(text, { ...options, focus }).then(
        (preview) => {
          if (!document.isClosed && document.version === version && this.get(document) === undefined) {
            this.results.set(key, { version, analysis: preview });
            this.setState(document, { kind: 'ready', version, analysis: preview });
          }
        },
        () => undefined,
      );
    }
    const promise = this.runner.analyze(text, options).then(
      (analysis) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        // A result for an older version is never applied: the newer version has its own run.
        if (document.isClosed || document.version !== version || !this.isArticle(document)) return undefined;
        this.results.set(key, { version, analysis });
        this.setState(document, { kind: 'ready', version, analysis });
        return analysis;
      },
      (err: Error) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        if (document.isClosed || document.version !== version) return undefined;
        this.setState(document, { kind: 'failed', reason: err.message });
        return undefined;
      },
    );
    this.running.set(key, { version, promise });
    return promise;
  }

  /** The offsets shown in the document's editors, with a margin of a screen or so. */
  private visibleSpan(document: vscode.TextDocument): { start: number; end: number } | undefined {
    const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
    if (!ranges.length) return undefined;
    const first = Math.max(0, Math.min(...ranges.map((r) => r.start.line)) - 50);
    const last = Math.min(document.lineCount - 1, Math.max(...ranges.map((r) => r.end.line)) + 50);
    return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
  }

  private setState(document: vscode.TextDocument, state: DocumentState): void {
    this.states.set(document.uri.toString(), state);
    this.emitter.fire({ document, state });
  }

  private cancelTimer(key: string): void {
    const t = this.timers.get(key);
    if (t) {
      clearTimeout(t);
      this.timers.delete(key);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelTimer(key);
    this.results.delete(key);
    this.states.delete(key);
    this.running.delete(key);
  }
}
