/**
 * Applying corrections to an analysis: plain data in, plain data out, so that the editor, the
 * worker, the CLI and the exports show the same corrected result. The rules are listed in
 * ARCHITECTURE.md ("Corrections") and each is a row of test/unit/annotationApply.test.ts.
 *
 * The analysis is copied into a small working model (mentions that know their entity, entities
 * that know their mentions, a name index, span indexes), every record changes that model in
 * turn, and the model is written out as an analysis again. Each step costs about the size of
 * what it touches, so 1,000 records on a 1 MB article stay well within a keystroke's pause.
 */
import { reportCaught } from '../errors';
import { AnchorText, reanchorRecords } from './anchor';
import { reviewProgress } from './review';
import { Anchor, AnnotationRecord, EntityRecord, EntityRef, isDeleted, LexiconRecord, MACHINE, nameKey, RecordBase } from './model';
import type { Analysis, AnnotationStatus, CorrectedAnalysis, Entity, EntityLabel, EntityMention, OrphanedRecord, Quote, Span, StatedGender } from '../types';

/** The corrections `analyze` and `applyCorrections` take: an article's records and the workspace lexicon's. */
export interface Corrections {
  records: readonly AnnotationRecord[];
  lexicon?: readonly LexiconRecord[];
}

interface Stamped {
  status?: AnnotationStatus;
  by?: string;
  /** Made on first use: most items are never corrected. */
  records?: string[];
}

interface WMention extends Stamped {
  start: number;
  end: number;
  text: string;
  entity: WEntity;
  live: boolean;
  /** Moved to another entity by a correction: its quotes follow it. */
  moved: boolean;
  /** The mention a person marked over this one. */
  replacedBy?: WMention;
  added: boolean;
}

interface WEntity extends Stamped {
  /** The id the analysis gave it; undefined for an entity a correction made. */
  originalId?: string;
  originalAliases: string[];
  type: string;
  canonical: string;
  roles: string[];
  /** Every mention it ever had; only those with `live` and `entity === this` are its own now. */
  mentions: WMention[];
  liveCount: number;
  rejected: boolean;
  /** Where its quotes go after all its mentions moved elsewhere or it merged. */
  mergedInto?: WEntity;
  touched: boolean;
}

interface WQuote extends Stamped {
  original: Quote;
  start: number;
  end: number;
  kind: Quote['kind'];
  live: boolean;
  /** Set by a person: the speaker entity or name; `null` when the speaker was cleared. */
  speakerSet?: { entity?: WEntity; name: string } | null;
  confidence: number;
}

/** Names searched for with indexOf before the word index pays for itself. */
const DIRECT_SEARCHES = 8;

/** Letters and digits: what a whole-word occurrence may not touch. */
const wordChar = /[\p{L}\p{N}]/u;

class Model {
  readonly entities: WEntity[] = [];
  readonly byOriginalId = new Map<string, WEntity>();
  /** The analysis's mentions in text order; they never overlap, so their ends rise with their starts. */
  private readonly baseMentions: WMention[] = [];
  /** Mentions corrections added, in text order; dead ones are taken out at once. */
  private readonly addedMentions: WMention[] = [];
  readonly mentionBySpan = new Map<number, WMention>();
  private readonly names = new Map<string, Set<WEntity>>();
  readonly quotes: WQuote[] = [];
  private readonly quoteBySpan = new Map<number, WQuote>();
  private longestQuote = 0;
  private words?: Map<string, number[]>;
  private directSearches = 0;
  /** Mention texts repeat: each is normalised once. */
  private readonly keys = new Map<string, string>();
  readonly orphans: OrphanedRecord[] = [];

  /** One number per span, cheaper than a string key; distinct for texts up to 94 million characters. */
  private readonly width: number;

