import * as vscode from 'vscode';
import { binaryReason } from '../analysis/textCheck';
import type { AnalysisRunner } from '../host/analysisRunner';
import { analysisOptions, ConfigService } from '../host/config';
import { plural } from '../editor/text';
import { Corpus, summarize } from './model';

/** File name endings of articles: the plain-text and Markdown files the editor annotates. */
const ARTICLE_ENDINGS = ['.txt', '.text', '.md', '.markdown'];
const MARKDOWN_ENDINGS = ['.md', '.markdown'];

/** What one run of **News: Annotate Workspace** did. */
export interface AnnotateOutcome {
  annotated: number;
  /** Articles that could not be read or analysed, with why. */
  failed: Array<{ uri: string; reason: string }>;
  cancelled: boolean;
}

/**
 * Every article of the workspace: files matching each folder's `newsAnnotator.articleGlobs` with
 * an article's ending, sorted by path; none from the export folder (an exported brat `.txt` is a
 * copy of an article, not another one).
 */
export async function findArticles(config: ConfigService): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const settings = config.forDocument(folder.uri);
    const exported = `${vscode.Uri.joinPath(folder.uri, settings.export.folder).toString()}/`;
    for (const glob of settings.articleGlobs) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) {
        if (ARTICLE_ENDINGS.some((e) => uri.path.toLowerCase().endsWith(e)) && !uri.toString().startsWith(exported)) found.set(uri.toString(), uri);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** The article's text: the open document's (with unsaved edits) or the file's, or why it is not text. */
async function readArticle(uri: vscode.Uri): Promise<{ text: string } | { reason: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  let text: string;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (err) {
    return { reason: err instanceof TypeError ? 'not UTF-8 text' : err instanceof Error ? err.message : String(err) };
  }
  const binary = binaryReason(text);
  return binary ? { reason: binary } : { text };
}

/**
 * Analyses every article of the workspace, one at a time in the analysis worker, keeping a
 * summary of each in the corpus (never the texts), with a cancellable progress notification.
 */
export async function annotateWorkspace(corpus: Corpus, runner: AnalysisRunner, config: ConfigService, changed: () => void): Promise<AnnotateOutcome> {
  const outcome: AnnotateOutcome = { annotated: 0, failed: [], cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'News: Annotating the workspace', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'finding articles\u2026' });
      const articles = await findArticles(config);
      corpus.clear();
      changed();
      for (let i = 0; i < articles.length; i++) {
        if (token.isCancellationRequested) break;
        const uri = articles[i];
        const label = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
        progress.report({ message: `${i + 1} of ${articles.length}: ${label}`, increment: i === 0 ? 0 : 100 / articles.length });
        const read = await readArticle(uri);
        if ('reason' in read) {
          outcome.failed.push({ uri: uri.toString(), reason: read.reason });
          continue;
        }
        const options = analysisOptions(config.forDocument(uri), MARKDOWN_ENDINGS.some((e) => uri.path.toLowerCase().endsWith(e)) ? 'markdown' : 'plaintext');
        try {
          // One key for every article: this run waits for each result before sending the next.
          const analysis = await runner.analyze(`corpus:${uri.toString()}`, read.text, options);
          if (!analysis) continue;
          corpus.set(summarize(uri.toString(), label, read.text, analysis));
          outcome.annotated++;
          changed();
        } catch (err) {
          outcome.failed.push({ uri: uri.toString(), reason: err instanceof Error ? err.message : String(err) });
        }
      }
      outcome.cancelled = token.isCancellationRequested;
    },
  );
  return outcome;
}

/** The message shown when a run ends. */
export function outcomeMessage(o: AnnotateOutcome): string {
  const failed = o.failed.length ? ` ${plural(o.failed.length, 'file')} could not be annotated: ${o.failed.map((f) => `${decodeURIComponent(f.uri.slice(f.uri.lastIndexOf('/') + 1))} (${f.reason})`).join(', ')}.` : '';
  if (o.cancelled) return `News Annotator: stopped after ${plural(o.annotated, 'article')}; the Corpus view shows those.${failed}`;
  if (!o.annotated && !o.failed.length) return 'News Annotator: no articles in this workspace (files matching newsAnnotator.articleGlobs, plain text or Markdown).';
  return `News Annotator: annotated ${plural(o.annotated, 'article')}.${failed}`;
}
