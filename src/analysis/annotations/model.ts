/**
 * The data model of corrections: the records of an article's annotations file
 * (`<article>.annotations.json`) and of the workspace lexicon (`.news-annotator/lexicon.json`).
 * Plain data only; `media/schemas/*.schema.json` describe the same shapes for VS Code's JSON
 * language service and for other tools, and a unit test holds the two together.
 *
 * Records keep every field they were read with, including fields this version does not know
 * (a newer version may add some): code that changes a record spreads it (`{ ...record, at }`)
 * so that those fields travel along, and the serialiser writes them back.
 */
import type { AnnotationStatus } from '../types';

export type { AnnotationStatus } from '../types';

/** `format` of an article's annotations file. */
export const ANNOTATIONS_FORMAT = 'news-annotator/annotations';
/** `format` of the workspace lexicon. */
export const LEXICON_FORMAT = 'news-annotator/lexicon';
/** The newest file version this code reads and the one it writes. A file with a higher `version` is an error. */
export const FILE_VERSION = 1;
/**
 * What a written annotations file names in `$schema`: the `$id` of media/schemas/annotations.schema.json.
 * A custom scheme, so that nothing tries to fetch it over the network; the extension serves it.
 */
export const ANNOTATIONS_SCHEMA_URI = 'news-annotator:/schemas/annotations-1.schema.json';
/** What a written lexicon names in `$schema`: the `$id` of media/schemas/lexicon.schema.json. */
export const LEXICON_SCHEMA_URI = 'news-annotator:/schemas/lexicon-1.schema.json';
/** `by` of records the machine made (suggestions, imports of predictions). Anything else is a person's name. */
export const MACHINE = 'machine';
/** Characters of context kept on each side of an anchor's exact text. */
export const CONTEXT_LENGTH = 32;

/**
 * Where a record sits in the article: the W3C Web Annotation model's position selector
 * (`start`, `end`) and quote selector (`exact`, `prefix`, `suffix`) in one object, plus the hash
 * of the text the offsets were last checked against. Unlike the W3C model's code points, offsets
 * are UTF-16 code units, `end` exclusive: `text.slice(start, end) === exact` in that text.
 */
export interface Anchor {
  start: number;
  end: number;
  /** The annotated text itself (never empty). */
  exact: string;
  /** Up to CONTEXT_LENGTH characters before `start` (fewer at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after `end`. */
  suffix: string;
  /** `textHash()` of the text the offsets refer to. */
  hash: string;
}

/**
 * How far an article record reaches: `mention` is the anchored mention or quote only;
 * `article` is the anchored mention's whole entity and every occurrence of its text in the
 * article. Corrections for every article live in the lexicon, keyed by name.
 */
export type Scope = 'mention' | 'article';

/** Names an entity by what people see: its canonical name (or one of its forms) and, to tell namesakes apart, its type. */
export interface EntityRef {
  name: string;
  type?: string;
}

/** Kinds of quotation a person may set (the same as the analysis's `QuoteKind`). */
export type QuoteKindName = 'direct' | 'indirect' | 'mixed';

/** Fields every record has. */
export interface RecordBase {
  /** Stable and unique within its file (a random UUID); merging matches records by it. */
  id: string;
  /** `machine`, or the name of the person who made or last changed the record. */
  by: string;
  /** ISO 8601 time of the last change: the newer side wins a merge. */
  at: string;
  status: AnnotationStatus;
  /** Present on a withdrawn record (an undone correction): a tombstone, kept so that a merge does not bring it back. */
  deleted?: true;
}

