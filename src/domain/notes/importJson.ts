/**
 * First stage of an import: size check, JSON parsing with a readable position, and finding the
 * annotations in the accepted shapes (W3C AnnotationCollection with an embedded first page, an
 * AnnotationPage, a bare array of annotations, a single annotation).
 */
import { isObject } from '../isObject';

export interface ImportLimits {
  /** Maximum length of the file text (UTF-16 units); the caller also checks the file size. */
  maxTextLength: number;
  maxItems: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxTextLength: 10 * 1024 * 1024, maxItems: 10_000 };

export type Extracted = { ok: true; items: unknown[]; paths: string[] } | { ok: false; error: string };


export function describeType(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    if (at) {
      const { line, column } = lineColumn(text, Number(at[1]));
      return { ok: false, error: `Invalid JSON at line ${line}, column ${column} (position ${at[1]}): ${message}` };
    }
    return { ok: false, error: `Invalid JSON: ${message}` };
  }
}

const hasType = (x: Record<string, unknown>, type: string) =>
  x.type === type || (Array.isArray(x.type) && x.type.includes(type));

function fromArray(items: unknown, path: string): Extracted {
  if (!Array.isArray(items)) return { ok: false, error: `${path}: expected an array of annotations, got ${describeType(items)}` };
  return { ok: true, items, paths: items.map((_, i) => `${path}[${i}]`) };
}

export function extractItems(value: unknown): Extracted {
  if (Array.isArray(value)) return fromArray(value, '');
  if (!isObject(value)) {
    return { ok: false, error: `Expected a W3C annotation, an array of annotations or an AnnotationCollection, got ${describeType(value)}` };
  }
  if (hasType(value, 'AnnotationCollection')) {
    const first = value.first;
    if (typeof first === 'string') {
      return { ok: false, error: 'first: the collection links to its pages; only collections with the pages embedded can be imported' };
    }
    if (isObject(first)) {
      if (first.next !== undefined) {
        return { ok: false, error: 'first.next: the collection has more pages than the embedded one; export it as a single page' };
      }
      return fromArray(first.items, 'first.items');
    }
    if (value.items !== undefined) return fromArray(value.items, 'items');
    if (first === undefined && value.total === 0) return { ok: true, items: [], paths: [] };
    return { ok: false, error: `first: expected an embedded AnnotationPage, got ${describeType(first)}` };
  }
  if (hasType(value, 'AnnotationPage')) return fromArray(value.items, 'items');
  if (hasType(value, 'Annotation')) return { ok: true, items: [value], paths: ['(root)'] };
  return {
    ok: false,
    error: `type: expected "Annotation", "AnnotationPage" or "AnnotationCollection", got ${JSON.stringify(value.type) ?? 'nothing'}`,
  };
}
