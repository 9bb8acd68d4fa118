import { codePointConverter } from '../anchoring/codePoints';
import { toPlainText } from '../article/plainText';
import type { Annotation } from './annotation';
import { splitByOrder, type AnchoredNote, type ExportArticle, type ExportEntry } from './exportTypes';

/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/#annotation-collection): an
 * AnnotationCollection whose first (and only) AnnotationPage is embedded with every annotation.
 * Each annotation is copied field by field; only its TextPositionSelector changes, from UTF-16
 * offsets to code points as the model requires. `target.source` is the Margin article id, as stored.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface AnnotationPageJson {
  type: 'AnnotationPage';
  startIndex: 0;
  items: Annotation[];
}

export interface AnnotationCollectionJson {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: 'Margin' };
  generated: string;
  first: AnnotationPageJson;
}

/** A deep copy with the position converted to code points of `plainText`. */
export function toExportedAnnotation(a: Annotation, plainText: string, conv = codePointConverter(plainText)): Annotation {
  const copy = structuredClone(a);
  const position = copy.target.selector[1];
  position.start = conv.toCodePoint(position.start);
  position.end = conv.toCodePoint(position.end);
  return copy;
}

function exportedItems(article: ExportArticle, notes: readonly AnchoredNote[]): Annotation[] {
  const plain = toPlainText(article.article.blocks).text;
  const conv = codePointConverter(plain);
  const { anchored, orphans } = splitByOrder(notes);
  return [...anchored, ...orphans].map((n) => toExportedAnnotation(n.annotation, plain, conv));
}

function collection(id: string, label: string, items: Annotation[], now: Date): AnnotationCollectionJson {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { type: 'Software', name: 'Margin' },
    generated: now.toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const stamp = (now: Date) => now.toISOString().replace(/[^0-9]/g, '');

export function formatW3cJson(article: ExportArticle, notes: readonly AnchoredNote[], now: Date): string {
  const a = article.article;
  const id = `urn:margin:export:${encodeURIComponent(a.id)}:${stamp(now)}`;
  return `${JSON.stringify(collection(id, `Margin notes: ${a.title}`, exportedItems(article, notes), now), null, 2)}\n`;
}

/** Every article's annotations in one collection (document order within each article). */
export function formatW3cJsonAll(entries: readonly ExportEntry[], now: Date): string {
  const items = entries.flatMap((e) => exportedItems(e.article, e.notes));
  const id = `urn:margin:export:all:${stamp(now)}`;
  return `${JSON.stringify(collection(id, 'Margin: all notes', items, now), null, 2)}\n`;
}
