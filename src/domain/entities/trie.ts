/** A word-level trie: longest match of lexicon phrases over token keys. */
interface Node {
  next: Map<string, Node>;
  end: boolean;
}

const node = (): Node => ({ next: new Map(), end: false });

/**
 * A block's keys (BlockCtx.keys), optionally with, for each token i, bit sets of the tries a phrase of
 * which starts with its key: `starts[2 * i]` for the first 32 tries, `starts[2 * i + 1]` for the next 32.
 * Nearly every lookup misses at its first word; the bit answers that without a Map lookup.
 */
export type KeyList = readonly (string | null)[] & { starts?: readonly number[]; epoch?: number };

const BITS = 64;
const tries: Trie[] = [];
/** Bumped whenever a trie is made or gains a phrase: start bits computed before then are stale. */
let epoch = 0;

/** The current epoch: start bits built under another one are not used. */
export function trieEpoch(): number {
  return epoch;
}

export class Trie {
  private readonly root: Node = node();
  /** Index into a token's pair of start-bit words (2 * i + word), -1 past the first 64 tries. */
  private readonly word: number;
  private readonly bit: number;

  constructor(phrases: Iterable<string> = []) {
    const index = tries.length;
    tries.push(this);
    this.word = index < BITS ? index >> 5 : -1;
    this.bit = index < BITS ? 1 << (index & 31) : 0;
    epoch++;
    for (const p of phrases) this.add(p);
  }

  /** Start bits of a key over the first 64 tries: which of them have a phrase starting with it (word 0 or 1). */
  static startBits(key: string, word: 0 | 1): number {
    let bits = 0;
    for (let t = 32 * word; t < Math.min(tries.length, 32 * word + 32); t++) if (tries[t]!.root.next.has(key)) bits |= 1 << (t & 31);
    return bits;
  }

  add(phrase: string): void {
    epoch++;
    let n = this.root;
    for (const w of phrase.split(' ')) {
      let child = n.next.get(w);
      if (!child) {
        child = node();
        n.next.set(w, child);
      }
      n = child;
    }
    n.end = true;
  }

  /** Surely no phrase starts at keys[i]: the block's start bits say so (false when they cannot tell). */
  private missAt(keys: KeyList, i: number): boolean {
    const starts = keys.starts;
    if (starts === undefined || this.word < 0 || keys.epoch !== epoch) return false;
    // Outside the block there is no key, so no phrase; answered before reading a negative index, which would
    // turn the load site megamorphic for the whole run.
    return i < 0 || i >= keys.length || (starts[2 * i + this.word]! & this.bit) === 0;
  }

  /**
   * Number of keys matched from `i` (longest phrase), 0 if none. `keys[j]` is the key of the j-th
   * word, or null where the phrase cannot continue (punctuation); the array ends where the block does.
   */
  match(keys: KeyList, i: number): number {
    if (this.missAt(keys, i)) return 0;
    let n: Node | undefined = this.root;
    let best = 0;
    const len = keys.length;
    for (let j = i; j < len; j++) {
      const k = keys[j];
      if (k === null || k === undefined) break;
      n = n.next.get(k);
      if (n === undefined) break;
      if (n.end) best = j - i + 1;
    }
    return best;
  }

  /** Is keys[i, end) exactly one phrase? */
  exact(keys: KeyList, i: number, end: number): boolean {
    if (i < end && this.missAt(keys, i)) return false;
    let n: Node | undefined = this.root;
    for (let j = i; j < end; j++) {
      const k = keys[j];
      if (k === null || k === undefined) return false;
      n = n.next.get(k);
      if (n === undefined) return false;
    }
    return n.end;
  }

  /** Does some phrase start with the key `k`? */
  startsWith(k: string): boolean {
    return this.root.next.has(k);
  }

  has(phrase: string): boolean {
    let n: Node | undefined = this.root;
    for (const w of phrase.split(' ')) {
      n = n?.next.get(w);
      if (!n) return false;
    }
    return n.end;
  }
}
