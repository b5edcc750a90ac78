/**
 * Independent readers of the export formats, written from each format's specification (not from
 * the exporters' code), for the round-trip tests. Each returns what it read as plain spans in the
 * unit the file was written in, with the text each span covers in the file's own text, so that a
 * test compares span by span and text by text. They throw on anything the specification forbids.
 */
import * as assert from 'assert';

export type Unit = 'utf16' | 'codepoints';

/** The characters of `text` as the unit counts them: UTF-16 code units or code points. */
export function unitChars(text: string, unit: Unit): string[] {
  return unit === 'utf16' ? text.split('') : Array.from(text);
}

/** The text between two offsets of a unit. */
export function sliceIn(chars: string[], start: number, end: number): string {
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= chars.length, `offsets ${start}-${end} within 0-${chars.length}`);
  return chars.slice(start, end).join('');
}

export interface ReadSpan {
  start: number;
  end: number;
  text: string;
}

export interface ReadMention extends ReadSpan {
  label: string;
  status?: string;
  by?: string;
  group?: string;
}

export interface ReadQuote extends ReadSpan {
  kind?: string;
  status?: string;
  by?: string;
  speaker?: ReadSpan;
  speakerName?: string;
  cue?: ReadSpan;
}

export interface Read {
  mentions: ReadMention[];
  quotes: ReadQuote[];
}

const byPlace = <T extends ReadSpan>(a: T, b: T) => a.start - b.start || a.end - b.end;

function sorted(r: Read): Read {
  return { mentions: r.mentions.sort(byPlace), quotes: r.quotes.sort(byPlace) };
}

/**
 * brat standoff (brat.nlplab.org/standoff.html): tab-separated lines; `T` id, then
 * `TYPE START END[;START END]*`, then the text (fragments joined by a space); `A`/`M` attribute
 * `NAME TARGET [VALUE]`; `R` relation `TYPE Arg1:ID Arg2:ID`; `E` event `TYPE:TRIGGER ROLE:ID...`;
 * `*` `Equiv ID ID...`; `#` note `AnnotatorNotes TARGET` then the note.
 */
export function readBratSpec(txt: string, ann: string, unit: Unit): Read {
  const chars = unitChars(txt, unit);
  const t = new Map<string, ReadSpan & { type: string }>();
  const attrs = new Map<string, Record<string, string>>();
  const notes = new Map<string, string[]>();
  const groups = new Map<string, string>();
  const events: Map<string, string>[] = [];
  const relations: { type: string; arg1: string; arg2: string }[] = [];
  assert.ok(ann === '' || ann.endsWith('\n'), '.ann ends with a line break');
  for (const line of ann.split('\n').filter((l) => l !== '')) {
    const cols = line.split('\t');
    const id = cols[0];
    switch (id[0]) {
      case 'T': {
        assert.strictEqual(cols.length, 3, `T line has three fields: ${line}`);
        const [type, ...rest] = cols[1].split(' ');
        const frags = rest.join(' ').split(';').map((f) => f.split(' ').map((n) => Number(n)));
        const texts = frags.map(([s, e]) => sliceIn(chars, s, e));
        assert.ok(texts.every((x) => !/[\r\n]/.test(x)), `no fragment holds a line break: ${line}`);
        assert.strictEqual(cols[2], texts.join(' '), `T text is its fragments' text: ${line}`);
        const start = frags[0][0];
        const end = frags[frags.length - 1][1];
        t.set(id, { type, start, end, text: sliceIn(chars, start, end) });
        break;
      }
      case 'A':
      case 'M': {
        const [name, target, value] = cols[1].split(' ');
        attrs.set(target, { ...attrs.get(target), [name]: value ?? 'true' });
        break;
      }
      case '#': {
        const [, target] = cols[1].split(' ');
        notes.set(target, [...(notes.get(target) ?? []), cols[2]]);
        break;
      }
      case '*': {
        const [type, ...ids] = cols[1].split(' ');
        assert.strictEqual(type, 'Equiv');
        for (const x of ids) groups.set(x, ids[0]);
        break;
      }
      case 'E': {
        const args = new Map(cols[1].split(' ').map((a) => a.split(':') as [string, string]));
        events.push(args);
        break;
      }
      case 'R': {
        const [type, a1, a2] = cols[1].split(' ');
        assert.ok(a1.startsWith('Arg1:') && a2.startsWith('Arg2:'), `R line arguments: ${line}`);
        relations.push({ type, arg1: a1.slice(5), arg2: a2.slice(5) });
        break;
      }
      default:
        assert.fail(`unknown brat line: ${line}`);
    }
  }
  const note = (id: string, key: string) => notes.get(id)?.find((n) => n.startsWith(`${key}: `))?.slice(key.length + 2);
  const span = (id: string): ReadSpan => {
    const s = t.get(id);
    assert.ok(s, `${id} is a T line`);
    return { start: s.start, end: s.end, text: s.text };
  };
  const out: Read = { mentions: [], quotes: [] };
  const quotes = new Map<string, ReadQuote>();
  for (const [id, s] of t) {
    if (s.type === 'Source' || s.type === 'Cue') continue;
    const base = { start: s.start, end: s.end, text: s.text, status: attrs.get(id)?.Status, by: note(id, 'by') ?? 'machine' };
    if (s.type === 'Content') {
      const q: ReadQuote = { ...base, kind: attrs.get(id)?.Kind, speakerName: note(id, 'speaker') };
      quotes.set(id, q);
      out.quotes.push(q);
    } else out.mentions.push({ ...base, label: s.type, group: groups.get(id) ?? id });
  }
  for (const ev of events) {
    const q = quotes.get(ev.get('Content')!);
    assert.ok(q, 'an event has a Content argument');
    q.cue = span(ev.get('Cue')!);
    const source = ev.get('Source');
    if (source) q.speaker = span(source);
  }
  for (const r of relations) {
    assert.strictEqual(r.type, 'Attribution');
    const q = quotes.get(r.arg2)!;
    q.speaker = span(r.arg1);
  }
  return sorted(out);
}

