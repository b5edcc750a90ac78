/**
 * Plain-data shapes of the analysis core. Every offset is a JavaScript string index
 * (UTF-16 code unit) into the analysed text, and every `end` is exclusive, so
 * `text.slice(start, end)` is the span. Nothing here knows about VS Code.
 */

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** One paragraph of the document: a blank-line separated block, or a line when the text has no blank lines. */
export interface Paragraph extends Span {
  /** Position of the paragraph in document order, from 0. */
  index: number;
  /** Zero-based line of `start`. */
  line: number;
  /** Zero-based line of the last character of the paragraph. */
  endLine: number;
  /** The paragraph's text, exactly `text.slice(start, end)`. */
  text: string;
  /** Hash of the paragraph's exact text: the key of the per-paragraph cache. */
  hash: string;
}

/** One word-level change between a near-duplicate copy and its original. */
export interface WordChange {
  /** Words of the original that the copy does not have (empty for an insertion). */
  removed: string;
  /** Words of the copy that the original does not have (empty for a deletion). */
  added: string;
}

/** A paragraph that repeats an earlier one. */
export interface DuplicateCopy {
  /** Index of the copy paragraph. */
  paragraph: number;
  /**
   * Index of the earlier paragraph it repeats: the first occurrence, or inside a repeated run
   * the equal paragraph in step with the run's other originals.
   */
  original: number;
  /** `exact` after normalisation, or `near` above the similarity threshold. */
  kind: 'exact' | 'near';
  /** Similarity of copy and original, 1 for exact duplicates. */
  similarity: number;
  /** For near duplicates: what differs, word by word. */
  changes: WordChange[];
}

/** A run of consecutive copies that repeats a run of consecutive originals. */
export interface DuplicateBlock {
  /** Indexes of the copy paragraphs, in document order and consecutive. */
  copies: number[];
  /** Indexes of the originals, one per copy, in the same order. */
  originals: number[];
  /** From the start of the first copy to the end of the last. */
  span: Span;
  /** From the start of the first original to the end of the last. */
  originalSpan: Span;
}

/** Duplicate detection results. */
export interface DuplicateReport {
  copies: DuplicateCopy[];
  blocks: DuplicateBlock[];
}

/** Entity types the recogniser produces. */
export type EntityType = 'person' | 'organization' | 'place' | 'nationality' | 'date' | 'misc';

/**
 * An entity type in a corrected analysis: a built-in one or a label a person defined (`event`,
 * `law`). Only corrections bring labels in, so a plain `Analysis` keeps the six built-in types
 * and code written for them is told by the compiler where it meets a `CorrectedAnalysis`.
 */
export type EntityLabel = EntityType | (string & {});

/** How far a person has checked an annotation: the machine's guess, confirmed, changed by a person, or refused. */
export type AnnotationStatus = 'suggested' | 'accepted' | 'corrected' | 'rejected';

/** Who made an annotation and its review status; filled in by `applyCorrections` (absent: the machine's suggestion). */
export interface Provenance {
  status?: AnnotationStatus;
  /** `machine`, or the name of the person who last corrected or accepted it. */
  by?: string;
  /** Ids of the correction records that shaped it, in the order they were applied. */
  records?: string[];
}

/** One occurrence of an entity in the text. */
export interface EntityMention extends Span, Provenance {
  text: string;
}

/** An entity with all of its mentions linked across the document. */
export interface Entity<T extends string = EntityType> extends Provenance {
  /** Stable within one analysis: type and canonical name, e.g. `person:Sergei Shoigu`. */
  id: string;
  type: T;
  /** The fullest form of the name seen in the document. */
  canonical: string;
  /** The other forms it was mentioned by. */
  aliases: string[];
  /** Titles and appositions gathered from its mentions ("Defence Minister"). */
  roles: string[];
  mentions: EntityMention[];
}

/** Kinds of quotation. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** A quotation or a piece of reported speech. */
export interface Quote extends Span, Provenance {
  text: string;
  kind: QuoteKind;
  /** The reporting cue ("said", "according to"), when there is one. */
  cue?: Span & { text: string };
  /** A mixed quote's quoted fragments, marks included: the speaker's own words within the report. */
  fragments?: Span[];
  /** The speaker's mention in the text ("he", "Shoigu", "the premier"), when there is one. */
  speaker?: Span & { text: string };
  /** The entity the speaker resolves to, by id. */
  speakerEntity?: string;
  /** A speaker a person named who is no entity of the article (set by a correction). */
  speakerName?: string;
  /** 0..1: how sure the attribution is. */
  confidence: number;
}

/** A gender the text states for a person (pronouns, honorifics, gendered role nouns); never guessed from a name. */
export type StatedGender = 'female' | 'male';

/** A quoted term that is not speech ('milestone', a title in quotes). */
export interface ScareQuote extends Span {
  text: string;
}

/** A quotation mark that does not pair up properly. */
export interface QuoteMarkProblem extends Span {
  /**
   * `mismatched`: closes a quote opened with another style of mark (“...");
   * `unclosed`: opens a quote that never closes (within its paragraph or the quote's run);
   * `unopened`: closes a quote that was never opened.
   */
  kind: 'mismatched' | 'unclosed' | 'unopened';
  /** The mark as written, e.g. `"`. */
  mark: string;
  /**
   * The text a fix puts in place of the span: for `mismatched`, the matching closing mark;
   * for `unclosed`, a closing mark to insert at `fixAt`. Absent when no safe fix exists.
   */
  replacement?: string;
  /** For `unclosed`: the offset where the closing mark would go (end of the quote's paragraph). */
  fixAt?: number;
}

/** A correction record that could not take effect; it stays in its file until a person re-anchors or deletes it. */
export interface OrphanedRecord {
  /** The record's id. */
  id: string;
  /** The record's action, e.g. `entity.type`. */
  action: string;
  /** `not-found`: its text is no longer in the article; `no-target`: the text is there but nothing to correct is. */
  reason: 'not-found' | 'no-target';
  /** Where the record was last anchored (the offsets may no longer hold that text) and the text it annotates. */
  start: number;
  end: number;
  text: string;
}

/** How many of the annotations (entity mentions and quotes) a person has accepted or corrected. */
export interface ReviewProgress {
  reviewed: number;
  total: number;
}

/** Everything the analysis found in one text. Corrections make it an `Analysis<EntityLabel>` (`CorrectedAnalysis`). */
export interface Analysis<T extends string = EntityType> {
  /** Length of the analysed text, to check results against a document. */
  length: number;
  paragraphs: Paragraph[];
  duplicates: DuplicateReport;
  entities: Entity<T>[];
  quotes: Quote[];
  scareQuotes: ScareQuote[];
  /** Quotation marks that do not pair up: unbalanced or mismatched. */
  quoteMarkProblems: QuoteMarkProblem[];
  /** By person entity id, the gender the text states for that person; a person left out is unknown. */
  statedGender?: Record<string, StatedGender>;
  /** True when entities and quotes cover only the focus span (a first, quick pass over a long text). */
  partial: boolean;
  /** Sentences for the person about what was not analysed and why (a size limit), empty when all was. */
  notices: string[];
  /** After corrections: the records that could not take effect. */
  orphans?: OrphanedRecord[];
  /** After corrections: how much of the analysis a person has reviewed. */
  review?: ReviewProgress;
}

/** An analysis with corrections applied: statuses filled in, user-defined entity types possible. */
export type CorrectedAnalysis = Analysis<EntityLabel>;
