/**
 * Pagefind's WebAssembly answers a search with one JSON string holding every matching page and every
 * position of the query's words in it: 2–4 MB for a 2–3 letter prefix at 10,000 articles ("ngu":
 * 8,170 pages). pagefind.js parses all of it and makes an object per position, though the app shows
 * 6 pages. Here each page's id, group, score and meta fields are read at once and its positions only
 * when asked for (its excerpt). Anything unexpected (Pagefind's playground fields, another version's
 * layout) falls back to JSON.parse of the whole string.
 *
 * scripts/library/pagefindPatch.ts injects the source of `pagefindOutputReader` into pagefind.js, so
 * everything is inside it (a bundler may drop or rename top-level class names) and uses nothing from
 * outside but globals, and no class-field syntax (no helpers).
 */
export interface PagefindLocation {
  w: number;
  s: number;
  l: number;
  v?: { ws: string; lb: number };
}

export interface PagefindRawOutput {
  filtered_counts: Record<string, Record<string, number>>;
  total_counts: Record<string, Record<string, number>>;
  results: { p: string; g?: string; s: number; l: PagefindLocation[]; mf?: string[] }[];
  unfiltered_total: number;
}

/** What LazyHit needs of Pagefind's instance (PagefindInstance in pagefind.js). */
export interface PagefindInstanceLike {
  indexWeight: number;
  loadFragment(hash: string, group: string | undefined, weighted: unknown[], term: string): Promise<unknown>;
}

/** The reader's classes and parser, made inside one function so that its source stands alone. */
export function pagefindOutputReader() {
  /** One page of the answer, as JSON.parse would give it, with `l` parsed on first read. */
  class LazyResult {
    declare readonly p: string;
    declare readonly g: string | undefined;
    declare readonly s: number;
    declare mf: string[] | undefined;
    declare private readonly raw: string;
    declare private readonly from: number;
    declare private readonly to: number;
    declare private parsed: PagefindLocation[] | null;

    constructor(raw: string, from: number, to: number, p: string, g: string | undefined, s: number) {
      this.raw = raw;
      this.from = from;
      this.to = to;
      this.p = p;
      this.g = g;
      this.s = s;
      this.mf = undefined;
      this.parsed = null;
    }

    get l(): PagefindLocation[] {
      return (this.parsed ??= JSON.parse(this.raw.slice(this.from, this.to)) as PagefindLocation[]);
    }
  }

  function parseSearchOutput(raw: string): PagefindRawOutput {
    const RESULTS = '"results":[';
    const TOTAL = '],"unfiltered_total":';
    const start = raw.indexOf(RESULTS);
    const end = raw.lastIndexOf(TOTAL);
    // Playground mode adds a word object per position ("v"), whose strings may hold ']'.
    if (start < 0 || end < start || raw.charCodeAt(raw.length - 1) !== 125 || raw.includes('"v":{')) {
      return JSON.parse(raw) as PagefindRawOutput;
    }
    const head = JSON.parse(`${raw.slice(0, start - 1)}}`) as Pick<PagefindRawOutput, 'filtered_counts' | 'total_counts'>;
    const unfiltered = Number(raw.slice(end + TOTAL.length, raw.length - 1));
    const results: PagefindRawOutput['results'] = [];
    let i = start + RESULTS.length;
    while (i < end) {
      if (!raw.startsWith('{"p":"', i)) return JSON.parse(raw) as PagefindRawOutput;
      const pEnd = raw.indexOf('"', i + 6);
      const p = raw.slice(i + 6, pEnd);
      i = pEnd + 1;
      let g: string | undefined;
      if (raw.startsWith(',"g":"', i)) {
        const gEnd = raw.indexOf('"', i + 6);
        g = raw.slice(i + 6, gEnd);
        i = gEnd + 1;
      }
      if (!raw.startsWith(',"s":', i)) return JSON.parse(raw) as PagefindRawOutput;
      const sEnd = raw.indexOf(',', i + 5);
      const s = Number(raw.slice(i + 5, sEnd));
      i = sEnd;
      if (!raw.startsWith(',"l":[', i) || Number.isNaN(s) || p.includes('\\') || (g ?? '').includes('\\')) {
        return JSON.parse(raw) as PagefindRawOutput;
      }
      // Positions hold numbers only (no array inside), so the first ']' closes them.
      const lEnd = raw.indexOf(']', i + 5);
      const result = new LazyResult(raw, i + 5, lEnd + 1, p, g, s);
      i = lEnd + 1;
      if (raw.startsWith(',"mf":[', i)) {
        const mfEnd = raw.indexOf(']', i + 7);
        result.mf = JSON.parse(raw.slice(i + 6, mfEnd + 1)) as string[];
        i = mfEnd + 1;
      }
      if (raw.charCodeAt(i) !== 125) return JSON.parse(raw) as PagefindRawOutput;
      results.push(result);
      i++;
      if (raw.charCodeAt(i) === 44) i++;
      else if (i !== end) return JSON.parse(raw) as PagefindRawOutput;
    }
    if (Number.isNaN(unfiltered)) return JSON.parse(raw) as PagefindRawOutput;
    return { ...head, results, unfiltered_total: unfiltered };
  }

  /**
   * A result as pagefind.js gives it (id, score, words, data()), with its weighted positions made on
   * first use: by `words` or by `data()`, which passes them to Pagefind's excerpt.
   */
  class LazyHit {
    declare readonly id: string;
    declare readonly score: number;
    declare private readonly instance: PagefindInstanceLike;
    declare private readonly result: { p: string; g?: string; l: PagefindLocation[] };
    declare private readonly term: string;
    declare private weighted: { weight: number; balanced_score: number; location: number; verbose?: unknown }[] | null;

    constructor(instance: PagefindInstanceLike, result: { p: string; g?: string; s: number; l: PagefindLocation[] }, term: string) {
      this.instance = instance;
      this.result = result;
      this.term = term;
      this.id = result.p;
      this.score = result.s * instance.indexWeight;
      this.weighted = null;
    }

    private positions(): { weight: number; balanced_score: number; location: number; verbose?: unknown }[] {
      return (this.weighted ??= this.result.l.map((l) => {
        const loc: { weight: number; balanced_score: number; location: number; verbose?: unknown } = { weight: l.w / 24, balanced_score: l.s, location: l.l };
        if (l.v) loc.verbose = { word_string: l.v.ws, length_bonus: l.v.lb };
        return loc;
      }));
    }

    get words(): number[] {
      return this.positions().map((l) => l.location);
    }

    async data(): Promise<unknown> {
      return this.instance.loadFragment(this.result.p, this.result.g, this.positions(), this.term);
    }
  }

  return { LazyResult, LazyHit, parseSearchOutput };
}

export const { LazyResult, LazyHit, parseSearchOutput } = pagefindOutputReader();
