import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { binaryReason } from '../analysis/textCheck';
import { AnalysisRunner, VISIBLE_SUFFIX } from './analysisRunner';
import { analysisOptions, ConfigService } from './config';
import { Disposable } from './disposable';
import { documentLength, visibleSpan } from '../editor/spans';

/** What the store knows of one document. */
export type DocumentState =
  | { kind: 'off' }
  | { kind: 'pending' }
  | { kind: 'ready'; version: number; analysis: Analysis }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; version: number; reason: string };

/** Fired when a document's analysis is stored, or when its state changes. */
export interface AnalysisEvent {
  document: vscode.TextDocument;
  state: DocumentState;
}

const OVERRIDES_KEY = 'newsAnnotator.annotationOverrides';

/** Texts longer than this get a quick first pass over the visible part before the full analysis. */
const FOCUS_THRESHOLD = 200_000;

interface Stored {
  version: number;
  analysis: Analysis;
  /** The analysis options it was made with, to tell whether a settings change needs a new one. */
  options: string;
}

/**
 * Per-document analysis results, keyed by document version. It decides which documents are
 * articles (glob settings plus overrides), debounces analysis while typing, runs it off the
 * main thread, and never stores a result for an older version of a document.
 * Every view reads from here; none computes.
 */
export class AnalysisStore extends Disposable {
  private readonly results = new Map<string, Stored>();
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, { version: number; options: string; promise: Promise<Analysis | undefined> }>();
  /** Choices for untitled documents: kept in memory only, since their names are reused. */
  private readonly untitledOverrides = new Map<string, boolean>();
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
    this.register(
      vscode.workspace.onDidChangeTextDocument(
        (e) => e.contentChanges.length && this.refresh(e.document, this.config.forDocument(e.document.uri).updateDelay),
      ),
    );
    this.register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === 'untitled') this.untitledOverrides.delete(d.uri.toString());
        this.forget(d.uri);
      }),
    );
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.ensure(e.document))));
    this.register(this.config.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => this.onSettingsChanged(d))));
    vscode.workspace.textDocuments.forEach((d) => this.refresh(d, 0));
  }

  /** Whether a document is annotated: its override (the toggle command), else the glob settings. */
  isArticle(document: vscode.TextDocument): boolean {
    const scheme = document.uri.scheme;
    if (scheme === 'output' || scheme === 'vscode-scm' || scheme === 'git' || scheme === 'debug') return false;
    const key = document.uri.toString();
    const override = scheme === 'untitled' ? this.untitledOverrides.get(key) : this.overrides()[key];
    if (override !== undefined) return override;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    return this.config.forDocument(document.uri).articleGlobs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  /** Turns annotation of a document on or off whatever its name; remembered per workspace (per session for untitled ones). */
  async setArticle(document: vscode.TextDocument, on: boolean): Promise<void> {
    const key = document.uri.toString();
    if (document.uri.scheme === 'untitled') {
      this.untitledOverrides.set(key, on);
    } else {
      await this.workspaceState.update(OVERRIDES_KEY, { ...this.overrides(), [key]: on });
    }
    this.refresh(document, 0);
  }

  /** The analysis of the document's current version, if there is one (possibly a first, partial pass). */
  get(document: vscode.TextDocument): Analysis | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r.analysis : undefined;
  }

  /** The last analysis stored for a document, even of an older version: views show it while a newer one runs. */
  latest(document: vscode.TextDocument): { version: number; analysis: Analysis } | undefined {
    const r = this.results.get(document.uri.toString());
    return r && { version: r.version, analysis: r.analysis };
  }

  /** The state of a document as the status bar shows it. */
  state(document: vscode.TextDocument): DocumentState {
    return this.states.get(document.uri.toString()) ?? { kind: 'off' };
  }

  /**
   * The complete analysis of the current version, analysing now if needed: commands, rename and
   * references use this, so they never act on a partial first pass or an older version.
   * `partialOk` accepts the quick first pass of a long article, whose duplicates are complete.
   */
  async analyzeNow(document: vscode.TextDocument, partialOk = false): Promise<Analysis | undefined> {
    if (!this.isArticle(document)) return undefined;
    const have = this.get(document);
    if (have && (partialOk || !have.partial)) return have;
    this.cancelTimer(document.uri.toString());
    return this.run(document);
  }

  private overrides(): Record<string, boolean> {
    return this.workspaceState.get<Record<string, boolean>>(OVERRIDES_KEY, {});
  }

  /** A document's editor became visible: analyse it if needed, and give a long one its quick first pass. */
  private ensure(document: vscode.TextDocument): void {
    if (this.get(document)) return;
    const key = document.uri.toString();
    // A version that could not be analysed is not retried on every tab switch: the next edit or
    // settings change tries again.
    const state = this.states.get(key);
    if (state?.kind === 'failed' && state.version === document.version) return;
    if (this.timers.has(key)) {
      // A long document waiting to be shown (see refresh): now it is, start with its visible part.
      if (documentLength(document) > FOCUS_THRESHOLD) this.refresh(document, 0);
      return;
    }
    if (this.running.get(key)?.version === document.version) this.preview(document);
    else this.refresh(document, 0);
  }

  /** A settings change: re-check whether the document is an article, and re-analyse only if its analysis options changed. */
  private onSettingsChanged(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const known = this.states.has(key);
    if (!this.isArticle(document)) {
      if (known) this.refresh(document, 0);
      return;
    }
    const stored = this.results.get(key);
    if (!known || !stored || stored.options !== JSON.stringify(analysisOptions(this.config.forDocument(document.uri), document.languageId))) {
      this.results.delete(key);
      this.refresh(document, 0);
    }
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
    // A long document just opened is usually shown a moment later: wait for its editor (see
    // ensure) so the visible part can go first, but not for ever.
    if (documentLength(document) > FOCUS_THRESHOLD && !visibleSpan(document, 0)) delay = Math.max(delay, 500);
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
    const options = analysisOptions(this.config.forDocument(document.uri), document.languageId);
    const optionsKey = JSON.stringify(options);
    // A run is reused only for the same version and the same options: a settings change made
    // while it runs must not be lost.
    const inFlight = this.running.get(key);
    if (inFlight && inFlight.version === version && inFlight.options === optionsKey) return inFlight.promise;
    const text = document.getText();
    const reason = binaryReason(text);
    if (reason) {
      this.results.delete(key);
      this.setState(document, { kind: 'skipped', reason });
      return Promise.resolve(undefined);
    }
    this.setState(document, { kind: 'pending' });
    const current = () =>
      !document.isClosed &&
      document.version === version &&
      this.isArticle(document) &&
      JSON.stringify(analysisOptions(this.config.forDocument(document.uri), document.languageId)) === optionsKey;
    this.preview(document, text);
    const promise = this.runner.analyze(key, text, options).then(
      (analysis) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        // A result for an older version is never applied: the newer version has its own run.
        if (!analysis || !current()) return undefined;
        this.results.set(key, { version, analysis, options: optionsKey });
        this.setState(document, { kind: 'ready', version, analysis });
        return analysis;
      },
      (err: Error) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        if (document.isClosed || document.version !== version) return undefined;
        this.setState(document, { kind: 'failed', version, reason: err.message });
        return undefined;
      },
    );
    this.running.set(key, { version, options: optionsKey, promise });
    return promise;
  }

  /**
   * For a long text, a quick first pass over the visible part, stored unless the complete
   * analysis of the same version is already there: a long article shows its marks in a moment.
   * Runs when the analysis starts, or when the document's editor becomes visible during it.
   */
  private preview(document: vscode.TextDocument, text = document.getText()): void {
    const key = document.uri.toString();
    const version = document.version;
    const options = analysisOptions(this.config.forDocument(document.uri), document.languageId);
    if (text.length <= FOCUS_THRESHOLD || text.length > options.nlpMaxLength) return;
    const focus = visibleSpan(document, 50);
    if (!focus) return;
    this.runner.analyze(`${key}${VISIBLE_SUFFIX}`, text, { ...options, focus }).then(
      (preview) => {
        const sameOptions = JSON.stringify(analysisOptions(this.config.forDocument(document.uri), document.languageId)) === JSON.stringify(options);
        if (preview && sameOptions && !document.isClosed && document.version === version && this.get(document) === undefined) {
          this.results.set(key, { version, analysis: preview, options: JSON.stringify(options) });
          this.setState(document, { kind: 'ready', version, analysis: preview });
        }
      },
      () => undefined,
    );
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
    this.runner.cancel(key);
    this.runner.cancel(`${key}${VISIBLE_SUFFIX}`);
    this.results.delete(key);
    this.states.delete(key);
    this.running.delete(key);
  }
}
