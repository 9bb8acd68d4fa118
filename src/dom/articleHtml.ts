/**
 * A saved news page (HTML text) → the article's blocks, with Mozilla's Readability over DOMParser.
 * DOMParser makes an inert document: its scripts never run, its handlers never fire, its frames and
 * images never load, and nothing of it is ever inserted into Margin's page. Loaded lazily with the
 * "Thêm bài" dialog (DOMParser does not exist in a worker; this part is quick, extraction is not).
 */
import { Readability } from '@mozilla/readability';
import type { BlockType } from '../domain/article/types';
import type { HtmlArticleInput, HtmlBlock } from '../domain/own/htmlDraft';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'PRE', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'CAPTION', 'HR',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);

function typeOf(tag: string, outer: BlockType): BlockType {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  return outer;
}

/** All of the paragraph's text is inside one <strong>/<b>. */
function isEmphasized(el: Element): boolean {
  const text = el.textContent?.trim() ?? '';
  if (text === '' || el.children.length !== 1) return false;
  const only = el.children[0]!;
  return (only.tagName === 'STRONG' || only.tagName === 'B') && only.textContent?.trim() === text;
}

/** The text of `root`, one block per block-level element, in document order. */
export function blocksOf(root: Element): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let buf = '';
  let emphasized = false;
  const flush = (type: BlockType) => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text !== '') out.push(emphasized && type === 'paragraph' ? { type, text, emphasized } : { type, text });
    buf = '';
    emphasized = false;
  };
  const visit = (node: Node, type: BlockType) => {
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush(type);
      return;
    }
    if (!BLOCK.has(tag)) {
      el.childNodes.forEach((c) => visit(c, type));
      return;
    }
    flush(type);
    const inner = typeOf(tag, type);
    el.childNodes.forEach((c) => visit(c, inner));
    emphasized = tag === 'P' && isEmphasized(el);
    flush(inner);
  };
  visit(root, 'paragraph');
  return out;
}

/**
 * What in the page would run in a browser: scripts (not JSON-LD data), frames and plugins, event
 * handler attributes, javascript: links and meta refreshes. Counted to tell the reader they were left out.
 */
export function countActiveContent(doc: Document): number {
  let n = doc.querySelectorAll('script:not([type="application/ld+json"]), iframe, frame, object, embed').length;
  for (const el of doc.querySelectorAll('*')) {
    if (el.tagName === 'META' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') n++;
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value))) n++;
    }
  }
  return n;
}

export type HtmlRead = { ok: true; input: HtmlArticleInput } | { ok: false; reason: string };

export function readArticleHtml(html: string, source: string, parser: DOMParser = new DOMParser()): HtmlRead {
  const doc = parser.parseFromString(html, 'text/html');
  const activeContent = countActiveContent(doc);
  // Not needed for safety (an inert document runs nothing) but keeps their text out of the article.
  doc.querySelectorAll('script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed').forEach((n) => n.remove());
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const parsed = new Readability<Element>(doc, { serializer: (n) => n as Element, charThreshold: 200 }).parse();
  if (!parsed?.content) return { ok: false, reason: 'Readability found no article text in the page' };
  return {
    ok: true,
    input: {
      source,
      title: parsed.title ?? null,
      published: parsed.publishedTime ?? null,
      siteName: parsed.siteName ?? null,
      byline: parsed.byline ?? null,
      url: canonical && /^https?:\/\//.test(canonical) ? canonical : null,
      blocks: blocksOf(parsed.content),
      activeContent,
    },
  };
}