  constructor(
    readonly text: string,
    analysis: Analysis<EntityLabel>,
  ) {
    this.width = text.length + 1;
    for (const e of analysis.entities) {
      const we: WEntity = {
        originalId: e.id,
        originalAliases: e.aliases,
        type: e.type,
        canonical: e.canonical,
        roles: [...e.roles],
        mentions: [],
        liveCount: 0,
        rejected: false,
        touched: false,
        status: e.status,
        by: e.by,
        records: e.records && [...e.records],
      };
      this.entities.push(we);
      this.byOriginalId.set(e.id, we);
      this.addName(we, e.canonical);
      for (const m of e.mentions) {
        const wm: WMention = { start: m.start, end: m.end, text: m.text, entity: we, live: true, moved: false, added: false, status: m.status, by: m.by, records: m.records && [...m.records] };
        we.mentions.push(wm);
        we.liveCount++;
        this.baseMentions.push(wm);
        this.mentionBySpan.set(this.spanKey(wm), wm);
        this.addName(we, m.text);
      }
    }
    this.baseMentions.sort((a, b) => a.start - b.start);
    for (const q of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
      const wq: WQuote = { original: q, start: q.start, end: q.end, kind: q.kind, live: true, confidence: q.confidence, status: q.status, by: q.by, records: q.records && [...q.records] };
      this.quotes.push(wq);
      this.quoteBySpan.set(this.spanKey(wq), wq);
      this.longestQuote = Math.max(this.longestQuote, q.end - q.start);
    }
  }

  spanKey(s: Span): number {
    return s.start * this.width + s.end;
  }

