import { describe, expect, it } from 'vitest';
import { chunksForWord, chunksToLoad, compare, readIndexChunks, type IndexChunk, type PagefindMetaHolder } from './pagefindChunks';

/** CBOR as minicbor writes Pagefind's metadata: definite arrays, text strings, unsigned numbers. */
function cbor(value: unknown): number[] {
  const head = (major: number, n: number): number[] => {
    if (n < 24) return [(major << 5) | n];
    if (n < 256) return [(major << 5) | 24, n];
    if (n < 65536) return [(major << 5) | 25, n >> 8, n & 255];
    return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  };
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  const items = value as unknown[];
  return [...head(4, items.length), ...items.flatMap(cbor)];
}

const meta = (chunks: string[][], pages: unknown[] = [['vi_1', 300, ''], ['vi_2', 70000, 'grp']]) =>
  new Uint8Array(cbor(['1.6.0', pages, chunks, [['year', 'vi_f']], [], ['title']]));

// Pagefind's own example (pagefind/src/index/mod.rs): words apple, apricot, banana, peach in 3 chunks;
// "banana" lies above its chunk's `to`, below the next chunk's `from`.
const fruit: IndexChunk[] = [
  { from: 'apple', to: 'apple', hash: 'c0' },
  { from: 'apr', to: 'b', hash: 'c1' },
  { from: 'p', to: 'peach', hash: 'c2' },
];

describe('readIndexChunks reads the chunk list of Pagefind 1.6 metadata', () => {
  it.each([
    ['three chunks, pages with groups', [['apple', 'apple', 'c0'], ['apr', 'b', 'c1'], ['p', 'peach', 'c2']], fruit],
    ['no chunk', [], []],
    ['words with diacritics, quotes and 30 chunks', Array.from({ length: 30 }, (_, i) => [`“đ${String(i).padStart(2, '0')}`, `“đ${i}z`, `vi_${i}`]), null],
  ] as [string, string[][], IndexChunk[] | null][])('%s', (_, chunks, want) => {
    expect(readIndexChunks(meta(chunks))).toEqual(want ?? chunks.map(([from, to, hash]) => ({ from, to, hash })));
  });

  it.each([
    ['a cut-off file', meta([['a', 'b', 'c0']]).subarray(0, 30), /it ends|past the end/],
    ['a map where the list was', new Uint8Array([0xa0]), /CBOR type 5 where 4/],
    ['a chunk of two fields', meta([['a', 'c0']]), /other than 3 fields/],
    ['chunks out of order', meta([['b', 'b', 'c0'], ['a', 'a', 'c1']]), /out of order/],
  ])('stops on %s with a message', (_, bytes, message) => {
    expect(() => readIndexChunks(bytes)).toThrow(message);
  });
});

describe('compare orders strings by code point, as Pagefind (Rust) does', () => {
  it.each([
    ['a', 'b', -1],
    ['ab', 'a', 1],
    ['nga', 'nga', 0],
    ['\u{1F600}', '\uFFFD', 1], // JavaScript's < says the astral letter is the smaller
    ['\uFFFD', '\u{1F600}', -1],
    ['\u{1F600}', '\u{1F601}', -1],
    ['đ', 'z', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compare(a, b))).toBe(sign);
  });
});

describe('chunksForWord: every chunk that can hold a word extending the word, or a prefix of it', () => {
  it.each([
    ['ap', ['c0', 'c1']], // apple, apricot
    ['apr', ['c1']],
    ['b', ['c1']], // banana sits above c1's `to` ("b")
    ['ban', ['c1']],
    ['c', ['c1']], // where it would sort: no word, but the chunk is where one would be
    ['pea', ['c2']],
    ['peachy', ['c2']], // "peach", the longest prefix, for Pagefind's fallback
    ['apples', ['c0']],
    ['applf', ['c0']], // where it sorts, and "apple", are both below "apr"
    ['aq', ['c1']], // sorts in c1; its prefix "a" sorts before every word
    ['aa', []], // below every word
    ['zz', ['c2']],
  ])('%s → %j', (word, hashes) => {
    expect(chunksForWord(fruit, word)).toEqual(hashes);
  });

  // "n", "ng" in n0; "nga" … "nguyen" in n1 (its `to` proves a word extending "nguy", "nguyen"); "nguyenǂx" … in n2.
  const syllables: IndexChunk[] = [
    { from: 'n', to: 'ng', hash: 'n0' },
    { from: 'nga', to: 'nguyen', hash: 'n1' },
    { from: 'nguyenǂ', to: 'z', hash: 'n2' },
  ];
  it.each([
    ['nguyen', ['n1', 'n2']], // a chunk's `to` starts with it: the prefixes' chunk (n0) is not needed
    ['nguy', ['n1', 'n2']],
    ['nguyenǂ', ['n2']], // n2's `from` starts with it
    ['nguyeo', ['n0', 'n1', 'n2']], // no chunk proves a word extending it: "n", "ng" (n0) and "nguyen" (n1) may be the longest prefix
    ['ngx', ['n0', 'n2']], // sorts in n2, no word proved; "n", "ng" in n0
    ['nguyenǂx', ['n0', 'n1', 'n2']], // nothing proved: "nguyenǂ" (n2) may be its longest prefix
  ])('%s → %j (a word surely extending it drops the prefixes\' chunks)', (word, hashes) => {
    expect(chunksForWord(syllables, word)).toEqual(hashes);
  });

  it('takes prefixes by code point, not UTF-16 unit', () => {
    const chunks = [
      { from: 'a', to: 'a', hash: 'c0' },
      { from: '\u{1F600}', to: '\u{1F600}', hash: 'c1' },
      { from: '\u{1F600}b', to: 'z', hash: 'c2' },
    ];
    expect(chunksForWord(chunks, '\u{1F600}a')).toEqual(['c1']);
  });
});

describe('chunksToLoad', () => {
  it('adds to Pagefind\'s own chunks those of every word, and reads the metadata once', () => {
    const instance: PagefindMetaHolder = { searchMeta: meta(fruit.map((c) => [c.from, c.to, c.hash])) };
    expect(chunksToLoad(instance, ['c0'], 'ap  pea')).toEqual(['c0', 'c1', 'c2']);
    const read = instance.marginChunks;
    expect(chunksToLoad(instance, [], 'b')).toEqual(['c1']);
    expect(instance.marginChunks).toBe(read);
  });

  it('gives Pagefind\'s own list before its metadata is loaded', () => {
    expect(chunksToLoad({ searchMeta: null }, ['c9'], 'ap')).toEqual(['c9']);
  });
});
