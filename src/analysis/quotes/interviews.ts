/**
 * Interviews: the question-and-answer layout of a text, who answers and who asks. Answers are
 * the interviewee's words (direct speech with no cue), questions the interviewer's, and "I"
 * or "we" in an answer is the interviewee. Three layouts are read:
 * - labels "Q:" / "A:" (or "Question:" / "Answer:") opening the turns;
 * - name labels ("SMITH: ...", "Wikinews: ...") that take turns, two or more of them;
 * - question paragraphs (ending in "?") each followed by answer paragraphs, in a text whose
 *   opening says it is an interview ("Wikinews interviewed ...", "An interview with ...").
 * The interviewee of the last two comes from the opening: the person "interviewed", "spoken
 * with" or "interview with", or the subject of "X tells ...", "X sat down with ...".
 * One pass over the blocks and, for the opening, over the sentences before the first question.
 */
import { Entity, Quote, Span } from '../types';
import { QuoteDocument } from './document';
import { FIRST_PERSON_SUBJECTS } from './lexicon';

/** A turn of an interview: the block's role and, for a labelled turn, the label's end. */
type Role = 'question' | 'answer';

/** Who a turn is attributed to: a mention in the text, and its entity when there is one. */
interface Party {
  start: number;
  end: number;
  entity?: string;
}

/** How many blocks at the top may hold the sentence that says who is interviewed. */
const OPENING_BLOCKS = 12;
/** How many turns of questions a text needs before it reads as an interview. */
const MIN_QUESTIONS = 2;
/** How many characters a block's label may take ("Q:", "Jeffrey Smith:"). */
const LABEL_CHARS = 40;

const QA_LABEL = /^(?:(q|question)|(a|answer))\s*[:.]\s/i;
// Up to four capitalised words and a colon; each part is a disjoint character class, so the
// expression never backtracks, and it runs on the first LABEL_CHARS characters only.
const NAME_LABEL = /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}):\s/u;

/** Words after which the interviewee's name follows ("interviewed X", "an interview with X"). */
const NAME_AFTER = /\bq&a with|\b(?:interview(?:s|ed)?(?: with)?(?! by)|spoke (?:with|to)|talk(?:s|ed)? (?:with|to)|speaks (?:with|to))\b/i;
/** Words after which the interviewee is the subject before them ("X tells Wikinews", "X sat down with"). */
const NAME_BEFORE = /\b(?:tells|told|sat down with|sits down with|interviewed by|speaks to|spoke to)\b/i;
const TITLE_BEFORE = /: an interview with\b/i;
/** Words before "interview" that make it an earlier one ("in a 2003 interview with"). */
const PAST_INTERVIEW = /\bin (?:a|an|the|his|her|their|one)\b[^.]{0,20}$/i;
/** Words by which an opening says the text is an interview. */
const INTERVIEW_WORD = /\binterview|\bq&a\b|\b(?:tells|spoke (?:with|to)|talk(?:s|ed)? (?:with|to)|sat down with)\b/i;
/** Words between "interviewed" and a name that show the name is not the one interviewed ("experts on Cyclone X"). */
const NOT_THE_OBJECT = /\b(?:on|about|for|regarding|over)\b|[.;:]/i;
/** How far after "interviewed" the name of the one interviewed may start. */
const OBJECT_REACH = 80;

/** What an interview adds to the quotes of a text. */
export interface InterviewFindings {
  /** Answers (and questions, when the interviewer is known) as direct quotes. */
  turns: Quote[];
}

/** The visible text of a block without leading and trailing white space. */
function blockText(doc: QuoteDocument, p: number): { text: string; start: number } {
  const block = doc.paragraphs[p];
  const raw = block.text;
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: block.start + lead };
}

