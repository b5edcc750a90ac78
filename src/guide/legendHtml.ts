/**
 * The page of News: Show Legend: every mark the editor draws, drawn the same way (the same
 * theme colours, borders and gutter icons) beside what it means. Pure: the webview shows what
 * this returns. No script; the theme's colours come in as CSS variables, so the page follows
 * the theme as the editor does.
 */
import { escapeHtml } from '../analysis/exports/html';
import { webviewHead } from '../host/webviewHead';

/** One entity type's row: a built-in type's colours are the theme's, a person's own type has a CSS colour. */
export interface LegendType {
  type: string;
  /** "Person", "Other name", or a person's own type's name. */
  name: string;
  /** The label after each mention when type labels are on ("PERSON"). */
  label: string;
  /** Example text drawn with the mark. */
  example: string;
  /** A person's own type's colour (CSS); built-in types use their theme colours. */
  color?: string;
}

export interface LegendOptions {
  types: LegendType[];
  /** Whether mentions carry their label in the editor now (the setting, or a high-contrast theme). */
  labelsShown: boolean;
  /** Webview URIs of the gutter icons of exact and near copies. */
  gutterIcons: { exact: string; near: string };
  nonce: string;
  cspSource: string;
}

/** A CSS colour written by a person in a setting, if it is one that cannot break out of a style rule. */
export function safeColor(color: string): string | undefined {
  return /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|hsl)a?\([0-9., %deg/]+\))$/i.test(color.trim()) ? color.trim() : undefined;
}

/** The colours of a type's marks: theme variables for built-in types, the setting's colour (made faint for the background) for one's own. */
function typeColors(t: LegendType): { background: string; border: string } {
  if (!t.color) return { background: `var(--vscode-newsAnnotator-${t.type}Background)`, border: `var(--vscode-newsAnnotator-${t.type}Border)` };
  const color = safeColor(t.color) ?? 'var(--vscode-editorInfo-foreground)';
  return { background: /^#[0-9a-f]{6}$/i.test(color) ? `${color}26` : 'transparent', border: color };
}

export function legendHtml(options: LegendOptions): string {
  const { nonce, cspSource } = options;
  const csp = [`default-src 'none'`, `img-src ${cspSource}`, `style-src 'nonce-${nonce}'`].join('; ');
  const typeRows = options.types
    .map((t, i) => {
      const { background, border } = typeColors(t);
      const label = `<span class="label t${i}-label">${escapeHtml(t.label)}</span>`;
      return {
        css: `.t${i} { background: ${background}; border-bottom-color: ${border}; } .t${i}-label { color: ${border}; }`,
        row: `<tr><th scope="row">${escapeHtml(t.name)}</th>
  <td><span class="mark machine t${i}">${escapeHtml(t.example)}</span>${options.labelsShown ? label : ''}</td>
  <td><span class="mark reviewed t${i}">${escapeHtml(t.example)}</span>${options.labelsShown ? label : ''}</td>
  <td>${label}</td></tr>`,
      };
    });
  return `${webviewHead('News Annotator: Legend', csp, nonce)}
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 20px; }
h1 { font-size: 1.4em; font-weight: 600; }
h2 { font-size: 1.1em; font-weight: 600; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 14px 6px 0; vertical-align: middle; }
thead th { color: var(--vscode-descriptionForeground); font-weight: normal; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); }
.sample { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
.mark { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); border-radius: 2px; border-bottom-style: solid; border-bottom-width: 1px; }
.mark.reviewed { border-bottom-style: double; border-bottom-width: 3px; }
.label { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); font-weight: bold; margin-left: 0.25em; }
.line { display: flex; align-items: center; gap: 6px; padding: 1px 6px 1px 0; }
.line img { width: 16px; height: 16px; }
.exact { background: var(--vscode-newsAnnotator-duplicateBackground); box-shadow: inset 3px 0 0 var(--vscode-newsAnnotator-duplicateRuler); }
.near { background: var(--vscode-newsAnnotator-nearDuplicateBackground); }
.quote { background: var(--vscode-newsAnnotator-quoteBackground); border-bottom: 1px dotted var(--vscode-newsAnnotator-quoteBorder); }
.quote.reviewed { border-bottom: 2px dashed var(--vscode-newsAnnotator-quoteBorder); }
.unpaired { text-decoration: underline wavy var(--vscode-editorInfo-foreground); }
p, li { max-width: 60em; line-height: 1.5; }
${typeRows.map((r) => r.css).join('\n')}
</style>
</head>
<body>
<main>
<h1>News Annotator: what the marks mean</h1>
<p>Marks follow the colour theme; every colour can be changed in <code>workbench.colorCustomizations</code> (<code>newsAnnotator.personBackground</code> …). Types are also told apart by a label after each mention when <code>newsAnnotator.entities.typeLabels</code> is on, as it is by default in high-contrast themes${options.labelsShown ? ' (on now)' : ' (off now)'}.</p>

<h2 id="duplicates">Duplicated paragraphs</h2>
<table aria-labelledby="duplicates">
<thead><tr><th scope="col">Mark</th><th scope="col">Drawn as</th><th scope="col">Meaning</th></tr></thead>
<tbody>
<tr><th scope="row">Duplicate</th><td><div class="line sample exact"><img src="${options.gutterIcons.exact}" alt="">A repeated paragraph.</div></td><td>A later exact copy (case, spaces, quote and dash style aside); the first occurrence stays clean. One Problems entry per block, quick fixes remove it.</td></tr>
<tr><th scope="row">Near duplicate</th><td><div class="line sample near"><img src="${options.gutterIcons.near}" alt="">A nearly repeated one.</div></td><td>A copy with a word or two changed, above <code>newsAnnotator.duplicates.similarity</code>; the hover shows what differs. Removed only through its own quick fix.</td></tr>
</tbody>
</table>

<h2 id="entities">Entities</h2>
<table aria-labelledby="entities">
<thead><tr><th scope="col">Type</th><th scope="col">Machine suggestion (single underline)</th><th scope="col">Checked by a person (double underline)</th><th scope="col">Label</th></tr></thead>
<tbody>
${typeRows.map((r) => r.row).join('\n')}
</tbody>
</table>

<h2 id="quotes">Quotes</h2>
<table aria-labelledby="quotes">
<thead><tr><th scope="col">Mark</th><th scope="col">Drawn as</th><th scope="col">Meaning</th></tr></thead>
<tbody>
<tr><th scope="row">Quote (machine)</th><td><span class="sample quote">“We will respond,” she said.</span></td><td>A direct quote or reported speech the machine found (dotted underline).</td></tr>
<tr><th scope="row">Quote (checked)</th><td><span class="sample quote reviewed">“We will respond,” she said.</span></td><td>A quote a person accepted or corrected (dashed underline).</td></tr>
<tr><th scope="row">Unpaired quotation mark</th><td><span class="sample unpaired">“</span></td><td>A quotation mark that does not pair up: a Problems entry with a fix.</td></tr>
</tbody>
</table>
</main>
</body>
</html>
`;
}
