/**
 * `news-annotator eval --gold PATH`: analyses every gold document with the same core and scores
 * it with src/eval, the code `npm run eval` and the editor's **News: Evaluate Against Gold…**
 * use, so the three give the same figures.
 */
import { Command, CommanderError } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../analysis';
import { errorsText, evaluate, GoldIo, loadGold, resultMarkdown, resultText } from '../eval';
import { decodeArticle, readRegularFile } from './files';
import { evalMessages, messages } from './messages';
import { EXIT } from './options';

const say = evalMessages;

/** File access for the gold loader: regular files only, at most 64 MB each, as for articles. */
const nodeIo: GoldIo = {
  isDirectory: async (p) => (await fs.promises.stat(p)).isDirectory(),
  list: (p) => fs.promises.readdir(p),
  join: (folder, name) => path.join(folder, name),
  async readText(p) {
    const read = await readRegularFile(p);
    if ('error' in read) throw new Error(read.error);
    const decoded = decodeArticle(read.bytes, p);
    if ('error' in decoded) throw new Error(decoded.error);
    return decoded.text;
  },
};

/** Runs `eval` with its arguments (after the word `eval`); returns the exit code. */
export async function runEval(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let help = '';
  const program = new Command('news-annotator eval')
    .description(say.description)
    .option('-g, --gold <PATH>', say.optionGold)
    .option('--json', say.optionJson)
    .option('--markdown', say.optionMarkdown)
    .option('--errors', say.optionErrors)
    .helpOption('-h, --help', messages.optionHelp)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (help += s), writeErr: () => undefined, outputError: () => undefined });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError && e.code === 'commander.helpDisplayed') {
      out.write(help);
      return EXIT.ok;
    }
    err.write(`news-annotator eval: ${e instanceof Error ? e.message.replace(/^error: /, '') : String(e)}\n${say.seeHelp}\n`);
    return EXIT.usage;
  }
  const opts = program.opts<{ gold?: string; json?: boolean; markdown?: boolean; errors?: boolean }>();
  if (!opts.gold) {
    err.write(`news-annotator eval: ${say.noGold}\n${say.seeHelp}\n`);
    return EXIT.usage;
  }
  if (opts.json && opts.markdown) {
    err.write(`news-annotator eval: ${say.jsonAndMarkdown}\n${say.seeHelp}\n`);
    return EXIT.usage;
  }
  const gold = await loadGold(opts.gold, nodeIo);
  if (!gold.ok) {
    err.write(`news-annotator eval: ${gold.error}\n`);
    return EXIT.articleFailed;
  }
  const result = (await evaluate(gold.docs, (text) => analyze(text)))!;
  if (opts.json) {
    out.write(`${JSON.stringify({ schema: 'news-annotator/evaluation', version: 1, gold: opts.gold, format: gold.format, ...result }, null, 2)}\n`);
  } else if (opts.markdown) {
    // Links go to the brat text files where there are some; JSON gold has no file per document.
    out.write(resultMarkdown(opts.gold, result, (e) => (gold.files[e.doc] ? `${encodeURI(gold.files[e.doc]!)}#L${e.line}` : `#document-${e.docId}`)));
  } else {
    out.write(resultText(opts.gold, result));
    if (opts.errors) out.write(`\n${errorsText(result)}`);
  }
  return EXIT.ok;
}