  key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.keys.set(name, key);
    }
    return key;
  }

  addName(e: WEntity, name: string): void {
    const key = this.key(name);
    const set = this.names.get(key);
    if (set) set.add(e);
    else this.names.set(key, new Set([e]));
  }

  /** Entities alive now that are called `key`: by canonical name first, then by a mention's text. */
  named(key: string): WEntity[] {
    const out: WEntity[] = [];
    for (const e of this.names.get(key) ?? []) {
      if (!alive(e)) continue;
      if (this.key(e.canonical) === key || e.mentions.some((m) => m.live && m.entity === e && this.key(m.text) === key)) out.push(e);
    }
    return out.sort((a, b) => Number(this.key(b.canonical) === key) - Number(this.key(a.canonical) === key) || b.liveCount - a.liveCount);
  }

  liveMentions(e: WEntity): WMention[] {
    return e.mentions.filter((m) => m.live && m.entity === e);
  }

  /** Live mentions overlapping `span`, from both lists. */
  overlapping(span: Span): WMention[] {
    const out: WMention[] = [];
    for (const list of [this.baseMentions, this.addedMentions]) {
      let i = firstStartAtOrAfter(list, span.end) - 1;
      for (; i >= 0 && list[i].end > span.start; i--) if (list[i].live && list[i].start < span.end) out.push(list[i]);
    }
    return out;
  }

  /** The live mention at the anchor: exactly there, else the one overlapping it most. */
  mentionAt(anchor: Anchor): WMention | undefined {
    const exact = this.mentionBySpan.get(this.spanKey(anchor));
    if (exact?.live) return exact;
    let best: WMention | undefined;
    let most = 0;
    for (const m of this.overlapping(anchor)) {
      const overlap = Math.min(m.end, anchor.end) - Math.max(m.start, anchor.start);
      if (overlap > most) {
        most = overlap;
        best = m;
      }
    }
    return best;
  }

  /** The entity the anchor stands for: its mention's, else one called by its text. */
  entityAt(anchor: Anchor): WEntity | undefined {
    return this.mentionAt(anchor)?.entity ?? this.named(this.key(anchor.exact))[0];
  }

  newEntity(type: string, canonical: string): WEntity {
    const e: WEntity = { originalAliases: [], type, canonical, roles: [], mentions: [], liveCount: 0, rejected: false, touched: true };
    this.entities.push(e);
    this.addName(e, canonical);
    return e;
  }

  moveMention(m: WMention, to: WEntity): void {
    const from = m.entity;
    if (from === to) return;
    from.liveCount--;
    from.touched = true;
    // An entity whose mentions all went elsewhere sends its quotes after them.
    if (from.liveCount === 0) from.mergedInto = to;
    m.entity = to;
    m.moved = true;
    to.mentions.push(m);
    to.liveCount++;
    to.touched = true;
    this.addName(to, m.text);
  }

  removeMention(m: WMention, replacedBy?: WMention): void {
    if (!m.live) return;
    m.live = false;
    m.replacedBy = replacedBy;
    m.entity.liveCount--;
    m.entity.touched = true;
    if (m.added) {
      let i = firstStartAtOrAfter(this.addedMentions, m.start);
      while (this.addedMentions[i] !== m) i++;
      this.addedMentions.splice(i, 1);
    }
  }

  addMention(span: Span, to: WEntity): WMention {
    const m: WMention = { start: span.start, end: span.end, text: this.text.slice(span.start, span.end), entity: to, live: true, moved: false, added: true };
    for (const other of this.overlapping(span)) this.removeMention(other, m);
    this.addedMentions.splice(firstStartAtOrAfter(this.addedMentions, m.start), 0, m);
    this.mentionBySpan.set(this.spanKey(m), m);
    to.mentions.push(m);
    to.liveCount++;
    to.touched = true;
    this.addName(to, m.text);
    return m;
  }

  mergeEntity(from: WEntity, into: WEntity): void {
    if (from === into) return;
    for (const m of this.liveMentions(from)) this.moveMention(m, into);
    for (const r of from.roles) if (!into.roles.some((x) => x.toLowerCase() === r.toLowerCase())) into.roles.push(r);
    from.mergedInto = into;
  }

  rejectEntity(e: WEntity): void {
    for (const m of this.liveMentions(e)) this.removeMention(m);
    e.rejected = true;
  }

  /**
   * Every whole-word occurrence of `name` as written. The first few names are searched for
   * directly; after that an index of the text's words is built once and each name is looked up
   * by its rarest word, so that many names cost one pass over the text, and a common first name
   * ("Sergei Shoigu") does not cost a visit to every "Sergei".
   */
  occurrences(name: string): number[] {
    const starts: number[] = [];
    const parts = [...name.matchAll(/[\p{L}\p{N}]+/gu)];
    if (parts.length && (this.words || ++this.directSearches > DIRECT_SEARCHES)) {
      const words = (this.words ??= indexWords(this.text));
      let rarest = parts[0];
      for (const p of parts) if ((words.get(p[0])?.length ?? 0) < (words.get(rarest[0])?.length ?? 0)) rarest = p;
      const offset = rarest.index ?? 0;
      for (const at of words.get(rarest[0]) ?? []) if (this.text.startsWith(name, at - offset)) starts.push(at - offset);
    } else {
      for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) starts.push(at);
    }
    return starts.filter((at) => !isWordAt(this.text, at - 1) && !isWordAt(this.text, at + name.length));
  }

  /** The live quote at the anchor: exactly there, else the one overlapping it most. */
  quoteAt(anchor: Anchor): WQuote | undefined {
    const exact = this.quoteBySpan.get(this.spanKey(anchor));
    if (exact?.live) return exact;
    let best: WQuote | undefined;
    let most = 0;
    let i = firstStartAtOrAfter(this.quotes, anchor.end) - 1;
    for (; i >= 0 && this.quotes[i].start >= anchor.start - this.longestQuote; i--) {
      const q = this.quotes[i];
      const overlap = Math.min(q.end, anchor.end) - Math.max(q.start, anchor.start);
      if (q.live && overlap > most) {
        most = overlap;
        best = q;
      }
    }
    return best;
  }

  addQuote(span: Span, kind: Quote['kind']): WQuote {
    const text = this.text.slice(span.start, span.end);
    const wq: WQuote = { original: { start: span.start, end: span.end, text, kind, confidence: 1 }, start: span.start, end: span.end, kind, live: true, confidence: 1 };
    for (let i = firstStartAtOrAfter(this.quotes, span.end) - 1; i >= 0 && this.quotes[i].start >= span.start - this.longestQuote; i--) {
      const q = this.quotes[i];
      if (q.start < span.end && span.start < q.end) q.live = false;
    }
    this.quotes.splice(firstStartAtOrAfter(this.quotes, span.start), 0, wq);
    this.quoteBySpan.set(this.spanKey(wq), wq);
    this.longestQuote = Math.max(this.longestQuote, span.end - span.start);
    return wq;
  }

  noTarget(r: RecordBase & { action: string; anchor?: Anchor; name?: string }): void {
    const a = r.anchor;
    this.orphans.push({ id: r.id, action: r.action, reason: 'no-target', start: a?.start ?? 0, end: a?.end ?? 0, text: a?.exact ?? r.name ?? '' });
  }
}

