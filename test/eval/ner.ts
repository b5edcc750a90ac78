/**
 * Named-entity evaluation: `analyze()` against gold documents `[{id, text, entities: [{start,
 * end, type, text}]}]` (types PERSON / PLACE / ORG / OTHER), scored by src/eval (the rules are
 * written there), the same code as `news-annotator eval` and the editor's evaluation.
 * Figures are given for all documents and for the documents that are not all-caps sports
 * tables (a headline like "SOCCER - ..." in capitals), which behave very differently.
 */
import * as fs from 'fs';
import { analyze } from '../../src/analysis';
import { entityTableText, evaluate, GoldDoc, parseGoldJson } from '../../src/eval';

const sportWords =
  /^(SOCCER|CRICKET|RUGBY|TENNIS|GOLF|SKIING|ALPINE|NORDIC|FREESTYLE|SKI|BOBSLEIGH|SPEED|BASKETBALL|NBA|NHL|NFL|NCAA|ICE|BADMINTON|SQUASH|BOXING|ATHLETICS|CYCLING|MOTOR|HORSE|FORMULA|SWIMMING|VOLLEYBALL|HANDBALL|BASEBALL|JUDO|SAILING|ROWING)\b/;

/** A sports report from the wire: headline in capitals that starts with the sport's name. */
function isAllCapsSports(doc: GoldDoc): boolean {
  const headline = doc.text.split(/\r?\n/, 1)[0];
  return headline === headline.toUpperCase() && sportWords.test(headline);
}

/** Scores the recogniser on one gold file; prints a table, or JSON figures with `json`. */
export async function runNerEval(file: string, opts: { json: boolean }): Promise<void> {
  const read = parseGoldJson(await fs.promises.readFile(file, 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${read.error}`);
  const docs = read.docs.filter((d) => d.entities);
  const started = Date.now();
  const analyses = docs.map((d) => analyze(d.text));
  const elapsedMs = Date.now() - started;
  const sets = { all: docs.map((_, i) => i), withoutSports: docs.map((d, i) => (isAllCapsSports(d) ? -1 : i)).filter((i) => i >= 0) };
  const result: Record<string, { docs: number; exact: unknown; overlap: unknown }> = {};
  const lines = [`NER evaluation of ${file} (${docs.length} documents, ${elapsedMs} ms)`];
  for (const [name, set] of Object.entries(sets)) {
    const r = await evaluate(set.map((i) => docs[i]), (_text, k) => analyses[set[k]]);
    const entities = r!.entities!;
    result[name] = { docs: set.length, exact: entities.exact, overlap: entities.overlap };
    const label = name === 'all' ? 'all documents' : 'without all-caps sports tables';
    lines.push(entityTableText(`\n${label} (${set.length}), exact span:`, entities.exact), entityTableText(`${label} (${set.length}), overlap:`, entities.overlap));
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, elapsedMs, ...result }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
