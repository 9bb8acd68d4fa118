/**
 * The blocks an HTML reader found in a saved news page (headings, paragraphs and captions known from
 * the markup) → an article draft. Ingest's rules that the markup cannot tell are applied as for raw
 * text: the date line, the lead's source tag, the byline, long paragraphs, the page's tail.
 */
import type { Article, Block, BlockType } from '../article/types';
import type { Extractor } from '../ingest/build';
import { isStrongChrome } from '../ingest/chrome';
import { isByline, isShortLine, splitSourceTag } from '../ingest/classify';
import { parseDateLine } from '../ingest/dates';
import { splitLongParagraph } from '../ingest/sentences';
import { normalizeLine, slugify } from '../ingest/text';
import { previewOf, type DraftResult } from './draft';
import { problem } from './problems';

export interface HtmlBlock {
  type: BlockType;
  text: string;
  /** A paragraph that is all bold: many news sites mark their subheadings this way. */
  emphasized?: boolean;
}

export interface HtmlArticleInput {
  source: string;
  title: string | null;
  /** From the page's metadata (ISO date or date-time), when it has one. */
  published: string | null;
  siteName: string | null;
  byline: string | null;
  url: string | null;
  blocks: HtmlBlock[];
  /** Scripts, frames, event handlers, javascript: links and redirects the page had: left out, never run. */
  activeContent?: number;
}

export function buildHtmlDraft(input: HtmlArticleInput, extract: Extractor): DraftResult {
  let blocks = input.blocks
    .map((b) => {
      const text = normalizeLine(b.text);
      const type: BlockType = b.type === 'paragraph' && b.emphasized && isShortLine(text) && !isByline(text) ? 'heading' : b.type;
      return { type, text };
    })
    .filter((b) => b.text !== '');
  const metaTitle = input.title ? normalizeLine(input.title) : '';
  const title = metaTitle || blocks.find((b) => b.type === 'heading')?.text || blocks[0]?.text || '';
  // The page's own <h1> usually repeats the title at the top of the article.
  const repeat = blocks.slice(0, 3).findIndex((b) => b.text === title);
  if (repeat >= 0) blocks.splice(repeat, 1);

  let published = /^\d{4}-\d{2}-\d{2}/.test(input.published ?? '') ? input.published!.slice(0, 10) : null;
  const dateAt = blocks.slice(0, 3).findIndex((b) => parseDateLine(b.text) !== null);
  if (dateAt >= 0) {
    published ??= parseDateLine(blocks[dateAt]!.text);
    blocks.splice(dateAt, 1);
  }

  const tail = blocks.findIndex((b, i) => i > 0 && b.type !== 'paragraph' && isStrongChrome(b.text));
  if (tail >= 0) blocks = blocks.slice(0, tail);

  let byline = input.byline ? normalizeLine(input.byline) : null;
  const last = blocks[blocks.length - 1];
  if (blocks.length > 1 && last && last.type === 'paragraph' && isByline(last.text)) {
    byline ??= last.text;
    blocks.pop();
  }

  let source: string | null = null;
  const out: Block[] = [];
  let lead = true;
  for (const b of blocks) {
    if (b.type !== 'paragraph') {
      out.push(b);
      continue;
    }
    let text = b.text;
    if (lead) {
      lead = false;
      const tagged = splitSourceTag(text);
      if (tagged) {
        source = tagged.source;
        text = tagged.rest;
      }
    }
    for (const t of splitLongParagraph(text)) out.push({ type: 'paragraph', text: t });
  }

  if (!title) return { ok: false, problem: problem('no-article', input.source, { missing: 'title' }) };
  // As for raw text: at least one real paragraph (a sentence, or a long line), not just links and labels.
  if (!out.some((b) => b.type === 'paragraph' && !isShortLine(b.text))) {
    return { ok: false, problem: problem('no-article', input.source, { missing: 'paragraphs' }) };
  }
  const article: Article = {
    id: slugify(title),
    title,
    published,
    source: source ?? (input.siteName ? normalizeLine(input.siteName) : null),
    byline,
    url: input.url,
    lang: 'vi',
    blocks: out,
    entities: extract(out),
  };
  return { ok: true, article, preview: { ...previewOf(article), activeContent: input.activeContent ?? 0 } };
}
