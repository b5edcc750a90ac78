/**
 * Generated news bundles for the duplicate tests: short articles with short headings (and some
 * with a short dateline or an "Advertisement" line), as scrapers collect them, repeated whole.
 */

const vocabulary = (
  'council officials port authority court water board union leaders university inspectors approved rejected postponed reviewed ' +
  'announced questioned plan bus lanes budget road repairs ban night flights higher fees parking merger schools study river pollution ' +
  'residents complained about noise traffic delays weekend festival harbour bridge library museum tender contract hospital wing ' +
  'station platform tram line farmers market'
).split(' ');

/** A small deterministic PRNG so that every run generates the same bundle. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61 | s);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated article: a heading under 30 characters, then three body paragraphs; some get a dateline or an advertisement line. */
export function article(k: number): string[] {
  const rand = prng(1000 + k);
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ');
  const lines = [`Item ${k + 1}: ${words(2)}`.slice(0, 28)];
  if (k % 3 === 0) lines.push(`CITY ${k + 1}, Monday`);
  for (let p = 0; p < 3; p++) {
    const body = `${words(12 + Math.floor(rand() * 6))}, item ${k + 1} says.`;
    lines.push(body[0].toUpperCase() + body.slice(1));
    if (p === 1 && k % 4 === 1) lines.push('Advertisement');
  }
  return lines;
}

/** `articles` articles, one paragraph per line; `tagline`, when given, ends the articles whose number is a multiple of 5. */
export function bundle(articles: number, tagline?: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < articles; k++) {
    out.push(...article(k));
    if (tagline && k % 5 === 0) out.push(tagline);
  }
  return out;
}
