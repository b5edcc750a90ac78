/**
 * Workloads for corrections, shared by `npm run bench` and the growth test: records of every
 * action over an analysis, and a synthetic article with a hand-made analysis whose size is a
 * parameter (so that the growth test does not depend on the recogniser).
 */
import { anchorAt, AnnotationRecord, textHash } from '../../src/analysis/annotations';
import { Analysis, Entity, Quote } from '../../src/analysis/types';

/** A small deterministic PRNG, so that every run corrects the same things. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** `count` records of every action, on mentions and quotes of `analysis` picked at random. */
export function recordsFor(text: string, analysis: Analysis, count: number, seed = 1): AnnotationRecord[] {
  const rand = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const hash = textHash(text);
  const mentions = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
  const records: AnnotationRecord[] = [];
  for (let i = 0; i < count; i++) {
    const base = { id: `bench-${i}`, by: 'Bench', at: new Date(Date.UTC(2024, 4, 1, 12, 0, i)).toISOString() };
    const kind = i % 10;
    if (kind >= 7 && analysis.quotes.length) {
      const q = pick(analysis.quotes);
      const anchor = anchorAt(text, q.start, q.end, hash);
      const other = pick(analysis.entities);
      const action = [
        { action: 'quote.speaker' as const, speaker: { name: other.canonical, type: other.type } },
        { action: 'quote.kind' as const, kind: 'mixed' as const },
        { action: 'quote.accept' as const },
      ][kind - 7];
      records.push({ ...base, ...action, status: action.action === 'quote.accept' ? 'accepted' : 'corrected', anchor });
      continue;
    }
    const { m } = pick(mentions);
    const anchor = anchorAt(text, m.start, m.end, hash);
    const into = pick(analysis.entities);
    const actions = [
      { action: 'entity.accept' as const, scope: 'mention' as const, status: 'accepted' as const },
      { action: 'entity.accept' as const, scope: 'article' as const, status: 'accepted' as const },
      { action: 'entity.reject' as const, scope: 'mention' as const, status: 'rejected' as const },
      { action: 'entity.type' as const, type: 'event', scope: 'article' as const, status: 'corrected' as const },
      { action: 'entity.merge' as const, into: { name: into.canonical, type: into.type }, scope: 'mention' as const, status: 'corrected' as const },
      { action: 'entity.split' as const, scope: 'mention' as const, status: 'corrected' as const },
      { action: 'entity.canonical' as const, canonical: `${m.text} (checked)`, scope: 'article' as const, status: 'corrected' as const },
    ];
    records.push({ ...base, ...actions[kind], anchor });
  }
  return records;
}

const first = ['Sergei', 'Khawaja', 'Nawaz', 'Ann', 'Bo', 'Cy', 'Dee', 'Ed'];
const last = ['Shoigu', 'Asif', 'Sharif', 'Lee', 'Chen', 'Twombly', 'Ramone', 'Wood'];
const towns = ['Islamabad', 'Moscow', 'Karachi', 'Lahore', 'Kazan'];

/**
 * An article of `n` paragraphs, its analysis made by hand, and `n` records on it. Every four
 * paragraphs name another person and place, so that an entity's size does not grow with the
 * article: the cost of a correction that reaches a whole entity stays the same.
 */
export function correctionWorkload(n: number): { text: string; analysis: Analysis; records: AnnotationRecord[] } {
  const parts: string[] = [];
  const entities = new Map<string, Entity>();
  const quotes: Quote[] = [];
  let length = 0;
  const mention = (id: string, type: Entity['type'], name: string, start: number) => {
    const e = entities.get(id) ?? { id, type, canonical: name, aliases: [], roles: [], mentions: [] };
    e.mentions.push({ start, end: start + name.length, text: name });
    entities.set(id, e);
  };
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / 4);
    const person = `${first[group % first.length]} ${last[group % last.length]}${group}`;
    const place = `${towns[group % towns.length]}${group}`;
    const surname = person.split(' ').slice(-1)[0];
    const opening = `(${i}) ${person} arrived in ${place} for talks. `;
    const quote = `“We will talk again on day ${i},”`;
    const paragraph = `${opening}${quote} ${surname} said.`;
    mention(`person:${person}`, 'person', person, length + opening.indexOf(person));
    mention(`place:${place}`, 'place', place, length + opening.indexOf(place));
    const quoteStart = length + opening.length;
    const speakerStart = quoteStart + quote.length + 1;
    mention(`person:${person}`, 'person', surname, speakerStart);
    quotes.push({ start: quoteStart, end: quoteStart + quote.length, text: quote, kind: 'direct', confidence: 0.9, speaker: { start: speakerStart, end: speakerStart + surname.length, text: surname }, speakerEntity: `person:${person}` });
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  const text = parts.join('\n\n');
  const list = [...entities.values()].map((e) => ({ ...e, aliases: [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.canonical) }));
  const analysis: Analysis = { length: text.length, paragraphs: [], duplicates: { copies: [], blocks: [] }, entities: list, quotes, scareQuotes: [], quoteMarkProblems: [], partial: false, notices: [] };
  return { text, analysis, records: recordsFor(text, analysis, n) };
}
