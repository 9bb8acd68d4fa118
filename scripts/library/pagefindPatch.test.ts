import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIndexQuery } from '../../src/domain/search/records';
import { readLibrary } from './build';
import { PATCH_MARK, patchPagefindJs } from './pagefindPatch';
import { loadPagefind, type PagefindApi } from './pagefindNode';
import { buildSearchIndex } from './searchIndex';

let dir = '';
let plain: PagefindApi;
let patched: PagefindApi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'margin-pagefind-patch-'));
  // The bundled library: real Vietnamese articles, with people and organisations as meta fields.
  await buildSearchIndex(readLibrary('public/articles').articles, join(dir, 'plain'), { patch: false });
  cpSync(join(dir, 'plain'), join(dir, 'patched'), { recursive: true });
  const js = join(dir, 'patched', 'pagefind.js');
  writeFileSync(js, patchPagefindJs(readFileSync(js, 'utf8')));
  [plain, patched] = [await loadPagefind(join(dir, 'plain')), await loadPagefind(join(dir, 'patched'))];
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function answer(pf: PagefindApi, query: string, exactDiacritics: boolean) {
  await pf.options({ exactDiacritics });
  const r = (await pf.search(toIndexQuery(query))) as unknown as {
    results: { id: string; score: number; words: number[]; data(): Promise<{ url: string; excerpt: string; locations: number[] }> }[];
    unfilteredResultCount: number;
  };
  const shown = await Promise.all(r.results.slice(0, 6).map((x) => x.data()));
  return {
    total: r.unfilteredResultCount,
    ranked: r.results.map((x) => [x.id, x.score]),
    words: r.results.slice(0, 6).map((x) => x.words),
    shown: shown.map((d) => [d.url, d.excerpt, d.locations]),
  };
}

describe('the patched pagefind.js answers exactly as Pagefind wrote it', () => {
  // Prefixes of common syllables (many pages, many positions), names, meta matches, nothing found.
  it.each([
    ['ng', false], ['ngu', false], ['nguyen xuan phuc', false], ['Nguyễn Xuân Phúc', false], ['Nguyễn Xuân Phúc', true],
    ['dang uy', false], ['đảng ủy', false], ['đả', true], ['bo t', false], ['bộ trưởng', true], ['ha noi', false],
    ['tăng trư', false], ['tăng trư', true], ['chính phủ', false], ['zzzqqq', false],
  ] as [string, boolean][])('%s (exact diacritics: %s)', async (query, exact) => {
    const want = await answer(plain, query, exact);
    expect(await answer(patched, query, exact)).toEqual(want);
    if (query === 'ngu') expect(want.total).toBeGreaterThan(5); // the table does reach the many-page case
  });
});

describe('patchPagefindJs', () => {
  it('marks the file and leaves a patched one as it is', () => {
    const once = readFileSync(join(dir, 'patched', 'pagefind.js'), 'utf8');
    expect(once.startsWith(PATCH_MARK)).toBe(true);
    expect(patchPagefindJs(once)).toBe(once);
  });

  it.each([
    ['another layout', 'export const search = () => JSON.parse(result);', /not the layout Margin patches.*found nowhere/],
    ['the parse written twice', `${'let{filtered_counts,total_counts,results,unfiltered_total,search_keywords,query_term_idfs}=JSON.parse(result);'.repeat(2)}`, /found twice/],
  ])('stops the build on %s', (_, source, message) => {
    expect(() => patchPagefindJs(source)).toThrow(message);
  });
});
