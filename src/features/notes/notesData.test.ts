import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../domain/notes/annotation';
import { withColor, withNoteAndTags } from '../../domain/notes/model';
import { annotationKey } from '../../storage/db';
import { summarize } from '../../storage/summaries';
import { makeAnnotation } from '../../storage/testFixtures';
import { dataFromNotes, dataFromSummaries } from './notesData';

const note = fc
  .record({
    article: fc.constantFrom('a', 'b', 'c:d', 'đ', 'e'),
    id: fc.string({ minLength: 1, maxLength: 4 }),
    day: fc.integer({ min: 1, max: 28 }),
    color: fc.constantFrom('yellow', 'green', 'blue', 'pink', 'purple' as const),
    text: fc.constantFrom('', 'ghi chú'),
    tags: fc.subarray(['Ngân-sách', 'ngân-sách', 'x', 'Hà-Nội']),
  })
  .map(({ article, id, day, color, text, tags }) => {
    const when = new Date(`2025-02-${String(day).padStart(2, '0')}T00:00:00.000Z`);
    return withNoteAndTags(withColor(makeAnnotation(article, id), color, when), text, tags, when);
  });

/** The store's key order, with one record per key (as listAllAnnotations returns them). */
function stored(list: readonly Annotation[]): Annotation[] {
  const byKey = new Map(list.map((a) => [annotationKey(a.target.source, a.id), a]));
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

describe('the page figures from summaries equal those from every note', () => {
  const titles: Record<string, string> = { a: 'Bài B', b: 'Bài A', 'c:d': 'Ấn', đ: 'Đà Nẵng', e: 'Bài A' };
  const titleOf = (id: string) => titles[id] ?? id;
  it('counts, colours, tags (first spelling) and the order of articles', () => {
    fc.assert(
      fc.property(fc.array(note, { maxLength: 40 }), (raw) => {
        const all = stored(raw);
        const byArticle = new Map<string, Annotation[]>();
        for (const a of all) byArticle.set(a.target.source, [...(byArticle.get(a.target.source) ?? []), a]);
        const summaries = [...byArticle].map(([id, list]) => summarize(id, list, list.length, 0));
        const full = dataFromNotes(all, titleOf);
        const quick = dataFromSummaries(summaries, [], titleOf);
        expect(quick.totals).toEqual(full.totals);
        expect(quick.colorCounts).toEqual(full.colorCounts);
        expect(quick.tags).toEqual(full.tags);
        expect(quick.articles).toEqual(full.articles);
      }),
      { numRuns: 500 },
    );
  });
});
