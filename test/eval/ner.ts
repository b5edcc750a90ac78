/**
 * Named-entity evaluation: scores `findEntities` against gold documents
 * `[{id, text, entities: [{start, end, type, text}]}]` (types PERSON / PLACE / ORG / OTHER).
 *
 * Scoring rules, written down so figures from different runs compare:
 * - Only PERSON, PLACE and ORG are scored. Our `nationality` and `date` predictions map to no
 *   scored type and are left out, so they are never counted as errors.
 * - Gold OTHER spans are not scored, and a prediction lying inside a gold OTHER span is ignored
 *   rather than counted as a false positive ("Russian" in "Russian Cup").
 * - `exact`: start, end and type all equal. `overlap`: same type and the spans share at least
 *   one character; each gold span is matched at most once.
 * - Figures are given for all documents and for the documents that are not all-caps sports
 *   tables (a headline like "SOCCER - ..." in capitals), which behave very differently.
 * - The ablation table repeats the exact-span F1 with each rule family of
 *   `entities/families.ts` switched off in turn, so that each family's worth is visible.
 */
import * as fs from 'fs';
import { findEntities } from '../../src/analysis/entities';
import { familyDescriptions, ruleFamilies, RuleFamily } from '../../src/analysis/entities/families';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { EntityType } from '../../src/analysis/types';

type GoldType = 'PERSON' | 'PLACE' | 'ORG' | 'OTHER';
const scoredTypes = ['PERSON', 'PLACE', 'ORG'] as const;
type ScoredType = (typeof scoredTypes)[number];

interface GoldEntity {
  start: number;
  end: number;
  type: GoldType;
  text: string;
}

interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
}

