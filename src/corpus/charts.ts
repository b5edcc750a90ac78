/**
 * The dashboard's charts as plain data (a title, two columns, rows), drawn as hand-written SVG
 * bar charts coloured by the theme's chart variables, and written as CSV with csv-stringify.
 * Pure: the webview only shows what this returns.
 */
import { stringify } from 'csv-stringify/sync';
import type { Corpus, CorpusEntity } from './model';
import * as l10n from '@vscode/l10n';

export interface Chart {
  id: string;
  title: string;
  /** One sentence under the title: what is counted. */
  description: string;
  /** Column headers: the label column, then one per series. */
  columns: string[];
  rows: Array<{ label: string; values: number[] }>;
  /** Where a long label is cut: at its end (names), or at its start (paths, whose file name is at the end). */
  cut?: 'start' | 'end';
}

/** The most rows a chart draws; the table and the CSV hold them all. */
export const MAX_BARS = 25;

/** How many bars the ranking charts show. */
export const TOP = 10;

const PEOPLE_AND_ORGS = (e: CorpusEntity) => e.type === 'person' || e.type === 'organization';
function entityLabel(e: CorpusEntity): string {
  const word = e.type === 'person' ? l10n.t('person') : e.type === 'organization' ? l10n.t('organisation') : e.type;
  return `${e.canonical} (${word})`;
}

/** Every chart the corpus supports; sources by gender only when the analysis states genders. */
export function corpusCharts(corpus: Corpus): Chart[] {
  const entities = corpus.entities().filter(PEOPLE_AND_ORGS);
  const charts: Chart[] = [];
  const quoted = entities.filter((e) => e.quotes > 0).sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
  charts.push({
    id: 'most-quoted',
    title: l10n.t('Most quoted people and organisations'),
    description:
      corpus.size === 1
        ? l10n.t('Quotes attributed to each, across {0} article (top {1}).', corpus.size, TOP)
        : l10n.t('Quotes attributed to each, across {0} articles (top {1}).', corpus.size, TOP),
    columns: [l10n.t('Name'), l10n.t('Quotes'), l10n.t('Articles')],
    rows: quoted.slice(0, TOP).map((e) => ({ label: entityLabel(e), values: [e.quotes, e.articles.length] })),
  });
  const mentioned = [...entities].sort((a, b) => b.mentions - a.mentions || b.quotes - a.quotes || a.canonical.localeCompare(b.canonical));
  charts.push({
    id: 'most-mentioned',
    title: l10n.t('Most mentioned people and organisations'),
    description: l10n.t('Mentions of each, duplicated paragraphs not counted (top {0}).', TOP),
    columns: [l10n.t('Name'), l10n.t('Mentions'), l10n.t('Articles')],
    rows: mentioned.slice(0, TOP).map((e) => ({ label: entityLabel(e), values: [e.mentions, e.articles.length] })),
  });
  const count = (type: string, isQuoted: boolean) => entities.filter((e) => e.type === type && e.quotes > 0 === isQuoted).length;
  charts.push({
    id: 'quoted-vs-mentioned',
    title: l10n.t('Quoted against only mentioned'),
    description: l10n.t('How many people and organisations speak in the corpus, and how many are only talked about.'),
    columns: [l10n.t('Who'), l10n.t('Quoted'), l10n.t('Only mentioned')],
    rows: [
      { label: l10n.t('People'), values: [count('person', true), count('person', false)] },
      { label: l10n.t('Organisations'), values: [count('organization', true), count('organization', false)] },
    ],
  });
  const people = quoted.filter((e) => e.type === 'person');
  if (corpus.entities().some((e) => e.gender)) {
    const byGender = new Map<string, { sources: number; quotes: number }>();
    for (const p of people) {
      const g = p.gender ?? 'unknown';
      const entry = byGender.get(g) ?? { sources: 0, quotes: 0 };
      entry.sources++;
      entry.quotes += p.quotes;
      byGender.set(g, entry);
    }
    charts.push({
      id: 'sources-by-gender',
      title: l10n.t('Sources by stated gender'),
      description: l10n.t('Quoted people by the gender the text states (pronouns, honorifics, gendered roles); unknown where it states none.'),
      columns: [l10n.t('Stated gender'), l10n.t('People quoted'), l10n.t('Quotes')],
      rows: [...byGender].sort((a, b) => b[1].sources - a[1].sources || a[0].localeCompare(b[0])).map(([label, v]) => ({ label, values: [v.sources, v.quotes] })),
    });
  }
  charts.push({
    id: 'quotes-per-article',
    title: l10n.t('Quotes per article'),
    description: l10n.t('Quotes and reported speech in each article, attributed or not, duplicates not counted.'),
    columns: [l10n.t('Article'), l10n.t('Quotes')],
    cut: 'start',
    rows: corpus
      .list()
      .map((a) => ({ label: a.label, values: [a.quotes] }))
      .sort((a, b) => b.values[0] - a.values[0] || a.label.localeCompare(b.label)),
  });
  return charts;
}

