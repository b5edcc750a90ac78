/**
 * A self-contained HTML page of the article, for people who do not use VS Code: entity mentions
 * as displaCy renders them (a coloured mark with the type's label after the words), quotes
 * underlined with their kind, speakers and cues outlined, each with a tooltip (speaker, kind,
 * status, who). Everything from the article is escaped (CR as `&#13;`, so that HTML's newline
 * normalisation keeps the text as it was); the page has no scripts, no external resources and a
 * Content-Security-Policy that forbids them; colours follow the reader's light or dark scheme.
 */
import type { ExportDocument } from './document';
import { conllLabel } from './labels';

/** Text for HTML text and attribute values: `& < > " '` as references, CR kept as `&#13;`. */
export function escapeHtml(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const ref = c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === "'" ? '&#39;' : c === '\r' ? '&#13;' : undefined;
    if (ref === undefined) continue;
    out += text.slice(from, i) + ref;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** One marked span of a layer: its tag's opening and closing text, and the label shown after its last piece. */
interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
  label?: string;
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f1f1f; --quote: #008000; --role: #6b6b6b;
  --person: #aa9cfc; --organization: #7aecec; --place: #ff9561; --nationality: #c887fb; --date: #bfe1d9; --misc: #e3e8a0; --other: #ddd; }
@media (prefers-color-scheme: dark) { :root { --bg: #1e1e1e; --fg: #d4d4d4; --quote: #6a9955; --role: #9d9d9d;
  --person: #5b4fa8; --organization: #2f7d7d; --place: #a4552d; --nationality: #7a4c9c; --date: #4d6f67; --misc: #6b7030; --other: #555; } }
body { background: var(--bg); color: var(--fg); font: 16px/2.4 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.2rem; line-height: 1.4; }
.article { white-space: pre-wrap; unicode-bidi: plaintext; }
mark.entity { color: inherit; padding: 0.2em 0.35em; border-radius: 0.35em; background: var(--other); }
mark.entity.person { background: var(--person); } mark.entity.organization { background: var(--organization); }
mark.entity.place { background: var(--place); } mark.entity.nationality { background: var(--nationality); }
mark.entity.date { background: var(--date); } mark.entity.misc { background: var(--misc); }
.label { font-size: 0.7em; font-weight: bold; margin-left: 0.4em; text-transform: uppercase; vertical-align: middle; }
.quote { border-bottom: 2px solid var(--quote); }
.quote.indirect { border-bottom-style: dotted; } .quote.mixed { border-bottom-style: dashed; }
.quote > .label, .role > .label { color: var(--quote); }
.role { outline: 1px dashed var(--role); outline-offset: 1px; }
`;

/** The article as one HTML page. */
export function exportHtml(doc: ExportDocument): string {
  const text = doc.text;
  const entityName = new Map(doc.entities.map((e) => [e.id, e.canonical]));
  const layers: Mark[][] = [[], [], []];
  for (const q of doc.quotes) {
    const title = [`${q.kind} quote`, q.speakerName !== undefined ? `speaker: ${q.speakerName}` : q.speaker ? `speaker: ${q.speaker.text}` : 'unattributed', `status: ${q.status}`, `by: ${q.by}`].join('; ');
    layers[0].push({ start: q.start, end: q.end, open: `<span class="quote ${q.kind}" title="${escapeHtml(title)}">`, close: '</span>', label: 'quote' });
    if (q.speaker) layers[1].push({ start: q.speaker.start, end: q.speaker.end, open: `<span class="role source" title="${escapeHtml(`speaker of “${q.text}”`)}">`, close: '</span>', label: 'source' });
    if (q.cue) layers[1].push({ start: q.cue.start, end: q.cue.end, open: '<span class="role cue" title="cue">', close: '</span>', label: 'cue' });
  }
  for (const m of doc.mentions) {
    const cls = /^[a-z]+$/.test(m.type) ? m.type : 'other';
    const title = `${m.type}: ${entityName.get(m.entity) ?? m.text}; status: ${m.status}; by: ${m.by}`;
    layers[2].push({ start: m.start, end: m.end, open: `<mark class="entity ${escapeHtml(cls)}" title="${escapeHtml(title)}">`, close: '</mark>', label: conllLabel(m.type) });
  }
  for (const layer of layers) layer.sort((a, b) => a.start - b.start || b.end - a.end);
  // Every place a mark starts or ends; between two of them each layer has at most one mark open.
  const points = new Set<number>([0, text.length]);
  for (const layer of layers) for (const m of layer) points.add(m.start).add(m.end);
  const cuts = [...points].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const next = layers.map(() => 0);
  const open: (Mark | undefined)[] = layers.map(() => undefined);
  let out = '';
  const closeFrom = (depth: number, at: number) => {
    for (let d = layers.length - 1; d >= depth; d--) {
      const m = open[d];
      if (!m) continue;
      out += (m.end === at && m.label ? `<span class="label">${escapeHtml(m.label)}</span>` : '') + m.close;
      open[d] = undefined;
    }
  };
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c];
    const to = cuts[c + 1];
    // The mark of each layer that covers [from, to), if any (marks of a layer do not overlap; a later one that would is skipped).
    const want = layers.map((layer, d) => {
      while (next[d] < layer.length && layer[next[d]].end <= from) next[d]++;
      const m = layer[next[d]];
      return m && m.start <= from && to <= m.end ? m : undefined;
    });
    const changed = want.findIndex((m, d) => m !== open[d]);
    if (changed >= 0) {
      closeFrom(changed, from);
      for (let d = changed; d < layers.length; d++) {
        if (!want[d]) continue;
        out += want[d]!.open;
        open[d] = want[d];
      }
    }
    out += escapeHtml(text.slice(from, to));
  }
  closeFrom(0, text.length);
  const title = escapeHtml(doc.name);
  return `<!DOCTYPE html>
<html lang="und" dir="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="news-annotator">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<div class="article" dir="auto">${out}</div>
</body>
</html>
`;
}
