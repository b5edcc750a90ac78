/**
 * Making and changing records, for the commands and the importers: each returns a new record
 * (records are never changed in place) and keeps any field it does not know.
 */
import { anchorAt } from './anchor';
import {
  ActionName,
  AnnotationRecord,
  AnnotationsFile,
  defaultStatus,
  EntityAction,
  LexiconAction,
  LexiconFile,
  LexiconRecord,
  QuoteAction,
  RecordBase,
  Scope,
} from './model';
import type { AnnotationStatus, Span } from '../types';

/** Who makes a change and when; `at` defaults to now, `status` to what the action means (see `defaultStatus`). */
export interface Maker {
  by: string;
  at?: string;
  status?: AnnotationStatus;
  /** A given id (an import that keeps its source's ids); a random UUID by default. */
  id?: string;
}

/** A new random record id (a UUID from the platform's crypto, in Node and in browsers alike). */
export function newRecordId(): string {
  return globalThis.crypto.randomUUID();
}

function base(action: ActionName, maker: Maker): RecordBase {
  return { id: maker.id ?? newRecordId(), by: maker.by, at: maker.at ?? new Date().toISOString(), status: maker.status ?? defaultStatus(action) };
}

/** A correction of the entity mention at `span` of `text` (or, scope `article`, of its entity and every occurrence of its text). */
export function entityRecord(action: EntityAction, scope: Scope, text: string, span: Span, maker: Maker): AnnotationRecord {
  return { ...base(action.action, maker), ...action, scope, anchor: anchorAt(text, span.start, span.end) } as AnnotationRecord;
}

/** A correction of the quote at `span` of `text`. */
export function quoteRecord(action: QuoteAction, text: string, span: Span, maker: Maker): AnnotationRecord {
  return { ...base(action.action, maker), ...action, anchor: anchorAt(text, span.start, span.end) } as AnnotationRecord;
}

/** A workspace rule for every mention named `name`. */
export function lexiconRecord(action: LexiconAction, name: string, maker: Maker): LexiconRecord {
  return { ...base(action.action, maker), ...action, name } as LexiconRecord;
}

/** Undo of a correction: the record becomes a tombstone (kept, so that a merge does not bring it back). */
export function withdrawRecord<R extends RecordBase>(record: R, maker: Maker): R {
  return { ...record, deleted: true, by: maker.by, at: maker.at ?? new Date().toISOString() };
}

/** Redo of a withdrawn correction: the tombstone lives again, newer than the withdrawal. */
export function restoreRecord<R extends RecordBase>(record: R, maker: Maker): R {
  const { deleted: _deleted, ...rest } = record;
  return { ...rest, by: maker.by, at: maker.at ?? new Date().toISOString() } as R;
}

/** The file with `record` added, or put in place of the record with its id. */
export function withRecord<F extends AnnotationsFile | LexiconFile>(file: F, record: F['records'][number]): F {
  const records = file.records.filter((r) => r.id !== record.id);
  return { ...file, records: [...records, record] };
}
