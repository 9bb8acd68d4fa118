/**
 * Which index chunks a search must load so that its answer does not depend on earlier searches.
 *
 * Pagefind 1.6 loads, per query word, the one chunk whose range holds the word, then matches the
 * word as a prefix against every chunk loaded so far (and, when nothing extends it, takes the
 * longest loaded word that is a prefix of it). So "ng" found 1,268 pages fresh and 8,420 once the
 * "ngu" chunk was loaded (10,000 articles). Here every chunk that can hold a word extending a query
 * word, or (when no chunk surely holds one) a word that is a prefix of it, is loaded too, so both
 * matches see the whole index.
 *
 * Pagefind writes the chunks sorted, each `from` a prefix of its first word and above every word of
 * the chunk before (pagefind/src/index/mod.rs, chunk_meta), so chunk i holds words in
 * [from(i), from(i+1)). Strings compare by code point, as Rust's do.
 *
 * scripts/library/pagefindPatch.ts injects the source of `pagefindChunkPlanner` into pagefind.js, so
 * everything is inside it and uses nothing from outside but globals.
 */
export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/** What the planner reads of Pagefind's instance (PagefindInstance in pagefind.js). */
export interface PagefindMetaHolder {
  searchMeta: Uint8Array | null;
  marginChunks?: { meta: Uint8Array; chunks: IndexChunk[] };
}

export function pagefindChunkPlanner() {
  /** The index chunks listed in Pagefind 1.6's decompressed metadata: CBOR [version, pages, chunks, …]. */
  function readIndexChunks(meta: Uint8Array): IndexChunk[] {
    let at = 0;
    const decoder = new TextDecoder();
    const bad = (what: string) => new Error(`Pagefind's metadata is not the layout Margin reads (Pagefind 1.6): ${what} at byte ${at}`);
    const head = (major?: number): [number, number] => {
      const first = meta[at++];
      if (first === undefined) throw bad('it ends');
      const type = first >> 5;
      const info = first & 31;
      if (major !== undefined && type !== major) throw bad(`CBOR type ${type} where ${major} was expected`);
      if (info < 24) return [type, info];
      if (info > 27) throw bad(`CBOR length code ${info}`);
      let n = 0;
      for (let k = 0; k < 1 << (info - 24); k++) n = n * 256 + (meta[at++] ?? 0);
      return [type, n];
    };
    const text = (): string => {
      const n = head(3)[1];
      if (at + n > meta.length) throw bad('a string runs past the end');
      const start = at;
      at += n;
      return decoder.decode(meta.subarray(start, at));
    };
    const skip = (): void => {
      const [type, n] = head();
      if (type === 2 || type === 3) at += n;
      else if (type === 4 || type === 5) for (let k = 0; k < (type === 4 ? n : 2 * n); k++) skip();
      else if (type === 6) skip();
    };
    if (head(4)[1] < 3) throw bad('fewer than 3 top-level fields');
    skip(); // the generator's version
    skip(); // the pages
    const chunks: IndexChunk[] = [];
    for (let n = head(4)[1]; n > 0; n--) {
      if (head(4)[1] !== 3) throw bad('an index chunk of other than 3 fields');
      chunks.push({ from: text(), to: text(), hash: text() });
      if (chunks.length > 1 && compare(chunks[chunks.length - 2]!.from, chunks[chunks.length - 1]!.from) >= 0) throw bad('index chunks out of order');
    }
    return chunks;
  }

  /** Code point order (JavaScript's < compares UTF-16 units: an astral letter would sort below U+E000–U+FFFF). */
  function compare(a: string, b: string): number {
    for (let i = 0; i < a.length && i < b.length; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x === y) continue;
      const sx = x >= 0xd800 && x <= 0xdfff;
      if (sx !== (y >= 0xd800 && y <= 0xdfff)) return sx ? 1 : -1;
      return x < y ? -1 : 1;
    }
    return a.length - b.length;
  }

  /**
   * The hashes of the chunks that can hold a word starting with `word`, and of those that can hold a
   * word `word` starts with — unless some chunk surely holds a word extending it: Pagefind takes the
   * longest prefix only when no loaded word extends the query word (find_word_extensions in its
   * search.rs), and a chunk's `from` and `to` are prefixes of its first and last words, so one that
   * starts with `word` proves an extension. "nguyen" then loads 2 chunks, not 5 ("n", "ng", "ngu"…).
   */
  function chunksForWord(chunks: IndexChunk[], word: string): string[] {
    const letters = Array.from(word);
    const extended = chunks.some((chunk) => chunk.from.startsWith(word) || chunk.to.startsWith(word));
    const prefixes = extended ? [] : letters.slice(1).map((_, i) => letters.slice(0, i + 1).join(''));
    return chunks
      .filter((chunk, i) => {
        const next = chunks[i + 1]?.from;
        const below = (w: string) => next === undefined || compare(w, next) < 0;
        const extends_ = (compare(chunk.from, word) <= 0 || chunk.from.startsWith(word)) && below(word);
        return extends_ || prefixes.some((p) => compare(chunk.from, p) <= 0 && below(p));
      })
      .map((chunk) => chunk.hash);
  }

  /** Pagefind's own chunks for `term` (its request_indexes) and those every word of it can need. */
  function chunksToLoad(instance: PagefindMetaHolder, own: string[], term: string): string[] {
    const meta = instance.searchMeta;
    if (!meta) return own;
    if (instance.marginChunks?.meta !== meta) instance.marginChunks = { meta, chunks: readIndexChunks(meta) };
    const chunks = instance.marginChunks.chunks;
    const all = new Set(own);
    for (const word of term.split(' ')) if (word) for (const hash of chunksForWord(chunks, word)) all.add(hash);
    return [...all];
  }

  return { readIndexChunks, compare, chunksForWord, chunksToLoad };
}

export const { readIndexChunks, compare, chunksForWord, chunksToLoad } = pagefindChunkPlanner();
