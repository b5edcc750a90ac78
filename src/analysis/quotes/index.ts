/**
 * Quotes and speakers: direct quotes, reported speech and scare quotes, each quote with its
 * cue and speaker. Pure and synchronous; offsets are absolute UTF-16 indexes, `end` exclusive.
 *
 * The work is split into passes over one shared view of the text (quotes/document.ts):
 * quotation marks are paired (quotes/marks.ts), quoted spans are attributed as direct speech
 * (quotes/direct.ts), sentences are searched for reported speech (quotes/reported.ts), and
 * speaker mentions are resolved to entities in document order (quotes/speakers.ts).
 */
import { reportCaught } from '../errors';
import { Entity, EntityType, Paragraph, Quote, QuoteMarkProblem, ScareQuote, StatedGender } from '../types';
import { statedGenders } from './gender';
import { buildDocument, QuoteDocument, QuoteRuleFamily } from './document';

export type { QuoteRuleFamily } from './document';
import { findDirectQuotes, joinQuoteParagraphsToReports } from './direct';
import { QuoteDraft } from './drafts';
import { findInterview } from './interviews';
import { findSignatures } from './signatures';
import { findReportedSpeech } from './reported';
import { STANCE_VERBS } from './lexicon';
import { SpeakerResolver } from './speakers';

/** Everything the quote finder returns for one text. */
export interface QuoteFindings {
  /** Direct quotes and reported speech, in document order. */
  quotes: Quote[];
  /** Quoted terms that are not speech ('milestone', a title in quotes). */
  scareQuotes: ScareQuote[];
  /** Quotation marks that do not pair up properly. */
  markProblems: QuoteMarkProblem[];
  /** By person entity id, the gender the text states (quotes/gender.ts). */
  statedGender: Record<string, StatedGender>;
}

/** Options of `findQuotes`. */
export interface QuoteOptions {
  /** Names never shown as speakers (compared case-insensitively, like `EntityOptions.ignore`). */
  ignore?: readonly string[];
  /** Rule families to leave out; for the evaluation's ablation table only. */
  off?: readonly QuoteRuleFamily[];
}

/** Entity types that name places and peoples rather than speakers. */
const PLACES: ReadonlySet<EntityType> = new Set<EntityType>(['place', 'nationality']);

/** A later quote without a cue continues the previous speaker only this many paragraphs on. */
const CONTINUATION_PARAGRAPHS = 2;

/**
 * Finds quotes, reported speech and scare quotes in `text`. `paragraphs` must be the
 * paragraphs of `text` (from `splitParagraphs`); `entities` improve speaker resolution and
 * may be empty, in which case speakers are still found as mentions but get no entity id.
 * Speakers are names, roles, described sources and third-person pronouns (quotes/sources.ts);
 * a quote whose speaker is anything else is unattributed.
 * Never throws: on input it cannot read it returns what it found, possibly nothing.
 */
export function findQuotes(text: string, paragraphs: Paragraph[], entities: Entity[], options: QuoteOptions = {}): QuoteFindings {
  try {
    return find(text, paragraphs, entities, options);
  } catch (err) {
    // The editor calls this on every keystroke pause; a bug here must cost the quote
    // decorations, never the whole analysis.
    reportCaught('quotes', err);
    return { quotes: [], scareQuotes: [], markProblems: [], statedGender: {} };
  }
}

function find(text: string, paragraphs: Paragraph[], entities: Entity[], options: QuoteOptions): QuoteFindings {
  const doc = buildDocument(text, paragraphs, { entities, ignore: options.ignore, off: options.off });
  const direct = findDirectQuotes(doc);
  const reported = findReportedSpeech(doc, direct.cueTokens, direct.used);
  const drafts = joinQuoteParagraphsToReports(doc, [...direct.drafts, ...reported.drafts].sort((a, b) => a.start - b.start || b.end - a.end));
  const genders = statedGenders(text, entities);
  const found = resolveSpeakers(doc, drafts, new SpeakerResolver(entities, doc.off.has('agreement') ? undefined : genders));
  // Quotes signed with a dash and a name, and pull quotes (quotes/signatures.ts).
  const pulls = findSignatures(doc, entities, found);
  // Interview turns (answers and questions) and the first person in answers (quotes/interviews.ts).
  const { turns } = findInterview(doc, entities, found);
  const added = [...pulls, ...turns];
  const quotes = added.length > 0 ? [...found, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : found;
  const scareQuotes: ScareQuote[] = [];
  for (let q = 0; q < doc.quoted.length; q++) {
    if (direct.used.has(q) || reported.fragments.has(q)) continue;
    const span = doc.quoted[q];
    if (span.innerEnd <= span.innerStart || !/[\p{L}\p{N}]/u.test(text.slice(span.innerStart, span.innerEnd))) continue;
    scareQuotes.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  return { quotes, scareQuotes, markProblems: doc.markProblems, statedGender: Object.fromEntries(genders) };
}

/**
 * Turns drafts into quotes, resolving speakers in document order so that pronouns can lean
 * on earlier resolutions, and giving cue-less quotes the speaker of the quote before them.
 */
function resolveSpeakers(doc: QuoteDocument, drafts: QuoteDraft[], resolver: SpeakerResolver): Quote[] {
  const { text, tokens } = doc;
  const quotes: Quote[] = [];
  let previous: { quote: Quote; paragraph: number } | null = null;
  for (const d of drafts) {
    const quote: Quote = { start: d.start, end: d.end, text: text.slice(d.start, d.end), kind: d.kind, confidence: d.confidence };
    if (d.fragments?.length) quote.fragments = d.fragments;
    if (d.cue) {
      const start = tokens[d.cue.first].start;
      const end = tokens[d.cue.last].end;
      quote.cue = { start, end, text: text.slice(start, end) };
    }
    if (d.speaker) {
      const start = tokens[d.speaker.first].start;
      const end = tokens[d.speaker.last].end;
      quote.speaker = { start, end, text: text.slice(start, end) };
      const id = resolver.resolve({ start, end, text: quote.speaker.text, kind: d.speaker.kind, role: d.speaker.role });
      // "Pakistan seeks better ties": a place that wants or backs something states no
      // content; only a verb of saying lets a country or city speak ("Russia said ...").
      // ("Senator Ann Lee of Florida backs ...": a name of a place after "of" is where the source is from.)
      if (id && d.cue && STANCE_VERBS.has(tokens[d.cue.first].lower) && PLACES.has(resolver.typeOf(id) ?? 'person') && !fromPlace(tokens, d.speaker)) continue;
      if (id) quote.speakerEntity = id;
    } else if (d.continues && previous?.quote.speaker && d.paragraph - previous.paragraph <= CONTINUATION_PARAGRAPHS) {
      quote.speaker = previous.quote.speaker;
      if (previous.quote.speakerEntity) quote.speakerEntity = previous.quote.speakerEntity;
    }
    quotes.push(quote);
    if (quote.speaker || d.unattributed) previous = { quote, paragraph: d.paragraph };
  }
  return quotes;
}

/** Whether a speaker phrase names someone from a place ("Senator Ann Lee of Florida"): a capitalised word, then "of" before its last word. */
function fromPlace(tokens: QuoteDocument['tokens'], m: { first: number; last: number }): boolean {
  for (let k = m.first + 1; k < m.last; k++) if (tokens[k].lower === 'of' && tokens[k - 1].cap) return true;
  return false;
}
