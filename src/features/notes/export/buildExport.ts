import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../domain/notes/exportTypes';
import type { QueryClient } from '@tanstack/react-query';
import { anchorAll, prepareText } from '../../../domain/anchoring';
import { toPlainText } from '../../../domain/article/plainText';
import type { Article } from '../../../domain/article/types';
import type { Annotation } from '../../../domain/notes/annotation';
import { withNote } from '../../../domain/notes/model';
import type { ReadResult } from '../../../storage/annotations';
import { useAppStore } from '../../../stores/store';
import { queryKeys } from '../../../lib/queryKeys';
import type { AnchoredNote, ExportEntry } from '../../../domain/notes/exportTypes';
import { formatCsv, formatCsvAll } from '../../../domain/notes/csv';
import { formatMarkdown, formatMarkdownAll } from '../../../domain/notes/markdown';
import { formatW3cJson, formatW3cJsonAll } from '../../../domain/notes/w3cJson';
import { allAnnotationsQueryOptions, annotationsQueryOptions } from '../../../annotations';
import { indexQueryOptions } from '../../../articles/getIndex';
import { articleQueryOptions } from '../../../articles/getArticle';
import { EXPORT_MIME, exportFileName, type ExportFormat, type ExportScope } from '../fileNames';
import type { OwnRecord } from '../../../domain/own/record';
import { withArticles } from '../../../domain/own/transfer';

/** The reader's own articles in the scope: Margin's JSON carries them, so another browser can read the notes. */
async function ownRecordsIn(scope: ExportScope): Promise<OwnRecord[]> {
  try {
    const { ownArticles } = await import('../../../storage/ownArticles');
    const { records } = await ownArticles().list();
    return scope.kind === 'all' ? records : records.filter((r) => r.article.id === scope.articleId);
  } catch {
    return [];
  }
}

const withOwn = (json: string, records: readonly OwnRecord[]) =>
  records.length === 0 ? json : `${JSON.stringify(withArticles(JSON.parse(json) as object, records), null, 2)}\n`;

/**
 * Builds an export file from the stored notes (loaded lazily: none of this is in the first-load
 * bundle). Each note is anchored in its article's plain text today, which gives the Markdown its
 * document order and the officials and figures a highlight covers.
 */
export type ExportResult =
  | { kind: 'empty' }
  | {
      kind: 'file';
      filename: string;
      text: string;
      mime: string;
      /** Notes in the file. */
      count: number;
      /** Stored records that could not be read, hence not in the file (the page offers them raw). */
      unreadable: number;
    };

/**
 * When an article cannot be loaded (no longer in the library), its notes are still exported: under
 * the article id, unanchored, and with their stored positions kept as they are (a blank text as long
 * as the furthest position stands in for the article, so the code point conversion changes nothing).
 */
function placeholderArticle(id: string, notes: readonly Annotation[]): Article {
  const length = Math.max(0, ...notes.map((a) => a.target.selector[1].end));
  return {
    id,
    title: id,
    published: null,
    source: null,
    byline: null,
    url: null,
    lang: 'vi',
    blocks: [{ type: 'paragraph', text: ' '.repeat(length) }],
    entities: [],
  };
}

async function loadArticle(client: QueryClient, id: string): Promise<Article | null> {
  try {
    return await client.fetchQuery(articleQueryOptions(id));
  } catch {
    return null;
  }
}

/** What the reader made that storage does not hold: pending or failed writes, and typed drafts. */
function unsavedNotes(client: QueryClient): Annotation[] {
  const storedNote = (articleId: string, id: string) =>
    client.getQueryData<ReadResult>(queryKeys.annotations.byArticle(articleId))?.annotations.find((a) => a.id === id);
  const { hlPending, hlEditors } = useAppStore.getState();
  const out = new Map<string, Annotation>();
  for (const w of Object.values(hlPending)) if (w.after) out.set(w.id, w.after);
  for (const e of Object.values(hlEditors)) {
    if (e.target.kind !== 'existing' || e.draft === e.initial) continue;
    const base = out.get(e.target.id) ?? storedNote(e.target.articleId, e.target.id);
    if (base) out.set(e.target.id, withNote(base, e.draft, new Date()));
  }
  return [...out.values()];
}

