/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD: an
 * `AnnotationCollection` of the article with one `Annotation` per mention, quote, speaker and
 * cue. Each target is the article (`source`: its name) with a `TextPositionSelector` (`start`,
 * `end`; the model counts code points, our default) and a `TextQuoteSelector` (`exact`, 32
 * characters of `prefix` and `suffix`). Bodies are `TextualBody`s: the type or kind
 * (`purpose: tagging`) and the entity or speaker name (`purpose: identifying`). The model has no
 * relations or review status, so a small vocabulary of our own (`na:`) adds `na:status`,
 * `na:role` (`mention`, `quote`, `source`, `cue`), `na:entity`, and on a quote `na:speaker` and
 * `na:cue` (the ids of its Source and Cue annotations). `creator` is the person or our software.
 */
import { anchorAt } from '../annotations/anchor';
import type { ExportDocument, TextSpan } from './document';
import { OffsetUnit, Offsets } from './offsets';

/** The `na:` vocabulary's namespace. */
export const NA_NAMESPACE = 'https://news-annotator.invalid/ns#';

/** The collection of one article. */
export function exportWebAnnotation(doc: ExportDocument, unit: OffsetUnit): string {
  const offsets = new Offsets(doc.text, unit);
  const base = `urn:news-annotator:${encodeURIComponent(doc.name)}`;
  const creator = (by: string) => (by === 'machine' ? { type: 'Software', name: 'news-annotator' } : { type: 'Person', name: by });
  const target = (s: TextSpan) => {
    const a = anchorAt(doc.text, s.start, s.end, '');
    return {
      source: doc.name,
      selector: [
        { type: 'TextPositionSelector', start: offsets.out(s.start), end: offsets.out(s.end) },
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
      ],
    };
  };
  const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const identify = (value: string) => ({ type: 'TextualBody', purpose: 'identifying', value });
  const canonical = new Map(doc.entities.map((e) => [e.id, e.canonical]));
  const items: object[] = [];
  for (const m of doc.mentions) {
    items.push({
      id: `${base}#${m.id}`,
      type: 'Annotation',
      motivation: 'identifying',
      'na:role': 'mention',
      'na:status': m.status,
      'na:entity': m.entity,
      creator: creator(m.by),
      body: [tag(m.type), identify(canonical.get(m.entity) ?? m.text)],
      target: target(m),
    });
  }
  for (const q of doc.quotes) {
    const source = q.speaker && `${base}#${q.id}-source`;
    const cue = q.cue && `${base}#${q.id}-cue`;
    items.push({
      id: `${base}#${q.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      'na:role': 'quote',
      'na:status': q.status,
      'na:confidence': q.confidence,
      ...(source ? { 'na:speaker': source } : {}),
      ...(cue ? { 'na:cue': cue } : {}),
      creator: creator(q.by),
      body: q.speakerName !== undefined ? [tag(q.kind), identify(q.speakerName)] : [tag(q.kind)],
      target: target(q),
    });
    if (q.speaker) items.push({ id: source, type: 'Annotation', motivation: 'identifying', 'na:role': 'source', body: [tag('source')], target: target(q.speaker) });
    if (q.cue) items.push({ id: cue, type: 'Annotation', motivation: 'tagging', 'na:role': 'cue', body: [tag('cue')], target: target(q.cue) });
  }
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { na: NA_NAMESPACE }],
    id: base,
    type: 'AnnotationCollection',
    label: doc.name,
    total: items.length,
    first: { id: `${base}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