function alive(e: WEntity): boolean {
  return !e.rejected && e.liveCount > 0;
}

/**
 * The machine's stated genders under the corrected entities' ids: an entity merged into another
 * (or whose mentions all moved to it) gives it its gender; two different genders merged are
 * unknown; an entity no longer a person has none.
 */
function statedGenderOf(model: Model, stated: Record<string, StatedGender>, ids: ReadonlyMap<WEntity, string>): Record<string, StatedGender> {
  const out: Record<string, StatedGender> = {};
  const conflicting = new Set<string>();
  for (const e of model.entities) {
    const gender = e.originalId === undefined ? undefined : stated[e.originalId];
    const target = gender && settle(e);
    const id = target && alive(target) && target.type === 'person' ? ids.get(target) : undefined;
    if (!gender || !id || conflicting.has(id)) continue;
    if (out[id] && out[id] !== gender) {
      delete out[id];
      conflicting.add(id);
    } else {
      out[id] = gender;
    }
  }
  return out;
}

/** Follows merges to the entity that holds an entity's quotes now. */
function settle(e: WEntity | undefined): WEntity | undefined {
  for (let hops = 0; e?.mergedInto && hops < 1000; hops++) e = e.mergedInto;
  return e;
}

function firstStartAtOrAfter(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isWordAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // The second half of a surrogate pair is tested with its first, so that a letter outside the BMP counts.
  const from = c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
  return wordChar.test(String.fromCodePoint(text.codePointAt(from) ?? c));
}

/** Where each word (a run of letters and digits) of the text starts: one hand-written pass, ASCII first. */
function indexWords(text: string): Map<string, number[]> {
  const words = new Map<string, number[]>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordAt(text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    const list = words.get(word);
    if (list) list.push(start);
    else words.set(word, [start]);
    start = -1;
  }
  return words;
}

/** Notes a record on what it changed: its status and maker, unless it only accepts what a person already corrected. */
function stamp(item: Stamped, r: RecordBase): void {
  (item.records ??= []).push(r.id);
  if (r.status === 'accepted' && item.status === 'corrected') return;
  item.status = r.status;
  item.by = r.by;
}

function stampEntity(model: Model, e: WEntity, r: RecordBase): void {
  stamp(e, r);
  for (const m of model.liveMentions(e)) stamp(m, r);
}

/** The entity an `EntityRef` names, alive now: canonical name before other forms, the given type only. */
function resolveRef(model: Model, ref: EntityRef): WEntity | undefined {
  return model.named(model.key(ref.name)).find((e) => ref.type === undefined || e.type === ref.type);
}

/**
 * One entity of `type` holding `seed` (when given), every entity called `name`, every
 * whole-word occurrence of `name` and the anchored span (when given): what marking a name as an
 * organisation once for the article (or the workspace) means. An occurrence inside a longer
 * mention is left to it.
 */
function markEverywhere(model: Model, name: string, type: string, seed: WEntity | undefined, r: RecordBase, anchored?: Span): void {
  const key = model.key(name);
  const target = seed ?? model.named(key).find((e) => e.type === type) ?? model.newEntity(type, name);
  if (target.type !== type) {
    target.type = type;
    target.touched = true;
  }
  for (const e of model.named(key)) {
    if (e === target) continue;
    if (model.key(e.canonical) === key) model.mergeEntity(e, target);
    else for (const m of model.liveMentions(e)) if (model.key(m.text) === key) model.moveMention(m, target);
  }
  const spans = model.occurrences(name).map((at) => ({ start: at, end: at + name.length }));
  if (anchored) spans.push(anchored);
  for (const span of spans) {
    const over = model.overlapping(span);
    const same = over.find((m) => m.start === span.start && m.end === span.end);
    if (same) model.moveMention(same, target);
    // A person's own selection wins over anything it overlaps; other occurrences give way to a longer name.
    else if (span === anchored || !over.some((m) => m.start <= span.start && m.end >= span.end)) model.addMention(span, target);
  }
  if (target.liveCount === 0) return;
  stampEntity(model, target, r);
}

