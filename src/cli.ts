#!/usr/bin/env node
/**
 * `news-annotator FILE... [--json]`: the analysis core from the command line. A readable
 * summary by default; `--json` prints the versioned schema described in the README.
 * Exit codes: 0 all files analysed, 2 some file could not be read as text, 1 usage error.
 */
import * as fs from 'fs';
import { analyze, Analysis, defaultAnalysisOptions } from './analysis';
import { quotesOutsideCopies } from './analysis/quoteList';
import { binaryReason } from './analysis/textCheck';

/** Name and version of the JSON output; the version changes when a field changes meaning. */
export const JSON_SCHEMA = { schema: 'news-annotator/analysis', version: 1 };

const USAGE = `Usage: news-annotator [--json] [--] FILE...

Finds duplicated paragraphs, named entities, and quotes with their speakers in news articles.
  --json    print machine-readable results (UTF-16 offsets, end exclusive)
  --help    show this help`;

/** Reads a file as text, or says in a sentence why it cannot be. */
export function readArticle(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: `${file} is a directory, not an article file.` };
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${file}: no such file.` };
    if (code === 'EACCES') return { error: `${file}: permission denied.` };
    return { error: `${file}: ${(err as Error).message}` };
  }
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { error: `${file} is not valid UTF-8 or UTF-16 text (a binary file, or another encoding).` };
  }
  const reason = binaryReason(text);
  return reason ? { error: `${file}: ${reason.replace('The file', 'it')}` } : { text };
}

function lineOf(analysis: Analysis, paragraph: number): number {
  return analysis.paragraphs[paragraph].line + 1;
}

/** The readable summary of one file. */
export function summary(file: string, analysis: Analysis): string {
  const lines = [`${file}: ${analysis.paragraphs.length} paragraphs, ${analysis.duplicates.copies.length} duplicated`];
  for (const block of analysis.duplicates.blocks) {
    const c0 = lineOf(analysis, block.copies[0]);
    const c1 = analysis.paragraphs[block.copies[block.copies.length - 1]].endLine + 1;
    const o0 = lineOf(analysis, block.originals[0]);
    const o1 = analysis.paragraphs[block.originals[block.originals.length - 1]].endLine + 1;
    const near = analysis.duplicates.copies.filter((c) => c.kind === 'near' && block.copies.includes(c.paragraph)).length;
    lines.push(`  lines ${c0}-${c1} repeat lines ${o0}-${o1}${near ? ` (${near} near)` : ''}`);
  }
  for (const notice of analysis.notices) lines.push(`  note: ${notice}`);
  if (analysis.entities.length) {
    lines.push(`  entities: ${analysis.entities.length}`);
    for (const e of analysis.entities) {
      const extra = [e.roles.length ? `role: ${e.roles.join(', ')}` : '', e.aliases.length ? `also: ${e.aliases.join(', ')}` : ''].filter(Boolean).join('; ');
      lines.push(`    ${e.type.padEnd(12)} ${e.canonical} (${e.mentions.length})${extra ? ` - ${extra}` : ''}`);
    }
  }
  const quotes = quotesOutsideCopies(analysis);
  if (quotes.length) {
    lines.push(`  quotes: ${quotes.length}${quotes.length < analysis.quotes.length ? ` (${analysis.quotes.length - quotes.length} more in duplicated paragraphs)` : ''}`);
    for (const q of quotes) {
      const speaker = analysis.entities.find((e) => e.id === q.speakerEntity)?.canonical ?? q.speaker?.text ?? 'Unattributed';
      const flat = q.text.replace(/\s+/g, ' ');
      lines.push(`    ${speaker} [${q.kind}]: ${flat.length > 90 ? `${flat.slice(0, 89)}\u2026` : flat}`);
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Everything after `--` is a file name, even one that starts with a dash.
  const end = argv.indexOf('--');
  const options = end >= 0 ? argv.slice(0, end) : argv;
  const json = options.includes('--json');
  const unknown = options.filter((a) => a.startsWith('-') && a !== '--json');
  const files = [...options.filter((a) => !a.startsWith('-')), ...(end >= 0 ? argv.slice(end + 1) : [])];
  if (unknown.length || !files.length) {
    process.stderr.write(`${unknown.length ? `Unknown option ${unknown[0]}.\n` : 'No file given.\n'}${USAGE}\n`);
    return 1;
  }
  let failed = false;
  const results: object[] = [];
  for (const file of files) {
    const read = readArticle(file);
    if ('error' in read) {
      failed = true;
      process.stderr.write(`news-annotator: ${read.error}\n`);
      results.push({ file, error: read.error });
      continue;
    }
    const analysis = analyze(read.text, { ...defaultAnalysisOptions, format: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plain' });
    if (json) results.push({ file, ...analysis });
    else process.stdout.write(`${summary(file, analysis)}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify({ ...JSON_SCHEMA, results }, null, 2)}\n`);
  return failed ? 2 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
