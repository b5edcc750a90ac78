/**
 * Named-entity evaluation: `analyze()` against gold documents `[{id, text, entities: [{start,
 * end, type, text}]}]` (types PERSON / PLACE / ORG / OTHER), scored by src/eval (the rules are
 * written there), the same code as `news-annotator eval` and the editor's evaluation.
 * Figures are given for all documents and for the documents that are not all-caps sports
 * tables (a headline like "SOCCER - ..." in capitals), which behave very differently.
 * The ablation table repeats the exact-span F1 with each rule family of `entities/families.ts`
 * switched off in turn, so that each family's worth is visible.
 */
import * as fs from 'fs';
import { analyze } from '../../src/analysis';
import { findEntities } from '../../src/analysis/entities';
import { familyDescriptions, ruleFamilies, RuleFamily } from '../../src/analysis/entities/families';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { entityTableText, evaluate, EntityTable, GoldDoc, parseGoldJson } from '../../src/eval';

const sportWords =
  /^(SOCCER|CRICKET|RUGBY|TENNIS|GOLF|SKIING|ALPINE|NORDIC|FREESTYLE|SKI|BOBSLEIGH|SPEED|BASKETBALL|NBA|NHL|NFL|NCAA|ICE|BADMINTON|SQUASH|BOXING|ATHLETICS|CYCLING|MOTOR|HORSE|FORMULA|SWIMMING|VOLLEYBALL|HANDBALL|BASEBALL|JUDO|SAILING|ROWING)\b/;

/** A sports report from the wire: headline in capitals that starts with the sport's name. */
function isAllCapsSports(doc: GoldDoc): boolean {
  const headline = doc.text.split(/\r?\n/, 1)[0];
  return headline === headline.toUpperCase() && sportWords.test(headline);
}

type F1s = Record<keyof EntityTable, number>;
const f1s = (t: EntityTable): F1s => ({ PERSON: t.PERSON.f1, PLACE: t.PLACE.f1, ORG: t.ORG.f1, micro: t.micro.f1 });

/** One row of the ablation: exact-span F1 with one rule family switched off. */
interface AblationRow {
  family: RuleFamily | 'none';
  all: F1s;
  withoutSports: F1s;
}

/** Exact-span F1 of the entity finder alone with `off` switched off, scored by src/eval, on both document sets. */
async function ablationRow(docs: GoldDoc[], sets: Record<'all' | 'withoutSports', number[]>, family: RuleFamily | 'none'): Promise<AblationRow> {
  const predicted = docs.map((d) => ({ entities: findEntities(d.text, splitParagraphs(d.text), family === 'none' ? {} : { families: { [family]: false } }), quotes: [] }));
  const exact = async (set: number[]) => f1s((await evaluate(set.map((i) => docs[i]), (_text, k) => predicted[set[k]]))!.entities!.exact);
  return { family, all: await exact(sets.all), withoutSports: await exact(sets.withoutSports) };
}

function renderAblation(rows: AblationRow[]): string {
  const base = rows[0];
  const cell = (x: number, b: number) => `${x.toFixed(1).padStart(6)}${b === x ? '' : ` (${x - b > 0 ? '+' : ''}${(x - b).toFixed(1)})`}`.padEnd(15);
  const lines = rows.map((r) => {
    const name = r.family === 'none' ? 'all families' : `without ${r.family}`;
    return `  ${name.padEnd(20)} ${cell(r.all.micro, base.all.micro)} ${cell(r.all.PERSON, base.all.PERSON)} ${cell(r.all.PLACE, base.all.PLACE)} ${cell(r.all.ORG, base.all.ORG)} ${cell(r.withoutSports.micro, base.withoutSports.micro)}`;
  });
  const legend = ruleFamilies.map((f) => `  ${f}: ${familyDescriptions[f]}`);
  return [
    '\nablation, exact-span F1 with each rule family switched off (change from all families in brackets):',
    `  ${''.padEnd(20)} ${'micro'.padStart(6).padEnd(15)} ${'PERSON'.padStart(6).padEnd(15)} ${'PLACE'.padStart(6).padEnd(15)} ${'ORG'.padStart(6).padEnd(15)} micro without sports tables`,
    ...lines,
    ...legend,
  ].join('\n');
}

/** Scores the recogniser on one gold file; prints a table, or JSON figures with `json`. */
export async function runNerEval(file: string, opts: { json: boolean; ablation?: boolean }): Promise<void> {
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
  const rows: AblationRow[] = [];
  if (opts.ablation !== false) for (const family of ['none' as const, ...ruleFamilies]) rows.push(await ablationRow(docs, sets, family));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, elapsedMs, ...result, ablation: rows }, null, 2)}\n`);
    return;
  }
  if (rows.length) lines.push(renderAblation(rows));
  process.stdout.write(`${lines.join('\n')}\n`);
}
