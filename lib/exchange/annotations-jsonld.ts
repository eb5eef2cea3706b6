/**
 * Annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD), so Hypothesis-like
 * tools can read them. The stored selectors already are the W3C ones, so this is a mapping.
 *
 * Per the Web Annotation Data Model (§5), a collection holds its annotations in pages: the
 * collection carries `total` and embeds its single `first` page, whose `items` are the
 * annotations. The highlight colour is a TextualBody with purpose `highlighting` (a valid
 * motivation used as a purpose), the note one with purpose `commenting`; the note body is
 * omitted when there is no note. Orphans are exported like any other annotation: the
 * quote selector is what lets another tool find the passage again.
 */
import type { Annotation } from '../annotate/types';
import { articleUrl } from '../store/key';
import type { ExportDocument } from './format';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'highlighting';
  language?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

// RFC 4122 ids become `urn:uuid:`; anything else is kept, percent-encoded, in our own URN.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const annotationIri = (id: string) =>
  UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:cpv-reader:annotation:${encodeURIComponent(id)}`;

export function toWebAnnotation(annotation: Annotation, source: string): WebAnnotation {
  const note = annotation.note.trim();
  const body: TextualBody[] = [];
  if (note)
    body.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' });
  body.push({ type: 'TextualBody', value: annotation.color, format: 'text/plain', purpose: 'highlighting' });
  const { exact, prefix, suffix } = annotation.quote;
  const { start, end } = annotation.position;
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

/** Every annotation of the exported articles, article by article in key order, each in reading order. */
export function annotationCollection(
  doc: Pick<ExportDocument, 'exportedAt' | 'articles'>,
): AnnotationCollection {
  const items: WebAnnotation[] = [];
  for (const item of doc.articles) {
    const source = articleUrl(item.article);
    const ordered = [...item.annotations].sort(
      (a, b) => a.position.start - b.position.start || (a.createdAt < b.createdAt ? -1 : 1),
    );
    for (const annotation of ordered) items.push(toWebAnnotation(annotation, source));
  }
  const id = `urn:cpv-reader:annotations:${doc.exportedAt}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'CPV Reader annotations',
    total: items.length,
    generated: doc.exportedAt,
    generator: { type: 'Software', name: 'CPV Reader' },
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function annotationsJsonLd(doc: Pick<ExportDocument, 'exportedAt' | 'articles'>): string {
  return JSON.stringify(annotationCollection(doc), null, 2);
}