interface Labelled {
  start: number;
  end: number;
  type: ScoredType;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 in percent. */
interface Figures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

type Table = Record<ScoredType | 'micro', Figures>;

const typeOf: Partial<Record<EntityType, ScoredType>> = { person: 'PERSON', place: 'PLACE', organization: 'ORG' };

const sportWords =
  /^(SOCCER|CRICKET|RUGBY|TENNIS|GOLF|SKIING|ALPINE|NORDIC|FREESTYLE|SKI|BOBSLEIGH|SPEED|BASKETBALL|NBA|NHL|NFL|NCAA|ICE|BADMINTON|SQUASH|BOXING|ATHLETICS|CYCLING|MOTOR|HORSE|FORMULA|SWIMMING|VOLLEYBALL|HANDBALL|BASEBALL|JUDO|SAILING|ROWING)\b/;

/** A sports report from the wire: headline in capitals that starts with the sport's name. */
function isAllCapsSports(doc: GoldDoc): boolean {
  const headline = doc.text.split(/\r?\n/, 1)[0];
  return headline === headline.toUpperCase() && sportWords.test(headline);
}

function predict(doc: GoldDoc, off?: RuleFamily): Labelled[] {
  const out: Labelled[] = [];
  for (const entity of findEntities(doc.text, splitParagraphs(doc.text), off ? { families: { [off]: false } } : {})) {
    const type = typeOf[entity.type];
    if (!type) continue;
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

function emptyCounts(): Record<ScoredType, Counts> {
  return { PERSON: { tp: 0, fp: 0, fn: 0 }, PLACE: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

/** Adds one document's matches to `counts`, exact or overlap. */
function score(gold: GoldEntity[], predicted: Labelled[], overlap: boolean, counts: Record<ScoredType, Counts>): void {
  const others = gold.filter((g) => g.type === 'OTHER');
  const scored = gold.filter((g): g is GoldEntity & { type: ScoredType } => g.type !== 'OTHER');
  const used = new Set<number>();
  for (const p of predicted) {
    if (others.some((o) => p.start >= o.start && p.end <= o.end)) continue;
    const hit = scored.findIndex(
      (g, i) => !used.has(i) && g.type === p.type && (overlap ? g.start < p.end && p.start < g.end : g.start === p.start && g.end === p.end),
    );
    if (hit >= 0) {
      used.add(hit);
      counts[p.type].tp++;
    } else {
      counts[p.type].fp++;
    }
  }
  scored.forEach((g, i) => {
    if (!used.has(i)) counts[g.type].fn++;
  });
}

function figures(c: Counts): Figures {
  const precision = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { precision: r(precision), recall: r(recall), f1: r(f1), ...c };
}

function table(counts: Record<ScoredType, Counts>): Table {
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of scoredTypes) {
    micro.tp += counts[t].tp;
    micro.fp += counts[t].fp;
    micro.fn += counts[t].fn;
  }
  return { PERSON: figures(counts.PERSON), PLACE: figures(counts.PLACE), ORG: figures(counts.ORG), micro: figures(micro) };
}

function render(title: string, t: Table): string {
  const rows = [...scoredTypes, 'micro' as const].map((k) => {
    const f = t[k];
    return `  ${k.padEnd(7)} ${f.precision.toFixed(1).padStart(6)} ${f.recall.toFixed(1).padStart(6)} ${f.f1.toFixed(1).padStart(6)}   ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}`;
  });
  return [title, '  type         P      R     F1      tp    fp    fn', ...rows].join('\n');
}

/** Exact-span figures of one set of documents under the given predictions. */
function exactTable(set: GoldDoc[], predictions: Map<string, Labelled[]>): Table {
  const exact = emptyCounts();
  for (const d of set) score(d.entities, predictions.get(d.id) ?? [], false, exact);
  return table(exact);
}

/** One row of the ablation: exact-span F1 with one rule family switched off. */
interface AblationRow {
  family: RuleFamily | 'none';
  all: Record<ScoredType | 'micro', number>;
  withoutSports: Record<ScoredType | 'micro', number>;
}

const f1s = (t: Table): Record<ScoredType | 'micro', number> => ({ PERSON: t.PERSON.f1, PLACE: t.PLACE.f1, ORG: t.ORG.f1, micro: t.micro.f1 });

/** Exact-span F1 with every family on, then with each family off in turn. */
function ablation(sets: { all: GoldDoc[]; withoutSports: GoldDoc[] }, full: Map<string, Labelled[]>): AblationRow[] {
  const rows: AblationRow[] = [{ family: 'none', all: f1s(exactTable(sets.all, full)), withoutSports: f1s(exactTable(sets.withoutSports, full)) }];
  for (const family of ruleFamilies) {
    const predictions = new Map(sets.all.map((d) => [d.id, predict(d, family)] as const));
    rows.push({ family, all: f1s(exactTable(sets.all, predictions)), withoutSports: f1s(exactTable(sets.withoutSports, predictions)) });
  }
  return rows;
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
  const docs = JSON.parse(await fs.promises.readFile(file, 'utf8')) as GoldDoc[];
  const sets = { all: docs, withoutSports: docs.filter((d) => !isAllCapsSports(d)) };
  const started = Date.now();
  const predictions = new Map(docs.map((d) => [d.id, predict(d)] as const));
  const elapsedMs = Date.now() - started;
  const result: Record<string, { docs: number; exact: Table; overlap: Table }> = {};
  for (const [name, set] of Object.entries(sets)) {
    const exact = emptyCounts();
    const overlap = emptyCounts();
    for (const d of set) {
      const p = predictions.get(d.id) ?? [];
      score(d.entities, p, false, exact);
      score(d.entities, p, true, overlap);
    }
    result[name] = { docs: set.length, exact: table(exact), overlap: table(overlap) };
  }
  const rows = opts.ablation === false ? [] : ablation(sets, predictions);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, elapsedMs, ...result, ablation: rows }, null, 2)}\n`);
    return;
  }
  const lines = [`NER evaluation of ${file} (${docs.length} documents, ${elapsedMs} ms)`];
  for (const [name, r] of Object.entries(result)) {
    const label = name === 'all' ? 'all documents' : 'without all-caps sports tables';
    lines.push(render(`\n${label} (${r.docs}), exact span:`, r.exact), render(`${label} (${r.docs}), overlap:`, r.overlap));
  }
  if (rows.length) lines.push(renderAblation(rows));
  process.stdout.write(`${lines.join('\n')}\n`);
}
