/**
 * Exports and imports, pure (no vscode, no Node built-ins): the same code runs in the CLI's
 * workers, the extension and, later, a browser. `exportDocument` turns a (corrected) analysis
 * into what exporters read; each format has its module; `exporters` lists them by name with the
 * offset unit their usual readers expect; importers read brat, doccano and Label Studio into
 * annotations, and `importRecords` turns those into records of an annotations file.
 */
import { BratFiles, exportBrat } from './brat';
import { exportConll } from './iob2';
import { exportQuotesCsv } from './csv';
import { exportDoccano } from './doccano';
import type { ExportDocument } from './document';
import { exportHtml } from './html';
import { exportJson } from './json';
import { exportLabelStudio } from './labelStudio';
import { OffsetUnit } from './offsets';
import { exportWebAnnotation } from './webAnnotation';

export * from './document';
export * from './offsets';
export { ANALYSIS_SCHEMA, convertOffsets, jsonResult } from './json';
export { exportBrat, readBrat, fragments, ImportError, BratFiles } from './brat';
export { exportDoccano, readDoccano } from './doccano';
export { exportLabelStudio, labelStudioTask, labelStudioConfig, readLabelStudio } from './labelStudio';
export { exportWebAnnotation, NA_NAMESPACE } from './webAnnotation';
export { exportConll, tokenize } from './iob2';
export { exportQuotesCsv, quoteRows, CSV_COLUMNS } from './csv';
export { exportHtml, escapeHtml } from './html';
export { importRecords, ImportMaker, ImportedArticle, annotationsAfterImport } from './records';
export { IMPORT_FORMATS, ImportFormat, IMPORT_DEFAULT_OFFSETS, articleName, annotationsFileName, importBrat, importCorpus } from './importFiles';

/** One file of an export: its name is the article's output name plus `suffix`. */
export interface ExportFile {
  suffix: string;
  content: string;
}

/** An export format. */
export interface Exporter {
  /** The name on the command line and in the editor's pick list. */
  name: string;
  /** What the editor's pick list says. */
  description: string;
  /** The offset unit written unless another is chosen; undefined for formats without offsets. */
  defaultOffsets?: OffsetUnit;
  /** The files of one article. */
  files(doc: ExportDocument, offsets: OffsetUnit): ExportFile[];
}

const one = (suffix: string, make: (doc: ExportDocument, offsets: OffsetUnit) => string) => (doc: ExportDocument, offsets: OffsetUnit) => [{ suffix, content: make(doc, offsets) }];

/** Every export format, by name, in the order the editor lists them. */
export const exporters: Record<string, Exporter> = {
  json: { name: 'json', description: 'Our JSON (news-annotator/analysis, version 2)', defaultOffsets: 'utf16', files: one('.json', exportJson) },
  brat: {
    name: 'brat',
    description: 'brat standoff: .txt and .ann (PolNeAR Source/Cue/Content)',
    defaultOffsets: 'codepoints',
    files: (doc, offsets) => {
      const f: BratFiles = exportBrat(doc, offsets);
      return [
        { suffix: '.txt', content: f.txt },
        { suffix: '.ann', content: f.ann },
      ];
    },
  },
  doccano: { name: 'doccano', description: 'doccano JSON Lines (entities and relations)', defaultOffsets: 'codepoints', files: one('.jsonl', (d, o) => `${exportDoccano(d, o)}\n`) },
  labelstudio: { name: 'labelstudio', description: 'Label Studio tasks (predictions and annotations)', defaultOffsets: 'codepoints', files: one('.labelstudio.json', exportLabelStudio) },
  webannotation: { name: 'webannotation', description: 'W3C Web Annotation JSON-LD', defaultOffsets: 'codepoints', files: one('.jsonld', exportWebAnnotation) },
  conll: { name: 'conll', description: 'CoNLL-2003 IOB2 tokens (entities only)', files: one('.conll', (d) => exportConll(d)) },
  csv: { name: 'csv', description: 'Quotes as CSV', defaultOffsets: 'codepoints', files: one('.quotes.csv', (d, o) => exportQuotesCsv(d, o)) },
  html: { name: 'html', description: 'A self-contained HTML page with entities and quotes marked', files: one('.html', (d) => exportHtml(d)) },
};

/** Export format names, in order. */
export const EXPORT_FORMATS = Object.keys(exporters);

/** The files of one article in `format`, offsets in `offsets` or the format's default. */
export function exportFiles(format: string, doc: ExportDocument, offsets?: OffsetUnit): ExportFile[] {
  const exporter = exporters[format];
  if (!exporter) throw new Error(`Unknown export format "${format}".`);
  return exporter.files(doc, offsets ?? exporter.defaultOffsets ?? 'utf16');
}
