import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { createAnnotation } from './model';
import { tagsOf } from './model';
import { buildNotesView, completeTag, countNotes, tagCounts, tagCountsOfTallies } from './notesView';

const TEXT = 'Bộ trưởng Bộ Tài chính nói về bội chi ngân sách năm 2013 và thu nội địa.';
let n = 0;
function make(articleId: string, quote: string, at: string, extra: { note?: string; tags?: string[]; color?: Annotation['body'][number]['value'] } = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return createAnnotation({
    id: `id-${++n}`,
    articleId,
    plainText: TEXT,
    start,
    end: start + quote.length,
    color: (extra.color as 'yellow') ?? 'yellow',
    note: extra.note,
    tags: extra.tags,
    now: new Date(at),
  });
}

const titles: Record<string, string> = { a: 'Túi tiền quốc gia', b: 'Khu kinh tế Nghi Sơn', c: 'Cựu thanh niên xung phong' };
const titleOf = (id: string) => titles[id] ?? id;

const a1 = make('a', 'bội chi', '2026-01-01T00:00:00Z', { note: 'Cần đối chiếu số liệu', tags: ['ngân-sách'] });
const a2 = make('a', 'thu nội địa', '2026-01-05T00:00:00Z', { color: 'blue' });
const b1 = make('b', 'Bộ Tài chính', '2026-01-03T00:00:00Z', { note: 'Hỏi lại #Ngân-Sách', color: 'pink' });
const c1 = make('c', 'năm 2013', '2026-01-02T00:00:00Z');
const all = [a1, a2, b1, c1];

describe('buildNotesView', () => {
  it('groups by article, newest activity first, newest first inside', () => {
    const v = buildNotesView(all, titleOf);
    expect(v.groups.map((g) => [g.articleId, g.latest, g.items.map((i) => i.id)])).toEqual([
      ['a', a2.modified, [a2.id, a1.id]],
      ['b', b1.modified, [b1.id]],
      ['c', c1.modified, [c1.id]],
    ]);
    expect(v.counts).toEqual({ notes: 2, highlights: 2, articles: 3 });
  });

  it.each([
    ['search without diacritics finds the note with them', { query: 'doi chieu SO LIEU' }, [a1.id]],
    ['search finds quotes', { query: 'noi dia' }, [a2.id]],
    ['search finds article titles', { query: 'nghi son' }, [b1.id]],
    ['search finds tags', { query: 'ngan-sach' }, [a1.id, b1.id]],
    ['every word must match', { query: 'bội chi xyz' }, []],
    ['by colour', { color: 'pink' as const }, [b1.id]],
    ['by tag, any case', { tag: 'NGÂN-sách' }, [a1.id, b1.id]],
    ['by article', { articleId: 'c' }, [c1.id]],
    ['combined', { tag: 'ngân-sách', articleId: 'a' }, [a1.id]],
  ])('%s', (_name, filter, ids) => {
    const v = buildNotesView(all, titleOf, filter);
    expect(v.groups.flatMap((g) => g.items.map((i) => i.id)).sort()).toEqual([...ids].sort());
  });
});

describe('counts and tags', () => {
  it('counts notes and plain highlights apart', () => {
    expect(countNotes([a2, c1])).toEqual({ notes: 0, highlights: 2, articles: 2 });
  });

  it('tagCounts: most used first, one spelling per tag', () => {
    expect(tagCounts(all)).toEqual([{ tag: 'ngân-sách', count: 2 }]);
  });

  it.each<[string, { tags: [string, number][] }[], { tag: string; count: number }[]]>([
    ['nothing tagged', [{ tags: [] }, { tags: [] }], []],
    ['one article', [{ tags: [['kinh-tế', 2]] }], [{ tag: 'kinh-tế', count: 2 }]],
    [
      'counts add up across articles; the first spelling met stays',
      [{ tags: [['Ngân-Sách', 1]] }, { tags: [['ngân-sách', 2], ['nghị-định', 1]] }],
      [
        { tag: 'Ngân-Sách', count: 3 },
        { tag: 'nghị-định', count: 1 },
      ],
    ],
    [
      'equal counts in Vietnamese order',
      [{ tags: [['tư-pháp', 1]] }, { tags: [['an-ninh', 1]] }],
      [
        { tag: 'an-ninh', count: 1 },
        { tag: 'tư-pháp', count: 1 },
      ],
    ],
  ])('tagCountsOfTallies (the summaries): %s', (_name, tallies, expected) => {
    expect(tagCountsOfTallies(tallies)).toEqual(expected);
  });

  it('tagCountsOfTallies of per-article tallies equals tagCounts of the notes', () => {
    const byArticle = new Map<string, [string, number][]>();
    for (const a of all) {
      const list = byArticle.get(a.target.source) ?? [];
      for (const t of tagsOf(a)) {
        const entry = list.find(([s]) => s.toLowerCase() === t.toLowerCase());
        if (entry) entry[1]++;
        else list.push([t, 1]);
      }
      byArticle.set(a.target.source, list);
    }
    expect(tagCountsOfTallies([...byArticle.values()].map((tags) => ({ tags })))).toEqual(tagCounts(all));
  });

  it('completeTag: prefix, diacritics optional, not the tags already there', () => {
    const used = [{ tag: 'ngân-sách' }, { tag: 'nghị-định' }, { tag: 'kinh-tế' }];
    expect(completeTag(used, 'ng', [])).toEqual(['ngân-sách', 'nghị-định']);
    expect(completeTag(used, '#ngan', [])).toEqual(['ngân-sách']);
    expect(completeTag(used, 'ng', ['Ngân-Sách'])).toEqual(['nghị-định']);
    expect(completeTag(used, '', [])).toEqual(['ngân-sách', 'nghị-định', 'kinh-tế']);
  });
});
