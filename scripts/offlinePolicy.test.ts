import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PRECACHE_ALL_UP_TO, precachesAll, SW_PAGES_FILE, swPages } from './offlinePolicy';
import { writeSwPages } from './prerender';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `bai-${i}`);

describe('offline policy by size', () => {
  it.each([
    [0, true],
    [31, true],
    [PRECACHE_ALL_UP_TO, true],
    [PRECACHE_ALL_UP_TO + 1, false],
    [10_000, false],
  ])('%i articles: kept whole %s', (n, whole) => {
    expect(precachesAll(n)).toBe(whole);
    expect(swPages(ids(n))?.pages.length ?? null).toBe(whole ? n : null);
  });

  it('lists each article page by the path the app links to', () => {
    expect(swPages(['chu-trong-cong-tac', 'a-b'])).toEqual({ pages: ['/a/chu-trong-cong-tac', '/a/a-b'] });
  });

  it('writes the list for a library kept whole and removes a stale one for a larger library', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sw-pages-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    writeSwPages(dist, ids(3));
    expect(JSON.parse(readFileSync(join(dist, SW_PAGES_FILE), 'utf8'))).toEqual({ pages: ['/a/bai-0', '/a/bai-1', '/a/bai-2'] });
    writeFileSync(join(dist, SW_PAGES_FILE), '{"pages":["/a/old"]}');
    writeSwPages(dist, ids(PRECACHE_ALL_UP_TO + 1));
    expect(existsSync(join(dist, SW_PAGES_FILE))).toBe(false);
  });
});
