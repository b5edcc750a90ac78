/** Small text helpers shared by hovers, views and messages. */

/** Escapes text for Markdown, so names and quotes show as written. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** The start of a text on one line, cut with an ellipsis. */
export function firstWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

/** "1 quote", "3 quotes", "2 people" (English only: new code uses byCount). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The singular or the plural message for a count, both localised by the caller with the count as
 * `{0}`: `byCount(n, l10n.t('{0} quote', n), l10n.t('{0} quotes', n))`.
 */
export function byCount(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** The last part of a document's path ("article.txt", "Untitled-1"), without Node's path module. */
export function fileName(uri: { path: string }): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