/** Whether a block is a question turn: it ends in "?" and does not open with a quotation mark. */
function isQuestionBlock(text: string): boolean {
  return text.endsWith('?') && !/^["“‘'«„]/.test(text);
}

/**
 * A question put as a statement ("I wanted to know if you ...", "Tell us about ..."): a turn of
 * the interviewer that ends in a full stop. Bounded gaps, no backtracking across sentences.
 */
const STATED_QUESTION = /\b(?:want(?:ed)?|would like|['’]d like|wonder(?:ed|ing)?)\b[^.?!]{0,16}\b(?:to know|to ask you|if you|whether you)\b|^(?:please )?(?:tell us|describe|explain)\b/i;
/** A photo credit in a caption ("Image: NASA", "Photo: A. Smith"). */
const PHOTO_CREDIT = /\b(?:image|photo|picture|photograph|credit)s?:\s*\S|^file photo\b/i;
/** A photo credit's word right before a name ("Image: ", "photo by "). */
const CREDITED = /\b(?:image|photo|picture|photograph|credit)s?(?::| by)\s*$/i;
/** Second person in a question, first person in its answer: the two sides of a dialogue. */
const ADDRESSED = /\byour?\b/i;
const SPEAKING = /\b(?:I|I['’]m|I['’]ve|we|We|my|My|our|Our)\b/;
/** How many question-and-answer pairs in the second and first person make a text an interview by its layout alone. */
const MIN_DIALOGUE = 3;
/** How much of a turn a direct quote opening it must cover to stand for the whole turn. */
const WHOLE_TURN = 0.6;
/** How many characters a heading or a caption without a full stop may take. */
const HEADING_CHARS = 100;

/** Whether a block is a question put as a statement (see STATED_QUESTION). */
function isStatedQuestion(text: string): boolean {
  return !isQuestionBlock(text) && /\byou\b/i.test(text) && STATED_QUESTION.test(text);
}

/**
 * Whether a block is no turn but a heading or a caption between turns: a short line that ends
 * without a sentence's closing mark ("On NATO", "The author in 2011"), or a line with a photo
 * credit ("A view of the lab. Image: NASA"). It neither answers nor ends an answer.
 */
function isAside(text: string): boolean {
  if (PHOTO_CREDIT.test(text)) return true;
  return text.length <= HEADING_CHARS && !/[.!?…:;,"”'’»)\]]$/.test(text);
}

/** Person and organisation mentions, sorted by start, for finding who a sentence names. */
/** Per entity list, its party mentions: the interview and signature passes ask for them several times per analysis. */
const partiesOf = new WeakMap<readonly Entity[], readonly PartyMention[]>();

export function partyMentions(entities: readonly Entity[]): readonly PartyMention[] {
  let parties = partiesOf.get(entities);
  if (!parties) {
    parties = entities
      .filter((e) => e.type === 'person' || e.type === 'organization')
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start);
    partiesOf.set(entities, parties);
  }
  return parties;
}

/**
 * The interviewee named in the opening blocks (before `limit`): the first person after
 * "interviewed"/"interview with"/"spoke with", or the person before "tells"/"sat down with";
 * failing both, the person the opening mentions most.
 */
function intervieweeFromOpening(doc: QuoteDocument, entities: readonly Entity[], upTo: number): Party | undefined {
  const limit = Math.min(upTo, doc.paragraphs[Math.min(OPENING_BLOCKS, doc.paragraphs.length - 1)]?.end ?? 0);
  const mentions = partyMentions(entities).filter((m) => m.start < limit);
  const persons = mentions.filter((m) => m.entity.type === 'person');
  const parties = mentions;
  const counts = new Map<Entity, number>();
  for (const m of persons) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const sentences = doc.sentences.filter((s) => s.first < doc.tokens.length && doc.tokens[s.first].start < limit);
  let k = 0;
  let said = false;
  for (const s of sentences) {
    const start = doc.tokens[s.first].start;
    const end = doc.tokens[s.end - 1].end;
    const text = doc.text.slice(start, end);
    while (k < parties.length && parties[k].end <= start) k++;
    const inside = [];
    for (let j = k; j < parties.length && parties[j].start < end; j++) inside.push(parties[j]);
    // "Frank Messina: An Interview with ...": a title naming the one interviewed before its colon.
    const titled = TITLE_BEFORE.exec(text);
    if (titled) {
      const at = start + titled.index;
      const named = inside.filter((m) => m.end <= at).pop();
      if (named) return { start: named.start, end: named.end, entity: named.entity.id };
      // A title in capitals that is no entity we know still names who answers ("The Onion").
      const label = titled.index <= LABEL_CHARS ? /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,4} ?$/u.exec(text.slice(0, titled.index)) : null;
      if (label) return { start, end: start + label[0].trimEnd().length };
    }
    let after = NAME_AFTER.exec(text);
    // "In a 2003 interview with the Associated Press, X said": an earlier interview, not this one.
    if (after && PAST_INTERVIEW.test(text.slice(Math.max(0, after.index - 30), after.index))) after = null;
    if (after) {
      const at = start + after.index + after[0].length;
      // "interviewed him": the pronoun stands for the person named last before it.
      const pronoun = /^\s+(?:him|her)\b/i.exec(doc.text.slice(at, at + 5));
      const named = inside.find((m) => m.start >= at);
      if (named && !pronoun && named.start - at <= OBJECT_REACH && !NOT_THE_OBJECT.test(doc.text.slice(at, named.start))) return { start: named.start, end: named.end, entity: named.entity.id };
      if (pronoun) {
        const before = standsFor(persons.filter((m) => m.end <= at));
        if (before) return { start: before.start, end: before.end, entity: before.entity.id };
      }
    }
    const before = NAME_BEFORE.exec(text);
    if (before) {
      const at = start + before.index;
      const earlier = inside.filter((m) => m.end <= at);
      const named = earlier.filter((m) => m.entity.type === 'person').pop() ?? earlier.pop();
      if (named) return { start: named.start, end: named.end, entity: named.entity.id };
    }
    // An opening that says who is interviewed without a name we know ("one of the owners")
    // names nobody to attribute the answers to; only an opening that says nothing lets the
    // person it mentions most stand for the interviewee.
    if (titled || after || before) said = true;
  }
  if (said) return undefined;
  let best: { m: (typeof persons)[number]; n: number } | undefined;
  for (const m of persons) {
    // "Image: David Lane": who took the photo is no one interviewed.
    if (CREDITED.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const n = counts.get(m.entity) ?? 0;
    if (!best || n > best.n) best = { m, n };
  }
  return best ? { start: best.m.start, end: best.m.end, entity: best.m.entity.id } : undefined;
}

/**
 * The person an interview's "him" or "her" stands for: the last one named before it with a
 * full name (a given name and a surname) or a role, since a lone capitalised word the
 * recogniser took for a person is more often a project, a craft or a product named in the
 * same sentence ("X is the director of Kepler. Wikinews interviewed him"); else the last one.
 */
function standsFor<M extends { entity: Entity }>(persons: readonly M[]): M | undefined {
  for (let i = persons.length - 1; i >= 0; i--) {
    const e = persons[i].entity;
    if (e.canonical.includes(' ') || e.roles.length > 0) return persons[i];
  }
  return persons[persons.length - 1];
}

type PartyMention = { start: number; end: number; entity: Entity };

/** The mention that overlaps a span (mentions sorted by start; a binary search). */
function mentionAt(mentions: readonly PartyMention[], start: number, end: number): PartyMention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  // Mentions do not nest deeply: the few starting just before the span's end are checked.
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (mentions[i].end > start) return mentions[i];
  return undefined;
}

/** "X interviewed Y": the interviewer is the party just before. */
const ASKER_BEFORE = /\binterview(?:s|ed)\b(?! by)/i;
/** "Y sat down with X", "Y tells X", "Y was interviewed by X": the interviewer is the party just after. */
const ASKER_AFTER = /\b(?:sat down with|sits down with|tells|told|interviewed by)\s+$/i;
/** Capitalised words right before "interviewed": an interviewer named without an entity. */
const ASKER_VERB = / interview(?:s|ed)\b(?! by)/g;
/** Up to three capitalised words ending a short window (the text right before the verb), from a word start. */
const ASKER_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;
/** How much text before the verb the name is looked for in: the name test runs on this window only, so it stays linear. */
const ASKER_NAME_WINDOW = 60;
/** How far from its verb the interviewer's name may stand. */
const ASKER_REACH = 40;

/** The first capitalised name (one to three words) right before "interviews"/"interviewed" in `text`. */
function unnamedAsker(text: string): Span | undefined {
  ASKER_VERB.lastIndex = 0;
  for (let verb = ASKER_VERB.exec(text); verb; verb = ASKER_VERB.exec(text)) {
    const from = Math.max(0, verb.index - ASKER_NAME_WINDOW);
    const name = ASKER_NAME.exec(text.slice(from, verb.index));
    // A match at the window's edge must start a word of the text, not a cut one.
    if (name && (from + name.index === 0 || !/[\p{L}'’-]/u.test(text[from + name.index - 1]))) return { start: from + name.index, end: verb.index };
  }
  return undefined;
}

/**
 * The interviewer named in the opening blocks (before `upTo`): the party right before
 * "interviewed" ("Wikinews interviewed ...") or right after "sat down with", "tells" or
 * "interviewed by" ("... sat down with Anna Holm for an interview").
 */
function interviewerFromOpening(doc: QuoteDocument, entities: readonly Entity[], upTo: number, interviewee: Party | undefined): Party | undefined {
  const limit = Math.min(upTo, doc.paragraphs[Math.min(OPENING_BLOCKS, doc.paragraphs.length - 1)]?.end ?? 0);
  const parties = partyMentions(entities).filter((m) => m.start < limit && m.entity.id !== interviewee?.entity);
  // A name no entity stands for right before "interviewed" ("Wikinews interviewed ...").
  const fallback = unnamedAsker(doc.text.slice(0, limit));
  for (const m of parties) {
    if (fallback && m.start <= fallback.start && m.end >= fallback.end) return { start: m.start, end: m.end, entity: m.entity.id };
    const after = doc.text.slice(m.end, Math.min(limit, m.end + ASKER_REACH));
    const verb = ASKER_BEFORE.exec(after);
    if (verb && !/[.;:?!\n]/.test(after.slice(0, verb.index))) return { start: m.start, end: m.end, entity: m.entity.id };
    const before = doc.text.slice(Math.max(0, m.start - ASKER_REACH), m.start);
    if (ASKER_AFTER.test(before)) return { start: m.start, end: m.end, entity: m.entity.id };
  }
  return fallback && !(interviewee && fallback.start < interviewee.end && interviewee.start < fallback.end) ? fallback : undefined;
}

/** The entity whose mention overlaps a span, for a label that names a known party. */
export function entityAt(mentions: readonly PartyMention[], start: number, end: number): string | undefined {
  return mentionAt(mentions, start, end)?.entity.id;
}

/**
 * Reads the interview layout of a text and returns its turns as quotes; sets the speaker of
 * first-person quotes inside answers to the interviewee (in place). Returns no turns for a
 * text that is no interview.
 */
export function findInterview(doc: QuoteDocument, entities: readonly Entity[], quotes: Quote[]): InterviewFindings {
  if (doc.off.has('interviews')) return { turns: [] };
  const n = doc.paragraphs.length;
  const roles: Array<Role | undefined> = new Array(n);
  /** For labelled turns, where the label ends (the turn's text starts after it), and the label span. */
  const labels: Array<{ start: number; end: number; name: string } | undefined> = new Array(n);
  let qa = 0;
  let questions = 0;
  let firstQuestion = -1;
  const nameCounts = new Map<string, number>();
  for (let p = 0; p < n; p++) {
    const { text, start } = blockText(doc, p);
    const head = text.slice(0, LABEL_CHARS);
    const q = QA_LABEL.exec(head);
    if (q) {
      roles[p] = q[1] ? 'question' : 'answer';
      labels[p] = { start, end: start + q[0].length, name: '' };
      qa++;
    } else {
      const label = NAME_LABEL.exec(head);
      if (label) {
        labels[p] = { start, end: start + label[1].length, name: label[1] };
        nameCounts.set(label[1], (nameCounts.get(label[1]) ?? 0) + 1);
      }
    }
    if (isQuestionBlock(text) || isStatedQuestion(text)) {
      questions++;
      if (firstQuestion < 0) firstQuestion = p;
    }
  }
  const turns: Quote[] = [];
  const named = [...nameCounts].filter(([, c]) => c >= 2);
  let interviewee: Party | undefined;
  let interviewer: Party | undefined;
  if (qa >= 2) {
    const opening = doc.paragraphs[labels.findIndex((l) => l !== undefined)]?.start ?? doc.text.length;
    interviewee = intervieweeFromOpening(doc, entities, opening);
    interviewer = interviewerFromOpening(doc, entities, opening, interviewee);
  } else if (named.length >= 2) {
    // Name labels taking turns: the label whose blocks end in questions most asks.
    const asks = new Map<string, number>();
    for (let p = 0; p < n; p++) {
      const l = labels[p];
      if (l && nameCounts.get(l.name)! >= 2 && isQuestionBlock(blockText(doc, p).text)) asks.set(l.name, (asks.get(l.name) ?? 0) + 1);
    }
    const asker = [...asks].sort((a, b) => b[1] - a[1])[0]?.[0];
    // Labels with no questions among them are a tally or a list ("Clinton: 547."), not turns.
    if (asker === undefined) return { turns: [] };
    for (let p = 0; p < n; p++) {
      const l = labels[p];
      if (!l || nameCounts.get(l.name)! < 2) {
        labels[p] = undefined;
        continue;
      }
      roles[p] = l.name === asker ? 'question' : 'answer';
    }
  } else if (questions >= MIN_QUESTIONS && firstQuestion >= 0 && (INTERVIEW_WORD.test(doc.text.slice(0, doc.paragraphs[firstQuestion].start)) || isDialogue(doc, firstQuestion, questions))) {
    interviewee = intervieweeFromOpening(doc, entities, doc.paragraphs[Math.min(firstQuestion, OPENING_BLOCKS)].start);
    interviewer = interviewerFromOpening(doc, entities, doc.paragraphs[Math.min(firstQuestion, OPENING_BLOCKS)].start, interviewee);
    // The block after a question answers it, even when it ends in a question of its own
    // ("... is there any reason why it should exist?"); headings and captions are no turns,
    // and the block after a heading is a question.
    let last: Role | undefined;
    for (let p = firstQuestion; p < n; p++) {
      const text = blockText(doc, p).text;
      if (isAside(text)) {
        // A section heading (no caption) opens a new exchange: the block after it asks.
        if (!PHOTO_CREDIT.test(text)) last = undefined;
        continue;
      }
      roles[p] = last !== 'question' && (isQuestionBlock(text) || isStatedQuestion(text)) ? 'question' : last ? 'answer' : 'question';
      last = roles[p];
    }
    for (let p = 0; p < n; p++) labels[p] = undefined;
  } else {
    return { turns: [] };
  }
  // An opening that names no one: a quote in the answers signed "— Name" says who answers.
  if (!interviewee && roles.some((r) => r === 'answer')) interviewee = signer(doc, quotes, roles);
  const parties = partyMentions(entities);
  const directAt = new Map<number, number>();
  for (const q of quotes) if (q.kind === 'direct') directAt.set(q.start, Math.max(q.end, directAt.get(q.start) ?? 0));
  // A block in an answer's place that opens with the interviewee's name is a caption or the
  // writer's narration about the interviewee ("Smith with some of her books"), not an answer;
  // "Smith and I ..." is a co-interviewee answering.
  const person = entities.find((e) => e.id === interviewee?.entity);
  const intervieweeAt = new Map(person?.mentions.map((m) => [m.start, m.end]));
  const surname = person?.type === 'person' ? person.canonical.slice(person.canonical.lastIndexOf(' ') + 1) : undefined;
  const opensWithInterviewee = (text: string, start: number) => {
    const end = intervieweeAt.get(start) ?? (surname && text.startsWith(surname) && !/[\p{L}'’]/u.test(text[surname.length] ?? '') ? start + surname.length : undefined);
    return end !== undefined && !/^ and (?:I|me)\b/.test(doc.text.slice(end, end + 8));
  };
  // Who introduces themselves in each unlabelled answer ("And, I'm Ida Lenz."), read once.
  const selves: Array<Party | undefined> = new Array(n);
  for (let p = 0; p < n; p++) {
    if (roles[p] !== 'answer' || labels[p]) continue;
    const { text, start } = blockText(doc, p);
    selves[p] = introduced(parties, start, text);
  }
  const answerers = coInterviewees(doc, parties, selves, interviewee);
  let k = 0;
  for (let p = 0; p < n; p++) {
    const role = roles[p];
    if (!role) continue;
    const { text, start } = blockText(doc, p);
    if (role === 'answer' && !labels[p] && opensWithInterviewee(text, start)) continue;
    const label = labels[p];
    let from = start;
    let party = role === 'answer' ? interviewee : interviewer;
    if (role === 'answer' && !label) {
      while (k < parties.length && parties[k].start < start) k++;
      party = selves[p] ?? notNamed(parties, k, start + text.length, answerers, party) ?? party;
    }
    if (label) {
      from = label.end;
      while (from < start + text.length && /[\s:.]/.test(doc.text[from])) from++;
      if (label.name) party = { start: label.start, end: label.end, entity: entityAt(parties, label.start, label.end) };
    }
    const end = start + text.length;
    if (end <= from || !party) continue;
    // A turn that is one quotation already found ('"..." — Name, on ...') is not listed twice.
    const quoted = directAt.get(from);
    if (quoted === undefined || quoted - from < WHOLE_TURN * (end - from)) {
      const turn: Quote = { start: from, end, text: doc.text.slice(from, end), kind: 'direct', confidence: 0.7, speaker: { start: party.start, end: party.end, text: doc.text.slice(party.start, party.end) } };
      if (party.entity) turn.speakerEntity = party.entity;
      turns.push(turn);
    }
    // "I" and "we" in a turn are who takes it: the interviewee in answers, the interviewer in questions.
    firstPersonOf(doc, quotes, p, party);
  }
  return { turns };
}

/**
 * Whether the blocks from `first` read as a dialogue with no word saying so: at least
 * MIN_DIALOGUE questions that address "you" are answered at once by a block in the first
 * person, and such pairs are at least half of the `questions`.
 */
function isDialogue(doc: QuoteDocument, first: number, questions: number): boolean {
  let pairs = 0;
  for (let p = first; p + 1 < doc.paragraphs.length; p++) {
    const text = blockText(doc, p).text;
    if (!isQuestionBlock(text) || !ADDRESSED.test(text)) continue;
    const reply = blockText(doc, p + 1).text;
    if (!isQuestionBlock(reply) && !isAside(reply) && SPEAKING.test(reply)) pairs++;
  }
  return pairs >= MIN_DIALOGUE && pairs * 2 >= questions;
}

/** "I'm " or "my name is " before a name: who speaks introduces themselves. */
const SELF_INTRODUCTION = /\b(?:I['’]m|I am|my name is) (?=\p{Lu})/gu;
/** How far into an answer a self-introduction may stand. */
const INTRODUCTION_REACH = 200;

/**
 * The person an answer introduces as its speaker ("And, I'm Isabel Ruiz."), for interviews of
 * two or more people who answer in turn without labels.
 */
function introduced(parties: readonly PartyMention[], start: number, text: string): Party | undefined {
  SELF_INTRODUCTION.lastIndex = 0;
  const m = SELF_INTRODUCTION.exec(text.slice(0, INTRODUCTION_REACH));
  if (!m) return undefined;
  const at = start + m.index + m[0].length;
  const mention = mentionAt(parties, at, at + 1);
  return mention && mention.start === at && mention.entity.type === 'person' ? { start: mention.start, end: mention.end, entity: mention.entity.id } : undefined;
}

/**
 * The people who answer an interview of several ("Wikinews interviews Tom Berger and Ida
 * Lenz"): the interviewee, a person joined to them by "and" where the opening names them, and
 * whoever introduces themselves in an unlabelled answer (`selves`, by block). One party for one
 * interviewee.
 */
function coInterviewees(doc: QuoteDocument, parties: readonly PartyMention[], selves: ReadonlyArray<Party | undefined>, interviewee: Party | undefined): Party[] {
  if (!interviewee?.entity) return [];
  const found = new Map<string, Party>([[interviewee.entity, interviewee]]);
  const at = parties.findIndex((m) => m.start === interviewee.start);
  const next = at >= 0 ? parties[at + 1] : undefined;
  if (next && next.entity.type === 'person' && doc.text.slice(interviewee.end, next.start) === ' and ' && !found.has(next.entity.id)) found.set(next.entity.id, { start: next.start, end: next.end, entity: next.entity.id });
  for (const self of selves) if (self?.entity && !found.has(self.entity)) found.set(self.entity, self);
  return [...found.values()];
}

/**
 * In an interview of two, an answer that names one of them, other than to introduce
 * themselves, is the other's: people rarely call themselves by name ("I wanted to work with
 * Ida", "Ida and I"). Mentions from index `k` up to `end` are the answer's. Undefined when the
 * answer names neither or both, or the interview has not two who answer.
 */
function notNamed(parties: readonly PartyMention[], k: number, end: number, answerers: readonly Party[], party: Party | undefined): Party | undefined {
  if (answerers.length !== 2) return undefined;
  const named = new Set<string>();
  for (let j = k; j < parties.length && parties[j].start < end; j++) named.add(parties[j].entity.id);
  const left = answerers.filter((a) => !named.has(a.entity!));
  return left.length === 1 && left[0].entity !== party?.entity ? left[0] : undefined;
}

/** The signer of a quote in an answer block ('"..." — Name'), as the party who answers. */
function signer(doc: QuoteDocument, quotes: readonly Quote[], roles: ReadonlyArray<Role | undefined>): Party | undefined {
  let p = 0;
  for (const q of quotes) {
    while (p < doc.paragraphs.length && doc.paragraphs[p].end <= q.start) p++;
    if (p >= doc.paragraphs.length) break;
    if (roles[p] !== 'answer' || (q.cue && !/^[—–-]+$/.test(q.cue.text)) || !q.speaker) continue;
    if (/[—–-]\s?$/.test(doc.text.slice(Math.max(0, q.speaker.start - 3), q.speaker.start))) return { start: q.speaker.start, end: q.speaker.end, entity: q.speakerEntity };
  }
  return undefined;
}

/** First-person quotes inside turn block `p` are the party's who takes the turn. Quotes are sorted; a binary search finds the first. */
function firstPersonOf(doc: QuoteDocument, quotes: Quote[], p: number, party: Party): void {
  const block = doc.paragraphs[p];
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < block.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quotes.length && quotes[i].start < block.end; i++) {
    const q = quotes[i];
    const word = q.speaker?.text.toLowerCase().replace(/['’].*$/, '');
    if (!q.speaker || q.speakerEntity || !word || !FIRST_PERSON_SUBJECTS.has(word)) continue;
    if (party.entity) q.speakerEntity = party.entity;
    // A party no entity stands for ("The Lantern" named only by a title): its span is the speaker.
    else q.speaker = { start: party.start, end: party.end, text: doc.text.slice(party.start, party.end) };
  }
}
