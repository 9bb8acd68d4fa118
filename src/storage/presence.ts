/**
 * Whether an article has any stored note, by counting its keys (no value is read or decoded): the
 * question a prerendered page asks before it decides it can stay without its application for now.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { annotationStore, articleKeyRange } from './db';

export type NotesPresence = 'none' | 'some' | 'unknown';

/** 'unknown' when storage cannot answer (blocked, failing): the caller must then load what can explain it. */
export async function notesPresence(articleId: string, store?: UseStore): Promise<NotesPresence> {
  try {
    const count = await (store ?? annotationStore())('readonly', (os) => promisifyRequest(os.count(articleKeyRange(articleId))));
    return count > 0 ? 'some' : 'none';
  } catch {
    return 'unknown';
  }
}
