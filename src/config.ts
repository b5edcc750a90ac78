import * as vscode from 'vscode';
import { AnalysisOptions } from './analysis';
import { Disposable } from './disposable';

/** Severity of the one Problems entry per duplicated block, or `off`. */
export type DuplicateSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** One typed snapshot of the `newsAnnotator.*` settings. */
export interface Settings {
  /** Glob patterns of the files that are annotated as articles. */
  articleGlobs: string[];
  /** Milliseconds to wait after typing stops before re-analysing. */
  updateDelay: number;
  duplicates: {
    minLength: number;
    similarity: number;
    severity: DuplicateSeverity;
  };
}

/** The section all settings live in. */
export const SECTION = 'newsAnnotator';

function read(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    articleGlobs: c.get<string[]>('articleGlobs', []),
    updateDelay: clamp(c.get<number>('updateDelay', 300), 0, 5000),
    duplicates: {
      minLength: clamp(c.get<number>('duplicates.minLength', 30), 1, 100000),
      similarity: clamp(c.get<number>('duplicates.similarity', 0.8), 0.5, 1),
      severity: c.get<DuplicateSeverity>('duplicates.severity', 'warning'),
    },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** The analysis options a settings snapshot asks for. */
export function analysisOptions(settings: Settings): AnalysisOptions {
  return { duplicates: { minLength: settings.duplicates.minLength, similarity: settings.duplicates.similarity } };
}

/**
 * The only reader of workspace configuration: reads the section once, and again only when
 * something in it changes, then tells its listeners with the new snapshot.
 */
export class ConfigService extends Disposable {
  private snapshot: Settings = read();
  private readonly changed = this.register(new vscode.EventEmitter<Settings>());
  /** Fires with the new snapshot after a `newsAnnotator.*` setting changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) {
          this.snapshot = read();
          this.changed.fire(this.snapshot);
        }
      }),
    );
  }

  /** The current settings. */
  get current(): Settings {
    return this.snapshot;
  }
}
