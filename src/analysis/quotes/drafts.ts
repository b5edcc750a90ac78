import { QuoteKind, Span } from '../types';
import { SpeakerMention } from './mentions';

/**
 * A quote found by one of the passes, before speakers are resolved. Offsets are absolute;
 * cue and speaker are token ranges (inclusive) into the document's tokens.
 */
export interface QuoteDraft {
  start: number;
  end: number;
  kind: QuoteKind;
  /** Paragraph the quote ends in, to decide whether a later quote continues its speaker. */
  paragraph: number;
  cue?: { first: number; last: number };
  speaker?: SpeakerMention;
  /** For a quote with no cue of its own: it continues the speaker of the previous quote. */
  continues?: boolean;
  /**
   * The quote names its speaker by a word that is no source ("I", an ignored name): it has no
   * speaker, and a quote continuing it has none either.
   */
  unattributed?: boolean;
  confidence: number;
  /** A mixed quote's quoted fragments (absolute offsets, marks included). */
  fragments?: Span[];
}
