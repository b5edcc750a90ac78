/**
 * Every sentence the command-line tool says to a person, in one place so that a later change can
 * translate them. File names and ids are passed in; nothing here reads or decides anything.
 */

/** The largest input file (or JSON Lines record, or standard input) read, in bytes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const maxSize = `${MAX_INPUT_BYTES / (1024 * 1024)} MB`;

/** What the tool says: help, usage errors, input errors, the readable summary and the progress bar. */
export const messages = {
  // Help.
  description: 'Finds duplicated paragraphs, named entities, and quotes with their speakers in news articles.',
  usage: '[options] [FILE | FOLDER | GLOB | -]...',
  optionJson: 'print one JSON document with every result (UTF-16 offsets, end exclusive)',
  optionJsonl: 'read JSON Lines records {"id", "text"} from the files given or from standard input (-), and print one JSON line per article with its id',
  optionFileList: 'read the paths of the input files from FILE, one per line (- for standard input)',
  optionJobs: 'analyse N articles at once in worker threads (default: the number of cores)',
  optionOut: 'write one file per article into DIR instead of printing results',
  optionForce: 'with --out, overwrite files that already exist',
  optionFormat: (names: string[]) => `with --out, the format written per article: ${names.join(', ')} (default json)`,
  optionOffsets: 'offsets in utf16 (UTF-16 code units, as JavaScript) or codepoints (as Python); default: utf16 for JSON, codepoints for brat, doccano, labelstudio, webannotation and csv',
  optionNoCorrections: 'ignore the corrections kept beside each article (<article>.annotations.json) and in .news-annotator/lexicon.json',
  correctionsSkipped: (file: string, why: string) => `${file}: corrections not applied: ${why}`,
  summaryCorrections: (reviewed: number, total: number, orphans: number) =>
    `  reviewed: ${reviewed} of ${total}${orphans ? `; ${orphans} correction${orphans === 1 ? '' : 's'} could not be placed` : ''}`,
  optionVersion: 'print the version',
  optionHelp: 'show this help',
  helpAfter: `
A FOLDER means its .txt, .text, .md and .markdown files (.jsonl and .ndjson with --jsonl), in
sorted order; a GLOB (quoted, such as 'news/**/*.txt') the files it matches. Only regular files
of at most ${maxSize} are read. Use -- before file names that start with a dash.

Also: news-annotator import (annotations from brat, doccano, Label Studio) and news-annotator
eval --gold PATH (scores against gold annotations); --help after either says more.

Exit codes: 0 every article analysed; 1 some article could not be read or analysed (the others
were); 2 a usage error or an output folder that cannot be used (nothing analysed).`,

  // Usage errors (exit code 2).
  unknownOption: (option: string) => `Unknown option ${option}.`,
  missingValue: (option: string) => `The option ${option} needs a value.`,
  badCommandLine: (detail: string) => `The command line could not be read: ${detail}`,
  noInput: 'No input given: name files, folders or globs, - for standard input, or --file-list.',
  badJobs: (value: string) => `--jobs takes a whole number of at least 1, not "${value}".`,
  jsonAndJsonl: '--json and --jsonl cannot be combined: --jsonl already prints one JSON line per article.',
  jsonAndOut: '--json prints to standard output and --out writes files: choose one.',
  forceWithoutOut: '--force only applies with --out.',
  badFormat: (name: string, names: string[]) => `--format takes one of ${names.join(', ')}, not "${name}".`,
  formatWithoutOut: (name: string) => `--format ${name} writes files: give a folder with --out.`,
  badOffsets: (value: string) => `--offsets takes utf16 or codepoints, not "${value}".`,
  stdinTwice: 'Standard input (-) can be read only once.',
  seeHelp: 'Run news-annotator --help for the options.',
  outNotFolder: (dir: string) => `The output folder ${dir} cannot be used: it exists and is not a folder.`,
  outNotCreated: (dir: string, code: string) => `The output folder ${dir} could not be created (${code}).`,

  // Input errors (one article fails, exit code 1 at the end).
  noSuchFile: (file: string) => `${file}: no such file.`,
  danglingLink: (file: string, target: string) => `${file} is a symbolic link to ${target}, which does not exist.`,
  linkLoop: (file: string) => `${file} is a symbolic link that leads back to itself (a loop of links): nothing to read.`,
  isDirectory: (file: string) => `${file} is a directory, not an article file.`,
  notRegular: (file: string) =>
    `${file} is not a regular file (a FIFO, a device or a socket): only regular files are read, so that nothing waits or grows forever. To read a pipe, give it on standard input as -.`,
  tooLarge: (file: string) => `${file} is larger than ${maxSize}, the most that is read from one input.`,
  permissionDenied: (file: string) => `${file}: permission denied.`,
  unreadable: (file: string, code: string) => `${file} could not be read (${code}).`,
  utf16WithoutBom: (file: string, order: 'LE' | 'BE') =>
    `${file} looks like UTF-16${order} text without a byte-order mark, which cannot be told from binary for sure: convert it to UTF-8 (for example iconv -f UTF-16${order} -t UTF-8) or save it with a byte-order mark.`,
  notText: (file: string) => `${file} is not valid UTF-8 or UTF-16 text (a binary file, or another encoding).`,
  looksBinary: (file: string) => `${file} looks binary (NUL characters, or much that does not decode as text): not analysed.`,
  noArticlesInFolder: (dir: string, extensions: string) => `${dir} is a folder with no article files in it (${extensions}).`,
  noGlobMatch: (pattern: string) => `${pattern}: no file matches this pattern.`,
  stdinName: 'standard input',
  recordLine: (source: string, line: number) => `${source}, line ${line}`,
  recordTooLong: (where: string) => `${where}: the line is longer than ${maxSize}, the most that is read as one record.`,
  recordNotUtf8: (where: string) => `${where}: the line is not valid UTF-8.`,
  recordNotJson: (where: string) => `${where}: the line is not valid JSON.`,
  recordNotObject: (where: string) => `${where}: a record must be a JSON object with "id" and "text".`,
  recordBadId: (where: string) => `${where}: the record's "id" must be a string or a number.`,
  recordBadText: (where: string) => `${where}: the record's "text" must be a string.`,
  analysisFailed: (label: string, reason: string) => `${label} could not be analysed: ${reason}`,
  outExists: (file: string) => `${file} already exists: not overwritten (use --force to overwrite).`,
  outCollision: (file: string, earlier: string) => `${file} would be written for ${earlier} too: not overwritten (rename one of the inputs).`,
  outFailed: (file: string, code: string) => `${file} could not be written (${code}).`,
  badOutName: (label: string) => `${label} gives no usable output file name.`,

  // news-annotator import.
  importDescription:
    'Brings brat (.ann beside its .txt), doccano (JSON Lines) and Label Studio (JSON tasks) annotations in as annotations files (<article>.annotations.json); doccano and Label Studio texts are written as article files.',
  importFrom: (names: readonly string[]) => `the format of the files: ${names.join(', ')}`,
  importOffsets: 'the unit the files count offsets in: codepoints (default, as brat, doccano and Label Studio) or utf16',
  importBy: 'the name given to annotations a person made when the file does not say who (default: $USER)',
  importOut: 'the folder for the articles and annotations files (default: beside each input)',
  importBadFormat: (name: string, names: readonly string[]) => `--from takes one of ${names.join(', ')}, not "${name}".`,
  importTextDiffers: (file: string) => `${file} exists with another text: not overwritten, and nothing imported for it.`,
  importCorrupt: (file: string, error: string) => `${file} cannot be read, so it is left as it is (${error})`,
  importTwice: (name: string, file: string) => `${file} holds two articles named ${name}: the second is skipped.`,
  imported: (file: string, records: number) => `${file}: ${records} records imported`,

  // Progress bar on standard error (only on a terminal).
  progressKnown: '{bar} {percentage}% | {articles} articles | {eta_formatted} left',
  progressUnknown: '{articles} articles | {duration_formatted}',

  // The readable summary.
  summaryHead: (file: string, paragraphs: number, duplicated: number) => `${file}: ${paragraphs} paragraphs, ${duplicated} duplicated`,
  summaryBlock: (c0: number, c1: number, o0: number, o1: number, near: number) =>
    `  ${c0 === c1 ? `line ${c0} repeats` : `lines ${c0}-${c1} repeat`} ${o0 === o1 ? `line ${o0}` : `lines ${o0}-${o1}`}${near ? ` (${near} near)` : ''}`,
  summaryNote: (notice: string) => `  note: ${notice}`,
  summaryEntities: (count: number) => `  entities: ${count}`,
  summaryRoles: (roles: string) => `role: ${roles}`,
  summaryAliases: (aliases: string) => `also: ${aliases}`,
  summaryQuotes: (shown: number, inCopies: number) => `  quotes: ${shown}${inCopies ? ` (${inCopies} more in duplicated paragraphs)` : ''}`,
  unattributed: 'Unattributed',
  summaryGenders: (quoted: string, mentioned: string) => `  people by stated gender: quoted ${quoted}; only mentioned ${mentioned}`,
  recordLabel: (id: string) => `id ${id}`,
};

/** What `news-annotator eval` says. */
export const evalMessages = {
  description: 'Scores the analysis against gold annotations: precision, recall and F1 per entity type (exact and overlap), quote F1 at 30% and 80% coverage, speaker accuracy.',
  optionGold: 'the gold: our JSON (.json), doccano JSON Lines (.jsonl), a brat .ann file (with its .txt) or a folder of brat pairs',
  optionJson: 'print the figures and every error as one JSON document',
  optionMarkdown: 'print a Markdown report with every error',
  optionErrors: 'list every error after the figures (document:line:column, kind, what went wrong)',
  noGold: 'eval needs --gold PATH.',
  jsonAndMarkdown: '--json and --markdown cannot be combined.',
  seeHelp: 'Run news-annotator eval --help for the options.',
};
