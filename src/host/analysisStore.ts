import * as vscode from 'vscode';
import type { AnalysisOptions } from '../analysis';
import type { Analysis, CorrectedAnalysis, Span } from '../analysis/types';
import { correctedAnalysis } from '../analysis/annotations/apply';
import type { Corrections } from '../analysis/annotations/apply';
import type { TextChange } from '../analysis/annotations/anchor';
import { lineBreaks, mapAnalysisThroughEdits, TextEdit } from '../analysis/mapEdits';
import { binaryReason } from '../analysis/textCheck';
import { AnalysisRunner, runnerMessages, VISIBLE_SUFFIX } from './analysisRunner';
import { analysisOptions, ConfigService } from './config';
import { Disposable } from './disposable';

/** What the store knows of one document. */
export type DocumentState =
  | { kind: 'off' }
  | { kind: 'pending' }
  | { kind: 'ready'; version: number; analysis: Analysis }
  /**
   * The document changed: the last analysis mapped through the edits made since, shown until the
   * next one lands; undefined when there was none to map, so that views drop what they show.
   */
  | { kind: 'mapped'; version: number; analysis: Analysis | undefined }
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

/**
 * What the store needs to know of the editors, handed down by the composition root so that the
 * store does not depend on the editor layer.
 */
export interface EditorGeometry {
  /** The offsets shown in the document's visible editors, with `margin` lines around them. */
  visibleSpan(document: vscode.TextDocument, margin: number): Span | undefined;
  /** The length of the document's text in UTF-16 code units. */
  length(document: vscode.TextDocument): number;
}

/**
 * Where the store gets each article's corrections (the annotations file and the lexicon): it
 * hands every change event to it first, so that the records' anchors follow the same edits as
 * the shown analysis, and re-draws when it fires.
 */
export interface CorrectionSource {
  /** The document's records and the lexicon's; a new object whenever they change. Undefined: no corrections (yet). */
  corrections(document: vscode.TextDocument): Corrections | undefined;
  /** Carries the document's records through one change event. */
  mapEdits(document: vscode.TextDocument, changes: readonly TextChange[]): void;
  /** Fires with a document whose corrections changed. */
  readonly onDidChange: vscode.Event<vscode.TextDocument>;
}

interface Stored {
  /** The document version the analysis's offsets belong to. */
  version: number;
  analysis: Analysis;
  /** The version it was made of: older than `version` when it was mapped through later edits. */
  source: number;
  /** The analysis options it was made with: the document's options object while they are unchanged. */
  options: AnalysisOptions;
}

interface Run {
  version: number;
  options: AnalysisOptions;
  promise: Promise<Analysis | undefined>;
  /** The edits made while it runs, one batch per change event, to map its result through. */
  edits: TextEdit[][];
}

/** One change event's edits, as the mapping takes them. */
function textEdits(changes: readonly vscode.TextDocumentContentChangeEvent[]): TextEdit[] {
  return changes.map((c) => ({
    offset: c.rangeOffset,
    deleted: c.rangeLength,
    inserted: c.text.length,
    lines: lineBreaks(c.text) - (c.range.end.line - c.range.start.line),
  }));
}

/**
 * Per-document analysis results, keyed by document version. It decides which documents are
 * articles (glob settings plus overrides), debounces analysis while typing, runs it off the
 * main thread, and never shows a result on a newer version of a document unmapped: on every
 * edit the shown analysis is mapped through it. Every view reads from here; none computes.
 */