/** doccano's relation-extraction JSONL: `text`, `entities` `{id, label, start_offset, end_offset}`, `relations` `{id, from_id, to_id, type}`. */
export function readDoccanoSpec(jsonl: string, unit: Unit): Read & { text: string } {
  const lines = jsonl.split('\n').filter((l) => l !== '');
  assert.strictEqual(lines.length, 1, 'one JSON line per article');
  const rec = JSON.parse(lines[0]);
  const chars = unitChars(rec.text, unit);
  const ents = new Map<number, ReadSpan & { label: string; raw: Record<string, unknown> }>();
  for (const e of rec.entities) ents.set(e.id, { label: e.label, start: e.start_offset, end: e.end_offset, text: sliceIn(chars, e.start_offset, e.end_offset), raw: e });
  const out: Read = { mentions: [], quotes: [] };
  const quotes = new Map<number, ReadQuote>();
  for (const [id, e] of ents) {
    const base = { start: e.start, end: e.end, text: e.text, status: e.raw.status as string, by: e.raw.by as string };
    if (e.label === 'QUOTE') {
      const q: ReadQuote = { ...base, kind: e.raw.kind as string, speakerName: e.raw.speaker_name as string | undefined };
      quotes.set(id, q);
      out.quotes.push(q);
    } else if (e.label !== 'SOURCE' && e.label !== 'CUE') out.mentions.push({ ...base, label: e.label, group: e.raw.entity as string });
  }
  for (const r of rec.relations) {
    const q = quotes.get(r.from_id);
    const other = ents.get(r.to_id);
    assert.ok(q && other, `relation ${r.id} joins a quote to a span`);
    const s = { start: other.start, end: other.end, text: other.text };
    if (r.type === 'speaker') q.speaker = s;
    else if (r.type === 'cue') q.cue = s;
    else assert.fail(`relation type ${r.type}`);
  }
  return { text: rec.text, ...sorted(out) };
}

