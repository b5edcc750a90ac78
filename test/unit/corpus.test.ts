import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis, Entity, Quote } from '../../src/analysis/types';
import { chartCsv, chartSvg, corpusCharts } from '../../src/corpus/charts';
import { dashboardHtml } from '../../src/corpus/dashboardHtml';
import { Corpus, summarize } from '../../src/corpus/model';
import { wikinews } from './cliRun';

/** A hand-made analysis: entities with mention spans, quotes attributed by entity id. */
function analysis(text: string, entities: Array<Omit<Entity, 'aliases' | 'roles' | 'mentions'> & { at: Array<[number, number]> }>, quotes: Array<[number, number, string?]> = []): Analysis {
  return {
    length: text.length,
    paragraphs: [{ index: 0, start: 0, end: text.length, line: 0, endLine: 0, text, hash: 'h' }],
    duplicates: { copies: [], blocks: [] },
    entities: entities.map(({ at, ...e }) => ({ ...e, aliases: [], roles: [], mentions: at.map(([s, t]) => ({ start: s, end: t, text: text.slice(s, t) })) })),
    quotes: quotes.map(([start, end, speakerEntity]): Quote => ({ start, end, text: text.slice(start, end), kind: 'direct', confidence: 1, ...(speakerEntity ? { speakerEntity } : {}) })),
    scareQuotes: [],
    quoteMarkProblems: [],
    partial: false,
    notices: [],
  };
}