/** What a record does, by action. Entity actions first, then quote actions. */
export type EntityAction =
  /** Confirms the machine's mention (scope mention) or entity (scope article). Status `accepted`. */
  | { action: 'entity.accept' }
  /** Not an entity: the mention, or the entity with all its mentions. Its quotes lose their speaker. Status `rejected`. */
  | { action: 'entity.reject' }
  /** Changes the type, built-in or user-defined (`event`). Article scope: one entity with every occurrence of the text. */
  | { action: 'entity.type'; type: string }
  /** Marks the anchored span as an entity of `type`. Article scope: every whole-word occurrence too. */
  | { action: 'entity.mark'; type: string }
  /** The mention (scope mention) or its whole entity (scope article) joins the entity `into`; aliases follow. */
  | { action: 'entity.merge'; into: EntityRef }
  /** The mention (or, article scope, every mention with its text) leaves its entity and forms a new one. */
  | { action: 'entity.split' }
  /** Sets the canonical name of the anchored mention's entity. */
  | { action: 'entity.canonical'; canonical: string };

/** Quote actions; they always concern the one anchored quote. */
export type QuoteAction =
  /** Confirms the quote as found. Status `accepted`. */
  | { action: 'quote.accept' }
  /** Not a quote. Status `rejected`. */
  | { action: 'quote.reject' }
  /** Marks the anchored span as a quote of `kind`; quotes overlapping it give way. */
  | { action: 'quote.mark'; kind: QuoteKindName }
  /** Changes the quote's kind. */
  | { action: 'quote.kind'; kind: QuoteKindName }
  /** Sets the speaker: an entity of the article by name, or a name that is no entity. */
  | { action: 'quote.speaker'; speaker: EntityRef }
  /** Leaves the quote unattributed. */
  | { action: 'quote.clearSpeaker' };

/** Every action name. */
export type ActionName = EntityAction['action'] | QuoteAction['action'];

/** A correction of an entity in one article. */
export type EntityRecord = RecordBase & EntityAction & { scope: Scope; anchor: Anchor };
/** A correction of a quote in one article. */
export type QuoteRecord = RecordBase & QuoteAction & { anchor: Anchor };
/** A record of an article's annotations file. */
export type AnnotationRecord = EntityRecord | QuoteRecord;

/** Entity actions that make sense for every article at once, keyed by name. */
export type LexiconAction = Exclude<EntityAction, { action: 'entity.split' }>;
/**
 * A workspace rule: applies to every mention whose text (or whose entity's canonical name) is
 * `name`, compared as `nameKey` does, in every article; `entity.type` and `entity.mark` also
 * mark every whole-word occurrence of `name` as written.
 */
export type LexiconRecord = RecordBase & LexiconAction & { name: string };

/** An article's annotations file. Top-level fields this version does not know are kept as they were read. */
export interface AnnotationsFile {
  $schema?: string;
  format: typeof ANNOTATIONS_FORMAT;
  version: number;
  records: AnnotationRecord[];
}

/** The workspace lexicon file. */
export interface LexiconFile {
  $schema?: string;
  format: typeof LEXICON_FORMAT;
  version: number;
  records: LexiconRecord[];
}

/** The result of reading a file: the value, or a sentence for the person saying what is wrong. Never thrown. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The status a record of `action` gets unless its maker says otherwise (a machine suggestion says `suggested`). */
export function defaultStatus(action: ActionName): AnnotationStatus {
  if (action.endsWith('.accept')) return 'accepted';
  if (action.endsWith('.reject')) return 'rejected';
  return 'corrected';
}

/** The statuses a record of `action` may carry: accept and reject mean one thing each, a change may be a machine's suggestion. */
export function allowedStatuses(action: ActionName): readonly AnnotationStatus[] {
  if (action.endsWith('.accept')) return ['accepted'];
  if (action.endsWith('.reject')) return ['rejected'];
  return ['corrected', 'suggested'];
}

/** Whether a record is a tombstone (withdrawn). */
export function isDeleted(record: RecordBase): boolean {
  return record.deleted === true;
}

/** Whether a record concerns a quote. */
export function isQuoteRecord(record: AnnotationRecord): record is QuoteRecord {
  return record.action.startsWith('quote.');
}

/**
 * The key names are compared by: lower case, curly apostrophes straight, full stops dropped,
 * white space collapsed (the same rule as the recogniser's `ignore` setting), so that
 * "U.S." and "US", "Sergei  Shoigu" and "sergei shoigu" are one name.
 */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
}
