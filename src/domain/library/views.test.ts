import { describe, expect, it } from 'vitest';
import { assemblePage, buildViews, facetKey, pageSlices, viewKey } from './views';
import type { LibraryRow } from './types';

const row = (id: string, published: string | null, source: string | null): LibraryRow => ({
  id, title: id, published, source, people: 0, figures: 0, words: 1, bytes: 10,
});

describe('library views', () => {
  const rows = [row('a', '2017-01-02', 'Dân trí'), row('b', '2018-05-01', 'VOV'), row('c', null, null), row('d', '2017-03-01', 'Dân trí')];
  const { head, views } = buildViews(rows);

  it.each([
    [{}, ['b', 'd', 'a', 'c']],
    [{ source: 'dan-tri' }, ['d', 'a']],
    [{ year: '2017' }, ['d', 'a']],
    [{ year: 'none' }, ['c']],
    [{ source: 'none' }, ['c']],
    [{ source: 'vov', year: '2018' }, ['b']],
  ])('view %j → %j, newest first, undated last', (filter, ids) => {
    expect(views.get(viewKey(filter))!.map((r) => r.id)).toEqual(ids);
    expect(head.views[viewKey(filter)]).toEqual({ count: ids.length, bytes: ids.length * 10 });
  });

  it('has facets with counts and the first page inline', () => {
    expect(head.sources.map((s) => [s.value, s.key, s.count])).toEqual([['Dân trí', 'dan-tri', 2], ['VOV', 'vov', 1], [null, 'none', 1]]);
    expect(head.years.map((y) => [y.value, y.count])).toEqual([['2018', 1], ['2017', 2], [null, 1]]);
    expect(head.first.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(facetKey('Thanhuytphcm.vn')).toBe('thanhuytphcm-vn');
  });
});

describe('pageSlices', () => {
  const stored = (count: number, size: number) =>
    Array.from({ length: Math.ceil(count / size) }, (_, f) => Array.from({ length: Math.min(size, count - f * size) }, (_, i) => row(String(f * size + i), null, null)));

  it.each([
    [7, 3, 'newest', 0, ['0', '1', '2']],
    [7, 3, 'newest', 2, ['6']],
    [7, 3, 'oldest', 0, ['6', '5', '4']],
    [7, 3, 'oldest', 1, ['3', '2', '1']],
    [7, 3, 'oldest', 2, ['0']],
    [6, 3, 'oldest', 0, ['5', '4', '3']],
    [7, 3, 'newest', 3, []],
  ] as const)('%i rows, pages of %i, %s, page %i → %j', (count, size, order, page, ids) => {
    const slices = pageSlices(count, size, order, page);
    const files = slices.map((s) => stored(count, size)[s.file]!);
    expect(assemblePage(slices, files, order).map((r) => r.id)).toEqual(ids);
  });
});
