/**
 * The corpus: what **News: Annotate Workspace** keeps of each article (a small summary, never
 * its text or full analysis, so memory grows with the entities, not with the corpus) and the
 * entities merged across articles by type and canonical name. Pure: no `vscode`.
 */
import { lineOf, lineStarts } from '../analysis/exports/document';
import type { CorrectedAnalysis, EntityLabel } from '../analysis/types';
import { readMentions, uniqueQuotes } from '../editor/entityLookup';

/** A place in an article: UTF-16 offsets and the 0-based line and character they start at. */
export interface Place {
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
}

/** One entity of one article. */
export interface ArticleEntity {
  /** A built-in type, or one a person defined (corrections). */
  type: EntityLabel;
  canonical: string;
  /** Mentions a person reads (none in duplicated copies). */
  mentions: Place[];
  /** Quotes attributed to it (none in duplicated copies). */
  quotes: number;
  /** Gender as the text states it, when the analysis gives one. */
  gender?: string;
}

/** What the corpus keeps of one article. */
export interface ArticleSummary {
  /** The article's URI (as a string): its identity in the corpus. */
  uri: string;
  /** A short name for lists and charts (the path relative to the workspace). */
  label: string;
  length: number;
  /** Quotes a person reads, attributed or not. */
  quotes: number;
  entities: ArticleEntity[];
}

/** One article's share of a corpus entity. */
export interface EntityInArticle {
  uri: string;
  label: string;
  mentions: Place[];
  quotes: number;
}

/** An entity across the corpus: every article naming it, under its most common spelling. */
export interface CorpusEntity {
  key: string;
  type: EntityLabel;
  canonical: string;
  mentions: number;
  quotes: number;
  articles: EntityInArticle[];
  gender?: string;
}

/** The key entities merge by: type and canonical name, case and spacing aside. */
export function entityKey(type: string, canonical: string): string {
  return `${type}:${canonical.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

function placeAt(starts: readonly number[], start: number, end: number, text: string): Place {
  const line = lineOf(starts, start);
  return { start, end, line, character: start - starts[line], text };
}

/**
 * The summary of one analysed article: entities with the mentions and quotes a person reads, as
 * shown, so with the article's corrections applied (`correctedAnalysis`).
 */
export function summarize(uri: string, label: string, text: string, analysis: CorrectedAnalysis): ArticleSummary {
  const starts = lineStarts(text);
  const quotes = uniqueQuotes(analysis);
  const quoted = new Map<string, number>();
  for (const q of quotes) if (q.speakerEntity) quoted.set(q.speakerEntity, (quoted.get(q.speakerEntity) ?? 0) + 1);
  const entities: ArticleEntity[] = analysis.entities.map((e) => {
    const entity: ArticleEntity = {
      type: e.type,
      canonical: e.canonical,
      mentions: readMentions(analysis, e).map((m) => placeAt(starts, m.start, m.end, m.text)),
      quotes: quoted.get(e.id) ?? 0,
    };
    // The gender the text states for a person (quotes/gender.ts); absent means unknown.
    const gender = analysis.statedGender?.[e.id];
    if (gender) entity.gender = gender;
    return entity;
  });
  return { uri, label, length: text.length, quotes: quotes.length, entities };
}

/** Articles by URI, and their entities merged across articles. Merging is linear in the summaries. */
export class Corpus {
  private readonly articles = new Map<string, ArticleSummary>();
  private merged: CorpusEntity[] | undefined;

  /** Adds or replaces an article's summary. */
  set(summary: ArticleSummary): void {
    this.articles.set(summary.uri, summary);
    this.merged = undefined;
  }

  get(uri: string): ArticleSummary | undefined {
    return this.articles.get(uri);
  }

  delete(uri: string): void {
    if (this.articles.delete(uri)) this.merged = undefined;
  }

  clear(): void {
    this.articles.clear();
    this.merged = undefined;
  }

  /** The articles, in the order they were added. */
  list(): ArticleSummary[] {
    return [...this.articles.values()];
  }

  get size(): number {
    return this.articles.size;
  }

  /** Every entity across the corpus, most quoted first, then most mentioned, then by name. */
  entities(): CorpusEntity[] {
    if (this.merged) return this.merged;
    const byKey = new Map<string, CorpusEntity & { spellings: Map<string, number> }>();
    for (const article of this.articles.values()) {
      for (const e of article.entities) {
        const key = entityKey(e.type, e.canonical);
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = { key, type: e.type, canonical: e.canonical, mentions: 0, quotes: 0, articles: [], spellings: new Map() }));
        // Articles are visited one at a time, so an earlier share of this article is the last one.
        const last = entry.articles[entry.articles.length - 1];
        const share = last?.uri === article.uri ? last : undefined;
        if (share) {
          share.mentions.push(...e.mentions);
          share.quotes += e.quotes;
        } else {
          entry.articles.push({ uri: article.uri, label: article.label, mentions: [...e.mentions], quotes: e.quotes });
        }
        entry.mentions += e.mentions.length;
        entry.quotes += e.quotes;
        entry.spellings.set(e.canonical, (entry.spellings.get(e.canonical) ?? 0) + e.mentions.length + 1);
        if (e.gender && !entry.gender) entry.gender = e.gender;
      }
    }
    this.merged = [...byKey.values()].map(({ spellings, ...entity }) => {
      let best = entity.canonical;
      for (const [name, n] of spellings) if (n > (spellings.get(best) ?? 0)) best = name;
      for (const a of entity.articles) a.mentions.sort((x, y) => x.start - y.start);
      return { ...entity, canonical: best };
    });
    this.merged.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
    return this.merged;
  }
}
