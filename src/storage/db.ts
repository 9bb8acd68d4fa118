/**
 * Margin's own IndexedDB stores (via idb-keyval) and the key layout inside them.
 *
 * idb-keyval's `createStore(db, store)` opens exactly one object store per database name, so
 * each store gets its own database name.
 *
 * Key layout of the annotations store (one key per record, never a whole-list value, so two
 * tabs writing different notes can't overwrite each other):
 *   anno:<articleId>:<annotationId>   → { v: 2, annotation }   (one record per note)
 *   meta:schema                       → number                 (schema version of the store)
 *
 * `<articleId>` and `<annotationId>` are escaped (`%` → `%25`, `:` → `%3A`) so an id containing
 * `:` can never make one article's prefix match another article's keys. Plain ids (letters,
 * digits, `-`, `_`, `.`, Vietnamese text) are stored unchanged.
 */
import { createStore, type UseStore } from 'idb-keyval';

export const ANNOTATIONS_DB = 'margin';
export const ANNOTATIONS_STORE = 'annotations';
export const PREFS_DB = 'margin-prefs';
export const PREFS_STORE = 'prefs';

export const ANNOTATION_KEY_PREFIX = 'anno:';
export const SCHEMA_KEY = 'meta:schema';

let annotations: UseStore | undefined;
let prefs: UseStore | undefined;

/** The annotations store (lazy: nothing touches IndexedDB until the first operation). */
export function annotationStore(): UseStore {
  annotations ??= createStore(ANNOTATIONS_DB, ANNOTATIONS_STORE);
  return annotations;
}

/** A separate small key-value store for preferences (reader settings etc.). */
export function prefsStore(): UseStore {
  prefs ??= createStore(PREFS_DB, PREFS_STORE);
  return prefs;
}

export function escapePart(s: string): string {
  return s.replace(/%/g, '%25').replace(/:/g, '%3A');
}

export function unescapePart(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%25/g, '%');
}

/** `anno:<articleId>:` — every key of one article starts with this. */
export function articleKeyPrefix(articleId: string): string {
  return `${ANNOTATION_KEY_PREFIX}${escapePart(articleId)}:`;
}

/** `anno:<articleId>:<annotationId>` */
export function annotationKey(articleId: string, annotationId: string): string {
  return `${articleKeyPrefix(articleId)}${escapePart(annotationId)}`;
}

/** Inverse of `annotationKey`; null for keys that are not annotation keys. */
export function parseAnnotationKey(key: IDBValidKey): { articleId: string; annotationId: string } | null {
  if (typeof key !== 'string' || !key.startsWith(ANNOTATION_KEY_PREFIX)) return null;
  const rest = key.slice(ANNOTATION_KEY_PREFIX.length);
  const sep = rest.indexOf(':');
  if (sep < 0) return null;
  return { articleId: unescapePart(rest.slice(0, sep)), annotationId: unescapePart(rest.slice(sep + 1)) };
}

/**
 * Bounds [lower, upper) covering exactly the keys that start with `prefix`: the upper bound is
 * the prefix with its last code unit incremented (`anno:a:` → `anno:a;`), so no id, whatever
 * its characters, falls outside.
 */
export function prefixBounds(prefix: string): [lower: string, upper: string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(last + 1)];
}

/** Key range for all records of one article. */
export function articleKeyRange(articleId: string): IDBKeyRange {
  const [lower, upper] = prefixBounds(articleKeyPrefix(articleId));
  return IDBKeyRange.bound(lower, upper, false, true);
}

/** Key range for all annotation records (excludes `meta:*`). */
export function allAnnotationsKeyRange(): IDBKeyRange {
  const [lower, upper] = prefixBounds(ANNOTATION_KEY_PREFIX);
  return IDBKeyRange.bound(lower, upper, false, true);
}
