import * as vscode from 'vscode';
import { correctedAnalysis, Corrections } from '../analysis/annotations/apply';
import { binaryReason } from '../analysis/textCheck';
import type { CorrectedAnalysis } from '../analysis/types';
import type { AnalysisRunner } from '../host/analysisRunner';
import { analysisOptions, ConfigService } from '../host/config';
import { byCount } from '../editor/text';
import { Corpus, summarize } from './model';

/** File name endings of articles: the plain-text and Markdown files the editor annotates. */
const ARTICLE_ENDINGS = ['.txt', '.text', '.md', '.markdown'];
const MARKDOWN_ENDINGS = ['.md', '.markdown'];

/** What one run of **News: Annotate Workspace** did. */
export interface AnnotateOutcome {
  annotated: number;
  /** Articles that could not be read or analysed, with why. */
  failed: Array<{ uri: string; reason: string }>;
  /** Articles annotated without their corrections, because their annotations file (or the lexicon) could not be read, with why. */
  uncorrected: Array<{ uri: string; reason: string }>;
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
  let text: string;
  if (open) {
    // An open binary file is checked too: the editor does not annotate it, so neither does the corpus.
    text = open.getText();
  } else {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch (err) {
      return { reason: err instanceof TypeError ? vscode.l10n.t('not UTF-8 text') : err instanceof Error ? err.message : String(err) };
    }
  }
  const binary = binaryReason(text);
  return binary ? { reason: binary } : { text };
}

/** Where Annotate Workspace and the workspace export get an article's corrections (host/annotationFiles: its file and the lexicon). */
export type CorrectionsOf = (article: vscode.Uri) => Promise<(Corrections & { problem?: string }) | undefined>;

/**
 * One article of the workspace as a person sees it, without opening it as a document: its text
 * (the open document's with unsaved edits, else the file's through workspace.fs), the worker's
 * analysis, and its corrections applied as the editor applies them. Undefined when the worker
 * dropped the request; a reason when the file is not a text.
 */
export async function analyseArticle(
  uri: vscode.Uri,
  runner: AnalysisRunner,
  config: ConfigService,
  correctionsOf: CorrectionsOf,
  purpose: string,
): Promise<{ text: string; analysis: CorrectedAnalysis; problem?: string } | { reason: string } | undefined> {
  const read = await readArticle(uri);
  if ('reason' in read) return read;
  const options = analysisOptions(config.forDocument(uri), MARKDOWN_ENDINGS.some((e) => uri.path.toLowerCase().endsWith(e)) ? 'markdown' : 'plaintext');
  // One key per purpose: each run waits for one result before sending the next.
  const analysis = await runner.analyze(`${purpose}:${uri.toString()}`, read.text, options);
  if (!analysis) return undefined;
  const corrections = await correctionsOf(uri);
  return { text: read.text, analysis: corrections ? correctedAnalysis(read.text, analysis, corrections) : analysis, problem: corrections?.problem };
}

/**
 * Analyses every article of the workspace, one at a time in the analysis worker, keeping a
 * summary of each in the corpus (never the texts), with a cancellable progress notification.
 * Each article's corrections are applied as the editor applies them, so the corpus counts what
 * a person sees in the article.
 */
export async function annotateWorkspace(corpus: Corpus, runner: AnalysisRunner, config: ConfigService, correctionsOf: CorrectionsOf, changed: () => void): Promise<AnnotateOutcome> {
  const outcome: AnnotateOutcome = { annotated: 0, failed: [], uncorrected: [], cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News: Annotating the workspace'), cancellable: true },
    async (progress, token) => {
      progress.report({ message: vscode.l10n.t('finding articles…') });
      const articles = await findArticles(config);
      corpus.clear();
      changed();
      for (let i = 0; i < articles.length; i++) {
        if (token.isCancellationRequested) break;
        const uri = articles[i];
        const label = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
        progress.report({ message: vscode.l10n.t('{0} of {1}: {2}', i + 1, articles.length, label), increment: i === 0 ? 0 : 100 / articles.length });
        try {
          const article = await analyseArticle(uri, runner, config, correctionsOf, 'corpus');
          if (!article) continue;
          if ('reason' in article) {
            outcome.failed.push({ uri: uri.toString(), reason: article.reason });
            continue;
          }
          corpus.set(summarize(uri.toString(), label, article.text, article.analysis));
          outcome.annotated++;
          if (article.problem) outcome.uncorrected.push({ uri: uri.toString(), reason: article.problem });
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
  const name = (f: { uri: string }) => decodeURIComponent(f.uri.slice(f.uri.lastIndexOf('/') + 1));
  const files = o.failed.map((f) => `${name(f)} (${f.reason})`).join(', ');
  const n = o.failed.length;
  // Only the names: each file's own message was already shown where it was read.
  const m = o.uncorrected.length;
  const names = o.uncorrected.map(name).join(', ');
  const uncorrected = m ? ` ${byCount(m, vscode.l10n.t('{0} article is counted without its corrections, whose file could not be read: {1}.', m, names), vscode.l10n.t('{0} articles are counted without their corrections, whose files could not be read: {1}.', m, names))}` : '';
  const failed = `${n ? ` ${byCount(n, vscode.l10n.t('{0} file could not be annotated: {1}.', n, files), vscode.l10n.t('{0} files could not be annotated: {1}.', n, files))}` : ''}${uncorrected}`;
  const articles = byCount(o.annotated, vscode.l10n.t('{0} article', o.annotated), vscode.l10n.t('{0} articles', o.annotated));
  if (o.cancelled) return `${vscode.l10n.t('News Annotator: stopped after {0}; the Corpus view shows those.', articles)}${failed}`;
  if (!o.annotated && !o.failed.length) return vscode.l10n.t('News Annotator: no articles in this workspace (files matching newsAnnotator.articleGlobs, plain text or Markdown).');
  return `${vscode.l10n.t('News Annotator: annotated {0}.', articles)}${failed}`;
}
