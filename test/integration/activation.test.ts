import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, SEED, TEST_HOST } from './helpers';

/** Polls `condition` until it holds: activation is asynchronous and has no event to await. */
async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('activation', () => {
  it('the extension is installed in the window', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  it('is active with its commands once a seed article is open (it also starts after startup, for toggled files)', async () => {
    // The workspace is a temp copy holding seeds/ (see test/tools/codeServer.ts), so search it.
    const [uri] = await vscode.workspace.findFiles(`**/${SEED}`, undefined, 1);
    assert.ok(uri, `${SEED} is not in the test workspace`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // Not extension.activate(): that would activate it regardless of its activation events.
    await waitFor(() => extension.isActive, 30_000, `${EXTENSION_ID} to activate`);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newsAnnotator.removeDuplicates'), 'command newsAnnotator.removeDuplicates is not registered');
  });

  it('runs in the extension host of this run: the Node host (workspace kind) or the web worker host (UI kind, no process)', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // In code-server the Node host is the remote (Workspace); the web worker runs beside the UI.
    assert.strictEqual(extension.extensionKind, TEST_HOST === 'web' ? vscode.ExtensionKind.UI : vscode.ExtensionKind.Workspace);
    assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
  });
});
