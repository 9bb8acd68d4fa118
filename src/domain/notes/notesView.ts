import { foldVietnamese } from '../search/fold';
import type { Annotation, HighlightColor } from './annotation';
import { compareVietnamese } from './collate';
import { colorOf, noteOf, quoteOf, tagsOf } from './model';
import { tagKey } from './tags';

/**
 * The "all notes" page as data: filter by colour, tag, article and a search (diacritic-insensitive,
 * "ngan sach" finds "ngân sách", over quote, note, tags and article title), then group by article,
 * newest activity first (an article's activity is its latest `modified`); inside an article, newest
 * first too. Highlights with a note and highlights alone are counted apart.
 */
export interface NotesFilter {
  query?: string;
  color?: HighlightColor | null;
  /** Any spelling of the tag (compared with tagKey). */
  tag?: string | null;
  articleId?: string | null;
}

export interface NotesGroup {
  articleId: string;
  title: string;
  /** ISO time of the latest change in this article. */
  latest: string;
  items: Annotation[];
}

export interface NotesCounts {
  /** Highlights that carry a note. */
  notes: number;
  /** Highlights without a note. */
  highlights: number;
  articles: number;
}

export interface NotesView {
  groups: NotesGroup[];
  counts: NotesCounts;
}

const newestFirst = (a: Annotation, b: Annotation) => b.modified.localeCompare(a.modified) || a.id.localeCompare(b.id);

function matcher(query: string | undefined): ((text: string) => boolean) | null {
  const words = foldVietnamese(query ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  return (text) => {
    const folded = foldVietnamese(text);
    return words.every((w) => folded.includes(w));
  };
}

export function countNotes(list: readonly Annotation[]): NotesCounts {
  const withNote = list.filter((a) => noteOf(a) !== '').length;
  return { notes: withNote, highlights: list.length - withNote, articles: new Set(list.map((a) => a.target.source)).size };
}

export function buildNotesView(
  all: readonly Annotation[],
  titleOf: (articleId: string) => string,
  filter: NotesFilter = {},
): NotesView {
  const matches = matcher(filter.query);
  const wantedTag = filter.tag ? tagKey(filter.tag) : null;
  const shown = all.filter((a) => {
    if (filter.color && colorOf(a) !== filter.color) return false;
    if (filter.articleId && a.target.source !== filter.articleId) return false;
    if (wantedTag !== null && !tagsOf(a).some((t) => tagKey(t) === wantedTag)) return false;
    if (matches && !matches([quoteOf(a), noteOf(a), tagsOf(a).join(' '), titleOf(a.target.source)].join('\n'))) return false;
    return true;
  });
  const byArticle = new Map<string, Annotation[]>();
  for (const a of shown) {
    const list = byArticle.get(a.target.source);
    if (list) list.push(a);
    else byArticle.set(a.target.source, [a]);
  }
  const groups = [...byArticle].map(([articleId, items]) => {
    items.sort(newestFirst);
    return { articleId, title: titleOf(articleId), latest: items[0]!.modified, items };
  });
  groups.sort((a, b) => b.latest.localeCompare(a.latest) || compareVietnamese(a.title, b.title));
  return { groups, counts: countNotes(shown) };
}

/** Every tag in use with how many highlights carry it, most used first (first spelling wins). */
export function tagCounts(all: readonly Annotation[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const a of all) {
    for (const tag of tagsOf(a)) {
      const k = tagKey(tag);
      const c = counts.get(k);
      if (c) c.count++;
      else counts.set(k, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareVietnamese(a.tag, b.tag));
}

/**
 * The same list as tagCounts, from per-article tallies of [first spelling, count] (the stored
 * summaries), taken in key order: no note needs to be read.
 */
export function tagCountsOfTallies(tallies: readonly { tags: readonly (readonly [string, number])[] }[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const t of tallies) {
    for (const [tag, n] of t.tags) {
      const k = tagKey(tag);
      const c = counts.get(k);
      if (c) c.count += n;
      else counts.set(k, { tag, count: n });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareVietnamese(a.tag, b.tag));
}

/** Completion for the tag editor: used tags starting with what is typed (diacritics optional), not already on the highlight. */
export function completeTag(used: readonly { tag: string }[], typed: string, already: readonly string[]): string[] {
  const q = foldVietnamese(typed.replace(/^#+/, '').trim());
  const have = new Set(already.map(tagKey));
  return used.map((u) => u.tag).filter((t) => !have.has(tagKey(t)) && foldVietnamese(t).startsWith(q));
}
