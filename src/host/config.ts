import * as vscode from 'vscode';
import type { AnalysisOptions } from '../analysis';
import type { EntityType } from '../analysis/types';
import { Disposable } from './disposable';
import { folderInside } from './folderSetting';

/** Severity of a kind of Problems entry, or `off`. */
export type ProblemSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** One typed snapshot of the `newsAnnotator.*` settings. */
export interface Settings {
  /** Glob patterns of the files that are annotated as articles. */
  articleGlobs: string[];
  /** Milliseconds to wait after typing stops before re-analysing. */
  updateDelay: number;
  duplicates: {
    minLength: number;
    similarity: number;
    severity: ProblemSeverity;
  };
  entities: {
    /** Whether entity mentions are highlighted in the editor. */
    highlight: boolean;
    /** The entity types shown in the editor and the Entities view. */
    shownTypes: EntityType[];
    /** Names the user declares, with their type. */
    custom: Record<string, EntityType>;
    /** `entities.custom` names of user-defined types (`event`): applied as workspace rules, not by the analysis. */
    customOwn: Record<string, string>;
    /** Words never reported as entities. */
    ignore: string[];
    /** Whether a type label follows each mention: `auto` in high-contrast themes only. */
    typeLabels: TypeLabels;
    /** Entity types a person defined (`event`, `law`), with their colour and short label. */
    userTypes: Record<string, UserType>;
  };
  corrections: {
    /** Empty: `<article>.annotations.json` beside each article; else a folder at the workspace root holding them all. */
    folder: string;
    /** The name corrections are made under; empty: git's user.name, else the account name. */
    author: string;
    /** What happens to an article's annotations file when the article is deleted. */
    whenArticleDeleted: WhenArticleDeleted;
  };
  quotes: {
    /** Whether quotes get a subtle decoration in the editor. */
    highlight: boolean;
    /** Whether scare quotes and quoted terms are listed in the Quotes view. */
    showScareQuotes: boolean;
    /** Whether the Quotes view's summary counts people quoted and only mentioned by stated gender. */
    showGenderCounts: boolean;
    /** Severity of unbalanced or mismatched quotation marks, or `off`. */
    markSeverity: ProblemSeverity;
  };
  /** Longer texts get duplicates only. */
  maxAnalysisLength: number;
  export: {
    /** Folder, relative to the workspace folder, that News: Export Annotations writes into. */
    folder: string;
    /** Offset unit of exports: each format's default, or one for all. */
    offsets: 'default' | 'utf16' | 'codepoints';
  };
}

/** A user-defined entity type: its colour (a CSS colour) and the label shown after mentions. */
export interface UserType {
  color: string;
  label: string;
}

/** Whether mentions of `type` are shown: a built-in type when the setting lists it, a person's own type always. */
export function typeShown(settings: Settings, type: string): boolean {
  return ENTITY_TYPES.includes(type as EntityType) ? settings.entities.shownTypes.includes(type as EntityType) : true;
}

/** Types a person defined, from the setting: a valid name, a colour (default grey) and a label (default the name in capitals). */
/** The `entities.custom` entries whose type is one of the person's own types. */
function customOwn(value: unknown, own: Record<string, UserType>): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter(([, t]) => typeof t === 'string' && Object.hasOwn(own, t)));
}

function userTypes(value: unknown): Record<string, UserType> {
  const out: Record<string, UserType> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    const type = name.trim();
    if (!type || ENTITY_TYPES.includes(type as EntityType)) continue;
    const spec = typeof v === 'string' ? { color: v } : typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
    const color = typeof spec.color === 'string' && spec.color.trim() ? spec.color.trim() : '#888888';
    const label = typeof spec.label === 'string' && spec.label.trim() ? spec.label.trim() : type.toUpperCase();
    out[type] = { color, label };
  }
  return out;
}

/** When entity mentions carry a type label, so that types are not told by colour alone. */
export type TypeLabels = 'auto' | 'on' | 'off';
/** `ask` (the default), `keep` or `delete` (to the trash) an article's annotations file when the article is deleted. */
export type WhenArticleDeleted = 'ask' | 'keep' | 'delete';

/** Every entity type, in the order views list them. */
export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'nationality', 'date', 'misc'];

/** The section all settings live in. */
export const SECTION = 'newsAnnotator';

const SEVERITY_VALUES: ProblemSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