describe('corpus', () => {
  const a = 'Ann Lee spoke.\r\nAnn Lee said "yes".\nAcme Corp said "no".';
  const b = 'ANN LEE  was there. Bob Roe said "maybe".';

  function corpus(): Corpus {
    const c = new Corpus();
    c.set(
      summarize('file:///a.txt', 'a.txt', a, analysis(a, [
        { id: 'p1', type: 'person', canonical: 'Ann Lee', at: [[0, 7], [16, 23]] },
        { id: 'o1', type: 'organization', canonical: 'Acme Corp', at: [[36, 45]] },
      ], [[29, 34, 'p1'], [51, 55, 'o1'], [51, 55]])),
    );
    c.set(
      summarize('file:///b.txt', 'b.txt', b, analysis(b, [
        { id: 'p1', type: 'person', canonical: 'ANN LEE ', at: [[0, 7]] },
        { id: 'p2', type: 'person', canonical: 'Bob Roe', at: [[20, 27]] },
      ], [[33, 40, 'p2']])),
    );
    return c;
  }

  it('merges entities across articles by type and canonical name, under the most common spelling', () => {
    const entities = corpus().entities();
    const ann = entities.find((e) => e.canonical === 'Ann Lee');
    assert.ok(ann, entities.map((e) => e.canonical).join(', '));
    assert.strictEqual(ann.mentions, 3);
    assert.strictEqual(ann.quotes, 1);
    assert.deepStrictEqual(ann.articles.map((x) => [x.label, x.mentions.length, x.quotes]), [['a.txt', 2, 1], ['b.txt', 1, 0]]);
    // Most quoted first, then most mentioned.
    assert.deepStrictEqual(entities.map((e) => e.canonical), ['Ann Lee', 'Acme Corp', 'Bob Roe']);
  });

  it('keeps line and character of each mention, whatever the line ends', () => {
    const ann = corpus().entities()[0];
    assert.deepStrictEqual(ann.articles[0].mentions.map((m) => [m.line, m.character, m.text]), [[0, 0, 'Ann Lee'], [1, 0, 'Ann Lee']]);
  });

  it('counts no mention or quote inside a duplicated paragraph', () => {
    const text = 'Ann Lee said "yes" to us.\n\nAnn Lee said "yes" to us.';
    const an = analysis(text, [{ id: 'p', type: 'person', canonical: 'Ann Lee', at: [[0, 7], [27, 34]] }], [[13, 18, 'p'], [40, 45, 'p']]);
    an.paragraphs = [
      { index: 0, start: 0, end: 25, line: 0, endLine: 0, text: text.slice(0, 25), hash: 'x' },
      { index: 1, start: 27, end: 52, line: 2, endLine: 2, text: text.slice(27), hash: 'x' },
    ];
    an.duplicates.copies = [{ paragraph: 1, original: 0, kind: 'exact', similarity: 1, changes: [] }];
    const s = summarize('file:///d.txt', 'd.txt', text, an);
    assert.strictEqual(s.quotes, 1);
    assert.deepStrictEqual([s.entities[0].mentions.length, s.entities[0].quotes], [1, 1]);
  });

  it('replaces an article annotated again rather than counting it twice', () => {
    const c = corpus();
    c.set(summarize('file:///b.txt', 'b.txt', b, analysis(b, [])));
    assert.deepStrictEqual(c.entities().map((e) => e.canonical), ['Ann Lee', 'Acme Corp']);
    assert.strictEqual(c.entities()[0].mentions, 2);
  });

  it('gives chart data: most quoted, most mentioned, quoted against only mentioned, quotes per article', () => {
    const charts = corpusCharts(corpus());
    const byId = Object.fromEntries(charts.map((c) => [c.id, c]));
    assert.deepStrictEqual(Object.keys(byId), ['most-quoted', 'most-mentioned', 'quoted-vs-mentioned', 'quotes-per-article'], 'no gender chart without stated genders');
    assert.deepStrictEqual(byId['most-quoted'].rows.map((r) => [r.label, ...r.values]), [['Ann Lee (person)', 1, 2], ['Acme Corp (organisation)', 1, 1], ['Bob Roe (person)', 1, 1]]);
    assert.deepStrictEqual(byId['most-mentioned'].rows[0], { label: 'Ann Lee (person)', values: [3, 2] });
    assert.deepStrictEqual(byId['quoted-vs-mentioned'].rows, [{ label: 'People', values: [2, 0] }, { label: 'Organisations', values: [1, 0] }]);
    assert.deepStrictEqual(byId['quotes-per-article'].rows, [{ label: 'a.txt', values: [3] }, { label: 'b.txt', values: [1] }]);
  });

  it('adds sources by stated gender when the analysis states genders', () => {
    const c = new Corpus();
    const text = 'Ann said "a". Bob said "b". Cy said "c".';
    const an = analysis(text, [
      { id: 'a', type: 'person', canonical: 'Ann', at: [[0, 3]] },
      { id: 'b', type: 'person', canonical: 'Bob', at: [[14, 17]] },
      { id: 'c', type: 'person', canonical: 'Cy', at: [[28, 30]] },
    ], [[9, 12, 'a'], [23, 26, 'b'], [36, 39, 'c']]);
    an.statedGender = { a: 'female', b: 'male' };
    c.set(summarize('file:///g.txt', 'g.txt', text, an));
    const chart = corpusCharts(c).find((x) => x.id === 'sources-by-gender');
    assert.ok(chart);
    assert.deepStrictEqual(chart.rows.map((r) => [r.label, ...r.values]), [['female', 1, 1], ['male', 1, 1], ['unknown', 1, 1]]);
  });

  it('writes each chart as CSV with a header row, quoting what needs it', () => {
    const c = new Corpus();
    const text = 'Smith, Jones & Co said "x".';
    c.set(summarize('file:///q.txt', 'q "quoted", name.txt', text, analysis(text, [{ id: 'o', type: 'organization', canonical: 'Smith, Jones & Co', at: [[0, 17]] }], [[23, 26, 'o']])));
    const [quoted] = corpusCharts(c);
    assert.strictEqual(chartCsv(quoted), 'Name,Quotes,Articles\n"Smith, Jones & Co (organisation)",1,1\n');
    const perArticle = corpusCharts(c).find((x) => x.id === 'quotes-per-article')!;
    assert.strictEqual(chartCsv(perArticle), 'Article,Quotes\n"q ""quoted"", name.txt",1\n');
  });

  it('draws bars in proportion, escapes labels, and names the chart for screen readers', () => {
    const svg = chartSvg({ id: 'x', title: 'T', description: '', columns: ['Name', 'Quotes'], rows: [{ label: 'A <b>', values: [10] }, { label: 'B', values: [5] }] });
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(widths, [250, 125]);
    assert.match(svg, /A &lt;b&gt;/);
    assert.match(svg, /role="img" aria-label="T\. A &lt;b&gt;: 10; B: 5"/);
  });

  it('draws at most 25 bars and says how many more the table and the CSV hold; paths are cut at their start', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ label: `articles/some/long/folder/name/article-${i}.txt`, values: [30 - i] }));
    const svg = chartSvg({ id: 'quotes-per-article', title: 'Q', description: '', columns: ['Article', 'Quotes'], rows, cut: 'start' });
    assert.strictEqual((svg.match(/<rect /g) ?? []).length, 25);
    assert.match(svg, /and 5 more in the data table and the CSV/);
    assert.match(svg, />\u2026[^<]*article-0\.txt</);
  });

  it('builds a page with a strict policy: no network, styles and the one script by nonce only', () => {
    const html = dashboardHtml(corpusCharts(corpus()), { nonce: 'abc123', cspSource: 'vscode-webview://x', articles: 2 });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="abc123">/);
    assert.doesNotMatch(html, /\sstyle="|https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no inline style attributes, no addresses to load');
    assert.strictEqual((html.match(/<button type="button" data-chart=/g) ?? []).length, 4);
  });

  it('summarises the Wikinews interviews with every mention where its text is', () => {
    const c = new Corpus();
    const files = fs.readdirSync(wikinews).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) {
      const text = fs.readFileSync(path.join(wikinews, f), 'utf8');
      c.set(summarize(`file:///${f}`, f, text, analyze(text)));
      const lines = text.split(/\r\n|\r|\n/);
      for (const e of c.list().at(-1)!.entities) for (const m of e.mentions) assert.strictEqual(lines[m.line].slice(m.character, m.character + m.text.length), m.text.split(/\r|\n/)[0]);
    }
    assert.strictEqual(c.size, files.length);
    const charts = corpusCharts(c);
    assert.strictEqual(charts.find((x) => x.id === 'quotes-per-article')!.rows.length, files.length);
    assert.ok(charts.find((x) => x.id === 'most-mentioned')!.rows.length > 0);
  });
});
