import { codePointConverter } from '../anchoring/codePoints';
import { toPlainText } from '../article/plainText';
import { COLOR_ID_PREFIX, type Annotation, type AnnotationBody } from './annotation';
import {
  DEFAULT_EXPORT_OPTIONS,
  exportTranslator,
  splitByOrder,
  type AnchoredNote,
  type ExportArticle,
  type ExportEntry,
  type ExportOptions,
} from './exportTypes';

/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/#annotation-collection): an
 * AnnotationCollection whose first (and only) AnnotationPage is embedded with every annotation.
 * Each annotation is copied field by field, except: its TextPositionSelector counts code points (the
 * model's unit) instead of UTF-16 offsets, and the colour body names the colour for people — value:
 * the colour's name, id: `urn:margin:colour:<key>` (what import reads back). Tags are tagging bodies,
 * as other tools expect. `target.source` is the Margin article id, as stored. A note the reader
 * made that is not in the browser's storage yet carries `"notSavedInBrowser": true` (import ignores it).
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The colour body as exported (see above). */
export interface ExportedColorBody {
  id: string;
  type: 'TextualBody';
  purpose: 'classifying';
  value: string;
}

export type ExportedAnnotation = Omit<Annotation, 'body'> & {
  body: (Exclude<AnnotationBody, { purpose: 'classifying' }> | ExportedColorBody)[];
  /** Present (true) only on a note not saved in the browser yet when the file was made. */
  notSavedInBrowser?: true;
};

export interface AnnotationPageJson {
  type: 'AnnotationPage';
  startIndex: 0;
  items: ExportedAnnotation[];
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

/** A deep copy with the position converted to code points of `plainText` and the colour named. */
export function toExportedAnnotation(
  a: Annotation,
  plainText: string,
  conv = codePointConverter(plainText),
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): ExportedAnnotation {
  const copy = structuredClone(a);
  const position = copy.target.selector[1];
  position.start = conv.toCodePoint(position.start);
  position.end = conv.toCodePoint(position.end);
  const body = copy.body.map((b) =>
    b.purpose === 'classifying'
      ? ({ id: `${COLOR_ID_PREFIX}${b.value}`, type: 'TextualBody', purpose: 'classifying', value: options.colorNames[b.value] } as const)
      : b,
  );
  return { ...copy, body };
}

function exportedItems(article: ExportArticle, notes: readonly AnchoredNote[], options: ExportOptions): ExportedAnnotation[] {
  const plain = toPlainText(article.article.blocks).text;
  const conv = codePointConverter(plain);
  const { anchored, orphans } = splitByOrder(notes);
  return [...anchored, ...orphans].map((n) => {
    const exported = toExportedAnnotation(n.annotation, plain, conv, options);
    return n.unsaved ? { ...exported, notSavedInBrowser: true as const } : exported;
  });
}

function collection(id: string, label: string, items: ExportedAnnotation[], now: Date): AnnotationCollectionJson {
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

export function formatW3cJson(article: ExportArticle, notes: readonly AnchoredNote[], now: Date, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const a = article.article;
  const id = `urn:margin:export:${encodeURIComponent(a.id)}:${stamp(now)}`;
  const label = exportTranslator(options)('export.json.label', { title: a.title });
  return `${JSON.stringify(collection(id, label, exportedItems(article, notes, options), now), null, 2)}\n`;
}

/** Every article's annotations in one collection (document order within each article). */
export function formatW3cJsonAll(entries: readonly ExportEntry[], now: Date, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const items = entries.flatMap((e) => exportedItems(e.article, e.notes, options));
  const id = `urn:margin:export:all:${stamp(now)}`;
  return `${JSON.stringify(collection(id, exportTranslator(options)('export.json.allLabel'), items, now), null, 2)}\n`;
}
