import * as vscode from 'vscode';
import type { CorrectedAnalysis } from './analysis/types';
import { AnalysisRunner } from './host/analysisRunner';
import { AnalysisStore } from './host/analysisStore';
// Node's platform; the browser bundle gets ./host/platform/web instead (see that folder's package.json).
import { createPlatform } from './host/platform/node';
import { AnnotationFiles } from './host/annotationFiles';
import { Author } from './host/author';
import { SCHEMA_SCHEME, SchemaFileSystem } from './host/schemaProvider';
import { CorrectionCodeActionProvider, OrphanDiagnostics } from './editor/correctionActions';
import { CorrectionCommands } from './editor/correctionCommands';
import { ConfigService } from './host/config';
import { DuplicateCodeActionProvider, DuplicateCommands } from './editor/duplicateActions';
import { DuplicateDecorator } from './editor/duplicateDecorator';
import { DuplicateDiagnostics } from './editor/duplicateDiagnostics';
import { DuplicateHoverProvider } from './editor/duplicateHover';
import { EntityCommands } from './editor/entityCommands';
import type { ExportArgs, ExportCommands, ImportArgs } from './editor/exportCommands';
import { EntityDecorator } from './editor/entityDecorator';
import { EntityHighlightProvider, EntityHoverProvider, EntityReferenceProvider, EntityRenameProvider } from './editor/entityProviders';
import { QuoteMarkCodeActionProvider, QuoteMarkDiagnostics } from './editor/quoteMarkDiagnostics';
import { documentLength, visibleSpan } from './editor/spans';
import { StatusBar } from './editor/statusBar';
import { Views } from './panel/views';
import { CorpusFeature } from './corpus';
import type { CorpusEntity } from './corpus/model';
import { EvalReports } from './panel/evalReport';
import * as l10n from '@vscode/l10n';
import { Walkthrough } from './guide/walkthrough';
import { Legend } from './guide/legend';
import { copyCliPath } from './guide/cliCommand';

/** What the extension returns from `activate`: lets tests and other extensions await results. */
export interface NewsAnnotatorApi {
  /** Fires when a document's analysis is stored, with the document version it is of. */
  onDidAnalyze: vscode.Event<{ document: vscode.TextDocument; version: number; analysis: CorrectedAnalysis }>;
  /** The complete analysis of the document's current version, analysing now if needed. */
  analyze(document: vscode.TextDocument): Promise<CorrectedAnalysis | undefined>;
  /**
   * What the editor shows for the document's current version right now, without waiting: its
   * analysis, or while a new one runs the last one mapped through the edits made since.
   */
  shown(document: vscode.TextDocument): CorrectedAnalysis | undefined;
  /** The entities of the corpus (News: Annotate Workspace), as the Corpus view lists them. */
  corpus(): CorpusEntity[];
  /** Fires when the corpus changes (an article annotated, or an open one of its articles corrected). */
  onDidChangeCorpus: vscode.Event<void>;
  /** Resolves once the document's annotations file and the workspace lexicon are read. */
  correctionsReady(document: vscode.TextDocument): Promise<void>;
  /** Where the document's corrections are kept (undefined for an untitled document). */
  annotationsFile(document: vscode.TextDocument): vscode.Uri | undefined;
}

/**
 * Every document: the providers answer only for articles (they look the document up in the
 * store), and a file of any language can be made an article with the toggle command.
 */
const SELECTOR: vscode.DocumentSelector = '*';

