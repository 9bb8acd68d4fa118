import 'fake-indexeddb/auto';
import { set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { annotationKey, SCHEMA_KEY } from './db';
import { notesPresence } from './presence';
import { freshStore } from './testFixtures';

describe('notesPresence', () => {
  it.each([
    ['an empty store', [] as string[], 'a', 'none'],
    ['only the schema key', [SCHEMA_KEY], 'a', 'none'],
    ['a note of the article', [annotationKey('a', 'n1')], 'a', 'some'],
    ["another article's note only", [annotationKey('ab', 'n1'), annotationKey('b', 'n1')], 'a', 'none'],
    ['an id with a colon, not a prefix of another', [annotationKey('a:b', 'n1')], 'a', 'none'],
  ])('%s → %s', async (_what, keys, article, expected) => {
    const { store } = freshStore();
    for (const key of keys) await set(key, { v: 2 }, store);
    expect(await notesPresence(article, store)).toBe(expected);
  });

  it("is 'unknown' when storage fails, never an error", async () => {
    const failing: UseStore = () => Promise.reject(new DOMException('blocked', 'InvalidStateError'));
    expect(await notesPresence('a', failing)).toBe('unknown');
  });
});