/** Rejects a name: entities whose canonical name it is, with all their mentions, and every other mention with that text. */
function rejectName(model: Model, key: string): void {
  for (const e of model.named(key)) {
    if (model.key(e.canonical) === key) model.rejectEntity(e);
    else for (const m of model.liveMentions(e)) if (model.key(m.text) === key) model.removeMention(m);
  }
}

function applyEntityRecord(model: Model, r: EntityRecord): void {
  const a = r.anchor;
  const m = model.mentionAt(a);
  const article = r.scope === 'article';
  const entity = article ? model.entityAt(a) : m?.entity;
  switch (r.action) {
    case 'entity.accept':
      if (article && entity) stampEntity(model, entity, r);
      else if (!article && m) stamp(m, r);
      else model.noTarget(r);
      return;
    case 'entity.reject':
      if (article) {
        if (entity) model.rejectEntity(entity);
        rejectName(model, model.key(a.exact));
      } else if (m) model.removeMention(m);
      return;
    case 'entity.type':
    case 'entity.mark': {
      if (article) {
        // Marking a span names a new entity unless one already has exactly this span or this name; a type change retypes the entity there.
        const seed = r.action === 'entity.type' ? entity : (m && m.start === a.start && m.end === a.end ? m.entity : model.named(model.key(a.exact))[0]);
        return markEverywhere(model, a.exact, r.type, seed, r, a);
      }
      let target = m && m.start === a.start && m.end === a.end ? m : undefined;
      if (!target && r.action === 'entity.type') target = m;
      if (!target) {
        const home = model.named(model.key(a.exact)).find((e) => e.type === r.type) ?? model.newEntity(r.type, a.exact);
        target = model.addMention(a, home);
      } else if (target.entity.type !== r.type) {
        const key = model.key(target.text);
        const home = model.named(key).find((e) => e.type === r.type) ?? model.newEntity(r.type, target.text);
        model.moveMention(target, home);
      }
      stamp(target.entity, r);
      stamp(target, r);
      return;
    }
    case 'entity.merge': {
      const into = resolveRef(model, r.into);
      if (!into || !entity) return model.noTarget(r);
      const moving = article ? model.liveMentions(entity) : m ? [m] : [];
      if (article) model.mergeEntity(entity, into);
      else for (const x of moving) model.moveMention(x, into);
      stamp(into, r);
      for (const x of moving) stamp(x, r);
      return;
    }
    case 'entity.split': {
      if (!entity || !m) return model.noTarget(r);
      const key = model.key(a.exact);
      const moving = article ? model.liveMentions(entity).filter((x) => model.key(x.text) === key) : [m];
      const fresh = model.newEntity(entity.type, m.text);
      for (const x of moving) {
        model.moveMention(x, fresh);
        stamp(x, r);
      }
      stamp(fresh, r);
      return;
    }
    case 'entity.canonical':
      if (!entity) return model.noTarget(r);
      entity.canonical = r.canonical;
      entity.touched = true;
      model.addName(entity, r.canonical);
      stamp(entity, r);
      return;
  }
}

function applyQuoteRecord(model: Model, r: AnnotationRecord): void {
  const a = r.anchor;
  if (r.action === 'quote.mark') {
    const existing = model.quoteAt(a);
    const q = existing && existing.start === a.start && existing.end === a.end ? existing : model.addQuote(a, r.kind);
    q.kind = r.kind;
    stamp(q, r);
    return;
  }
  const q = model.quoteAt(a);
  if (!q) {
    if (r.action !== 'quote.reject') model.noTarget(r);
    return;
  }
  switch (r.action) {
    case 'quote.reject':
      q.live = false;
      return;
    case 'quote.kind':
      q.kind = r.kind;
      break;
    case 'quote.speaker':
      q.speakerSet = { entity: resolveRef(model, r.speaker), name: r.speaker.name };
      if (r.status === 'corrected') q.confidence = 1;
      break;
    case 'quote.clearSpeaker':
      q.speakerSet = null;
      break;
  }
  stamp(q, r);
}

