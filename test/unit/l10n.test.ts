/**
 * Localisation: every text a person reads in package.json is a %key% of package.nls.json, every
 * `vscode.l10n.t` / `l10n.t` message of src/ is in l10n/bundle.l10n.json, the pseudo-locale files
 * are current, and the UI code passes no plain text where VS Code shows it. Each failure says
 * what to run (`npm run l10n`, test/tools/l10n.ts).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { escapeProblems, expectedFiles, FIX, manifestProblems, plainTextProblems, projectRoot, pseudoLocalise, userFacingSlots } from '../tools/l10n';

const read = (name: string) => fs.readFileSync(path.join(projectRoot, name), 'utf8');

describe('localisation', function () {
  // The exporter parses every source file with tree-sitter.
  this.timeout(60_000);

  it('every user-facing string of package.json is a %key% that package.nls.json has', () => {
    const manifest = JSON.parse(read('package.json'));
    assert.ok(userFacingSlots(manifest).length > 100, 'the manifest walk found the commands, settings and views');
    assert.deepStrictEqual(manifestProblems(manifest, JSON.parse(read('package.nls.json'))), []);
  });

  it('the manifest check names plain text and missing keys', () => {
    const manifest = {
      displayName: '%displayName%',
      contributes: {
        commands: [{ command: 'newsAnnotator.x', title: 'Do X', category: '%commands.category%' }],
        views: { c: [{ id: 'newsAnnotator.v', name: '%views.gone%' }] },
      },
    };
    const problems = manifestProblems(manifest, { displayName: 'N', 'commands.category': 'News' });
    assert.strictEqual(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /contributes\.commands\[0\]\.title is the plain text "Do X".*npm run l10n/);
    assert.match(problems[1], /contributes\.views\.c\[0\]\.name is %views\.gone%, which package\.nls\.json does not have/);
  });

  it('package.nls.json, the l10n bundle and the pseudo-locale files are what `npm run l10n` writes', async () => {
    for (const [name, text] of await expectedFiles()) {
      const actual = fs.existsSync(path.join(projectRoot, name)) ? read(name) : '(missing)';
      assert.ok(actual === text, `${name} is not current: ${FIX}.`);
    }
  });

  it('the UI code passes no plain text to messages, tree rows, titles or labels', () => {
    assert.deepStrictEqual(plainTextProblems(), []);
  });

  it('no l10n.t message holds a \\u escape, which the exporter misreads', () => {
    assert.deepStrictEqual(escapeProblems(), []);
  });

  it('the plain-text check finds a message, a tree row and a title written out, and passes localised ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-l10n-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'ui.ts'),
        [
          "void vscode.window.showInformationMessage('News Annotator: done.');",
          "const item = new vscode.TreeItem('Orphaned corrections');",
          "const pick = await vscode.window.showQuickPick(items, { title: 'News: which one?' });",
          "void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: done.'));",
          "const row = new vscode.TreeItem(entity.canonical);",
          "// showInformationMessage('a comment')",
        ].join('\n'),
      );
      const problems = plainTextProblems(dir, ['ui.ts']);
      assert.deepStrictEqual(problems.map((p) => p.split(':')[1]), ['1', '2', '3'], problems.join('\n'));
      assert.match(problems[0], /vscode\.l10n\.t.*npm run l10n/s);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pseudo-localisation wraps every line and link label, keeping placeholders and link targets', () => {
    assert.strictEqual(pseudoLocalise('Open {0} now'), '[!! Open {0} now !!]');
    assert.strictEqual(pseudoLocalise('$(sync~spin) News'), '[!! $(sync~spin) News !!]');
    assert.strictEqual(
      pseudoLocalise('Read this.\n[Open Demo](command:x.openDemo)\nOr [run](command:y) it.'),
      '[!! Read this. !!]\n[!! Open Demo !!](command:x.openDemo)\n[!! Or !!] [!! run !!](command:y) [!! it. !!]',
    );
    assert.strictEqual(pseudoLocalise('  indented'), '  [!! indented !!]');
  });
});
