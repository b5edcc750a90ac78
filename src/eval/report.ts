/**
 * Evaluation results as text: the plain tables `npm run eval` and `news-annotator eval` print,
 * and the Markdown report the editor opens (figures, then every error with a link to its place).
 */
import { COVERAGES, EntityTable, EvalError, EvalResult, QUOTE_SCOPES, SCORED_TYPES } from './score';

/** The entity table of one matching mode, as `npm run eval` prints it. */
export function entityTableText(title: string, t: EntityTable): string {
  const rows = [...SCORED_TYPES, 'micro' as const].map((k) => {
    const f = t[k];
    return `  ${k.padEnd(7)} ${f.precision.toFixed(1).padStart(6)} ${f.recall.toFixed(1).padStart(6)} ${f.f1.toFixed(1).padStart(6)}   ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}`;
  });
  return [title, '  type         P      R     F1      tp    fp    fn', ...rows].join('\n');
}

/** The quote table (every scope at every coverage), as `npm run eval` prints it. */
export function quoteTableText(figures: NonNullable<EvalResult['quotes']>['figures']): string {
  const lines = ['coverage  kind      precision  recall     F1  speaker  cue   (tp/pred/gold, speaker n)'];
  for (const t of COVERAGES) {
    for (const s of QUOTE_SCOPES) {
      const f = figures[`${s}@${t}`];
      const cells = [`${t * 100}%`.padEnd(9), s.padEnd(9), f.precision.toFixed(1).padStart(9), f.recall.toFixed(1).padStart(7), f.f1.toFixed(1).padStart(6), f.speakerAccuracy.toFixed(1).padStart(8), f.cueAccuracy.toFixed(1).padStart(5)];
      lines.push(`${cells.join(' ')}   (${f.tp}/${f.predicted}/${f.gold}, ${f.speakerChecked})`);
    }
  }
  return lines.join('\n');
}

/** The figures of a result as plain text (the CLI's output): entity tables, then the quote table. */
export function resultText(source: string, r: EvalResult): string {
  const parts = [`Evaluation against ${source}: ${r.docs} document${r.docs === 1 ? '' : 's'}`];
  if (r.entities) {
    parts.push(
      entityTableText(`\nEntities (${r.entities.docs} documents), exact span:`, r.entities.exact),
      entityTableText(`Entities (${r.entities.docs} documents), overlap:`, r.entities.overlap),
    );
  }
  if (r.quotes) parts.push(`\nQuotes (${r.quotes.docs} documents):`, quoteTableText(r.quotes.figures));
  parts.push(`\n${r.errors.length} error${r.errors.length === 1 ? '' : 's'} (--errors lists them).`);
  return `${parts.join('\n')}\n`;
}

/** Every error, one per line: `doc:line:column  layer kind  detail`. */
export function errorsText(r: EvalResult): string {
  return r.errors.map((e) => `${e.docId}:${e.line}:${e.column}\t${e.layer} ${e.kind}\t${e.detail}`).join('\n') + (r.errors.length ? '\n' : '');
}

/** Escapes text for a Markdown table cell or list item. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

const ERROR_TITLES: Record<EvalError['layer'], string> = { entity: 'Entity errors (exact spans)', quote: 'Quote errors (30% coverage; boundary: under 80%)' };
const KIND_WORDS: Record<EvalError['kind'], string> = { missed: 'missed', spurious: 'spurious', type: 'wrong type', boundary: 'boundary', speaker: 'wrong speaker' };

/**
 * The Markdown report: what was compared, the figures per type (exact and overlap), quote F1 at
 * 30% and 80% coverage with speaker accuracy, then every error with a link made by `link`.
 */
export function resultMarkdown(source: string, r: EvalResult, link: (e: EvalError) => string): string {
  const out = [`# Evaluation against ${md(source)}`, '', `${r.docs} gold document${r.docs === 1 ? '' : 's'}; ${r.errors.length} error${r.errors.length === 1 ? '' : 's'} listed below.`, ''];
  if (r.entities) {
    out.push(`## Entities (${r.entities.docs} documents)`, '', '| Type | Exact P | Exact R | Exact F1 | Overlap P | Overlap R | Overlap F1 | tp / fp / fn (exact) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const k of [...SCORED_TYPES, 'micro' as const]) {
      const e = r.entities.exact[k];
      const o = r.entities.overlap[k];
      const name = k === 'micro' ? '**All (micro)**' : k;
      out.push(`| ${name} | ${e.precision.toFixed(1)} | ${e.recall.toFixed(1)} | ${e.f1.toFixed(1)} | ${o.precision.toFixed(1)} | ${o.recall.toFixed(1)} | ${o.f1.toFixed(1)} | ${e.tp} / ${e.fp} / ${e.fn} |`);
    }
    out.push('');
  }
  if (r.quotes) {
    out.push(`## Quotes (${r.quotes.docs} documents)`, '', '| Coverage | Kind | Precision | Recall | F1 | Speaker accuracy | Cue accuracy | tp / predicted / gold |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const t of COVERAGES) {
      for (const s of QUOTE_SCOPES) {
        const f = r.quotes.figures[`${s}@${t}`];
        out.push(`| ${t * 100}% | ${s} | ${f.precision.toFixed(1)} | ${f.recall.toFixed(1)} | ${f.f1.toFixed(1)} | ${f.speakerAccuracy.toFixed(1)} | ${f.cueAccuracy.toFixed(1)} | ${f.tp} / ${f.predicted} / ${f.gold} |`);
      }
    }
    out.push('');
  }
  for (const layer of ['entity', 'quote'] as const) {
    const errors = r.errors.filter((e) => e.layer === layer);
    if (!errors.length) continue;
    out.push(`## ${ERROR_TITLES[layer]}: ${errors.length}`, '');
    let doc = -1;
    for (const e of errors) {
      if (e.doc !== doc) {
        doc = e.doc;
        out.push('', `### Document ${md(e.docId)}`, '');
      }
      out.push(`- [line ${e.line}, column ${e.column}](${link(e)}) **${KIND_WORDS[e.kind]}**: ${md(e.detail)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
