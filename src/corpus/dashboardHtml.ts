/**
 * The Corpus Dashboard's page: every chart as SVG with its numbers in a table and a button that
 * exports its data as CSV. Pure (HTML text out); the strict Content Security Policy allows only
 * the webview's own styles and one nonce'd script, and no network at all.
 */
import { Chart, chartSvg, chartTable, escapeXml } from './charts';
import * as l10n from '@vscode/l10n';
import { webviewHead } from '../host/webviewHead';

export function dashboardHtml(charts: Chart[], options: { nonce: string; cspSource: string; articles: number }): string {
  const { nonce, cspSource } = options;
  const csp = [`default-src 'none'`, `img-src ${cspSource} data:`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${cspSource}`].join('; ');
  const sections = charts
    .map(
      (c) => `<section class="chart" aria-labelledby="${c.id}-title">
  <h2 id="${c.id}-title">${escapeXml(c.title)}</h2>
  <p class="description">${escapeXml(c.description)}</p>
  ${chartSvg(c)}
  <details><summary>${escapeXml(l10n.t('Data table'))}</summary>${chartTable(c)}</details>
  <button type="button" data-chart="${c.id}" title="${escapeXml(l10n.t("Save this chart's data as a CSV file"))}">${escapeXml(l10n.t('Export CSV…'))}</button>
</section>`,
    )
    .join('\n');
  const empty = options.articles
    ? ''
    : `<p class="empty">${l10n.t('No articles annotated yet. Run {0} and the charts fill in.', `<strong>${escapeXml(l10n.t('News: Annotate Workspace'))}</strong>`)}</p>`;
  return `${webviewHead('Corpus Dashboard', csp, nonce)}
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 20px; }
  h1 { font-size: 1.5em; font-weight: 600; }
  h2 { font-size: 1.15em; font-weight: 600; margin: 0 0 4px; }
  .description, .empty { color: var(--vscode-descriptionForeground); margin: 0 0 8px; }
  .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 24px; }
  .chart { border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); padding: 12px 16px; border-radius: 4px; }
  svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
  svg text { fill: var(--vscode-charts-foreground, var(--vscode-foreground)); font-family: var(--vscode-font-family); font-size: 12px; }
  svg rect { stroke: var(--vscode-contrastBorder, none); }
  .series0 { fill: var(--vscode-charts-blue); }
  .series1 { fill: var(--vscode-charts-orange); }
  .series2 { fill: var(--vscode-charts-green); }
  table { border-collapse: collapse; margin: 6px 0; }
  th, td { text-align: left; padding: 2px 10px 2px 0; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
  td { text-align: right; font-variant-numeric: tabular-nums; }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; cursor: pointer; font-family: inherit; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button:focus-visible, summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  summary { cursor: pointer; color: var(--vscode-textLink-foreground); }
</style>
</head>
<body>
<h1>${escapeXml(l10n.t('Corpus Dashboard'))}</h1>
<p class="description">${escapeXml(
    options.articles === 1
      ? l10n.t('{0} article annotated. Duplicated paragraphs are not counted.', options.articles)
      : l10n.t('{0} articles annotated. Duplicated paragraphs are not counted.', options.articles),
  )}</p>
${empty}
<main class="charts">
${sections}
</main>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const button of document.querySelectorAll('button[data-chart]')) {
    button.addEventListener('click', () => vscode.postMessage({ type: 'exportCsv', chart: button.dataset.chart }));
  }
</script>
</body>
</html>`;
}