function applyLexiconRecord(model: Model, r: LexiconRecord): void {
  const key = model.key(r.name);
  switch (r.action) {
    case 'entity.accept':
      for (const e of model.named(key)) stampEntity(model, e, r);
      return;
    case 'entity.reject':
      return rejectName(model, key);
    case 'entity.type':
    case 'entity.mark':
      return markEverywhere(model, r.name, r.type, model.named(key)[0], r);
    case 'entity.merge': {
      const into = resolveRef(model, r.into);
      if (!into) return;
      for (const e of model.named(key)) {
        if (e === into) continue;
        if (model.key(e.canonical) === key) model.mergeEntity(e, into);
        else for (const m of model.liveMentions(e)) if (model.key(m.text) === key) model.moveMention(m, into);
      }
      if (alive(into)) stamp(into, r);
      return;
    }
    case 'entity.canonical':
      for (const e of model.named(key)) {
        e.canonical = r.canonical;
        e.touched = true;
        model.addName(e, r.canonical);
        stamp(e, r);
      }
      return;
  }
}

/** Writes the model out as an analysis: live entities with ids, quotes with their speakers settled. */
function output(model: Model, analysis: Analysis<EntityLabel>): CorrectedAnalysis {
  const live = model.entities.filter(alive);
  const ids = new Map<WEntity, string>();
  const used = new Set<string>();
  for (const e of live) {
    if (e.originalId && !e.touched) {
      ids.set(e, e.originalId);
      used.add(e.originalId);
    }
  }
  const entities: Entity<EntityLabel>[] = [];
  for (const e of live) {
    const mentions = model.liveMentions(e).sort((a, b) => a.start - b.start);
    let id = ids.get(e);
    if (!id) {
      id = `${e.type}:${e.canonical}`;
      for (let n = 2; used.has(id); n++) id = `${e.type}:${e.canonical}#${n}`;
      used.add(id);
      ids.set(e, id);
    }
    const aliases = e.touched ? [...new Set(mentions.map((m) => m.text))].filter((t) => t !== e.canonical) : e.originalAliases;
    const outMentions: EntityMention[] = mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, status: m.status ?? 'suggested', by: m.by ?? MACHINE, records: m.records }));
    entities.push({ id, type: e.type, canonical: e.canonical, aliases, roles: e.roles, mentions: outMentions, status: e.status ?? 'suggested', by: e.by ?? MACHINE, records: e.records });
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);

  const idOf = (e: WEntity | undefined) => {
    const settled = settle(e);
    return settled && alive(settled) ? ids.get(settled) : undefined;
  };
  const quotes: Quote[] = [];
  for (const q of model.quotes) {
    if (!q.live) continue;
    const o = q.original;
    let who: Pick<Quote, 'speaker' | 'speakerEntity' | 'speakerName'> = {};
    if (q.speakerSet) {
      const entity = idOf(q.speakerSet.entity) ?? idOf(resolveRef(model, { name: q.speakerSet.name }));
      const m = o.speaker && model.mentionBySpan.get(model.spanKey(o.speaker));
      if (!entity) who = { speakerName: q.speakerSet.name };
      else if (o.speaker && m?.live && idOf(m.entity) === entity) who = { speaker: o.speaker, speakerEntity: entity };
      else who = { speakerEntity: entity };
    } else if (q.speakerSet === undefined) {
      who = machineSpeaker(model, o, idOf);
    }
    // One object literal (the speaker fields overwritten, absent ones undefined) is much cheaper than rest-destructuring each quote.
    const out: Quote = { ...o, kind: q.kind, confidence: q.confidence, speaker: who.speaker, speakerEntity: who.speakerEntity, speakerName: who.speakerName, status: q.status ?? 'suggested', by: q.by ?? MACHINE, records: q.records };
    quotes.push(out);
  }
  const orphans = model.orphans.sort((a, b) => a.start - b.start || a.end - b.end);
  const result: CorrectedAnalysis = { ...analysis, entities, quotes, orphans };
  if (analysis.statedGender) result.statedGender = statedGenderOf(model, analysis.statedGender, ids);
  result.review = reviewProgress(result);
  return result;
}

