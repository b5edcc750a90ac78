/**
 * `npm run eval -- <ner|quotes> [FILE] [--json]`: scores the analysis against gold data.
 * With no arguments it runs every evaluation on the default gold files in ../shared/data.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runNerEval } from './ner';
import { runQuotesEval } from './quotes';

// ../shared/data beside the checkout (out/test/eval is three levels down); a git worktree under
// /work/wt/<name> has it one level further up.
const dataDir = [path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data'), path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'data')].find((d) => fs.existsSync(d)) ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data');

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const [task, ...files] = rest;
  if (!task || task === 'ner') {
    const targets = files.length ? files : [path.join(dataDir, 'ner-dev-conll2003.json')];
    for (const file of targets) await runNerEval(file, { json });
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
