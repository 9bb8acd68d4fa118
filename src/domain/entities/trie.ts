/** A word-level trie: longest match of lexicon phrases over token keys. */
interface Node {
  next: Map<string, Node>;
  end: boolean;
}

const node = (): Node => ({ next: new Map(), end: false });

export class Trie {
  private readonly root: Node = node();

  constructor(phrases: Iterable<string> = []) {
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
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

  /**
   * Number of keys matched from `i` (longest phrase), 0 if none. `keys[j]` is the key of the j-th
   * word, or null where the phrase cannot continue (punctuation); the array ends where the block does.
   */
  match(keys: readonly (string | null)[], i: number): number {
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
  exact(keys: readonly (string | null)[], i: number, end: number): boolean {
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