export class AnalysisStore extends Disposable {
  private readonly results = new Map<string, Stored>();
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Run>();
  /**
   * Each document's analysis options, built once and kept while the settings leave them equal,
   * so that runs and results compare them by identity.
   */
  private readonly options = new Map<string, AnalysisOptions>();
  /** Choices for untitled documents: kept in memory only, since their names are reused. */
  private readonly untitledOverrides = new Map<string, boolean>();
  /** The last corrected analysis per document, with what it was made of. */
  private readonly correctedCache = new Map<string, { analysis: Analysis; corrections: Corrections; result: CorrectedAnalysis }>();
  private readonly emitter = this.register(new vscode.EventEmitter<AnalysisEvent>());
  /** Fires whenever a document's state changes (analysing, analysed, off, skipped). */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly config: ConfigService,
    private readonly runner: AnalysisRunner,
    private readonly workspaceState: vscode.Memento,
    private readonly geometry: EditorGeometry,
    private readonly source?: CorrectionSource,
  ) {
    super();
    if (source) {
      this.register(
        source.onDidChange((document) => {
          // Same analysis, other corrections: views redraw from the same state.
          const state = this.states.get(document.uri.toString());
          if (state && !document.isClosed) this.setState(document, state);
        }),
      );
    }
    this.register({ dispose: () => this.runner.dispose() });
    // While the worker waits out a back-off, say so; articles keep their (mapped) marks and wait.
    let restarting: vscode.Disposable | undefined;
    this.register({ dispose: () => restarting?.dispose() });
    this.register(
      this.runner.onHealth((health) => {
        restarting?.dispose();
        restarting =
          health.kind === 'restarting'
            ? vscode.window.setStatusBarMessage(`$(warning) ${vscode.l10n.t('News: {0}', runnerMessages.restarting(health.reason, health.retryInMs))}`, health.retryInMs + 2000)
            : undefined;
      }),
    );
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d, 0)));
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        // Records first, so that whatever redraws on this edit sees them on the new text.
        this.source?.mapEdits(
          e.document,
          e.contentChanges.map((c) => ({ offset: c.rangeOffset, deletedLength: c.rangeLength, insertedText: c.text })),
        );
        this.onEdit(e.document, textEdits(e.contentChanges));
      }),
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

  /**
   * What to show for the document's current version: its analysis (possibly a first, partial
   * pass), or while a new one runs the last one mapped through the edits made since, whose
   * offsets are those of the current text. Commands that edit use `analyzeNow`.
   */
  get(document: vscode.TextDocument): CorrectedAnalysis | undefined {
    const analysis = this.current(document)?.analysis;
    return analysis && this.corrected(document, analysis);
  }

  /**
   * The analysis with the document's corrections applied (cached per analysis and corrections
   * object, so every view of one state shares one result); without a correction source, the
   * machine's analysis as it is.
   */
  private corrected(document: vscode.TextDocument, analysis: Analysis): CorrectedAnalysis {
    const corrections = this.source?.corrections(document);
    if (!corrections) return analysis;
    const key = document.uri.toString();
    const cached = this.correctedCache.get(key);
    if (cached && cached.analysis === analysis && cached.corrections === corrections) return cached.result;
    const result = correctedAnalysis(document.getText(), analysis, corrections);
    this.correctedCache.set(key, { analysis, corrections, result });
    return result;
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
  async analyzeNow(document: vscode.TextDocument, partialOk = false): Promise<CorrectedAnalysis | undefined> {
    if (!this.isArticle(document)) return undefined;
    const have = this.current(document);
    if (have && have.source === have.version && (partialOk || !have.analysis.partial)) return this.corrected(document, have.analysis);
    this.cancelTimer(document.uri.toString());
    const analysis = await this.run(document);
    return analysis && this.corrected(document, analysis);
  }

  /** The stored result if it belongs to the document's current version. */
  private current(document: vscode.TextDocument): Stored | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  /** The document's analysis options (see `options`). */
  private optionsOf(document: vscode.TextDocument): AnalysisOptions {
    const key = document.uri.toString();
    let options = this.options.get(key);
    if (!options) this.options.set(key, (options = analysisOptions(this.config.forDocument(document.uri), document.languageId)));
    return options;
  }

  /**
   * An edit: the shown analysis is mapped through it at once (or dropped if it cannot be), so
   * that no mark sits on other characters than it was found on; a new analysis follows the pause.
   */
  private onEdit(document: vscode.TextDocument, edits: TextEdit[]): void {
    const key = document.uri.toString();
    this.running.get(key)?.edits.push(edits);
    const stored = this.results.get(key);
    this.results.delete(key);
    // Each change event moves the version on by one: anything else means a missed edit.
    if (stored && stored.version + 1 === document.version) {
      this.keepMapped(document, { ...stored, version: document.version, analysis: mapAnalysisThroughEdits(stored.analysis, edits) });
    }
    this.refresh(document, this.config.forDocument(document.uri).updateDelay, true);
  }

  /** Stores a mapped analysis if it fits the document's text; a check that costs nothing and catches any mismatch. */
  private keepMapped(document: vscode.TextDocument, stored: Stored): boolean {
    if (stored.analysis.length !== this.geometry.length(document)) return false;
    this.results.set(document.uri.toString(), stored);
    return true;
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
      if (this.geometry.length(document) > FOCUS_THRESHOLD) this.refresh(document, 0);
      return;
    }
    const run = this.running.get(key);
    if (run?.version === document.version) this.preview(document, document.getText(), run.options);
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
    const before = this.options.get(key);
    const now = analysisOptions(this.config.forDocument(document.uri), document.languageId);
    // Compared once per settings change; from here on the options object stands for them.
    const changed = !before || JSON.stringify(before) !== JSON.stringify(now);
    if (changed) this.options.set(key, now);
    if (changed || !known || !this.results.has(key)) {
      this.results.delete(key);
      this.refresh(document, 0);
    }
  }

  /** Schedules an analysis after `delay`; `edited` when the document changed, so views redraw from what is left to show. */
  private refresh(document: vscode.TextDocument, delay: number, edited = false): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    if (!this.isArticle(document)) {
      if (this.states.has(key)) {
        this.forget(document.uri);
        this.setState(document, { kind: 'off' });
      }
      return;
    }
    this.setState(document, edited ? { kind: 'mapped', version: document.version, analysis: this.current(document)?.analysis } : { kind: 'pending' });
    // A long document just opened is usually shown a moment later: wait for its editor (see
    // ensure) so the visible part can go first, but not for ever.
    if (this.geometry.length(document) > FOCUS_THRESHOLD && !this.geometry.visibleSpan(document, 0)) delay = Math.max(delay, 500);
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
    const options = this.optionsOf(document);
    // A run is reused only for the same version and the same options: a settings change made
    // while it runs must not be lost.
    const inFlight = this.running.get(key);
    if (inFlight && inFlight.version === version && inFlight.options === options) return inFlight.promise;
    const text = document.getText();
    const reason = binaryReason(text);
    if (reason) {
      this.results.delete(key);
      this.setState(document, { kind: 'skipped', reason });
      return Promise.resolve(undefined);
    }
    this.setState(document, { kind: 'pending' });
    this.preview(document, text, options);
    const edits: TextEdit[][] = [];
    const promise = this.runner.analyze(key, text, options).then(
      (analysis) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        return analysis && this.deliver(document, { version, source: version, analysis, options }, edits);
      },
      (err: Error) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        if (document.isClosed || document.version !== version) return undefined;
        this.setState(document, { kind: 'failed', version, reason: err.message });
        return undefined;
      },
    );
    this.running.set(key, { version, options, promise, edits });
    return promise;
  }

  /**
   * Stores a finished analysis and returns it if the document has not changed since it started.
   * If it has, the analysis is shown mapped through the edits made meanwhile (it is newer than
   * what is shown), and the run those edits started replaces it. Nothing is stored for a closed
   * document, one no longer annotated, or one whose options changed.
   */
  private deliver(document: vscode.TextDocument, result: Stored, edits: TextEdit[][]): Analysis | undefined {
    if (document.isClosed || !this.isArticle(document) || this.optionsOf(document) !== result.options) return undefined;
    const key = document.uri.toString();
    if (document.version === result.version) {
      this.results.set(key, result);
      this.setState(document, { kind: 'ready', version: result.version, analysis: result.analysis });
      return result.analysis;
    }
    const shown = this.results.get(key);
    if (edits.length !== document.version - result.version || (shown && shown.source >= result.source)) return undefined;
    let analysis = result.analysis;
    for (const batch of edits) analysis = mapAnalysisThroughEdits(analysis, batch);
    if (this.keepMapped(document, { ...result, version: document.version, analysis })) {
      this.setState(document, { kind: 'mapped', version: document.version, analysis });
    }
    return undefined;
  }

  /**
   * For a long text, a quick first pass over the visible part, stored unless the complete
   * analysis of the same version is already there: a long article shows its marks in a moment.
   * Runs when the analysis starts, or when the document's editor becomes visible during it.
   */
  private preview(document: vscode.TextDocument, text: string, options: AnalysisOptions): void {
    const key = document.uri.toString();
    const version = document.version;
    if (text.length <= FOCUS_THRESHOLD || text.length > options.nlpMaxLength) return;
    const focus = this.geometry.visibleSpan(document, 50);
    if (!focus) return;
    this.runner.analyze(`${key}${VISIBLE_SUFFIX}`, text, { ...options, focus }).then(
      (preview) => {
        const shown = this.current(document);
        const fresh = shown && shown.source === shown.version;
        if (preview && this.optionsOf(document) === options && !document.isClosed && document.version === version && !fresh) {
          this.results.set(key, { version, source: version, analysis: preview, options });
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
    this.correctedCache.delete(key);
    this.states.delete(key);
    this.running.delete(key);
    this.options.delete(key);
  }
}
