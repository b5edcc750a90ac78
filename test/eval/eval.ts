/**
 * `npm run eval -- <ner|quotes> [FILE] [--json] [--no-ablation]`: scores the analysis against gold data.
 * With no arguments it runs every evaluation on the default gold files in ../shared/data.
 */
import * as path from 'path';
import { runNerEval } from './ner';
import { runQuotesEval } from './quotes';

/** The gold data: ../shared/data beside the repository, or the folder in NEWS_ANNOTATOR_DATA (a git worktree elsewhere). */
const dataDir = process.env.NEWS_ANNOTATOR_DATA || path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data');

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const ablation = !argv.includes('--no-ablation');
  const rest = argv.filter((a) => a !== '--json' && a !== '--no-ablation');
  const [task, ...files] = rest;
  if (!task || task === 'ner') {
    const targets = files.length ? files : [path.join(dataDir, 'ner-dev-conll2003.json')];
    for (const file of targets) await runNerEval(file, { json, ablation });
  }
  if (!task || task === 'quotes') {
    const targets = files.length ? files : [path.join(dataDir, 'quotes-train-polnear.json'), path.join(dataDir, 'quotes-dev-polnear.json')];
    for (const file of targets) await runQuotesEval(file, { json });
  }
  if (task && task !== 'ner' && task !== 'quotes') {
    process.stderr.write(`Unknown evaluation "${task}". Use: npm run eval -- ner|quotes [FILE] [--json]\n`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
