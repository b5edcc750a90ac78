import * as vscode from 'vscode';
import { ConfigService } from './config';

interface GitApi {
  repositories: Array<{ getConfig(key: string): Promise<string>; getGlobalConfig?(key: string): Promise<string> }>;
}

/**
 * The name corrections are made under: the `newsAnnotator.corrections.author` setting, else
 * git's user.name through the built-in Git extension (no shell of our own, and only in a
 * trusted workspace), else the account name, else "someone". Found once per session.
 */
export class Author {
  private fromGit: Promise<string | undefined> | undefined;

  /** `accountName`: the platform's (host/platform): the OS account on desktop, none in a browser. */
  constructor(
    private readonly config: ConfigService,
    private readonly accountName: () => string | undefined,
  ) {}

  async name(): Promise<string> {
    const set = this.config.current.corrections.author;
    if (set) return set;
    this.fromGit ??= gitUserName();
    return (await this.fromGit) || this.accountName() || 'someone';
  }
}

async function gitUserName(): Promise<string | undefined> {
  if (!vscode.workspace.isTrusted) return undefined;
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!ext) return undefined;
    const api = (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
    const repo = api.repositories[0];
    const name = repo ? (await repo.getConfig('user.name').catch(() => '')) || (await repo.getGlobalConfig?.('user.name').catch(() => '')) : undefined;
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}
