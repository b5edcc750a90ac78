import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import type { CorrectedAnalysis } from '../../src/analysis';

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'news-annotator.news-annotator';

/** The seed article's path inside the test workspace (a scratch copy holding seeds/). */
export const SEED = 'seeds/000_9eeae5c25ec30b8d.txt';

/** Tells apart the files of this run from those of another window on the same workspace (no `process.pid` in the web host). */
export const RUN_ID = Date.now().toString(36);

/**
 * The host the tests run in, which is the extension's: `node` (the Node extension host) or `web`
 * (the web worker extension host, which has no `process`). Read from globalThis: the web test
 * bundle injects a stand-in `process` for the npm assert package.
 */
export const TEST_HOST: 'node' | 'web' = (globalThis as { process?: unknown }).process === undefined ? 'web' : 'node';

/** The last segment of a URI's path (no Node `path` in the web host). */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A file of the installed extension (package.json, media/...), read through vscode.workspace.fs as the web host can. */
export async function extensionFileText(...segments: string[]): Promise<string> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, ...segments)));
}

/** Activates the extension and returns its API. */
export async function api(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** A file of the test workspace, which tests may edit: a scratch copy made by the runner. */
export function workspaceFile(name: string): vscode.Uri {
  // Files under articles/ match the default article globs.
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Writes a file into the test workspace (when content is given) and opens it in an editor. */
export async function openWorkspaceFile(name: string, content?: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  if (content !== undefined) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  if (content !== undefined) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Waits for the analysis of the document's current version: an event, never a sleep. */
export async function analysisOf(document: vscode.TextDocument): Promise<CorrectedAnalysis> {
  const a = await (await api()).analyze(document);
  assert.ok(a, `no analysis for ${document.uri.toString()}`);
  return a;
}

/** Resolves when the extension fires onDidAnalyze for exactly this version of the document (a complete analysis). */
export async function nextAnalysis(document: vscode.TextDocument, version: number): Promise<CorrectedAnalysis> {
  const ext = await api();
  return new Promise<CorrectedAnalysis>((resolve) => {
    const sub = ext.onDidAnalyze((e) => {
      if (e.document === document && e.version === version && !e.analysis.partial) {
        sub.dispose();
        resolve(e.analysis);
      }
    });
  });
}

/** Resolves with the first complete analysis of this version of the document that satisfies `test` (analyses begun before a settings change may report first). */
export async function analysisWhere(document: vscode.TextDocument, version: number, test: (a: CorrectedAnalysis) => boolean): Promise<CorrectedAnalysis> {
  const ext = await api();
  return new Promise<CorrectedAnalysis>((resolve) => {
    const sub = ext.onDidAnalyze((e) => {
      if (e.document === document && e.version === version && !e.analysis.partial && test(e.analysis)) {
        sub.dispose();
        resolve(e.analysis);
      }
    });
  });
}

/** Closes every editor, so that each test starts from the same window. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of a hover as plain Markdown. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
