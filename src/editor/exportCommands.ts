/**
 * "News: Export Annotations…" and "News: Import Annotations…": the editor's way to the export
 * formats and importers of src/analysis/exports. Exports take the article or every article of
 * the workspace, write into the export folder (setting `newsAnnotator.export.folder`) through
 * vscode.workspace.fs, and show progress over a workspace; imports turn brat, doccano and Label
 * Studio files into `<article>.annotations.json` files, merged with what is there.
 */
import * as vscode from 'vscode';
import {
  annotationsAfterImport,
  annotationsFileName,
  EXPORT_FORMATS,
  exportDocument,
  exporters,
  exportFiles,
  ImportedArticle,
  importBrat,
  importCorpus,
  IMPORT_FORMATS,
  ImportFormat,
} from '../analysis/exports';
import type { CorrectedAnalysis } from '../analysis/types';
import { analyseArticle, findArticles } from '../corpus/annotate';
import type { AnalysisRunner } from '../host/analysisRunner';
import type { AnalysisStore } from '../host/analysisStore';
import type { AnnotationFiles } from '../host/annotationFiles';
import type { ConfigService } from '../host/config';

/** Who imported annotations that do not say who made them. */
const IMPORTER = 'import';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Whether a file or folder is at `uri`. */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The name of an exported article's files: its path inside the workspace folder without extension, or its file name. */
function outName(uri: vscode.Uri): string {
  if (uri.scheme === 'untitled') return uri.path.replace(/[^\w-]/g, '_');
  const relative = vscode.workspace.asRelativePath(uri, false);
  return relative.replace(/\.[^./\\]*$/, '');
}

/** What a caller (a keybinding, a test, another extension) may fix in advance instead of being asked. */
export interface ExportArgs {
  scope?: 'article' | 'workspace';
  format?: string;
  /** What to do with files that already exist: replace or keep them; asked (once per export) when not given. */
  existing?: 'replace' | 'keep';
}

/** Thrown when the person cancels the question about existing files: the export stops. */
class ExportCancelled extends Error {}

/** The import's format and files, when a caller gives them instead of asking. */
export interface ImportArgs {
  format?: ImportFormat;
  files?: vscode.Uri[];
}

export class ExportCommands {
  constructor(
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
    private readonly runner: AnalysisRunner,
    private readonly files: AnnotationFiles,
  ) {}

