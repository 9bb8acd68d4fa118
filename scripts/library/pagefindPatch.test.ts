import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article/types';
import { readIndexChunks, type IndexChunk } from '../../src/domain/search/pagefindChunks';
import { WORD_END } from '../../src/domain/search/fold';
import { planQuery } from '../../src/domain/search/plan';
import { toIndexQuery } from '../../src/domain/search/records';
import { readLibrary } from './build';
import { PATCH_MARK, patchPagefindJs } from './pagefindPatch';
import { loadPagefind, type PagefindApi } from './pagefindNode';
import { buildSearchIndex } from './searchIndex';

let dir = '';
/** Pagefind's own pagefind.js with every index chunk loaded: the answers a search should give. */
let plain: PagefindApi;
let patched: PagefindApi;
let spreadChunks: IndexChunk[] = [];

function chunksOf(index: string): IndexChunk[] {
  const meta = readdirSync(index).find((f) => f.endsWith('.pf_meta'))!;
  return readIndexChunks(gunzipSync(readFileSync(join(index, meta))).subarray(12));
}

async function withEveryChunk(index: string): Promise<PagefindApi> {
  const pf = (await loadPagefind(index)) as PagefindApi & { preload(q: string): Promise<void> };
  // Pagefind loads, for a word, the chunk whose range holds it: each chunk's first word loads that chunk.
  for (const c of chunksOf(index)) await pf.preload(c.from);
  return pf;
}

/**
 * 40 articles, each one word ("tinaa" … "tinbn") 1,500 times: the "tin" words fill several index chunks,
 * and each page has one of them.
 */
function spreadLibrary(): Article[] {
  return Array.from({ length: 40 }, (_, i) => {
    const word = `tin${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))}`;
    const text = `${`${word} `.repeat(1500)}chung`;
    return { id: `s${i}`, title: `Bài ${i}`, published: '2020-01-01', source: 'Test', byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text }], entities: [] };
  });
}

function patchIn(index: string): void {
  const js = join(index, 'pagefind.js');
  writeFileSync(js, patchPagefindJs(readFileSync(js, 'utf8')));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'margin-pagefind-patch-'));
  // The bundled library: real Vietnamese articles, with people and organisations as meta fields.
  await buildSearchIndex(readLibrary('public/articles').articles, join(dir, 'plain'), { patch: false });
  cpSync(join(dir, 'plain'), join(dir, 'patched'), { recursive: true });
  patchIn(join(dir, 'patched'));
  [plain, patched] = [await withEveryChunk(join(dir, 'plain')), await loadPagefind(join(dir, 'patched'))];
  await buildSearchIndex(spreadLibrary(), join(dir, 'spread-plain'), { patch: false });
  cpSync(join(dir, 'spread-plain'), join(dir, 'spread'), { recursive: true });
  patchIn(join(dir, 'spread'));
  spreadChunks = chunksOf(join(dir, 'spread'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the app searches for `text` (plan.ts: words of 1–2 letters whole), or `text` as Pagefind gets it when marked `raw:`. */
function searched(text: string): string {
  if (text.startsWith('raw:')) return toIndexQuery(text.slice(4));
  const plan = planQuery(text);
  return plan.kind === 'search' ? plan.query : toIndexQuery(text);
}

async function answer(pf: PagefindApi, query: string, exactDiacritics: boolean) {
  await pf.options({ exactDiacritics });
  const r = (await pf.search(searched(query))) as unknown as {
    results: { id: string; score: number; words: number[]; data(): Promise<{ url: string; excerpt: string; locations: number[] }> }[];
    unfilteredResultCount: number;
  };
  const shown = await Promise.all(r.results.slice(0, 6).map((x) => x.data()));
  return {
    total: r.unfilteredResultCount,
    // Pagefind adds meta-field boosts in hash-map order: the last bits of a score vary between instances.
    ranked: r.results.map((x) => [x.id, Number(x.score.toPrecision(6))]),
    words: r.results.slice(0, 6).map((x) => x.words),
    shown: shown.map((d) => [d.url, d.excerpt, d.locations]),
  };
}

// Real Pagefind (WebAssembly) searches: ~1 s each on a busy 2-core machine, beyond vitest's default 5 s
// when the whole suite runs beside them.
describe('the patched pagefind.js answers exactly as Pagefind does with the whole index loaded', { timeout: 30_000 }, () => {
  // Prefixes of common syllables (many pages, many positions), names, meta matches, nothing found.
  // As the app plans them (short words whole), and some as bare prefixes (raw:).
  it.each([
    ['ng', false], ['raw:ng', false], ['ngu', false], ['nguyen xuan phuc', false], ['Nguyễn Xuân Phúc', false], ['Nguyễn Xuân Phúc', true],
    ['dang uy', false], ['đảng ủy', false], ['đả', true], ['raw:đả', true], ['bo t', false], ['raw:bo t', false], ['bộ trưởng', true],
    ['ha noi', false], ['ha n', false], ['quận 1', false], ['châu Á', true], ['"Thủ tướng"', false],
    ['tăng trư', false], ['tăng trư', true], ['chính phủ', false], ['zzzqqq', false],
  ] as [string, boolean][])('%s (exact diacritics: %s)', async (query, exact) => {
    const want = await answer(plain, query, exact);
    expect(await answer(patched, query, exact)).toEqual(want);
    if (query === 'ngu') expect(want.total).toBeGreaterThan(5); // the table does reach the many-page case
  });
});

describe('a search answers the same whatever was searched before it', { timeout: 30_000 }, () => {
  it('on an index whose "tin" words fill several chunks', () => {
    expect(spreadChunks.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['raw:tin', 'tinbn'],
    ['raw:tinb', 'tinaa'],
    ['raw:chung tin', 'tinbn'],
    [`raw:tinab${WORD_END}`, 'tinaa'], // a whole word
    // No word extends it: Pagefind then takes the longest word it starts with (the chunk of "tinaaǂ").
    [`raw:tinaa${WORD_END}z`, 'tinab'],
  ])('%s, fresh and after %s', async (query, before) => {
    const want = await answer(await withEveryChunk(join(dir, 'spread-plain')), query, false);
    const fresh = await loadPagefind(join(dir, 'spread'));
    expect(await answer(fresh, query, false)).toEqual(want);
    const after = await loadPagefind(join(dir, 'spread'));
    await after.search(before);
    expect(await answer(after, query, false)).toEqual(want);
    if (query === 'raw:tin') expect(want.total).toBe(40);
    if (query.endsWith('z')) expect(want.total).toBe(1);
  });

  it('is what Pagefind alone does not do (so the table above reaches the case)', async () => {
    const alone = await loadPagefind(join(dir, 'spread-plain'));
    const fresh = (await answer(alone, 'raw:tin', false)).total;
    await alone.search('tinbn');
    expect(fresh).toBeLessThan((await answer(alone, 'raw:tin', false)).total);
  });
});

describe('patchPagefindJs', () => {
  it('stops the build when the chunk request to widen is not there', () => {
    const plainJs = readFileSync(join(dir, 'plain', 'pagefind.js'), 'utf8');
    const without = plainJs.replace('let index_array=JSON.parse(index_resp);', 'let index_array=[];');
    expect(() => patchPagefindJs(without)).toThrow(/"let index_array=JSON\.parse\(index_resp\);…" found nowhere/);
  });

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
