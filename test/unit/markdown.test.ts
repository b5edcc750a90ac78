import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, Analysis, defaultAnalysisOptions, Span } from '../../src/analysis';
import { proseView } from '../../src/analysis/markdown';
import { assertGrowsLinearly } from './growth';

function markdown(text: string): Analysis {
  return analyze(text, { ...defaultAnalysisOptions, format: 'markdown' });
}

/** The words a reader sees in the prose view. */
function words(text: string): string[] {
  return proseView(text).prose.split(/\s+/).filter(Boolean);
}

/** The view has the text's length, keeps its line ends, and changes characters only to spaces. */
function assertSameShape(text: string, view: string): void {
  assert.strictEqual(view.length, text.length);
  for (let i = 0; i < text.length; i++) {
    if (view[i] === text[i]) continue;
    assert.strictEqual(view[i], ' ', `position ${i} of ${JSON.stringify(text)} became ${JSON.stringify(view[i])}`);
    assert.ok(text[i] !== '\n' && text[i] !== '\r', `line end at ${i} of ${JSON.stringify(text)} was blanked`);
  }
}

describe('proseView: Markdown syntax is blanked, the text a reader sees stays', () => {
  const cases: { construct: string; input: string; words: string[] }[] = [
    { construct: 'inline link with a title', input: 'See [Strasbourg](https://en.wikipedia.org/wiki/Strasbourg "The city") now.', words: ['See', 'Strasbourg', 'now.'] },
    { construct: 'link target with brackets', input: 'See [Oslo](https://example.com/a_(b)) now.', words: ['See', 'Oslo', 'now.'] },
    { construct: 'image: the alt text stays', input: '![Leila Haddad in Beirut](https://example.com/haddad.jpg)', words: ['Leila', 'Haddad', 'in', 'Beirut'] },
    {
      construct: 'reference links and their definitions',
      input: '[Leila Haddad][haddad] went to [Beirut][].\n\n[haddad]: https://example.com/haddad\n[beirut]: <https://example.com/beirut> "Beirut"',
      words: ['Leila', 'Haddad', 'went', 'to', 'Beirut', '.'],
    },
    { construct: 'shortcut reference', input: 'Off to [Oslo].\n\n[oslo]: https://example.com/oslo', words: ['Off', 'to', 'Oslo', '.'] },
    { construct: 'emphasis, strong and strikethrough', input: '**Olaf Berg** met *Amina Diallo* and __Leila Haddad__ in _Oslo_, ~~Dakar~~.', words: ['Olaf', 'Berg', 'met', 'Amina', 'Diallo', 'and', 'Leila', 'Haddad', 'in', 'Oslo', ',', 'Dakar', '.'] },
    { construct: 'ATX and setext headings', input: '## Berg visits Oslo ##\n\nBerg Calls Vote\n===', words: ['Berg', 'visits', 'Oslo', 'Berg', 'Calls', 'Vote'] },
    { construct: 'list markers and task boxes', input: '- first item\n* second\n1. third\n2) fourth\n- [x] done task', words: ['first', 'item', 'second', 'third', 'fourth', 'done', 'task'] },
    { construct: 'block quotes, nested, with a list', input: '> He said it.\n> > Nested.\n>\n> - In a list', words: ['He', 'said', 'it.', 'Nested.', 'In', 'a', 'list'] },
    { construct: 'inline code', input: 'Call `Leila Haddad` or ``a ` tick``.', words: ['Call', 'or', '.'] },
    { construct: 'fenced code', input: '```js\nconst x = "Oslo";\n```\n~~~\nBeirut\n~~~\nAfter.', words: ['After.'] },
    { construct: 'indented code', input: 'Text\n\n    indented code\n\nMore.', words: ['Text', 'More.'] },
    { construct: 'inline HTML and comments', input: 'A <b class="x">bold</b> word <!-- a comment --> and <br/> end.', words: ['A', 'bold', 'word', 'and', 'end.'] },
    { construct: 'HTML block whose content is no text', input: '<script>\nvar s = "Oslo";\n</script>\nAfter.', words: ['After.'] },
    {
      construct: 'autolinks and bare web addresses',
      input: 'Visit <https://example.com/Oslo> or <mail@example.com> or www.example.com/Beirut, or https://example.com/Dakar.',
      words: ['Visit', 'or', 'or', ',', 'or', '.'],
    },
    { construct: 'table', input: '| Name | City |\n| --- | :---: |\n| Leila Haddad | Beirut |', words: ['Name', 'City', 'Leila', 'Haddad', 'Beirut'] },
    { construct: 'footnote reference and definition', input: 'A note[^1].\n\n[^1]: The note text.', words: ['A', 'note', '.', 'The', 'note', 'text.'] },
    { construct: 'backslash escapes and a hard break', input: 'Escaped \\*stars\\* and a hard\\\nbreak.', words: ['Escaped', '*stars', '*', 'and', 'a', 'hard', 'break.'] },
    { construct: 'thematic breaks', input: 'Before\n\n***\n\n- - -\n\nAfter', words: ['Before', 'After'] },
    { construct: 'characters that are not syntax here', input: 'snake_case_name, 5 * 3, [sic], 2 < 3, mail@example.com', words: ['snake_case_name,', '5', '*', '3,', '[sic],', '2', '<', '3,', 'mail@example.com'] },
    { construct: 'a number opening a line inside a paragraph', input: 'He was born in\n1990. Then he moved.', words: ['He', 'was', 'born', 'in', '1990.', 'Then', 'he', 'moved.'] },
  ];
  for (const c of cases) {
    it(c.construct, () => {
      assert.deepStrictEqual(words(c.input), c.words);
      assertSameShape(c.input, proseView(c.input).prose);
    });
  }

  it('keeps the pipes between table cells in the view for names', () => {
    const text = '| Name | City |\n|---|---|\n| Leila Haddad | Beirut |';
    const { names } = proseView(text);
    assert.strictEqual(names.split('|').length, text.split('|').length - 3);
    assert.ok(!names.includes('---'));
  });
});

