import * as vscode from 'vscode';

/** The command line that runs the CLI shipped inside the installed extension; `undefined` where it has no local file (VS Code for the Web). */
export function cliCommandLine(extensionUri: vscode.Uri): string | undefined {
  if (extensionUri.scheme !== 'file') return undefined;
  return `node "${vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath}"`;
}

/** "News: Copy Command-Line Path": puts `node "<extension>/dist/cli.js"` on the clipboard, ready for a terminal. */
export async function copyCliPath(extensionUri: vscode.Uri): Promise<void> {
  const line = cliCommandLine(extensionUri);
  if (!line) {
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: the command-line tool runs only where the extension is installed on disk (desktop VS Code or a remote), not in VS Code for the Web.'));
    return;
  }
  await vscode.env.clipboard.writeText(line);
  const open = vscode.l10n.t('Open Terminal');
  // Not awaited: the command is done once the line is on the clipboard.
  void vscode.window
    .showInformationMessage(vscode.l10n.t('News Annotator: copied {0}. Paste it into a terminal (Node.js 20 or later) and add files or folders of articles, or --help.', line), open)
    .then((answer) => {
      if (answer === open) vscode.window.createTerminal({ name: 'News Annotator' }).show();
    });
}
