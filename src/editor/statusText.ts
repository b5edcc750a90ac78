/**
 * What the status bar item says about an article, as plain data (no vscode import, so it is
 * unit-tested in Node): its text, its Markdown tooltip, and the same in plain words for screen
 * readers, which would otherwise read the tooltip's Markdown out.
 */
import type { CorrectedAnalysis } from '../analysis/types';
import { uniqueQuotes } from './entityLookup';
import { plural } from './text';

/** The status bar item's words for one analysis. */
export interface StatusText {
  /** The item's text, with its icon. */
  text: string;
  /** The hover, as Markdown. */
  tooltip: string;
  /** The accessible label: plain sentences, no Markdown and no icon names. */
  label: string;
}

/**
 * The words for an analysis. `maxLength` is the length over which entities and quotes are not
 * analysed (the setting the analysis was made with); `analysing` says a newer analysis runs.
 */
export function statusText(a: CorrectedAnalysis, maxLength: number, analysing: boolean): StatusText {
  const copies = a.duplicates.copies.length;
  const duplicates = copies ? plural(copies, 'duplicate') : 'no duplicates';
  const skipped = a.length > maxLength;
  const people = a.entities.filter((e) => e.type === 'person').length;
  const quotes = uniqueQuotes(a).length;
  // Over the size limit nothing was looked for: zero people would be a wrong answer.
  // After corrections: how much a person has checked ("12 of 40 reviewed").
  const review = !skipped && a.review && a.review.total ? [`${a.review.reviewed} of ${a.review.total} reviewed`] : [];
  const found = skipped ? ['entities and quotes skipped (article too long)'] : [plural(people, 'person', 'people'), plural(quotes, 'quote'), ...review];
  const icon = analysing || a.partial ? '$(sync~spin)' : a.notices.length ? '$(warning)' : '$(note)';
  const facts = [
    plural(a.paragraphs.length, 'paragraph'),
    `${plural(copies, 'duplicated paragraph')} in ${plural(a.duplicates.blocks.length, 'block')}`,
    ...(skipped ? [] : [`${plural(a.entities.length, 'entity', 'entities')}, ${plural(people, 'person', 'people')}`, `${plural(quotes, 'quote')} (quotes in duplicated paragraphs counted once)`]),
  ];
  const state = analysing
    ? 'The article changed; it is being analysed again.'
    : a.partial
      ? 'Entities and quotes cover the visible part so far; the rest is being analysed.'
      : '';
  const action = copies ? 'Click to go to the next duplicate.' : '';
  return {
    text: `${icon} News: ${[duplicates, ...found].join(' \u00b7 ')}`,
    tooltip:
      `**News Annotator** is annotating this file.\n\n${facts.map((f) => `- ${f}\n`).join('')}\n` +
      a.notices.map((n) => `$(warning) ${n}\n\n`).join('') +
      (state ? `${state}\n\n` : '') +
      action,
    label: ['News Annotator:', `${[duplicates, ...found].join(', ')}.`, ...a.notices, state, action].filter(Boolean).join(' '),
  };
}