function anchorNotes(article: Article, notes: readonly Annotation[], unsaved: ReadonlySet<string> = new Set()): AnchoredNote[] {
  let ranges: ReturnType<typeof anchorAll> = [];
  try {
    ranges = anchorAll(prepareText(toPlainText(article.blocks).text), notes);
  } catch (e) {
    console.warn('[notes] could not anchor notes for export', article.id, e);
  }
  return notes.map((annotation, i) => ({ annotation, range: ranges[i] ?? null, ...(unsaved.has(annotation.id) && { unsaved: true }) }));
}

async function entryFor(client: QueryClient, articleId: string, notes: readonly Annotation[], unsaved: ReadonlySet<string>): Promise<ExportEntry> {
  const article = await loadArticle(client, articleId);
  if (!article) {
    return {
      article: { article: placeholderArticle(articleId, notes), url: null },
      notes: notes.map((annotation) => ({ annotation, range: null, ...(unsaved.has(annotation.id) && { unsaved: true }) })),
    };
  }
  return { article: { article, url: article.url ?? null }, notes: anchorNotes(article, notes, unsaved) };
}

/** Articles in library order (then any others by id), so the all-notes file reads like the library. */
async function libraryOrder(client: QueryClient): Promise<Map<string, number>> {
  try {
    const index = await client.fetchQuery(indexQueryOptions());
    return new Map(index.articles.map((a, i) => [a.id, i]));
  } catch {
    return new Map();
  }
}

/** `options`: the reader's language and colour names (exports meant for people use them). */
export async function buildExport(
  client: QueryClient,
  scope: ExportScope,
  format: ExportFormat,
  now: Date,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<ExportResult> {
  const pending = unsavedNotes(client).filter((a) => scope.kind === 'all' || a.target.source === scope.articleId);
  let read: ReadResult;
  try {
    read =
      scope.kind === 'all'
        ? await client.fetchQuery(allAnnotationsQueryOptions())
        : await client.fetchQuery(annotationsQueryOptions(scope.articleId));
  } catch (e) {
    // Storage unreadable: the notes only this tab holds are all there is to export, and they must be.
    if (pending.length === 0) throw e;
    read = { annotations: [], unreadable: [] };
  }
  const unsaved = new Set(pending.map((a) => a.id));
  const annotations = [...read.annotations.filter((a) => !unsaved.has(a.id)), ...pending];
  const own = format === 'json' ? await ownRecordsIn(scope) : [];
  if (annotations.length === 0 && own.length === 0) return { kind: 'empty' };
  const filename = exportFileName(scope, format, now);
  const base = { kind: 'file' as const, filename, mime: EXPORT_MIME[format], count: annotations.length, unreadable: read.unreadable.length };

  if (scope.kind === 'article') {
    const { article, notes } = await entryFor(client, scope.articleId, annotations, unsaved);
    const format1 = format === 'md' ? formatMarkdown : format === 'json' ? formatW3cJson : formatCsv;
    const text = format1(article, notes, now, options);
    return { ...base, text: format === 'json' ? withOwn(text, own) : text };
  }

  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byArticle.get(a.target.source) ?? [];
    list.push(a);
    byArticle.set(a.target.source, list);
  }
  const [order, entries] = await Promise.all([
    libraryOrder(client),
    Promise.all([...byArticle].map(([id, notes]) => entryFor(client, id, notes, unsaved))),
  ]);
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  entries.sort((a, b) => rank(a.article.article.id) - rank(b.article.article.id) || a.article.article.id.localeCompare(b.article.article.id));
  const formatAll = format === 'md' ? formatMarkdownAll : format === 'json' ? formatW3cJsonAll : formatCsvAll;
  const text = formatAll(entries, now, options);
  return { ...base, text: format === 'json' ? withOwn(text, own) : text };
}