/**
 * The machine's speaker of a quote after corrections: a speaker mention that was rejected takes
 * the attribution with it; one that moved to another entity takes it along; a speaker entity
 * that was rejected leaves the quote unattributed.
 */
function machineSpeaker(model: Model, q: Quote, idOf: (e: WEntity | undefined) => string | undefined): Pick<Quote, 'speaker' | 'speakerEntity'> {
  if (!q.speaker) return {};
  const m = model.mentionBySpan.get(model.spanKey(q.speaker));
  if (m && !m.live) {
    const by = m.replacedBy;
    const entity = by?.live && by.start <= m.start && by.end >= m.end ? idOf(by.entity) : undefined;
    return entity ? { speaker: q.speaker, speakerEntity: entity } : {};
  }
  if (m?.moved) {
    const entity = idOf(m.entity);
    return entity ? { speaker: q.speaker, speakerEntity: entity } : {};
  }
  if (q.speakerEntity === undefined) return { speaker: q.speaker };
  const entity = idOf(model.byOriginalId.get(q.speakerEntity));
  return entity ? { speaker: q.speaker, speakerEntity: entity } : {};
}

/** Live records, oldest first (ties by id, so that every machine applies them in one order). */
function chronological<R extends RecordBase>(records: readonly R[]): R[] {
  const timed = records.filter((r) => !isDeleted(r)).map((r) => ({ r, t: Date.parse(r.at) }));
  timed.sort((a, b) => a.t - b.t || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  return timed.map((x) => x.r);
}

/**
 * The analysis a person is shown: `corrections` applied when there are any, else the machine's
 * result with its review count (every annotation a machine guess). The store, Annotate
 * Workspace and the exports all go through here.
 */
export function correctedAnalysis(text: string, analysis: Analysis<EntityLabel>, corrections: Corrections): CorrectedAnalysis {
  return corrections.records.length || corrections.lexicon?.length
    ? applyCorrections(text, analysis, corrections.records, corrections.lexicon)
    : { ...analysis, orphans: [], review: reviewProgress(analysis) };
}

/**
 * Applies corrections to the analysis of `text`: the lexicon's rules first (oldest first), then
 * the article's records (oldest first), each re-anchored in `text` beforehand. Every entity,
 * mention and quote of the result carries its status and who made it; records that cannot take
 * effect are listed in `orphans` (never dropped); `review` counts what a person has reviewed.
 * Never throws; an analysis of another text is returned unchanged with a notice.
 */
export function applyCorrections(text: string, analysis: Analysis<EntityLabel>, records: readonly AnnotationRecord[] = [], lexicon: readonly LexiconRecord[] = []): CorrectedAnalysis {
  if (analysis.length !== text.length) {
    return { ...analysis, notices: [...analysis.notices, 'Corrections were not applied: the analysis is of another version of the text.'] };
  }
  try {
    return apply(text, analysis, records, lexicon);
  } catch (err) {
    // A bug in applying corrections must cost the corrections, never the machine's analysis.
    reportCaught('corrections', err);
    return { ...analysis, notices: [...analysis.notices, 'Corrections could not be applied because of an internal error; the machine’s result is shown.'] };
  }
}

function apply(text: string, analysis: Analysis<EntityLabel>, records: readonly AnnotationRecord[], lexicon: readonly LexiconRecord[]): CorrectedAnalysis {
  const model = new Model(text, analysis);
  const placed = reanchorRecords(records, new AnchorText(text));
  for (const r of chronological(lexicon)) applyLexiconRecord(model, r);
  for (const r of chronological(placed.records)) {
    if (placed.placements.get(r.id) === 'orphaned') {
      model.orphans.push({ id: r.id, action: r.action, reason: 'not-found', start: r.anchor.start, end: r.anchor.end, text: r.anchor.exact });
    } else if (r.action.startsWith('quote.')) applyQuoteRecord(model, r);
    else applyEntityRecord(model, r as EntityRecord);
  }
  return output(model, analysis);
}
