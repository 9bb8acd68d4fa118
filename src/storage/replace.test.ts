// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { withNote } from '../domain/notes/model';
import type { AnnotationChange } from './channel';
import { createAnnotationRepository } from './annotations';
import { StorageError } from './errors';
import { freshStore, makeAnnotation } from './testFixtures';

/** Two tabs on one database: each its own repository, as each tab has its own connection. */
function twoTabs() {
  const { store } = freshStore();
  const changes: AnnotationChange[] = [];
  const a = createAnnotationRepository({ store, notify: (c) => changes.push(c) });
  const b = createAnnotationRepository({ store, notify: () => {} });
  return { a, b, changes };
}

const v1 = makeAnnotation('art', 'n1');
const v2 = withNote(v1, 'tab A', new Date('2025-02-01T00:00:00.000Z'));
const v3 = withNote(v1, 'tab B, later', new Date('2025-03-01T00:00:00.000Z'));

describe('replaceAnnotation: a write that applies only if the record is still what this tab wrote', () => {
  it.each([
    ['edit: stored as expected → replaced', v2, v2, v1, v1],
    ['undo a create: stored as expected → deleted', v1, v1, null, undefined],
    ['redo a create: absent as expected → written', null, null, v1, v1],
  ])('%s', async (_name, seed, expected, next, result) => {
    const { a, changes } = twoTabs();
    if (seed) await a.putAnnotation(seed);
    changes.length = 0;
    await a.replaceAnnotation('art', 'n1', expected, next);
    expect(await a.getAnnotation('art', 'n1')).toEqual(result);
    expect(changes).toEqual([{ articleId: 'art', ids: ['n1'], kind: next ? 'put' : 'delete' }]);
  });

  it.each([
    ['another tab edited it since', v3, v2, v1],
    ['another tab deleted it since', null, v2, v1],
    ['another tab created it meanwhile', v3, null, v1],
  ])('refuses when %s: "conflict", nothing written, the newer record kept', async (_name, newer, expected, next) => {
    const { a, b } = twoTabs();
    if (expected) await a.putAnnotation(expected);
    if (newer) await b.putAnnotation(newer);
    else await b.deleteAnnotation('art', 'n1');
    const error = await a.replaceAnnotation('art', 'n1', expected, next).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('conflict');
    expect((error as StorageError).userMessage).toBe('Đã có thay đổi mới hơn từ thẻ khác.');
    expect(await a.getAnnotation('art', 'n1')).toEqual(newer ?? undefined);
  });
});
