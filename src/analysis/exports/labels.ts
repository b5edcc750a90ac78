/**
 * Label names in other tools. Our entity types are lower-case words (`person`, or a label a
 * person defined); brat and Label Studio conventionally capitalise labels, doccano projects
 * often use upper case, CoNLL-2003 has its own four tags. Importers map the usual names of
 * other projects (PER, LOC, GPE, NORP, ...) back to ours.
 */

const CONLL: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', nationality: 'MISC', date: 'DATE' };

const FOREIGN: Record<string, string> = {
  person: 'person',
  per: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
  nationality: 'nationality',
  nat: 'nationality',
  norp: 'nationality',
  misc: 'misc',
  other: 'misc',
  date: 'date',
};

/** A type as one word without white space (brat types may not hold spaces or colons). */
function word(type: string): string {
  return type.replace(/[^\p{L}\p{N}_-]/gu, '_');
}

/** `person` -> `Person` (brat, Label Studio). */
export function capitalLabel(type: string): string {
  const w = word(type);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `person` -> `PERSON` (doccano). */
export function upperLabel(type: string): string {
  return word(type).toUpperCase();
}

/** `person` -> `PER` (CoNLL-2003; other types in upper case). */
export function conllLabel(type: string): string {
  return CONLL[type] ?? upperLabel(type);
}

/** Another tool's entity label as our type: the usual names of the built-in types, else the label in lower case. */
export function typeFromLabel(label: string): string {
  const lower = label.toLowerCase();
  return FOREIGN[lower] ?? lower;
}

/** The label quotes, speakers and cues get (PolNeAR's Content, Source and Cue in brat; Quote, Source, Cue elsewhere). */
export const ROLE = { quote: 'Quote', content: 'Content', source: 'Source', cue: 'Cue' } as const;
