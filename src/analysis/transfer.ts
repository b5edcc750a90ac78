/**
 * A compact form of an analysis for the trip from the worker to the extension host: the texts
 * of paragraphs, quotes (with their cues and speakers), scare quotes and entity mentions are
 * left out where they are exactly `text.slice(start, end)`, and put back from the document's
 * text on arrival. Most of a long article's analysis is those copies of its text, and the
 * structured clone of a reply costs what it holds. Packing copies what it changes: the
 * analysis it is given (and the caches behind it) stay as they are.
 */
import { Analysis } from './types';

interface Sliced {
  start: number;
  end: number;
  text?: string;
}

/** A copy of `s` without its text when the text is the slice it spans. */
function packed<T extends Sliced>(text: string, s: T): T {
  if (s.text === undefined || s.end - s.start !== s.text.length || text.slice(s.start, s.end) !== s.text) return s;
  // Built without the key rather than copied and deleted from: `delete` turns an object into a
  // slow dictionary, which costs several times more to copy and to send.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { text: _left, ...copy } = s;
  return copy as T;
}

/** The text of `s` put back from `text` when it was left out (in place: the object is the receiver's own copy). */
function unpacked<T extends Sliced>(text: string, s: T): T {
  if (!('text' in s)) (s as Sliced).text = text.slice(s.start, s.end);
  return s;
}

/** The analysis of `text` without the texts `unpackAnalysis` can put back. */
export function packAnalysis(text: string, analysis: Analysis): Analysis {
  return {
    ...analysis,
    paragraphs: analysis.paragraphs.map((p) => packed(text, p)),
    entities: analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => packed(text, m)) })),
    quotes: analysis.quotes.map((q) => {
      const light = packed(text, q);
      const out = light === q ? { ...q } : light;
      if (q.cue) out.cue = packed(text, q.cue);
      if (q.speaker) out.speaker = packed(text, q.speaker);
      return out;
    }),
    scareQuotes: analysis.scareQuotes.map((s) => packed(text, s)),
  };
}

/** Puts back the texts `packAnalysis` left out, from the same `text`; changes the (received) analysis in place. */
export function unpackAnalysis(text: string, analysis: Analysis): Analysis {
  for (const p of analysis.paragraphs) unpacked(text, p);
  for (const e of analysis.entities) for (const m of e.mentions) unpacked(text, m);
  for (const q of analysis.quotes) {
    unpacked(text, q);
    if (q.cue) unpacked(text, q.cue);
    if (q.speaker) unpacked(text, q.speaker);
  }
  for (const s of analysis.scareQuotes) unpacked(text, s);
  return analysis;
}

/**
 * The worker's reply as one string: JSON of the packed analysis. A string crosses to the host
 * as one copy, and JSON.stringify and JSON.parse of a long article's analysis cost about half
 * of what a structured clone of its objects does (serialised in the worker, rebuilt object by
 * object on the host's thread). An analysis is plain data (no undefined values, maps or
 * non-finite numbers), so nothing is lost on the way.
 */
export function encodeReply(text: string, analysis: Analysis): string {
  return JSON.stringify(packAnalysis(text, analysis));
}

/** The analysis of `text` from `encodeReply`'s string. */
export function decodeReply(text: string, json: string): Analysis {
  return unpackAnalysis(text, JSON.parse(json) as Analysis);
}
