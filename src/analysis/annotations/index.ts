/**
 * The pure core of corrections, one facade for the editor, the worker, the CLI and the exports:
 * the data model of annotations files and the lexicon (model.ts), reading and writing them
 * (file.ts), merging two versions (merge.ts), making and withdrawing records (records.ts),
 * anchoring and re-anchoring (anchor.ts), applying corrections to an analysis (apply.ts) and
 * review progress (review.ts). No vscode, no Node built-ins: it runs in a browser worker too.
 */
export * from './model';
export { parseAnnotations, parseLexicon, serializeAnnotations, serializeLexicon, emptyAnnotations, emptyLexicon, isAnnotationRecord, isLexiconRecord } from './file';
export { afterWrite, mergeAnnotations, mergeLexicon, mergeRecords, newerRecord } from './merge';
export { Maker, newRecordId, entityRecord, quoteRecord, lexiconRecord, withdrawRecord, restoreRecord, withRecord } from './records';
export { textHash, anchorAt, TextChange, EditEffect, mapAnchor, mapRecords, MappedRecords, refreshAnchor, Placement, AnchorText, reanchor, reanchorRecords, ReanchoredRecords } from './anchor';
export { Corrections, applyCorrections, correctedAnalysis } from './apply';
export { reviewProgress, nextUnreviewed, Unreviewed } from './review';
