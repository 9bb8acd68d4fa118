import type { Annotation, HighlightColor } from '../../domain/notes/annotation';
import { colorOf } from '../../domain/notes/model';
import { buildNotesView, countNotes, tagCounts, tagCountsOfTallies, type NotesCounts } from '../../domain/notes/notesView';
import { pageOrder } from '../../storage/overview';
import type { ArticleSummary } from '../../storage/summaries';

/**
 * What the all-notes page shows around the rows: counts, colour chips, tag and article lists. From
 * every note once they are read; before that from the per-article summaries (the same figures,
 * notesData.test.ts checks they agree), with `all` holding only the newest articles' notes.
 */
export interface NotesData {
  /** The notes to list: all of them when `complete`, else the newest articles' notes. */
  all: readonly Annotation[];
  complete: boolean;
  totals: NotesCounts;
  colorCounts: ReadonlyMap<HighlightColor, number>;
  tags: { tag: string; count: number }[];
  /** Article ids with notes, newest activity first (as the groups are ordered). */
  articles: string[];
}

export function dataFromNotes(all: readonly Annotation[], titleOf: (id: string) => string): NotesData {
  const colorCounts = new Map<HighlightColor, number>();
  for (const a of all) colorCounts.set(colorOf(a), (colorCounts.get(colorOf(a)) ?? 0) + 1);
  return {
    all,
    complete: true,
    totals: countNotes(all),
    colorCounts,
    tags: tagCounts(all),
    articles: buildNotesView(all, titleOf).groups.map((g) => g.articleId),
  };
}

/** `summaries` in key order (as stored), `first` the notes of the newest articles. */
export function dataFromSummaries(summaries: readonly ArticleSummary[], first: readonly Annotation[], titleOf: (id: string) => string): NotesData {
  const totals: NotesCounts = { notes: 0, highlights: 0, articles: 0 };
  const colorCounts = new Map<HighlightColor, number>();
  const withNotes: ArticleSummary[] = [];
  for (const s of summaries) {
    if (s.notes + s.highlights === 0) continue;
    withNotes.push(s);
    totals.notes += s.notes;
    totals.highlights += s.highlights;
    totals.articles++;
    for (const [c, n] of Object.entries(s.colors) as [HighlightColor, number][]) colorCounts.set(c, (colorCounts.get(c) ?? 0) + n);
  }
  const articles = pageOrder(withNotes, titleOf).map((s) => s.articleId);
  return {
    all: first,
    complete: false,
    totals,
    colorCounts,
    tags: tagCountsOfTallies(withNotes),
    articles,
  };
}