/** Composition root: builds the objects, wires them together, and hands every registration to the context. */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  // Text of the modules without vscode (@vscode/l10n) is read from the same bundle as vscode.l10n.t's.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const platform = createPlatform(context);
  const config = new ConfigService();
  const files = new AnnotationFiles(config);
  const runner = new AnalysisRunner(platform.workerScript, { createWorker: platform.createWorker });
  const store = new AnalysisStore(config, runner, context.workspaceState, { visibleSpan, length: documentLength }, files);
  const duplicates = new DuplicateCommands(store);
  const entities = new EntityCommands(store, config);
  // Exports and imports (their formats, csv-stringify, the annotations file code) load on first use, so activation stays cheap.
  let exporter: ExportCommands | undefined;
  const exports = (): ExportCommands => (exporter ??= new (platform.exportCommands().ExportCommands)(store, config, runner, files));
  const corpus = new CorpusFeature(runner, config, store, files);
  const walkthrough = new Walkthrough(store, files.onDidPut);
  const analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; version: number; analysis: CorrectedAnalysis }>();

  context.subscriptions.push(
    config,
    files,
    store,
    walkthrough,
    new CorrectionCommands(store, files, new Author(config, platform.accountName), config),
    new OrphanDiagnostics(store, config),
    vscode.workspace.registerFileSystemProvider(SCHEMA_SCHEME, new SchemaFileSystem(context.extensionUri), { isReadonly: true }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new CorrectionCodeActionProvider(store), { providedCodeActionKinds: CorrectionCodeActionProvider.kinds }),
    analyzed,
    store.onDidChange((e) => {
      // The analysis as shown: corrections applied.
      const analysis = e.state.kind === 'ready' && store.get(e.document);
      if (analysis && e.state.kind === 'ready') analyzed.fire({ document: e.document, version: e.state.version, analysis });
    }),
    new DuplicateDecorator(store, config, context.extensionUri),
    new DuplicateDiagnostics(store, config),
    new QuoteMarkDiagnostics(store, config),
    new EntityDecorator(store, config),
    new StatusBar(store, config),
    new Views(store, config),
    corpus,
    new EvalReports(runner, config),
    new Legend(config, context.extensionUri),
    vscode.languages.registerHoverProvider(SELECTOR, new DuplicateHoverProvider(store)),
    vscode.languages.registerHoverProvider(SELECTOR, walkthrough.watchHover(new EntityHoverProvider(store, config))),
    vscode.languages.registerDocumentHighlightProvider(SELECTOR, new EntityHighlightProvider(store, config)),
    vscode.languages.registerReferenceProvider(SELECTOR, new EntityReferenceProvider(store, config)),
    vscode.languages.registerRenameProvider(SELECTOR, new EntityRenameProvider(store)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new DuplicateCodeActionProvider(store), {
      providedCodeActionKinds: DuplicateCodeActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new QuoteMarkCodeActionProvider(store), {
      providedCodeActionKinds: QuoteMarkCodeActionProvider.kinds,
    }),
    vscode.commands.registerCommand('newsAnnotator.removeDuplicates', () => duplicates.removeAll()),
    vscode.commands.registerCommand('newsAnnotator.nextDuplicate', () => duplicates.goTo(1)),
    vscode.commands.registerCommand('newsAnnotator.previousDuplicate', () => duplicates.goTo(-1)),
    vscode.commands.registerCommand('newsAnnotator.toggleAnnotation', () => toggleAnnotation(store)),
    vscode.commands.registerCommand('newsAnnotator.openDemo', (where?: 'beside') => openDemo(store, context.extensionUri, where)),
    vscode.commands.registerCommand('newsAnnotator.toggleEntityHighlights', () => entities.toggleHighlights()),
    vscode.commands.registerCommand('newsAnnotator.chooseEntityTypes', () => entities.chooseTypes()),
    vscode.commands.registerCommand('newsAnnotator.nextMention', () => entities.goToMention(1)),
    vscode.commands.registerCommand('newsAnnotator.previousMention', () => entities.goToMention(-1)),
    vscode.commands.registerCommand('newsAnnotator.exportAnnotations', (args?: ExportArgs) => exports().exportAnnotations(args)),
    vscode.commands.registerCommand('newsAnnotator.copyCliPath', () => copyCliPath(context.extensionUri)),
    vscode.commands.registerCommand('newsAnnotator.importAnnotations', (args?: ImportArgs) => exports().importAnnotations(args)),
  );

  return {
    onDidAnalyze: analyzed.event,
    analyze: async (document) => {
      if (store.isArticle(document)) await files.ready(document);
      return store.analyzeNow(document);
    },
    shown: (document) => store.get(document),
    correctionsReady: (document) => files.ready(document),
    annotationsFile: (document) => files.fileOf(document),
    corpus: () => corpus.corpus.entities(),
    onDidChangeCorpus: corpus.onDidChange,
  };
}

/** "News: Toggle Annotation for This File": on or off whatever the file's name, per workspace. */
async function toggleAnnotation(store: AnalysisStore): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open a text file first.'));
    return;
  }
  const on = !store.isArticle(document);
  await store.setArticle(document, on);
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
  void vscode.window.showInformationMessage(
    on ? vscode.l10n.t('News Annotator: annotation on for {0}.', name) : vscode.l10n.t('News Annotator: annotation off for {0}.', name),
  );
}

/** "News: Open Demo Article": the bundled seed article, as an untitled copy so the original stays intact; `beside` (the walkthrough) keeps the current editor in view. */
async function openDemo(store: AnalysisStore, extensionUri: vscode.Uri, where?: 'beside'): Promise<void> {
  const seed = vscode.Uri.joinPath(extensionUri, 'seeds', '000_9eeae5c25ec30b8d.txt');
  const bytes = await vscode.workspace.fs.readFile(seed);
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: new TextDecoder().decode(bytes) });
  await store.setArticle(document, true);
  await vscode.window.showTextDocument(document, where === 'beside' ? vscode.ViewColumn.Beside : undefined);
}
