import * as vscode from 'vscode';

/** Base of every object that owns registrations: disposing it disposes them, newest first. */
export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  /** Takes ownership of a disposable and returns it, so it can be used inline. */
  protected register<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) {
      item.dispose();
    } else {
      this.owned.push(item);
    }
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    while (this.owned.length) {
      this.owned.pop()?.dispose();
    }
  }
}
