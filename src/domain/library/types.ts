/** One article in the library list (what a row shows; the reader's notes are counted in the browser). */
export interface LibraryRow {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  /** Distinct officials, figures (numbers with what they count), words. */
  people: number;
  figures: number;
  words: number;
  /** Size of the article's JSON file: what saving it for offline costs. */
  bytes: number;
}

export interface Facet {
  /** What is shown and filtered on ("Dân trí", "2017"); null for "unknown". */
  value: string | null;
  key: string;
  count: number;
}

/** A view of the library: every article, or those of one source and/or one year, newest first. */
export interface ViewInfo {
  count: number;
  bytes: number;
}

/** library/index.json: what the library page needs to paint, and the map of the other files. */
export interface LibraryHead {
  version: 1;
  total: number;
  pageSize: number;
  sources: Facet[];
  years: Facet[];
  /** By view key ("all", "s-dan-tri", "y-2017", "s-dan-tri_y-2017"). */
  views: Record<string, ViewInfo>;
  /** Page 0 of "all", newest first: first paint needs no other file. */
  first: LibraryRow[];
}
