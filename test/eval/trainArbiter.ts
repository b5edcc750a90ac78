/**
 * `npm run train:arbiter`: trains the reported-speech arbiter (src/analysis/quotes/arbiter.ts) on
 * the PolNeAR train split ONLY (quotes-train-polnear.json in NEWS_ANNOTATOR_DATA or
 * ../shared/data) and writes src/analysis/quotes/arbiterWeights.ts. Deterministic: the same data
 * gives the same file. The dev split is for checking with `npm run eval -- quotes`, never here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { findEntities } from '../../src/analysis/entities';
import { clearMemos } from '../../src/analysis/memo';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { findQuotes } from '../../src/analysis/quotes';
import { observeCandidates } from '../../src/analysis/quotes/arbiter';
import { labelCandidates, modelModule, trainArbiter, TrainingExample } from '../../src/analysis/quotes/arbiterTrain';
import { parseGoldJson } from '../../src/eval';

const dataDir = process.env.NEWS_ANNOTATOR_DATA || path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data');
const TRAIN = 'quotes-train-polnear.json';
const OUT = path.resolve(__dirname, '..', '..', '..', 'src', 'analysis', 'quotes', 'arbiterWeights.ts');

function main(): void {
  const file = path.join(dataDir, TRAIN);
  const read = parseGoldJson(fs.readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${read.error}`);
  const examples: TrainingExample[] = [];
  let gold = 0;
  for (const [d, doc] of read.docs.entries()) {
    if (!doc.quotes) continue;
    const golds = doc.quotes.filter((q) => q.kind !== 'direct');
    gold += golds.length;
    const seen: Array<{ start: number; end: number; features: string[] }> = [];
    // Every document starts cold. While observed, reported speech runs every block (its memo
    // stands aside), so a paragraph repeated in a document gives its candidates at each occurrence.
    clearMemos();
    observeCandidates((draft, features) => seen.push({ start: draft.start, end: draft.end, features }));
    try {
      const paragraphs = splitParagraphs(doc.text);
      findQuotes(doc.text, paragraphs, findEntities(doc.text, paragraphs), { off: ['arbiter'] });
    } finally {
      observeCandidates(null);
    }
    const labels = labelCandidates(seen, golds);
    seen.forEach((c, i) => examples.push({ features: c.features, label: labels[i], doc: d }));
  }
  const model = trainArbiter(examples, { gold });
  const positives = examples.filter((e) => e.label).length;
  const note = `${examples.length} candidates, ${positives} matching one of ${gold} gold reports at 30% coverage.`;
  fs.writeFileSync(OUT, modelModule(model, note));
  process.stdout.write(`${note}\nbias ${model.bias}, ${Object.keys(model.weights).length} weights, threshold ${model.keep}\nwrote ${OUT}\n`);
}

main();
