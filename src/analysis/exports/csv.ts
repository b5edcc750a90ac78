/**
 * The quotes as CSV (RFC 4180, written by csv-stringify): one row per quote with `file`,
 * `speaker` (the speaker entity's canonical name, a name a person gave, or the speaker's words),
 * `gender` (the speaker's stated gender when the analysis gives one, else empty), `kind`, `cue`,
 * `text`, `start`, `end` (offsets, code points by default: spreadsheets and pandas count them),
 * `line` (one-based, as editors show it), `confidence` and `status`. Records end with CR LF; a
 * field holding any line break is quoted, so that no reader splits a quote across rows.
 */
import { stringify } from 'csv-stringify/sync';
import { ExportDocument, entityIndex } from './document';
import { OffsetUnit, Offsets } from './offsets';

/** The CSV header. */
export const CSV_COLUMNS = ['file', 'speaker', 'gender', 'kind', 'cue', 'text', 'start', 'end', 'line', 'confidence', 'status'] as const;

/** The quotes of an article as CSV rows (without the header). */
export function quoteRows(doc: ExportDocument, unit: OffsetUnit): string[][] {
  const offsets = new Offsets(doc.text, unit);
  const entities = entityIndex(doc);
  return doc.quotes.map((q) => {
    const entity = q.speakerEntity !== undefined ? entities.get(q.speakerEntity) : undefined;
    return [
      doc.name,
      q.speakerName ?? q.speaker?.text ?? '',
      entity?.gender ?? '',
      q.kind,
      q.cue?.text ?? '',
      q.text,
      String(offsets.out(q.start)),
      String(offsets.out(q.end)),
      String(q.line + 1),
      String(q.confidence),
      q.status,
    ];
  });
}

/** The quotes of an article as a CSV file with its header (CR LF line ends, as RFC 4180 asks). */
export function exportQuotesCsv(doc: ExportDocument, unit: OffsetUnit, header = true): string {
  return stringify(quoteRows(doc, unit), { header, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
