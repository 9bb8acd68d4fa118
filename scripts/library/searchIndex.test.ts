import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article/types';
import { excerptParts } from '../../src/domain/search/excerpt';
import { foldVietnamese, WORD_END } from '../../src/domain/search/fold';
import { planQuery } from '../../src/domain/search/plan';
import { rankedSearch } from '../../src/domain/search/ranked';
import { toIndexQuery } from '../../src/domain/search/records';
import { vietnameseVowels } from '../../src/domain/search/vietnamese.test-helpers';
import { PATCH_MARK } from './pagefindPatch';
import { buildSearchIndex } from './searchIndex';
import { loadPagefind, type PagefindApi } from './pagefindNode';

function article(id: string, title: string, text: string, entities: Article['entities'] = []): Article {
  return { id, title, published: '2020-01-01', source: 'Test', byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text }], entities };
}

/** One article per vowel × tone × case: the word đ + vowel + n ("đặn", "ĐẶN"), between two fillers. */
const vowels = vietnameseVowels().map((v, i) => {
  const word = (v.upper ? 'Đ' : 'đ') + v.letter + (v.upper ? 'N' : 'n');
  return { ...v, word, id: `v${i}` };
});

const extra = [
  article('duong-hoa', 'Đường sắt Cát Linh', 'Đường sắt Cát Linh - Hà Đông sắp vận hành.'),
  article('duong-thuong', 'Con đường', 'con đường tới trường'),
  article('duong-ten', 'Ông Dương', 'Bộ trưởng Dương Văn An phát biểu.'),
  article('dang-uy', 'Họp', 'Đảng ủy xã họp. Thủ tướng phát biểu.', [
    { type: 'official', block: 0, start: 16, end: 25, text: 'Thủ tướng', name: 'Nguyễn Xuân Phúc', role: 'Thủ tướng' },
  ]),
  article('quan-1', 'Phố đi bộ', 'Phố đi bộ ở quận 1, TP.HCM.'),
  article('quan-10', 'Chợ', 'Chợ ở quận 10 mở lại.'),
  article('chau-a', 'Bóng đá', 'Giải vô địch châu Á khai mạc.'),
  article('chau-au', 'Thị trường', 'Thị trường châu Âu giảm.'),
  article('ha', 'Thời tiết', 'Trời mưa ở Hà Giang.'),
  article('hai', 'Hai người', 'hai người đi bộ'),
];

let dir = '';
let pf: PagefindApi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'margin-search-'));
  const articles = [...vowels.map((v) => article(v.id, `Bài ${v.id}`, `mở đầu ${v.word} kết thúc`)), ...extra];
  await buildSearchIndex(articles, dir);
  pf = await loadPagefind(dir);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function ids(query: string): Promise<string[]> {
  const found = await rankedSearch(pf, query);
  const data = await Promise.all(found.map((r) => r.data()));
  return data.map((d) => d.url.replace('/a/', ''));
}

describe('the built Pagefind index folds Vietnamese (every vowel × tone × case, and đ)', () => {
  it.each(vowels.map((v) => [v.word, v.id] as const))('%s is found without diacritics, in either case', async (word, id) => {
    const folded = foldVietnamese(word); // "dan"
    expect(await ids(folded)).toContain(id);
    expect(await ids(folded.toUpperCase())).toContain(id);
  });

  it.each(vowels.filter((v) => !v.upper).map((v) => [v.word, v.id] as const))(
    '%s typed exactly (NFC or NFD) ranks its own spelling first, before other vowels and tones',
    async (word) => {
      const same = vowels.filter((v) => v.word.toLowerCase() === word).map((v) => v.id);
      expect(same).toHaveLength(2); // the lower- and upper-case articles: case never counts
      for (const query of [word, word.normalize('NFD'), word.toUpperCase()]) {
        const found = await ids(query);
        expect(found.slice(0, 2).sort()).toEqual([...same].sort());
      }
    },
  );
});

describe('the examples of issue #13', () => {
  it.each([
    ['duong', ['duong-hoa', 'duong-thuong', 'duong-ten']],
    ['DUONG', ['duong-hoa', 'duong-thuong', 'duong-ten']],
    ['dang uy', ['dang-uy']],
    ['nguyen xuan phuc', ['dang-uy']],
    ['Nguyen Xuan Phuc', ['dang-uy']],
    ['ha dong', ['duong-hoa']],
  ])('"%s" finds %j', async (query, expected) => {
    const found = await ids(query);
    for (const id of expected) expect(found).toContain(id);
  });

  it('"đường" ranks both spellings of đường above Dương', async () => {
    const found = await ids('đường');
    expect(found.slice(0, 2).sort()).toEqual(['duong-hoa', 'duong-thuong']);
    expect(found).toContain('duong-ten');
  });

  it('excerpts mark the match and spell đ back', async () => {
    const found = await pf.search(toIndexQuery('duong sat'));
    const data = await found.results[0]!.data();
    const parts = excerptParts(data.excerpt);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Đường', 'sắt']);
    expect(parts.map((p) => p.text).join('')).toContain('Hà Đông');
  });
});

async function planned(text: string): Promise<string[]> {
  const plan = planQuery(text);
  if (plan.kind !== 'search') throw new Error(`${text} is not searched`);
  return ids(plan.query);
}

describe('a word of 1–2 letters is matched whole, a longer one as a prefix (plan.ts)', () => {
  it.each([
    ['quận 1', ['quan-1'], ['quan-10']],
    ['quan 10', ['quan-10'], ['quan-1']],
    ['châu Á', ['chau-a'], ['chau-au']],
    ['chau a', ['chau-a'], ['chau-au']],
    ['châu Âu', ['chau-au'], ['chau-a']],
    ['hà', ['ha'], ['hai']],
    ['hai', ['hai'], ['ha']],
    ['đi bộ', ['quan-1', 'hai'], ['chau-a']],
    ['tp.hcm', ['quan-1'], []],
    ['"quận 1"', ['quan-1'], ['quan-10']],
  ])('%j finds %j and not %j', async (text, found, missed) => {
    const got = await planned(text);
    for (const id of found) expect(got).toContain(id);
    for (const id of missed) expect(got).not.toContain(id);
  });

  it('shows no word-end mark in titles or excerpts', async () => {
    const plan = planQuery('châu Á');
    const found = await pf.search(plan.kind === 'search' ? plan.query : '');
    const data = await found.results[0]!.data();
    expect(data.excerpt).toContain(WORD_END); // the index has it…
    const parts = excerptParts(data.excerpt);
    expect(parts.map((p) => p.text).join('')).toBe('Giải vô địch châu Á khai mạc.'); // …the reader does not see it
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['châu', 'Á']);
  });
});

describe('the index the build writes', () => {
  it.each([['pagefind.js', true], ['pagefind-worker.js', false]] as const)(
    '%s is patched to read Pagefind\'s answer as needed: %s (the app runs pagefind.js in its own worker)',
    (file, patched) => {
      expect(readFileSync(join(dir, file), 'utf8').startsWith(PATCH_MARK)).toBe(patched);
    },
  );
});