/** A chart's data as CSV (RFC 4180, header row first). */
export function chartCsv(chart: Chart): string {
  return stringify([chart.columns, ...chart.rows.map((r) => [r.label, ...r.values])]);
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Series classes, coloured by the page's style sheet with the theme's chart colours. */
const SERIES = ['series0', 'series1', 'series2'];

/**
 * A horizontal bar chart: one row per label, one bar per series (only the first series is drawn
 * for rankings whose second column is context, such as the number of articles). Labels and
 * values are text, so they follow the theme's font and colours; the SVG names itself for screen
 * readers and the same numbers are in the table beside it.
 */
export function chartSvg(chart: Chart, series = chart.id === 'most-quoted' || chart.id === 'most-mentioned' ? 1 : chart.columns.length - 1): string {
  const labelWidth = 210;
  const barArea = 250;
  const barHeight = 14;
  const rowHeight = series * (barHeight + 2) + 10;
  const legend = series > 1 ? 22 : 0;
  const drawn = chart.rows.slice(0, MAX_BARS);
  const more = chart.rows.length - drawn.length;
  const height = Math.max(1, drawn.length) * rowHeight + legend + 4 + (more ? 20 : 0);
  const width = labelWidth + barArea + 60;
  const max = Math.max(1, ...drawn.flatMap((r) => r.values.slice(0, series)));
  const parts: string[] = [];
  if (series > 1) {
    for (let s = 0; s < series; s++) {
      const x = labelWidth + s * 120;
      parts.push(`<rect x="${x}" y="4" width="12" height="12" class="${SERIES[s]}"/><text x="${x + 18}" y="14" class="legend">${escapeXml(chart.columns[s + 1])}</text>`);
    }
  }
  drawn.forEach((row, i) => {
    const y = legend + i * rowHeight + 4;
    const label = row.label.length <= 32 ? row.label : chart.cut === 'start' ? `\u2026${row.label.slice(-31)}` : `${row.label.slice(0, 31)}\u2026`;
    parts.push(`<text x="${labelWidth - 8}" y="${y + (series * (barHeight + 2)) / 2 + 4}" text-anchor="end" class="label">${escapeXml(label)}</text>`);
    for (let s = 0; s < series; s++) {
      const value = row.values[s];
      const w = Math.max(value > 0 ? 2 : 0, Math.round((value / max) * barArea));
      const by = y + s * (barHeight + 2);
      parts.push(`<rect x="${labelWidth}" y="${by}" width="${w}" height="${barHeight}" class="${SERIES[s]}"><title>${escapeXml(`${row.label}: ${value} ${chart.columns[s + 1].toLowerCase()}`)}</title></rect>`);
      parts.push(`<text x="${labelWidth + w + 6}" y="${by + barHeight - 3}" class="value">${value}</text>`);
    }
  });
  if (!chart.rows.length) parts.push(`<text x="0" y="16" class="label">${escapeXml(l10n.t('Nothing to show yet.'))}</text>`);
  if (more) parts.push(`<text x="${labelWidth}" y="${height - 6}" class="label">${escapeXml(l10n.t('and {0} more in the data table and the CSV', more))}</text>`);
  const summary = chart.rows.length ? drawn.map((r) => `${r.label}: ${r.values.slice(0, series).join(', ')}`).join('; ') : l10n.t('no data');
  return `<svg role="img" aria-label="${escapeXml(`${chart.title}. ${summary}`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The chart's numbers as an HTML table (for screen readers and people who prefer reading). */
export function chartTable(chart: Chart): string {
  const head = chart.columns.map((c) => `<th scope="col">${escapeXml(c)}</th>`).join('');
  const body = chart.rows.map((r) => `<tr><th scope="row">${escapeXml(r.label)}</th>${r.values.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export { escapeXml };
