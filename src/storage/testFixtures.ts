/** Test helpers for src/storage tests (not imported by app code). */
import { createStore, type UseStore } from 'idb-keyval';
import type { Annotation } from '../domain/notes/annotation';

let n = 0;
/** A fresh, uniquely named store so tests never share data. */
export function freshStore(): { store: UseStore; dbName: string } {
  const dbName = `margin-test-${Date.now()}-${++n}`;
  return { store: createStore(dbName, 'annotations'), dbName };
}

export function makeAnnotation(articleId: string, id: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    type: 'Annotation',
    motivation: 'highlighting',
    created: '2025-01-02T03:04:05.000Z',
    modified: '2025-01-02T03:04:05.000Z',
    body: [{ type: 'TextualBody', purpose: 'classifying', value: 'yellow' }],
    target: {
      source: articleId,
      selector: [
        { type: 'TextQuoteSelector', exact: 'Thủ tướng', prefix: 'Ông ', suffix: ' chỉ đạo' },
        { type: 'TextPositionSelector', start: 10, end: 19 },
      ],
    },
    ...over,
  };
}
