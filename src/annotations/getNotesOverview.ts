import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { tagCountsOfTallies, tagCounts } from '../domain/notes/notesView';
import { queryKeys } from '../lib/queryKeys';
import type { NotesOverview, ReadResult } from '../storage/annotations';
import { useAllAnnotations } from './getAllAnnotations';
import { ensureSchemaOnce } from './schema';
import { loadStorage } from './storageClient';

/** Under annotations.all, so every invalidation of notes reaches it. */
export const overviewKey = (limit: number) => [...queryKeys.annotations.all, 'overview', limit] as const;

/** Every article's summary and the notes of the newest articles (enough for `limit` rows). */
export async function getNotesOverview(limit: number, titleOf?: (articleId: string) => string): Promise<NotesOverview> {
  await ensureSchemaOnce();
  return (await loadStorage()).listOverview(limit, titleOf);
}

/** `titleOf` orders articles with equal activity, as the page does; `enabled: false` waits for the titles. */
export const notesOverviewQueryOptions = (limit: number, titleOf?: (articleId: string) => string) =>
  queryOptions({ queryKey: overviewKey(limit), queryFn: () => getNotesOverview(limit, titleOf), networkMode: 'always', staleTime: Infinity });

/** The all-notes page's first read (summaries + the first rows' notes). */
export function useNotesOverview(limit: number, titleOf: (articleId: string) => string, enabled: boolean) {
  return useQuery({ ...notesOverviewQueryOptions(limit, titleOf), enabled });
}

/**
 * After a full read: summaries that do not match the notes are recomputed from the store (all of
 * them when they were not trusted at all). Best effort: the page already shows the full read.
 */
export async function repairSummaries(overview: NotesOverview, full: ReadResult): Promise<void> {
  const storage = await loadStorage();
  if (overview.summaries === null) return storage.rebuildSummaries();
  const stale = storage.staleSummaries(overview.summaries, full.annotations, full.unreadable);
  if (stale.length > 0) await storage.refreshSummaries(stale);
}

/**
 * How many readable notes each article has, from the summaries alone (no note is read); from a
 * full read when the summaries cannot be trusted. For the library rows.
 */
export function useNoteCountsByArticle(): ReadonlyMap<string, number> | undefined {
  const overview = useNotesOverview(0, (id) => id, true);
  const summaries = overview.data?.summaries;
  const all = useAllAnnotations({ enabled: overview.isError || summaries === null });
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (summaries) {
      for (const s of summaries) if (s.notes + s.highlights > 0) counts.set(s.articleId, s.notes + s.highlights);
      return counts;
    }
    if (!all.data) return undefined;
    for (const a of all.data.annotations) counts.set(a.target.source, (counts.get(a.target.source) ?? 0) + 1);
    return counts;
  }, [summaries, all.data]);
}

/**
 * Every tag in use with its count (most used first), for completion: from the summaries alone, or
 * from a full read when they cannot be trusted. `enabled: false` reads nothing.
 */
export function useTagCounts(enabled = true): { tag: string; count: number }[] | undefined {
  const overview = useNotesOverview(0, (id) => id, enabled);
  const summaries = overview.data?.summaries;
  const all = useAllAnnotations({ enabled: enabled && (overview.isError || summaries === null) });
  return useMemo(() => {
    if (summaries) return tagCountsOfTallies(summaries);
    return all.data ? tagCounts(all.data.annotations) : undefined;
  }, [summaries, all.data]);
}
