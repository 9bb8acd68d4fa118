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
   * Number of keys matched from `i` (longest phrase), 0 if none. `keys(j)` returns the key of the
   * j-th word, or null where the phrase cannot continue (punctuation, block end).
   */
  match(keys: (j: number) => string | null, i: number): number {
    let n: Node | undefined = this.root;
    let best = 0;
    for (let j = i; n; j++) {
      const k = keys(j);
      if (k === null) break;
      n = n.next.get(k);
      if (n?.end) best = j - i + 1;
    }
    return best;
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
