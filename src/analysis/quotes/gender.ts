/**
 * The gender a text states for each person: honorifics before a mention ("Mr.", "Ms."),
 * gendered role nouns the person carries ("spokeswoman", "chairman") and the pronouns that
 * follow a mention of them ("... Lee said. She added ..."). Never guessed from first names:
 * a person the text states nothing about is left out (the reader sees "unknown").
 * One pass over the text's pronouns and honorifics and one over the sorted mentions.
 */
import { Entity, StatedGender } from '../types';

const FEMALE_WORDS = new Set(['she', 'her', 'hers', 'herself', 'mrs', 'ms', 'miss', 'madam', 'dame', 'lady']);
const MALE_WORDS = new Set(['he', 'him', 'his', 'himself', 'mr', 'sir', 'lord']);
const HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'mr', 'sir', 'lord']);

/** Gendered role nouns: the stem's ending says the gender ("spokeswoman", "actress", "chairman"). */
const FEMALE_ROLE = /(?:woman|women|ess|mother|wife|daughter|sister|queen|princess|girl|grandmother|aunt|niece|widow|bride|nun)$/;
const MALE_ROLE = /(?:(?<!wo)man|(?<!wo)men|father|husband|son|brother|king|prince|boy|grandfather|uncle|nephew|widower|groom|monk)$/;

/** How far after a mention a pronoun may still refer to it, in characters. */
const PRONOUN_REACH = 300;
/** Votes an honorific or a role noun carries; a pronoun carries one. */
const STRONG = 3;

/**
 * For each person entity whose gender the text states, 'female' or 'male'. A person with
 * evidence both ways keeps the side with at least three quarters of the votes, else none.
 */
export function statedGenders(text: string, entities: readonly Entity[]): Map<string, StatedGender> {
  const votes = new Map<string, { female: number; male: number }>();
  const vote = (id: string, gender: StatedGender, weight: number) => {
    const v = votes.get(id) ?? { female: 0, male: 0 };
    v[gender] += weight;
    votes.set(id, v);
  };
  const persons = entities.filter((e) => e.type === 'person');
  for (const e of persons) {
    for (const role of e.roles) {
      const word = role.toLowerCase().trim().split(/\s+/).pop() ?? '';
      if (FEMALE_ROLE.test(word)) vote(e.id, 'female', STRONG);
      else if (MALE_ROLE.test(word)) vote(e.id, 'male', STRONG);
    }
  }
  const mentions = persons.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, id: entity.id }))).sort((a, b) => a.start - b.start);
  // Pronouns and honorifics in text order; each goes to the nearest person mention before it
  // (a pronoun) or right after it (an honorific). Both lists are walked once, side by side.
  const words = /\b(?:she|her|hers|herself|he|him|his|himself|mrs|ms|miss|madam|dame|lady|mr|sir|lord)\b\.?/gi;
  let k = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const word = m[0].toLowerCase().replace(/\.$/, '');
    const gender: StatedGender = FEMALE_WORDS.has(word) ? 'female' : 'male';
    while (k < mentions.length && mentions[k].start < m.index) k++;
    if (HONORIFICS.has(word)) {
      // "Mr. Lee", "Ms Ortiz": the mention starts right after the honorific (or includes it).
      const next = mentions[k];
      const prev = k > 0 ? mentions[k - 1] : undefined;
      if (next && next.start - (m.index + m[0].length) <= 1) vote(next.id, gender, STRONG);
      else if (prev && prev.start <= m.index && prev.end > m.index) vote(prev.id, gender, STRONG);
      continue;
    }
    if (!MALE_WORDS.has(word) && !FEMALE_WORDS.has(word)) continue;
    const before = k > 0 ? mentions[k - 1] : undefined;
    if (!before || m.index - before.end > PRONOUN_REACH || before.end > m.index) continue;
    // A paragraph break between them ends the reference.
    if (/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/.test(text.slice(before.end, m.index))) continue;
    vote(before.id, gender, 1);
  }
  const out = new Map<string, StatedGender>();
  for (const [id, v] of votes) {
    const total = v.female + v.male;
    if (v.female >= 0.75 * total && v.female > 0) out.set(id, 'female');
    else if (v.male >= 0.75 * total && v.male > 0) out.set(id, 'male');
  }
  return out;
}
