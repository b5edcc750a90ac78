/**
 * The reported-speech arbiter: a small logistic model that scores each report the sentence
 * rules of reported.ts propose, from features of its cue, source and content, and keeps those
 * above a threshold, so it drops reports the rules take too easily. (Reports nested in another's
 * content, offered to it as a further candidate family, did not pay on PolNeAR dev: 3 right of 18
 * kept; they stay left out by the rules.)
 *
 * The weights (arbiterWeights.ts) are written by `npm run train:arbiter` (test/eval/
 * trainArbiter.ts) from the PolNeAR train annotations; they are numbers keyed by feature names,
 * and a feature names only classes, lexicon words (quotes/lexicon.ts) and the cue word when it is
 * a plain lower-case word (training keeps those seen often), never a name or text of an article. Features read the draft and the tokens of its own sentence, so the result is the same
 * through the block memo (reportMemo.ts). Pure: no vscode, no Node built-ins.
 */
import {
  BARE_STANCE_VERBS,
  BELIEF_VERBS,
  CLAUSE_NOUNS,
  DETERMINERS,
  NOUN_OR_VERB_CUES,
  PARTICIPLE_CUES,
  PREPOSITION_VERB_FRAMES,
  PREPOSITIONS,
  RARER_SPEECH_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
  SUBJECT_PRONOUNS,
} from './lexicon';
import { QuoteDocument, Sentence } from './document';
import { QuoteDraft } from './drafts';
import { Token } from './tokens';
import { ARBITER_MODEL } from './arbiterWeights';

/** A trained model: weights by feature name, a bias, and the threshold on the probability. */
export interface ArbiterModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Keep a report when its probability is at least this. */
  keep: number;
}

/** Where a candidate stands: how many reports around it contain it. */
export interface CandidateContext {
  depth: number;
  /** How many candidates the sentence offered before this one. */
  order: number;
}

/** The lexicon's reporting words. */
function lexiconCue(w: string): boolean {
  return w === 'according' || SPEECH_VERBS.has(w) || RARER_SPEECH_VERBS.has(w) || STANCE_VERBS.has(w) || BELIEF_VERBS.has(w) || BARE_STANCE_VERBS.has(w) || CLAUSE_NOUNS.has(w) || PREPOSITION_VERB_FRAMES.has(w) || NOUN_OR_VERB_CUES.has(w);
}

/**
 * The cue word as a feature: only a reporting word of the lexicon, so the weights are keyed by
 * the project's own word lists and never by words of the training text; any other cue (a plain
 * verb whose object the rules read as a report) is '?', told apart by its suffix and class.
 */
function cueWord(t: Token): string {
  return lexiconCue(t.lower) ? t.lower : '?';
}

/** The lexicon class of a cue word. */
function cueClass(w: string): string {
  if (w === 'according') return 'according';
  if (PARTICIPLE_CUES.has(w)) return 'participle';
  if (SPEECH_VERBS.has(w)) return 'speech';
  if (RARER_SPEECH_VERBS.has(w)) return 'rarer';
  if (PREPOSITION_VERB_FRAMES.has(w)) return 'frame';
  if (STANCE_VERBS.has(w) || BARE_STANCE_VERBS.has(w)) return 'stance';
  if (BELIEF_VERBS.has(w)) return 'belief';
  if (CLAUSE_NOUNS.has(w)) return 'noun';
  return 'other';
}

/** A count put in a few buckets, so one weight covers a range. */
function bucket(n: number, edges: readonly number[]): string {
  let b = 0;
  while (b < edges.length && n > edges[b]) b++;
  return b === 0 ? `<=${edges[0]}` : b === edges.length ? `>${edges[b - 1]}` : `<=${edges[b]}`;
}

/** What a token looks like, for the words beside the cue. */
function shape(doc: QuoteDocument, k: number, sentence: Sentence): string {
  if (k < sentence.first || k >= sentence.end) return 'edge';
  const t = doc.tokens[k];
  if (!t.word) return t.text === ',' ? 'comma' : 'punct';
  if (t.lower === 'that' || t.lower === 'to' || t.lower === 'and' || t.lower === 'but' || t.lower === 'not' || t.lower === 'who') return t.lower;
  if (SUBJECT_PRONOUNS.has(t.lower)) return 'pronoun';
  if (DETERMINERS.has(t.lower)) return 'det';
  if (PREPOSITIONS.has(t.lower)) return 'prep';
  if (doc.entityOf[k] === 3) return 'person-or-org';
  if (t.cap) return 'cap';
  return /ing$/.test(t.lower) ? 'ing' : /ed$/.test(t.lower) ? 'ed' : 'word';
}

