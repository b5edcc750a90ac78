import * as vscode from 'vscode';

/** The scheme annotations files name their schema under (`news-annotator:/schemas/annotations-1.schema.json`). */
export const SCHEMA_SCHEME = 'news-annotator';

/**
 * Serves the JSON Schemas of annotations files and the lexicon, read-only, from media/schemas/:
 * a file's `$schema` wins over `contributes.jsonValidation` in VS Code, so the URI it names must
 * resolve, offline and without a network fetch. `/schemas/<name>-<version>.schema.json` maps to
 * `media/schemas/<name>.schema.json` (version 1 is the only one there is).
 */
export class SchemaFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  private source(uri: vscode.Uri): vscode.Uri {
    const match = /^\/schemas\/(annotations|lexicon)-1\.schema\.json$/.exec(uri.path);
    if (!match) throw vscode.FileSystemError.FileNotFound(uri);
    return vscode.Uri.joinPath(this.extensionUri, 'media', 'schemas', `${match[1]}.schema.json`);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    if (uri.path === '/' || uri.path === '/schemas') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    const stat = await vscode.workspace.fs.stat(this.source(uri));
    return { ...stat, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(this.source(uri));
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (uri.path === '/') return [['schemas', vscode.FileType.Directory]];
    if (uri.path === '/schemas') return [['annotations-1.schema.json', vscode.FileType.File], ['lexicon-1.schema.json', vscode.FileType.File]];
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}