/** Every mention, speaker and cue reads the same in the text and in its prose view: it holds no syntax. */
function assertNoSyntax(text: string, analysis: Analysis): void {
  const { prose } = proseView(text);
  const clean = (span: Span & { text: string }, what: string) => {
    assert.strictEqual(text.slice(span.start, span.end), span.text, `${what} text`);
    assert.strictEqual(prose.slice(span.start, span.end), span.text, `${what} ${JSON.stringify(span.text)} holds syntax`);
    assert.doesNotMatch(span.text, /:\/\/|www\./, `${what} ${JSON.stringify(span.text)} holds a web address`);
  };
  for (const e of analysis.entities) {
    e.mentions.forEach((m) => clean(m, 'mention'));
    for (const role of e.roles) assert.doesNotMatch(role, /[|*_[\]()<>`#]/, `role ${JSON.stringify(role)}`);
  }
  for (const q of analysis.quotes) {
    if (q.speaker) clean(q.speaker, 'speaker');
    if (q.cue) clean(q.cue, 'cue');
    clean(q, 'quote');
  }
  analysis.scareQuotes.forEach((s) => clean(s, 'scare quote'));
}

describe('Markdown articles: no entity, quote or speaker holds syntax or a web address', () => {
  const cases: { construct: string; input: string; mentions?: string[]; quotes?: string[]; absent?: string[] }[] = [
    {
      construct: 'inline links around names',
      input: 'Defence Minister [Leila Haddad](https://en.wikipedia.org/wiki/Leila_Haddad) arrived in [Strasbourg](https://en.wikipedia.org/wiki/Strasbourg) on Monday.',
      mentions: ['person:Leila Haddad', 'place:Strasbourg'],
    },
    { construct: 'an image with a name in its alt text', input: 'Leila Haddad spoke.\n\n![Leila Haddad in Beirut](https://example.com/Oslo.jpg)', mentions: ['person:Leila Haddad', 'place:Beirut'], absent: ['Oslo'] },
    {
      construct: 'reference links and definitions',
      input: 'Minister [Leila Haddad][haddad] flew to [Beirut][].\n\n[haddad]: https://example.com/Oslo\n[beirut]: https://example.com/beirut "Dakar"',
      mentions: ['person:Leila Haddad', 'place:Beirut'],
      absent: ['Oslo', 'Dakar'],
    },
    { construct: 'emphasis and strong', input: '**Olaf Berg** met *Amina Diallo* in __Oslo__ on Monday.', mentions: ['person:Olaf Berg', 'person:Amina Diallo', 'place:Oslo'] },
    { construct: 'a heading', input: '## Berg visits Oslo ##\n\nOlaf Berg arrived in Oslo on Monday.', mentions: ['person:Olaf Berg', 'place:Oslo'] },
    { construct: 'list items', input: 'The delegation:\n\n- Olaf Berg, the trade minister\n- Amina Diallo\n1. Leila Haddad', mentions: ['person:Olaf Berg', 'person:Amina Diallo', 'person:Leila Haddad'] },
    { construct: 'a quote in a block quote', input: 'Olaf Berg arrived.\n\n> "We will not sign this deal," Olaf Berg said.', quotes: ['"We will not sign this deal,"'] },
    { construct: 'a quote in emphasis', input: 'Olaf Berg arrived.\n\n*"We will not sign this deal,"* Berg said.', quotes: ['"We will not sign this deal,"'] },
    { construct: 'a speaker behind a link', input: '"We will not sign this deal," said [Olaf Berg](https://example.com/berg_(minister)).', quotes: ['"We will not sign this deal,"'], mentions: ['person:Olaf Berg'] },
    { construct: 'inline code', input: 'Run `Leila Haddad` first. Olaf Berg agreed.', mentions: ['person:Olaf Berg'], absent: ['Leila Haddad'] },
    { construct: 'fenced code', input: '```\n"Stop it," Leila Haddad said.\n```\n\nOlaf Berg agreed.', mentions: ['person:Olaf Berg'], absent: ['Leila Haddad'], quotes: [] },
    { construct: 'HTML', input: '<p>Olaf Berg met <b>Amina Diallo</b> in <a href="https://example.com/Dakar">Oslo</a>.</p>', mentions: ['person:Olaf Berg', 'person:Amina Diallo', 'place:Oslo'], absent: ['Dakar'] },
    { construct: 'autolinks and bare addresses', input: 'Olaf Berg arrived. The agenda is at <https://en.wikipedia.org/wiki/Strasbourg> and at www.example.com/Beirut today.', mentions: ['person:Olaf Berg'], absent: ['Strasbourg', 'Beirut'] },
    { construct: 'a table', input: '| Minister | Country |\n|---|---|\n| Olaf Berg | Norway |\n| Amina Diallo | Senegal |', mentions: ['person:Olaf Berg', 'place:Norway', 'person:Amina Diallo', 'place:Senegal'] },
    { construct: 'a footnote', input: 'Olaf Berg spoke[^1].\n\n[^1]: As reported by Amina Diallo.', mentions: ['person:Olaf Berg', 'person:Amina Diallo'] },
  ];
  for (const c of cases) {
    it(c.construct, () => {
      const analysis = markdown(c.input);
      assertNoSyntax(c.input, analysis);
      const found = analysis.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
      for (const m of c.mentions ?? []) assert.ok(found.includes(m), `${m} not in ${JSON.stringify(found)}`);
      for (const a of c.absent ?? []) assert.ok(!found.some((f) => f.includes(a)), `${a} found in ${JSON.stringify(found)}`);
      if (c.quotes) assert.deepStrictEqual(analysis.quotes.filter((q) => q.kind === 'direct').map((q) => q.text), c.quotes);
    });
  }

  it('a speaker named by a linked role keeps only the words', () => {
    const text = 'Olaf Berg arrived.\n\n"We will not sign this deal," said the [trade minister](https://example.com/minister).';
    const analysis = markdown(text);
    assertNoSyntax(text, analysis);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.speaker?.text), ['trade minister']);
  });

  it('a name that runs across syntax is left out rather than read with it', () => {
    const text = 'They met John *Smith* in Oslo.';
    const analysis = markdown(text);
    assertNoSyntax(text, analysis);
    assert.ok(analysis.entities.some((e) => e.canonical === 'Oslo'));
  });

  // A quote is one span of the text, so Markdown inside a quoted passage (or inside reported
  // speech) stays inside it; its ends are always text, and its speaker holds no syntax.
  it('syntax inside a quoted passage stays inside the quote, whose ends are text', () => {
    const text = 'Olaf Berg arrived.\n\n"We will *not* sign [this deal](https://example.com)," Berg said.';
    const [quote] = markdown(text).quotes;
    assert.strictEqual(quote.text, '"We will *not* sign [this deal](https://example.com),"');
    assert.strictEqual(quote.speaker?.text, 'Berg');
  });

  it('plain text without syntax gives the same entities and quotes as in plain format', () => {
    const text = 'Defence Minister Leila Haddad met the press in Beirut.\n\n"We will not sign this deal," Haddad said on Monday.';
    const plain = analyze(text);
    const md = markdown(text);
    assert.deepStrictEqual(md.entities, plain.entities);
    assert.deepStrictEqual(md.quotes, plain.quotes);
  });
});

/** A small deterministic PRNG so that every run checks the same generated texts. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// News words, quotation marks and every piece of Markdown syntax, in any order: what the view
// and the analysis must survive with valid offsets and no syntax in any name or speaker.
const pieces = [
  'Olaf', 'Berg', 'Oslo', 'said', 'the', 'minister', 'Mr', ' ', ' ', '\n', '\n\n', '\r\n', '.', ',', '"', '\u201c', '\u201d', "'",
  '*', '**', '_', '__', '~~', '`', '``', '```', '~~~', '[', ']', '(', ')', '](', '![', '[^1]', '[^1]: ', ']: ', 'https://example.com/a_b', 'www.example.com',
  '<', '>', '<b>', '</b>', '<a href="x">', '<!--', '-->', '<script>', '</script>', '#', '## ', '- ', '* ', '1. ', '> ', '    ', '\t', '|', '| --- |', '---', '===',
  '\\', '\\*', '&amp;', '\ud83d\udc4b', '\u0645',
];

describe('Markdown (property over generated documents)', () => {
  it('the view keeps every offset, and every span of the analysis matches its text and holds no syntax', () => {
    const rand = prng(11);
    for (let run = 0; run < 400; run++) {
      let text = '';
      const length = Math.floor(rand() * 60);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.4 ? ' ' : '');
      const view = proseView(text);
      assertSameShape(text, view.prose);
      assert.strictEqual(view.names.length, text.length);
      const analysis = markdown(text);
      assert.strictEqual(analysis.length, text.length);
      assertNoSyntaxAtEnds(text, view.prose, analysis);
    }
  });
});

/** Mentions, speakers and cues hold no syntax; quotes neither start nor end on it; every text matches its span. */
function assertNoSyntaxAtEnds(text: string, prose: string, analysis: Analysis): void {
  const matches = (span: Span & { text: string }, what: string) => {
    assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} in ${JSON.stringify(text)}`);
    assert.strictEqual(text.slice(span.start, span.end), span.text, `${what} in ${JSON.stringify(text)}`);
  };
  const prosaic = (span: Span & { text: string }, what: string) => {
    matches(span, what);
    assert.strictEqual(prose.slice(span.start, span.end), span.text, `${what} ${JSON.stringify(span.text)} holds syntax in ${JSON.stringify(text)}`);
  };
  for (const e of analysis.entities) e.mentions.forEach((m) => prosaic(m, 'mention'));
  for (const q of analysis.quotes) {
    matches(q, 'quote');
    assert.ok(prose[q.start] === text[q.start] && prose[q.end - 1] === text[q.end - 1], `quote ${JSON.stringify(q.text)} starts or ends on syntax in ${JSON.stringify(text)}`);
    if (q.speaker) prosaic(q.speaker, 'speaker');
    if (q.cue) prosaic(q.cue, 'cue');
  }
  analysis.scareQuotes.forEach((s) => matches(s, 'scare quote'));
}

describe('proseView grows linearly on hostile Markdown', () => {
  const families: { name: string; make: (n: number) => string }[] = [
    { name: 'a long emphasis run on both sides of a word', make: (n) => `${'*'.repeat(n / 2)}a${'*'.repeat(n / 2)}` },
    { name: 'link targets that never close', make: (n) => '[a]('.repeat(n / 4) },
    { name: 'link titles that never close', make: (n) => '[a](b ('.repeat(n / 7) },
    { name: 'nested brackets', make: (n) => `${'['.repeat(n / 2)}a${']'.repeat(n / 2)}` },
    { name: 'unclosed link targets before closing brackets', make: (n) => `${'[a]('.repeat(n / 8)}${')'.repeat(n / 2)}` },
    { name: 'backtick runs of many lengths', make: (n) => Array.from({ length: n / 26 }, (_, i) => `${'`'.repeat((i % 24) + 1)}a`).join('') },
    { name: 'HTML attributes that never close', make: (n) => '<a x="'.repeat(n / 6) },
    { name: 'comments that never close', make: (n) => 'x <!-- '.repeat(n / 7) },
    { name: 'deeply nested block quotes and lists', make: (n) => Array.from({ length: n / 80 }, (_, i) => `${'> '.repeat(i % 30)}${'  '.repeat(i % 7)}- a\n`).join('') },
    { name: 'a long table', make: (n) => `| a | b |\n|---|---|\n${'| c | d |\n'.repeat(n / 10)}` },
    { name: 'bare web addresses', make: (n) => 'www.a.b/c) '.repeat(n / 11) },
  ];
  for (const f of families) {
    it(f.name, () => {
      assertGrowsLinearly(f.name, f.make, proseView, 4000);
    });
  }
});

describe('the command-line tool reads .md and .markdown files as Markdown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-md-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const article = 'Olaf Berg arrived in [Strasbourg](https://en.wikipedia.org/wiki/Strasbourg) on Monday.\n';
  const cases: { file: string; place: string }[] = [
    { file: 'a.md', place: 'Strasbourg' },
    { file: 'b.MARKDOWN', place: 'Strasbourg' },
    { file: 'c.txt', place: 'Strasbourg](https://en.wikipedia.org/wiki/Strasbourg' },
  ];
  for (const c of cases) {
    it(c.file, () => {
      const file = path.join(dir, c.file);
      fs.writeFileSync(file, article);
      const r = spawnSync(process.execPath, [path.resolve(__dirname, '..', '..', 'src', 'cli.js'), '--json', file], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      const [result] = JSON.parse(r.stdout).results as { entities: { type: string; canonical: string }[] }[];
      assert.ok(result.entities.some((e) => e.type === 'place' && e.canonical === c.place), JSON.stringify(result.entities));
    });
  }
});