/** Label Studio tasks: `data.text`; `predictions[].result` and `annotations[].result` of regions `{id, from_name, type, value: {start, end, text, labels|choices}}` and relations `{from_id, to_id, labels}`. */
export function readLabelStudioSpec(json: string, unit: Unit): Read & { text: string } {
  const tasks = JSON.parse(json);
  assert.ok(Array.isArray(tasks) && tasks.length === 1, 'an array of one task');
  const task = tasks[0];
  const chars = unitChars(task.data.text, unit);
  const out: Read = { mentions: [], quotes: [] };
  const lists: { result: any[]; confirmed: boolean }[] = [
    ...task.predictions.map((p: any) => ({ result: p.result, confirmed: false })),
    ...task.annotations.map((a: any) => ({ result: a.result, confirmed: true })),
  ];
  for (const { result, confirmed } of lists) {
    const regions = new Map<string, any[]>();
    for (const r of result) if (r.type !== 'relation') regions.set(r.id, [...(regions.get(r.id) ?? []), r]);
    const get = (id: string, from: string) => regions.get(id)?.find((r) => r.from_name === from);
    const spanOf = (r: any): ReadSpan => {
      const text = sliceIn(chars, r.value.start, r.value.end);
      if (r.value.text !== undefined && typeof r.value.text === 'string') assert.strictEqual(r.value.text, text, `region ${r.id} text`);
      return { start: r.value.start, end: r.value.end, text };
    };
    const quotes = new Map<string, ReadQuote>();
    for (const [id, rs] of regions) {
      const labels = rs.find((r) => r.type === 'labels');
      assert.ok(labels, `region ${id} has labels`);
      for (const r of rs) assert.deepStrictEqual([r.value.start, r.value.end], [labels.value.start, labels.value.end], 'per-region results share the span');
      const label = labels.value.labels[0];
      if (label === 'Source' || label === 'Cue') continue;
      const base = { ...spanOf(labels), status: confirmed ? get(id, 'status')?.value.choices[0] : 'suggested', by: confirmed ? get(id, 'by')?.value.text[0] : 'machine' };
      if (label === 'Quote') {
        const q: ReadQuote = { ...base, kind: get(id, 'kind')?.value.choices[0], speakerName: get(id, 'speaker')?.value.text[0] };
        quotes.set(id, q);
        out.quotes.push(q);
      } else out.mentions.push({ ...base, label });
    }
    for (const rel of result.filter((r: any) => r.type === 'relation')) {
      const q = quotes.get(rel.to_id);
      const from = regions.get(rel.from_id)?.find((r) => r.type === 'labels');
      assert.ok(q && from, 'a relation joins a region to a quote');
      if (rel.labels[0] === 'speaker') q.speaker = spanOf(from);
      else if (rel.labels[0] === 'cue') q.cue = spanOf(from);
      else assert.fail(`relation label ${rel.labels}`);
    }
  }
  return { text: task.data.text, ...sorted(out) };
}

/**
 * W3C Web Annotation: each annotation's target has a TextPositionSelector (start, end) and a
 * TextQuoteSelector (exact, prefix, suffix); both must select the same text of the source.
 */
export function readWebAnnotationSpec(json: string, text: string, unit: Unit): Read {
  const doc = JSON.parse(json);
  assert.ok(doc['@context'].includes('http://www.w3.org/ns/anno.jsonld'), 'the Web Annotation context');
  assert.strictEqual(doc.type, 'AnnotationCollection');
  const chars = unitChars(text, unit);
  const items: any[] = doc.first.items;
  assert.strictEqual(doc.total, items.length);
  const spans = new Map<string, ReadSpan>();
  for (const a of items) {
    assert.strictEqual(a.type, 'Annotation');
    const pos = a.target.selector.find((s: any) => s.type === 'TextPositionSelector');
    const quote = a.target.selector.find((s: any) => s.type === 'TextQuoteSelector');
    const exact = sliceIn(chars, pos.start, pos.end);
    assert.strictEqual(quote.exact, exact, 'position and quote selectors agree');
    assert.ok(sliceIn(chars, 0, pos.start).endsWith(quote.prefix) && sliceIn(chars, pos.end, chars.length).startsWith(quote.suffix), 'prefix and suffix surround the text');
    spans.set(a.id, { start: pos.start, end: pos.end, text: exact });
  }
  const out: Read = { mentions: [], quotes: [] };
  const body = (a: any, purpose: string) => a.body.find((b: any) => b.purpose === purpose)?.value;
  const by = (a: any) => (a.creator.type === 'Software' ? 'machine' : a.creator.name);
  for (const a of items) {
    const s = spans.get(a.id)!;
    if (a['na:role'] === 'mention') out.mentions.push({ ...s, label: body(a, 'tagging'), status: a['na:status'], by: by(a), group: a['na:entity'] });
    else if (a['na:role'] === 'quote') {
      out.quotes.push({
        ...s,
        kind: body(a, 'tagging'),
        status: a['na:status'],
        by: by(a),
        speakerName: body(a, 'identifying'),
        speaker: a['na:speaker'] ? spans.get(a['na:speaker']) : undefined,
        cue: a['na:cue'] ? spans.get(a['na:cue']) : undefined,
      });
    }
  }
  return sorted(out);
}

/**
 * CoNLL-2003 with IOB2 tags: `-DOCSTART-` line, tokens one per line (`word POS chunk NE`, space
 * separated), sentences separated by blank lines. The format has no offsets: the tokens are
 * found in the text one after the other, skipping white space only.
 */
