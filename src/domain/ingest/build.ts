import { isWebUrl } from '../article/url';
import type { Article, ArticleIndex, ArticleSummary, Block, Entity } from '../article/types';
import { extractWithTitle } from '../entities/title';
import { IngestError, parseRawArticle } from './parse';
import { slugify, wordCount } from './text';

/** Facts about a raw text that the text itself does not carry (from a `.meta.json` beside it). */
export interface SourceMeta {
  source?: string | null;
  url?: string | null;
  published?: string | null;
}

export type Extractor = (blocks: readonly Block[]) => Entity[];

/** An article with what ingest cut from its raw text (reported by the command). */
export interface BuiltArticle {
  article: Article;
  cut: string[];
  keptMarkers: string[];
}


export function buildArticle(raw: string, meta: SourceMeta, extract: Extractor, label: string): Article {
  return ingestRaw(raw, meta, extract, label).article;
}

export function ingestRaw(raw: string, meta: SourceMeta, extract: Extractor, label: string): BuiltArticle {
  if (meta.published !== undefined && meta.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
    throw new IngestError(`${label}: meta "published" must be YYYY-MM-DD, got "${meta.published}".`);
  }
  if (meta.url !== undefined && meta.url !== null && !isWebUrl(meta.url)) {
    throw new IngestError(`${label}: meta "url" must be an http(s) address, got "${String(meta.url).slice(0, 60)}".`);
  }
  const parsed = parseRawArticle(raw, label);
  // The title is read with the body (one person across both) and its marks are kept apart.
  const { titleEntities, entities } = extractWithTitle(extract, parsed.title, parsed.blocks);
  const article: Article = {
    id: slugify(parsed.title),
    title: parsed.title,
    // What the page itself says wins over the side file.
    published: parsed.published ?? meta.published ?? null,
    source: parsed.source ?? meta.source ?? null,
    byline: parsed.byline,
    url: meta.url ?? null,
    lang: 'vi',
    blocks: parsed.blocks,
    entities,
    titleEntities,
  };
  return { article, cut: parsed.cut, keptMarkers: parsed.keptMarkers };
}

/** Two different texts with one title still get distinct ids: "slug", "slug-2", … */
export function assignUniqueIds(articles: Article[], taken: ReadonlySet<string> = new Set()): Article[] {
  const used = new Set(taken);
  return articles.map((a) => {
    let id = a.id;
    for (let n = 2; used.has(id); n++) id = `${a.id}-${n}`;
    used.add(id);
    return id === a.id ? a : { ...a, id };
  });
}

export function summarize(article: Article): ArticleSummary {
  const officials = new Set(article.entities.filter((e) => e.type === 'official').map((e) => e.name ?? e.text));
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    counts: {
      blocks: article.blocks.length,
      words: article.blocks.reduce((n, b) => n + wordCount(b.text), 0),
      entities: article.entities.length,
      officials: officials.size,
    },
  };
}

/** Newest first; undated articles after dated ones, then by title. */
export function buildIndex(articles: readonly Article[]): ArticleIndex {
  return indexOfSummaries(articles.map(summarize));
}

export function indexOfSummaries(summaries: readonly ArticleSummary[]): ArticleIndex {
  const rows = [...summaries];
  rows.sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? 1 : -1;
    }
    return a.title.localeCompare(b.title, 'vi');
  });
  return { articles: rows };
}
