/**
 * `news-annotator import`: brat, doccano and Label Studio files become articles with annotations
 * files (the corrections' format), so that a team brings an existing project in. A brat `.ann`
 * annotates the `.txt` beside it; doccano and Label Studio files carry their texts, which are
 * written as article files. Imported records are merged into an existing annotations file; a
 * file that cannot be read is left alone; an existing article with other text is not overwritten.
 */
import { Command, CommanderError } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import writeFileAtomic from 'write-file-atomic';
import { annotationsAfterImport, annotationsFileName, ImportedArticle, importBrat, importCorpus, IMPORT_DEFAULT_OFFSETS, IMPORT_FORMATS, ImportFormat, OFFSET_UNITS, OffsetUnit } from '../analysis/exports';
import { decodeArticle, readRegularFile } from './files';
import { messages } from './messages';
import { makeFolders } from './output';
import { EXIT } from './options';


interface ImportOptions {
  from: ImportFormat;
  offsets: OffsetUnit;
  by: string;
  out?: string;
  files: string[];
}

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

function parse(argv: string[], io: Io): ImportOptions | number {
  let printed = '';
  const program = new Command('news-annotator import')
    .description(messages.importDescription)
    .argument('<files...>')
    .requiredOption('--from <FORMAT>', messages.importFrom(IMPORT_FORMATS))
    .option('--offsets <UNIT>', messages.importOffsets)
    .option('--by <NAME>', messages.importBy)
    .option('-o, --out <DIR>', messages.importOut)
    .helpOption('-h, --help', messages.optionHelp)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (printed += s), writeErr: () => undefined, outputError: () => undefined });
  const usage = (message: string) => {
    io.stderr.write(`news-annotator import: ${message}\n`);
    return EXIT.usage;
  };
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.code === 'commander.helpDisplayed') {
      io.stdout.write(printed);
      return EXIT.ok;
    }
    return usage(messages.badCommandLine(err.message.replace(/^error: /, '')));
  }
  const opts = program.opts<{ from: string; offsets?: string; by?: string; out?: string }>();
  if (!(IMPORT_FORMATS as readonly string[]).includes(opts.from)) return usage(messages.importBadFormat(opts.from, IMPORT_FORMATS));
  const from = opts.from as ImportFormat;
  if (opts.offsets !== undefined && !(OFFSET_UNITS as readonly string[]).includes(opts.offsets)) return usage(messages.badOffsets(opts.offsets));
  const by = opts.by ?? process.env.USER ?? 'import';
  return { from, offsets: (opts.offsets as OffsetUnit | undefined) ?? IMPORT_DEFAULT_OFFSETS[from], by, out: opts.out, files: program.args };
}

async function readText(file: string): Promise<string | { error: string }> {
  const read = await readRegularFile(file);
  if ('error' in read) return read;
  const decoded = decodeArticle(read.bytes, file);
  return 'error' in decoded ? decoded : decoded.text;
}

/** Writes an article (unless it is there with this text) and merges its records into its annotations file. */
async function writeArticle(articlePath: string, imported: ImportedArticle, writeText: boolean): Promise<string | undefined> {
  if (writeText) {
    const existing = await fs.promises.readFile(articlePath, 'utf8').catch(() => undefined);
    if (existing !== undefined && existing !== imported.text) return messages.importTextDiffers(articlePath);
    if (existing === undefined) {
      await makeFolders(path.dirname(articlePath));
      await writeFileAtomic(articlePath, imported.text);
    }
  }
  const target = annotationsFileName(articlePath);
  const existing = await fs.promises.readFile(target, 'utf8').catch(() => undefined);
  const merged = annotationsAfterImport(existing, imported.records);
  if (!merged.ok) return messages.importCorrupt(target, merged.error);
  await writeFileAtomic(target, merged.content);
  return undefined;
}

/** Runs `news-annotator import ARGS`; resolves to the exit code. */
export async function runImport(argv: string[], io: Io): Promise<number> {
  const options = parse(argv, io);
  if (typeof options === 'number') return options;
  const maker = { by: options.by };
  let failed = false;
  const fail = (message: string) => {
    io.stderr.write(`news-annotator import: ${message}\n`);
    failed = true;
  };
  for (const file of options.files) {
    try {
      if (options.from === 'brat') {
        const txtPath = file.replace(/\.(ann|txt)$/, '') + '.txt';
        const annPath = file.replace(/\.(ann|txt)$/, '') + '.ann';
        const [txt, ann] = await Promise.all([readText(txtPath), readText(annPath)]);
        if (typeof txt !== 'string') fail(txt.error);
        else if (typeof ann !== 'string') fail(ann.error);
        else {
          const imported = importBrat(path.basename(txtPath), txt, ann, maker, options.offsets);
          const articlePath = options.out === undefined ? txtPath : path.join(options.out, imported.name);
          const error = await writeArticle(articlePath, imported, options.out !== undefined);
          if (error) fail(error);
          else io.stdout.write(`${messages.imported(articlePath, imported.records.length)}\n`);
        }
        continue;
      }
      const content = await readText(file);
      if (typeof content !== 'string') {
        fail(content.error);
        continue;
      }
      const dir = options.out ?? path.dirname(file);
      const seen = new Set<string>();
      for (const imported of importCorpus(options.from, file, content, maker, options.offsets)) {
        if ('error' in imported) {
          fail(imported.error);
          continue;
        }
        if (seen.has(imported.name)) {
          fail(messages.importTwice(imported.name, file));
          continue;
        }
        seen.add(imported.name);
        const articlePath = path.join(dir, imported.name);
        const error = await writeArticle(articlePath, imported, true);
        if (error) fail(error);
        else io.stdout.write(`${messages.imported(articlePath, imported.records.length)}\n`);
      }
    } catch (err) {
      fail(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return failed ? EXIT.articleFailed : EXIT.ok;
}
