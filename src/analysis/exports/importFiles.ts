/**
 * Imports of whole files, for the CLI and the editor: brat pairs, doccano JSON Lines and Label
 * Studio task files become articles (name, text) with the records of their annotations files.
 * Each format counts offsets in code points unless told otherwise (as its tools do).
 */
import { reportCaught } from '../errors';
import { ImportError, readBrat } from './brat';
import { readDoccano } from './doccano';
import type { Annotations } from './document';
import { readLabelStudio } from './labelStudio';
import type { OffsetUnit } from './offsets';
import { ImportedArticle, importRecords, ImportMaker } from './records';

/** Formats that can be imported. */
export const IMPORT_FORMATS = ['brat', 'doccano', 'labelstudio'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The unit each importable format counts in unless told otherwise. */
export const IMPORT_DEFAULT_OFFSETS: Record<ImportFormat, OffsetUnit> = { brat: 'codepoints', doccano: 'codepoints', labelstudio: 'codepoints' };

/** The annotations file of an article (a file name or path): `<article>.annotations.json` beside it. */
export function annotationsFileName(article: string): string {
  return `${article}.annotations.json`;
}

/** An article name with a text file's extension, so that the editor and the CLI annotate it: `seed.txt` stays, `42` becomes `42.txt`. */
export function articleName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f<>:"|?*]/g, '_');
  const safe = base === '' || base === '.' || base === '..' ? 'article' : base;
  return /\.(txt|text|md|markdown)$/i.test(safe) ? safe : `${safe}.txt`;
}

function article(name: string, a: Annotations, maker: ImportMaker): ImportedArticle {
  return { name: articleName(name), text: a.text, records: importRecords(a, maker) };
}

/** A brat pair: the article's text (the `.txt`) and its `.ann`. */
export function importBrat(name: string, txt: string, ann: string, maker: ImportMaker, unit: OffsetUnit = IMPORT_DEFAULT_OFFSETS.brat): ImportedArticle {
  return article(name, readBrat(txt, ann, unit, maker.by), maker);
}

/**
 * The articles of a doccano JSON Lines file or a Label Studio JSON file (named `source`): each
 * takes the name its record gives, else `<source>-<n>`. A line or task that cannot be read is an
 * error naming it; the others still come through.
 */
export function importCorpus(format: 'doccano' | 'labelstudio', source: string, content: string, maker: ImportMaker, unit: OffsetUnit = IMPORT_DEFAULT_OFFSETS[format]): (ImportedArticle | { error: string })[] {
  const stem = source.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const fallback = (n: number) => `${stem}-${n}`;
  const reportFailed = (where: string, err: unknown) => {
    // An ImportError is the file's fault and becomes an error record; anything else is a bug,
    // reported so that tests see it, and still an error record for the person.
    if (!(err instanceof ImportError)) reportCaught('import', err);
    return { error: `${where}: ${err instanceof ImportError ? err.message : String(err)}` };
  };
  if (format === 'labelstudio') {
    try {
      return readLabelStudio(content, unit, maker.by).map((a, i) => article(a.name ?? fallback(i + 1), a, maker));
    } catch (err) {
      return [reportFailed(source, err)];
    }
  }
  const out: (ImportedArticle | { error: string })[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const a = readDoccano(line, unit, maker.by);
      out.push(article(a.name ?? fallback(i + 1), a, maker));
    } catch (err) {
      out.push(reportFailed(`${source}, line ${i + 1}`, err));
    }
  });
  return out;
}
