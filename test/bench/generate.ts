/** Deterministic article-like text for benchmarks: news-style sentences, some paragraphs repeated. */

const subjects = ['The minister', 'A spokesperson for the ministry', 'Officials in the capital', 'The prime minister', 'Local residents', 'The central bank', 'Opposition leaders', 'The company'];
const verbs = ['said on Monday that', 'told reporters that', 'warned that', 'announced that', 'confirmed that', 'denied reports that'];
const objects = ['talks on trade would continue next week', 'the new budget would raise spending on schools and hospitals', 'heavy rain had closed several roads in the north', 'the agreement would strengthen ties between the two countries', 'prices rose faster than expected in the third quarter', 'the election would be held in the spring'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `chars` characters in `paragraphs` paragraphs (one per line), one in ten repeating an earlier one. */
export function generateArticle(chars: number, paragraphs: number, seed = 1): string {
  const rand = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const target = Math.max(40, Math.floor(chars / paragraphs));
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 10 && rand() < 0.1) {
      out.push(out[Math.floor(rand() * i)]);
      continue;
    }
    let p = `${i + 1}. `;
    while (p.length < target) p += `${pick(subjects)} ${pick(verbs)} ${pick(objects)} (${Math.floor(rand() * 1e6)}). `;
    out.push(p.slice(0, target).trimEnd());
  }
  return out.join('\n');
}