export function readConllSpec(conll: string, text: string, unit: Unit): Read {
  const lines = conll.split('\n');
  assert.strictEqual(lines[0].split(' ')[0], '-DOCSTART-');
  const chars = unitChars(text, unit);
  let at = 0;
  const out: Read = { mentions: [], quotes: [] };
  let open: ReadMention | undefined;
  const close = () => {
    if (open) out.mentions.push({ ...open, text: sliceIn(chars, open.start, open.end) });
    open = undefined;
  };
  for (const line of lines.slice(1)) {
    if (line === '') {
      close();
      continue;
    }
    const cols = line.split(' ');
    assert.strictEqual(cols.length, 4, `four columns: ${line}`);
    const [word, , , tag] = cols;
    const w = unitChars(word, unit);
    while (at < chars.length && /\s/u.test(chars[at])) at++;
    assert.strictEqual(chars.slice(at, at + w.length).join(''), word, `token ${word} next in the text`);
    const start = at;
    at += w.length;
    if (tag === 'O') close();
    else if (tag.startsWith('B-')) {
      close();
      open = { label: tag.slice(2), start, end: at, text: '' };
    } else {
      assert.ok(tag.startsWith('I-') && open && open.label === tag.slice(2), `I- continues a mention: ${line}`);
      open.end = at;
    }
  }
  close();
  while (at < chars.length && /\s/u.test(chars[at])) at++;
  assert.strictEqual(at, chars.length, 'every token of the text was read');
  return out;
}

/** RFC 4180 CSV: fields separated by commas, records by CR LF; a field in double quotes may hold commas, line breaks and doubled quotes. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else field += csv[i++];
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.ok(c !== '"' && c !== '\r' && c !== '\n', `a bare ${JSON.stringify(c)} outside quotes at ${i}`);
      field += csv[i++];
    }
  }
  assert.ok(!quoted && field === '' && row.length === 0, 'the last record ends with CR LF');
  return rows;
}

export interface HtmlMark extends ReadSpan {
  classes: string[];
  title?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text and marks of the page's `.article` element, as a browser would build them: the input
 * stream's CR LF and CR become LF (HTML's newline normalisation), character references are
 * decoded, and `.label` elements (the labels drawn after a mark) are not part of the text.
 * Offsets are UTF-16 code units of that text. Fails on a script, an external resource, or a
 * tag that the article's text could have opened.
 */
export function readHtmlSpec(html: string): { text: string; marks: HtmlMark[] } {
  assert.ok(!/<script|<link|<img|<iframe|src=|href=|url\(/i.test(html), 'no scripts or external resources');
  const normalized = html.replace(/\r\n?/g, '\n');
  const begin = normalized.indexOf('<div class="article"');
  const startText = normalized.indexOf('>', begin) + 1;
  const decode = (s: string) =>
    s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, ref: string) =>
      ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : NAMED[ref],
    );
  let text = '';
  const stack: { tag: string; classes: string[]; title?: string; start: number; label: boolean }[] = [];
  const marks: HtmlMark[] = [];
  let i = startText;
  for (;;) {
    const lt = normalized.indexOf('<', i);
    const chunk = normalized.slice(i, lt);
    assert.ok(!chunk.includes('>'), 'no bare > in text');
    if (!stack.some((s) => s.label)) text += decode(chunk);
    const gt = normalized.indexOf('>', lt);
    const tag = normalized.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      if (tag === '/div' && stack.length === 0) break;
      const top = stack.pop();
      assert.ok(top && `/${top.tag}` === tag, `closing ${tag} matches`);
      if (!top.label) marks.push({ classes: top.classes, title: top.title, start: top.start, end: text.length, text: text.slice(top.start) });
      continue;
    }
    const m = /^(\w+)((?: [\w-]+="[^"]*")*)$/.exec(tag);
    assert.ok(m, `a well-formed tag: <${tag}>`);
    const attrs = new Map([...m[2].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])]));
    const classes = (attrs.get('class') ?? '').split(' ');
    stack.push({ tag: m[1], classes, title: attrs.get('title'), start: text.length, label: classes.includes('label') });
  }
  // Pieces of one mark split by another layer's edge join up again.
  const joined: HtmlMark[] = [];
  for (const mk of marks.sort((a, b) => a.start - b.start)) {
    const prev = joined.find((p) => p.end === mk.start && p.title === mk.title && p.classes.join() === mk.classes.join());
    if (prev) {
      prev.end = mk.end;
      prev.text = text.slice(prev.start, prev.end);
    } else joined.push({ ...mk });
  }
  return { text, marks: joined.sort((a, b) => a.start - b.start || a.end - b.end) };
}