  /** The folder exports go to: the setting's folder in the article's (or the first) workspace folder; else one the person picks. */
  private async targetFolder(near?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = (near && vscode.workspace.getWorkspaceFolder(near)) ?? vscode.workspace.workspaceFolders?.[0];
    if (folder) return vscode.Uri.joinPath(folder.uri, this.config.current.export.folder);
    const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, openLabel: vscode.l10n.t('Export Here'), title: vscode.l10n.t('News: export annotations into which folder?') });
    return picked?.[0];
  }

  /** "News: Export Annotations…": article or workspace, then a format (each asked unless given). */
  async exportAnnotations(args: ExportArgs = {}): Promise<void> {
    const active = vscode.window.activeTextEditor?.document;
    const articleActive = !!active && this.store.isArticle(active);
    type Scope = vscode.QuickPickItem & { scope: 'article' | 'workspace' };
    const scopes: Scope[] = [];
    if (articleActive) scopes.push({ label: vscode.l10n.t('This article'), description: fileName(active.uri), scope: 'article' });
    if (vscode.workspace.workspaceFolders?.length) scopes.push({ label: vscode.l10n.t('Every article in the workspace'), scope: 'workspace' });
    if (!scopes.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open an article or a folder of articles to export.'));
      return;
    }
    const given = scopes.find((s) => s.scope === args.scope);
    const scope = given ?? (scopes.length === 1 ? scopes[0] : await vscode.window.showQuickPick(scopes, { title: vscode.l10n.t('News: export which annotations?'), ignoreFocusOut: true }));
    if (!scope) return;
    const formats = EXPORT_FORMATS.map((name) => ({ label: name, description: exporters[name].description, name }));
    const format = formats.find((f) => f.name === args.format) ?? (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('News: export in which format?'), matchOnDescription: true, ignoreFocusOut: true }));
    if (!format) return;
    const target = await this.targetFolder(scope.scope === 'article' ? active?.uri : undefined);
    if (!target) return;
    const chosen = this.config.current.export.offsets;
    const offsets = chosen === 'default' ? undefined : chosen;
    // A file already there may hold someone's work (a .ann edited in brat): replaced only when the
    // person says so, asked once per export.
    let existing = args.existing;
    let kept = 0;
    let writtenCount = 0;
    const mayWrite = async (file: vscode.Uri): Promise<boolean> => {
      if (existing === 'replace' || !(await exists(file))) return true;
      if (!existing) {
        const replace = vscode.l10n.t('Replace');
        const keep = vscode.l10n.t('Keep Existing Files');
        const pick = await vscode.window.showWarningMessage(
          vscode.l10n.t('{0} already exists in {1}. Replace the export files that are already there?', fileName(file), vscode.workspace.asRelativePath(target)),
          { modal: true, detail: vscode.l10n.t('Keep Existing Files writes only the files that are not there yet.') },
          replace,
          keep,
        );
        if (!pick) throw new ExportCancelled();
        existing = pick === replace ? 'replace' : 'keep';
      }
      if (existing === 'keep') kept++;
      return existing === 'replace';
    };
    const write = async (uri: vscode.Uri, text: string, analysis: CorrectedAnalysis): Promise<vscode.Uri[]> => {
      const name = outName(uri);
      const files = exportFiles(format.name, exportDocument(vscode.workspace.asRelativePath(uri, false), text, analysis), offsets);
      const written: vscode.Uri[] = [];
      for (const f of files) {
        const file = vscode.Uri.joinPath(target, `${name}${f.suffix}`);
        if (!(await mayWrite(file))) continue;
        await vscode.workspace.fs.writeFile(file, encoder.encode(f.content));
        written.push(file);
        writtenCount++;
      }
      return written;
    };
    const keptNote = () => (kept ? ` ${kept === 1 ? vscode.l10n.t('1 file already there was kept.') : vscode.l10n.t('{0} files already there were kept.', kept)}` : '');
    try {
      if (scope.scope === 'article' && active) {
        const files = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('News Annotator: exporting…') }, async () => {
          const analysis = await this.store.analyzeNow(active);
          return analysis ? write(active.uri, active.getText(), analysis) : [];
        });
        const n = files.length;
        const where = vscode.workspace.asRelativePath(target);
        this.written(files[files.length - 1] ?? target, `${n === 1 ? vscode.l10n.t('News Annotator: {0} file written to {1}.', n, where) : vscode.l10n.t('News Annotator: {0} files written to {1}.', n, where)}${keptNote()}`);
        return;
      }
      await this.exportWorkspace(target, write, keptNote);
    } catch (err) {
      if (err instanceof ExportCancelled) {
        void vscode.window.showInformationMessage(
          writtenCount === 1 ? vscode.l10n.t('News Annotator: export stopped; 1 file was written before.') : vscode.l10n.t('News Annotator: export stopped; {0} files were written before.', writtenCount),
        );
        return;
      }
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the export failed: {0}', err instanceof Error ? err.message : String(err)));
    }
  }

  /**
   * Every article of the workspace (as Annotate Workspace finds them), read through
   * workspace.fs rather than opened as documents, analysed in the worker one at a time, with its
   * corrections applied as the editor applies them.
   */
  private async exportWorkspace(target: vscode.Uri, write: (uri: vscode.Uri, text: string, analysis: CorrectedAnalysis) => Promise<vscode.Uri[]>, keptNote: () => string): Promise<void> {
    const targetPath = target.path.endsWith('/') ? target.path : `${target.path}/`;
    const uris = (await findArticles(this.config)).filter((u) => !u.path.startsWith(targetPath));
    const failed: string[] = [];
    const done = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News Annotator: exporting'), cancellable: true },
      async (progress, token) => {
        let articles = 0;
        for (const uri of uris) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.l10n.t('{0} ({1} of {2})', fileName(uri), articles + 1, uris.length), increment: 100 / uris.length });
          const article = await analyseArticle(uri, this.runner, this.config, (u) => this.files.correctionsFor(u), 'export');
          if (!article) continue;
          if ('reason' in article) failed.push(`${fileName(uri)} (${article.reason})`);
          else if ((await write(uri, article.text, article.analysis)).length > 0) articles++;
        }
        return articles;
      },
    );
    const skipped = failed.length ? ` ${vscode.l10n.t('{0} could not be read: {1}.', failed.length, failed.join(', '))}` : '';
    const where = vscode.workspace.asRelativePath(target);
    const message = `${done === 1 ? vscode.l10n.t('News Annotator: {0} article exported to {1}.', done, where) : vscode.l10n.t('News Annotator: {0} articles exported to {1}.', done, where)}${skipped}${keptNote()}`;
    // Files that could not be read make it a warning; what was written can still be shown.
    if (failed.length && !done) void vscode.window.showWarningMessage(message);
    else this.written(target, message, failed.length > 0);
  }

  /** Says what an export wrote (as a warning when some files failed), with a button that shows `target` (the article's last file, or the folder) in the Explorer. */
  private written(target: vscode.Uri, message: string, warn = false): void {
    const reveal = vscode.l10n.t('Reveal in Explorer');
    void (warn ? vscode.window.showWarningMessage(message, reveal) : vscode.window.showInformationMessage(message, reveal)).then(async (pick) => {
      if (pick !== reveal) return;
      // The Explorer may not have read the new folder yet: refreshed first, it reveals the folder itself, not its parent.
      await vscode.commands.executeCommand('workbench.files.action.refreshFilesExplorer');
      await vscode.commands.executeCommand('revealInExplorer', target);
    });
  }

  /** "News: Import Annotations…": brat, doccano or Label Studio files become annotations files. */
  async importAnnotations(args: ImportArgs = {}): Promise<void> {
    const descriptions: Record<ImportFormat, string> = {
      brat: vscode.l10n.t('.ann files beside their .txt articles'),
      doccano: vscode.l10n.t('JSON Lines with texts (articles are written beside the file)'),
      labelstudio: vscode.l10n.t('JSON tasks with texts (articles are written beside the file)'),
    };
    const formats = IMPORT_FORMATS.map((f) => ({ label: f, description: descriptions[f], format: f }));
    const format = formats.find((f) => f.format === args.format) ?? (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('News: import annotations from which format?'), ignoreFocusOut: true }));
    if (!format) return;
    const filters: Record<ImportFormat, Record<string, string[]>> = {
      brat: { [vscode.l10n.t('brat annotations')]: ['ann'] },
      doccano: { [vscode.l10n.t('doccano JSON Lines')]: ['jsonl', 'json'] },
      labelstudio: { [vscode.l10n.t('Label Studio tasks')]: ['json'] },
    };
    const files = args.files ?? (await vscode.window.showOpenDialog({ canSelectMany: true, filters: filters[format.format], openLabel: vscode.l10n.t('Import'), title: vscode.l10n.t('News: import which files?') }));
    if (!files?.length) return;
    const problems: string[] = [];
    let imported = 0;
    const at = new Date().toISOString();
    for (const file of files) {
      const content = await readText(file);
      if (content === undefined) {
        problems.push(vscode.l10n.t('{0} could not be read.', fileName(file)));
        continue;
      }
      const folder = vscode.Uri.joinPath(file, '..');
      try {
        if (format.format === 'brat') {
          const txtUri = file.with({ path: file.path.replace(/\.ann$/, '') + '.txt' });
          const txt = await readText(txtUri);
          if (txt === undefined) problems.push(vscode.l10n.t('{0}, the text of {1}, could not be read.', fileName(txtUri), fileName(file)));
          else if (await this.writeImported(txtUri, importBrat(fileName(txtUri), txt, content, { by: IMPORTER, at }), false, problems)) imported++;
          continue;
        }
        for (const a of importCorpus(format.format, fileName(file), content, { by: IMPORTER, at })) {
          if ('error' in a) problems.push(a.error);
          else if (await this.writeImported(vscode.Uri.joinPath(folder, a.name), a, true, problems)) imported++;
        }
      } catch (err) {
        problems.push(vscode.l10n.t('{0}: {1}', fileName(file), err instanceof Error ? err.message : String(err)));
      }
    }
    const summary =
      imported === 1
        ? vscode.l10n.t('News Annotator: annotations imported for {0} article.', imported)
        : vscode.l10n.t('News Annotator: annotations imported for {0} articles.', imported);
    if (problems.length) void vscode.window.showWarningMessage(`${summary} ${problems.join(' ')}`);
    else void vscode.window.showInformationMessage(summary);
  }

  /** Writes an imported article (when it is new) and merges its records into its annotations file; false with a problem noted otherwise. */
  private async writeImported(article: vscode.Uri, a: ImportedArticle, writeText: boolean, problems: string[]): Promise<boolean> {
    if (writeText) {
      const existing = await readText(article);
      if (existing !== undefined && existing !== a.text) {
        problems.push(vscode.l10n.t('{0} exists with another text: nothing imported for it.', fileName(article)));
        return false;
      }
      if (existing === undefined) await vscode.workspace.fs.writeFile(article, encoder.encode(a.text));
    }
    const target = article.with({ path: annotationsFileName(article.path) });
    const merged = annotationsAfterImport(await readText(target), a.records);
    if (!merged.ok) {
      problems.push(vscode.l10n.t('{0} cannot be read, so it is left as it is ({1})', fileName(target), merged.error));
      return false;
    }
    await vscode.workspace.fs.writeFile(target, encoder.encode(merged.content));
    return true;
  }
}
