/**
 * A text the reader brought → an article draft (ingest + entity extraction; the heavy part, run in a
 * worker), its preview, and the draft with the reader's corrections → the article that is stored.
 */
import { validateArticle } from '../article/schema';
import type { Article } from '../article/types';
import { buildArticle, type Extractor, type SourceMeta } from '../ingest/build';
import { IngestError } from '../ingest/parse';
import { isoDate } from '../ingest/dates';
import { markdownToRaw } from './markdown';
import { ownId } from './ids';
import { problem, type OwnProblem } from './problems';
import type { SourceKind } from './decode';

/** What the page (or the HTML reader) hands to the worker: text in ingest's raw form plus what it knows. */
export interface DraftInput {
  /** File name, or "văn bản dán vào" for a paste. */
  source: string;
  kind: SourceKind;
  /** Decoded text (txt, md); for html, the article text the HTML reader found, one block per line. */
  text: string;
  meta?: SourceMeta;
}

export interface OfficialPreview {
  name: string;
  role: string | null;
}

export interface DraftPreview {
  title: string;
  published: string | null;
  paragraphs: number;
  headings: number;
  entities: number;
  officials: OfficialPreview[];
  organizations: number;
  figures: number;
  /** A saved page's scripts and the like, left out and never run (told to the reader). */
  activeContent?: number;
}

export type DraftResult = { ok: true; article: Article; preview: DraftPreview } | { ok: false; problem: OwnProblem };

export function previewOf(article: Article): DraftPreview {
  const officials = new Map<string, string | null>();
  for (const e of article.entities) {
    if (e.type !== 'official') continue;
    const name = e.name ?? e.text;
    if (!officials.has(name) || (officials.get(name) === null && e.role)) officials.set(name, e.role ?? null);
  }
  const count = (type: string) => article.entities.filter((e) => e.type === type).length;
  return {
    title: article.title,
    published: article.published,
    paragraphs: article.blocks.filter((b) => b.type === 'paragraph').length,
    headings: article.blocks.filter((b) => b.type === 'heading').length,
    entities: article.entities.length,
    officials: [...officials].map(([name, role]) => ({ name, role })),
    organizations: count('organization'),
    figures: count('figure'),
  };
}

export function buildDraft(input: DraftInput, extract: Extractor): DraftResult {
  let raw = input.text;
  const meta: SourceMeta = { ...input.meta };
  if (input.kind === 'md') {
    const md = markdownToRaw(input.text);
    raw = md.raw;
    if (md.published && meta.published === undefined) meta.published = md.published;
  }
  try {
    const article = buildArticle(raw, meta, extract, input.source);
    return { ok: true, article, preview: previewOf(article) };
  } catch (e) {
    if (e instanceof IngestError) {
      const detail = e.message.replace(/^[^:]*:\s*/, '');
      return { ok: false, problem: problem('no-article', input.source, e.missing ? { missing: e.missing } : { detail }) };
    }
    return { ok: false, problem: problem('unreadable', input.source, { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

export interface Corrections {
  title: string;
  /** YYYY-MM-DD or '' for no date. */
  published: string;
}

/** Why the reader's corrections cannot be saved (worded by the interface, in its language). */
export type DraftError = { code: 'no-title' } | { code: 'bad-date'; date: string } | { code: 'invalid'; detail: string };

export type Finished = { ok: true; article: Article } | { ok: false; error: DraftError };

/** The reader's title and date applied, a fresh own id, and the same checks as any article. */
export function finishDraft(draft: Article, corrections: Corrections, nonce: string): Finished {
  const title = corrections.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (title === '') return { ok: false, error: { code: 'no-title' } };
  const date = corrections.published.trim();
  let published: string | null = null;
  if (date !== '') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    published = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (published === null) return { ok: false, error: { code: 'bad-date', date } };
  }
  const article: Article = { ...draft, id: ownId(title, nonce), title, published };
  const checked = validateArticle(article);
  return checked.ok ? { ok: true, article: checked.value } : { ok: false, error: { code: 'invalid', detail: checked.error } };
}
