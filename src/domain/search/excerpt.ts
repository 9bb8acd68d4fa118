import { fromIndexText } from './fold';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return fromIndexText(text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m));
}

/**
 * Pagefind's excerpt is HTML with <mark> around matches. It becomes plain parts so the UI renders
 * text nodes (never innerHTML), with đ spelled back.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > last) parts.push({ text: decode(stripTags(excerpt.slice(last, m.index))), mark: false });
    parts.push({ text: decode(stripTags(m[1]!)), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(stripTags(excerpt.slice(last))), mark: false });
  return parts.filter((p) => p.text.length > 0);
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
