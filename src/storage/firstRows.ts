/**
 * The all-notes page's first read without the storage module: the same read as `listOverview`
 * (overview.ts, one readonly transaction), for a store that needs nothing more — current schema,
 * trusted summaries, and first rows that the domain's fast check accepts as they are. For those,
 * `decode` would return each annotation unchanged, so both give the same overview. Anything else
 * (an older store, summaries to rebuild, a record only the full validation can judge, an error)
 * answers null, and the caller goes through the storage module. Light on purpose: no validation
 * library, so the page's data is not held back by the storage chunk and its dependencies.
 */
import type { UseStore } from 'idb-keyval';
import { isValidAnnotationFast } from '../domain/notes/fastCheck';
import { SCHEMA_VERSION } from '../domain/notes/recordVersion';
import { isObject } from '../domain/isObject';
import type { Annotation } from '../domain/notes/annotation';
import { annotationStore, SCHEMA_KEY } from './db';
import { timingMark } from './marks';
import { readOverview, type NotesOverview, type RecordDecoder } from './overview';

/** A current record the fast check accepts; null for anything only `decode` can judge. */
const fastDecode: RecordDecoder = (_key, raw) =>
  isObject(raw) && raw.v === SCHEMA_VERSION && isValidAnnotationFast(raw.annotation)
    ? { ok: true, annotation: raw.annotation as Annotation, upgraded: false }
    : null;

/** `store` (default: the notes store) can be opened before the titles are known: a first open takes a while. */
export async function readFirstRows(
  limit: number,
  titleOf: (articleId: string) => string,
  store: UseStore = annotationStore(),
): Promise<NotesOverview | null> {
  try {
    return await store('readonly', async (s) => {
      const schema = s.get(SCHEMA_KEY);
      const overview = await readOverview(s, limit, titleOf, fastDecode);
      timingMark('margin:notes-first-read', { rows: overview?.annotations.length ?? -1 });
      return schema.result === SCHEMA_VERSION && overview?.summaries ? overview : null;
    });
  } catch {
    return null;
  }
}
