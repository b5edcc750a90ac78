/**
 * The command line, read with commander: options and operands in, a plain `CliOptions` out, or
 * what to print and the exit code (help, version, usage errors in our own words).
 */
import { Command, CommanderError } from 'commander';
import * as os from 'os';
import { EXPORT_FORMATS, OFFSET_UNITS, OffsetUnit } from '../analysis/exports';
import { messages } from './messages';

/** Exit codes: every article analysed, some article failed, the command line or output folder is wrong. */
export const EXIT = { ok: 0, articleFailed: 1, usage: 2 } as const;

/** What one run is asked to do. */
export interface CliOptions {
  /** Files, folders, globs and `-`, in the order given. */
  operands: string[];
  fileList?: string;
  json: boolean;
  jsonl: boolean;
  jobs: number;
  out?: string;
  force: boolean;
  /** What `--out` writes per article: our JSON or another export format. */
  format: string;
  /** The offset unit asked for with `--offsets`; each format's default when absent. */
  offsets?: OffsetUnit;
  /** Whether each article's corrections (annotations file, lexicon) are applied; `--no-corrections` turns them off. */
  corrections: boolean;
}

/** The outcome of reading the command line: options to run with, or text to print and an exit code. */
export type Parsed = { options: CliOptions } | { exitCode: number; stdout?: string; stderr?: string };

/** The text between the first pair of single quotes in commander's message: the option it is about. */
function quoted(message: string): string | undefined {
  const start = message.indexOf("'");
  const end = start < 0 ? -1 : message.indexOf("'", start + 1);
  return end < 0 ? undefined : message.slice(start + 1, end);
}

function usageError(message: string): Parsed {
  return { exitCode: EXIT.usage, stderr: `news-annotator: ${message}\n${messages.seeHelp}\n` };
}

/** Reads `argv` (without the node and script paths). */
export function parseCommandLine(argv: string[], version: string): Parsed {
  let stdout = '';
  const program = new Command('news-annotator')
    .description(messages.description)
    .usage(messages.usage)
    .argument('[inputs...]')
    .option('--json', messages.optionJson)
    .option('--jsonl', messages.optionJsonl)
    .option('--file-list <FILE>', messages.optionFileList)
    .option('-j, --jobs <N>', messages.optionJobs)
    .option('-o, --out <DIR>', messages.optionOut)
    .option('-f, --force', messages.optionForce)
    .option('--format <NAME>', messages.optionFormat(EXPORT_FORMATS))
    .option('--offsets <UNIT>', messages.optionOffsets)
    .option('--no-corrections', messages.optionNoCorrections)
    .version(version, '-V, --version', messages.optionVersion)
    .helpOption('-h, --help', messages.optionHelp)
    .addHelpText('after', messages.helpAfter)
    .exitOverride()
    // Commander's own error lines are replaced by ours (below), so that every message is in messages.ts.
    .configureOutput({ writeOut: (s) => (stdout += s), writeErr: () => undefined, outputError: () => undefined });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return { exitCode: EXIT.ok, stdout };
    const option = quoted(err.message);
    if (err.code === 'commander.unknownOption' && option) return usageError(messages.unknownOption(option));
    if (err.code === 'commander.optionMissingArgument' && option) return usageError(messages.missingValue(option));
    return usageError(messages.badCommandLine(err.message.replace(/^error: /, '')));
  }
  const opts = program.opts<{ json?: boolean; jsonl?: boolean; fileList?: string; jobs?: string; out?: string; force?: boolean; format?: string; offsets?: string; corrections?: boolean }>();
  const operands = program.args;
  const jobsText = opts.jobs ?? String(os.availableParallelism());
  if (!/^[1-9][0-9]{0,5}$/.test(jobsText)) return usageError(messages.badJobs(jobsText));
  if (opts.json && opts.jsonl) return usageError(messages.jsonAndJsonl);
  if (opts.json && opts.out !== undefined) return usageError(messages.jsonAndOut);
  if (opts.force && opts.out === undefined) return usageError(messages.forceWithoutOut);
  const format = opts.format ?? 'json';
  if (!EXPORT_FORMATS.includes(format)) return usageError(messages.badFormat(format, EXPORT_FORMATS));
  if (format !== 'json' && opts.out === undefined) return usageError(messages.formatWithoutOut(format));
  if (opts.offsets !== undefined && !(OFFSET_UNITS as readonly string[]).includes(opts.offsets)) return usageError(messages.badOffsets(opts.offsets));
  if (!operands.length && opts.fileList === undefined) return usageError(messages.noInput);
  if (operands.filter((o) => o === '-').length + (opts.fileList === '-' ? 1 : 0) > 1) return usageError(messages.stdinTwice);
  return {
    options: { operands, fileList: opts.fileList, json: !!opts.json, jsonl: !!opts.jsonl, jobs: Number(jobsText), out: opts.out, force: !!opts.force, format, offsets: opts.offsets as OffsetUnit | undefined, corrections: opts.corrections !== false },
  };
}
