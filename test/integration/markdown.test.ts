import * as assert from 'assert';
import { analysisOf, closeAll, openWorkspaceFile } from './helpers';

/** A Markdown article with links, emphasis, headings, a list, a block quote, code, HTML and a table. */
const ARTICLE = [
  '# Trade talks in [Strasbourg](https://en.wikipedia.org/wiki/Strasbourg)',
  '',
  '*By our correspondent* | <span class="date">Monday</span>',
  '',
  'Trade Minister [Olaf Berg](https://en.wikipedia.org/wiki/Olaf_Berg) met **Amina Diallo** of the',
  '[European Commission][ec] in Strasbourg on Monday.',
  '',
  '> "We will not sign this deal," Berg said after the meeting.',
  '',
  '"The talks will go on," said [Amina Diallo](https://example.com/people/amina_diallo).',
  '',
  '## Who was there',
  '',
  '- Olaf Berg, the trade minister',
  '- Amina Diallo',
  '',
  '| Delegate | Country |',
  '|---|---|',
  '| Olaf Berg | Norway |',
  '',
  'The statement is at <https://example.com/statement> and `docs/Leila Haddad.txt`.',
  '',
  '```',
  '"Not a quote," Leila Haddad said.',
  '```',
  '',
  '[ec]: https://ec.europa.eu/ "European Commission"',
  '',
].join('\n');

/** Markdown syntax that no name, quote or speaker may hold, and web addresses. */
const SYNTAX = /[[\]()*_#>`|<]|:\/\/|www\./;

describe('Markdown articles in the editor', () => {
  afterEach(closeAll);

  it('no entity, quote or speaker holds Markdown syntax or a web address', async () => {
    const editor = await openWorkspaceFile('articles/trade-talks.md', ARTICLE);
    assert.strictEqual(editor.document.languageId, 'markdown');
    const analysis = await analysisOf(editor.document);
    const text = editor.document.getText();
    const spans = [
      ...analysis.entities.flatMap((e) => e.mentions.map((m) => ({ what: `${e.type} mention`, ...m }))),
      ...analysis.quotes.flatMap((q) => [q.speaker && { what: 'speaker', ...q.speaker }, q.cue && { what: 'cue', ...q.cue }, { what: 'quote', ...q }]),
    ].filter((s) => s !== undefined);
    for (const s of spans) {
      assert.strictEqual(text.slice(s.start, s.end), s.text, `${s.what} offsets`);
      // Quotes are checked whole: none in this article has syntax inside its quoted passage.
      assert.doesNotMatch(s.text, SYNTAX, `${s.what} ${JSON.stringify(s.text)}`);
    }

    const names = analysis.entities.map((e) => `${e.type}:${e.canonical}`);
    for (const expected of ['place:Strasbourg', 'person:Olaf Berg', 'person:Amina Diallo', 'organization:European Commission', 'place:Norway']) {
      assert.ok(names.includes(expected), `${expected} not in ${JSON.stringify(names)}`);
    }
    assert.ok(!names.some((n) => n.includes('Leila Haddad')), 'a name from code was taken as an entity');
    assert.deepStrictEqual(
      analysis.quotes.filter((q) => q.kind === 'direct').map((q) => q.text),
      ['"We will not sign this deal,"', '"The talks will go on,"'],
    );
    const diallo = analysis.entities.find((e) => e.canonical === 'Amina Diallo');
    assert.strictEqual(analysis.quotes.find((q) => q.text.startsWith('"The talks'))?.speakerEntity, diallo?.id);
  });
});