/** The first token ending after `offset` (tokens are sorted). */
function tokenAt(doc: QuoteDocument, offset: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per document, the sentence last counted by `quotedIn`, so a sentence with many candidates is counted once. */
const counted = new WeakMap<QuoteDocument, { sentence: Sentence; quoted: number }>();

/** How many tokens of `sentence` lie inside quotation marks. */
function quotedIn(doc: QuoteDocument, sentence: Sentence): number {
  const last = counted.get(doc);
  if (last?.sentence === sentence) return last.quoted;
  let quoted = 0;
  for (let k = sentence.first; k < sentence.end; k++) if (doc.quoteOf[k] >= 0) quoted++;
  counted.set(doc, { sentence, quoted });
  return quoted;
}

/** The features of one candidate report, as names (each present feature has the value 1). */
export function arbiterFeatures(doc: QuoteDocument, sentence: Sentence, draft: QuoteDraft, context: CandidateContext): string[] {
  const cue = draft.cue!;
  const w = doc.tokens[cue.first].lower;
  const cls = cueClass(w);
  const speaker = draft.speaker ? draft.speaker.kind : draft.unattributed ? 'unattributed' : 'none';
  const cueStart = doc.tokens[cue.first].start;
  const position = draft.end <= cueStart ? 'after' : draft.start >= doc.tokens[cue.last].end ? 'before' : 'inside';
  const first = tokenAt(doc, draft.start, sentence.first, sentence.end);
  const end = tokenAt(doc, draft.end, first, sentence.end);
  let words = 0;
  let quoted = 0;
  for (let k = first; k < end; k++) {
    if (doc.tokens[k].word) words++;
    if (doc.quoteOf[k] >= 0) quoted++;
  }
  // Quoted words elsewhere in the sentence: a direct quote beside the report.
  const quotedOutside = quotedIn(doc, sentence) > quoted;
  const sentenceWords = sentence.end - sentence.first;
  const f = [
    `conf=${draft.confidence}`,
    `class=${cls}`,
    `cue=${cueWord(doc.tokens[cue.first])}`,
    `multi=${cue.last > cue.first}`,
    `speaker=${speaker}`,
    `position=${position}`,
    `before=${shape(doc, cue.first - 1, sentence)}`,
    `after=${shape(doc, cue.last + 1, sentence)}`,
    `lead=${shape(doc, first, sentence)}`,
    `words=${bucket(words, [2, 4, 8, 16, 30])}`,
    `share=${bucket(Math.round((10 * (end - first)) / Math.max(1, sentenceWords)), [3, 6, 8, 9])}`,
    `quoted=${quoted === 0 ? 'none' : quoted === end - first ? 'all' : 'some'}`,
    `kind=${draft.kind}`,
    `cueAtStart=${cue.first === sentence.first}`,
    `depth=${context.depth}`,
    `class=${cls}&speaker=${speaker}`,
    `class=${cls}&position=${position}`,
    `class=${cls}&after=${shape(doc, cue.last + 1, sentence)}`,
    `conf=${draft.confidence}&speaker=${speaker}`,
  ];
  const suffix = /ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /s$/.test(w) ? 's' : 'base';
  f.push(
    `suffix=${suffix}`,
    `class=${cls}&suffix=${suffix}`,
    `order=${Math.min(context.order, 2)}`,
    `sentenceWords=${bucket(sentenceWords, [8, 15, 25, 40])}`,
    `quotedOutside=${quotedOutside}`,
    `next=${shape(doc, end, sentence)}`,
    `last=${shape(doc, end - 1, sentence)}`,
    `firstSentence=${sentence.first === doc.paragraphTokens[sentence.paragraph]?.[0]}`,
  );
  if (draft.speaker) f.push(`gap=${bucket(Math.abs(cue.first - draft.speaker.last), [1, 2, 4, 8])}`, `speaker=${speaker}&position=${position}`);
  if (draft.speaker) f.push(`speakerSide=${draft.speaker.first > cue.last ? 'after' : 'before'}`, `speakerWords=${bucket(draft.speaker.last - draft.speaker.first + 1, [1, 2, 4])}`);
  if (doc.tokens[sentence.end - 1]?.text === '?') f.push('question');
  return f;
}

/** The model's probability that a candidate with these features is a report. */
export function arbiterProbability(features: readonly string[], model: ArbiterModel = ARBITER_MODEL): number {
  let z = model.bias;
  for (const name of features) z += model.weights[name] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Sees every candidate the arbiter is asked about; for the training script only. */
export type CandidateObserver = (draft: QuoteDraft, features: string[], context: CandidateContext) => void;

let observer: CandidateObserver | null = null;

/**
 * Sets (or with null clears) the function that sees every candidate. While it is set, reported
 * speech runs its rules on every block instead of taking a block's reports from its memo
 * (reportMemo.ts), so each occurrence of a paragraph a document repeats is seen, and blocks of
 * texts observed before are asked about again; what the analysis returns is the same.
 */
export function observeCandidates(fn: CandidateObserver | null): void {
  observer = fn;
}

/** Whether a candidate observer is set (training): the block memo of reported speech then stands aside. */
export function isObserving(): boolean {
  return observer !== null;
}

/** Whether to keep a candidate report. With the arbiter switched off (the ablation) the rules decide: every report is kept. */
export function arbitrate(doc: QuoteDocument, sentence: Sentence, draft: QuoteDraft, context: CandidateContext, model: ArbiterModel = ARBITER_MODEL): boolean {
  const off = doc.off.has('arbiter');
  if (off && !observer) return true;
  const features = arbiterFeatures(doc, sentence, draft, context);
  if (observer) observer(draft, features, context);
  return off || arbiterProbability(features, model) >= model.keep;
}
