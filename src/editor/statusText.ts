/**
 * What the status bar item says about an article, as plain data (no vscode import, so it is
 * unit-tested in Node): its text, its Markdown tooltip, and the same in plain words for screen
 * readers, which would otherwise read the tooltip's Markdown out.
 */
import type { CorrectedAnalysis } from '../analysis/types';
import { uniqueQuotes } from './entityLookup';
import { byCount } from './text';
import * as l10n from '@vscode/l10n';

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
  const duplicates = copies ? byCount(copies, l10n.t('{0} duplicate', copies), l10n.t('{0} duplicates', copies)) : l10n.t('no duplicates');
  const skipped = a.length > maxLength;
  const people = a.entities.filter((e) => e.type === 'person').length;
  const quotes = uniqueQuotes(a).length;
  // Over the size limit nothing was looked for: zero people would be a wrong answer.
  // After corrections: how much a person has checked ("12 of 40 reviewed").
  const review = !skipped && a.review && a.review.total ? [l10n.t('{0} of {1} reviewed', a.review.reviewed, a.review.total)] : [];
  const found = skipped ? [l10n.t('entities and quotes skipped (article too long)')] : [peopleText(people), quotesText(quotes), ...review];
  const icon = analysing || a.partial ? '$(sync~spin)' : a.notices.length ? '$(warning)' : '$(note)';
  const facts = [
    byCount(a.paragraphs.length, l10n.t('{0} paragraph', a.paragraphs.length), l10n.t('{0} paragraphs', a.paragraphs.length)),
    l10n.t(
      '{0} in {1}',
      byCount(copies, l10n.t('{0} duplicated paragraph', copies), l10n.t('{0} duplicated paragraphs', copies)),
      byCount(a.duplicates.blocks.length, l10n.t('{0} block', a.duplicates.blocks.length), l10n.t('{0} blocks', a.duplicates.blocks.length)),
    ),
    ...(skipped
      ? []
      : [
          `${byCount(a.entities.length, l10n.t('{0} entity', a.entities.length), l10n.t('{0} entities', a.entities.length))}, ${peopleText(people)}`,
          l10n.t('{0} (quotes in duplicated paragraphs counted once)', quotesText(quotes)),
        ]),
  ];
  const state = analysing
    ? l10n.t('The article changed; it is being analysed again.')
    : a.partial
      ? l10n.t('Entities and quotes cover the visible part so far; the rest is being analysed.')
      : '';
  const action = copies ? l10n.t('Click to go to the next duplicate.') : '';
  return {
    text: `${icon} ${l10n.t('News: {0}', [duplicates, ...found].join(' \u00b7 '))}`,
    tooltip:
      `${l10n.t('**News Annotator** is annotating this file.')}\n\n${facts.map((f) => `- ${f}\n`).join('')}\n` +
      a.notices.map((n) => `$(warning) ${n}\n\n`).join('') +
      (state ? `${state}\n\n` : '') +
      action,
    label: [l10n.t('News Annotator: {0}.', [duplicates, ...found].join(', ')), ...a.notices, state, action].filter(Boolean).join(' '),
  };
}

const peopleText = (n: number) => byCount(n, l10n.t('{0} person', n), l10n.t('{0} people', n));
const quotesText = (n: number) => byCount(n, l10n.t('{0} quote', n), l10n.t('{0} quotes', n));