function severity(value: string | undefined, fallback: ProblemSeverity): ProblemSeverity {
  return SEVERITY_VALUES.includes(value as ProblemSeverity) ? (value as ProblemSeverity) : fallback;
}

function read(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    articleGlobs: c.get<string[]>('articleGlobs', []),
    updateDelay: clamp(c.get<number>('updateDelay', 300), 0, 5000),
    duplicates: {
      minLength: clamp(c.get<number>('duplicates.minLength', 30), 1, 100000),
      similarity: clamp(c.get<number>('duplicates.similarity', 0.8), 0.5, 1),
      severity: severity(c.get<string>('duplicates.severity'), 'warning'),
    },
    entities: {
      highlight: c.get<boolean>('entities.highlight', true),
      shownTypes: c.get<string[]>('entities.shownTypes', ENTITY_TYPES).filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType)),
      custom: Object.fromEntries(
        Object.entries(c.get<Record<string, string>>('entities.custom', {})).filter(([, t]) => ENTITY_TYPES.includes(t as EntityType)),
      ) as Record<string, EntityType>,
      customOwn: customOwn(c.get('entities.custom', {}), userTypes(c.get('entities.userTypes', {}))),
      ignore: c.get<string[]>('entities.ignore', []),
      typeLabels: (['auto', 'on', 'off'] as const).find((v) => v === c.get<string>('entities.typeLabels')) ?? 'auto',
      userTypes: userTypes(c.get('entities.userTypes', {})),
    },
    corrections: {
      folder: folderInside(c.get<string>('corrections.folder', '') ?? ''),
      author: (c.get<string>('corrections.author', '') ?? '').trim(),
      whenArticleDeleted: (['ask', 'keep', 'delete'] as const).find((v) => v === c.get<string>('corrections.whenArticleDeleted')) ?? 'ask',
    },
    quotes: {
      highlight: c.get<boolean>('quotes.highlight', true),
      showScareQuotes: c.get<boolean>('quotes.showScareQuotes', false),
      showGenderCounts: c.get<boolean>('quotes.showGenderCounts', true),
      markSeverity: severity(c.get<string>('quotes.markSeverity'), 'information'),
    },
    maxAnalysisLength: clamp(c.get<number>('maxAnalysisLength', 5_000_000), 0, 1e9),
    export: {
      folder: folderInside(c.get<string>('export.folder', 'exports') ?? '') || 'exports',
      offsets: (['default', 'utf16', 'codepoints'] as const).find((v) => v === c.get<string>('export.offsets')) ?? 'default',
    },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** The analysis options a settings snapshot asks for, for a document in the language `languageId`. */
export function analysisOptions(settings: Settings, languageId?: string): AnalysisOptions {
  return {
    duplicates: { minLength: settings.duplicates.minLength, similarity: settings.duplicates.similarity },
    entities: { custom: settings.entities.custom, ignore: settings.entities.ignore },
    nlpMaxLength: settings.maxAnalysisLength,
    format: languageId === 'markdown' ? 'markdown' : 'plain',
  };
}

/**
 * The only reader (and writer) of workspace configuration: reads the section once, and again
 * only when something in it changes, then tells its listeners with the new snapshot. Settings
 * a folder of a multi-root workspace may override (article globs, custom and ignored entities)
 * are read per folder, cached the same way.
 */
export class ConfigService extends Disposable {
  private snapshot: Settings = read();
  private readonly byFolder = new Map<string, Settings>();
  private readonly changed = this.register(new vscode.EventEmitter<Settings>());
  /** Fires with the new snapshot after a `newsAnnotator.*` setting changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) {
          this.snapshot = read();
          this.byFolder.clear();
          this.changed.fire(this.snapshot);
        }
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.byFolder.clear()));
  }

  /** The current window-level settings (display settings are read from here). */
  get current(): Settings {
    return this.snapshot;
  }

  /** The settings that apply to a document: its workspace folder's, where it is in one. */
  forDocument(uri: vscode.Uri): Settings {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return this.snapshot;
    const key = folder.uri.toString();
    let settings = this.byFolder.get(key);
    if (!settings) this.byFolder.set(key, (settings = read(folder.uri)));
    return settings;
  }

  /**
   * Changes a window-level setting where its current value comes from (workspace or user), so
   * that a workspace value does not silently override the change.
   */
  async update(key: string, value: unknown): Promise<void> {
    const c = vscode.workspace.getConfiguration(SECTION);
    const where = c.inspect(key);
    const target = where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await c.update(key, value, target);
  }
}
