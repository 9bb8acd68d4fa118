import { useMemo } from 'react';
import type { Article } from '../../../domain/article/types';
import { spansByBlock } from '../../../domain/segments/segments';
import type { HighlightColor } from '../../../domain/notes/annotation';
import { useFlashId, useHighlightEditor } from '../../../stores/store';
import type { BlockPaint } from '../../../dom/paint';
import { blockLengthsOf, plainTextOf } from '../../../annotations/articleText';
import { DRAFT_ID, HL_FLASH_PREFIX as FLASH_PREFIX } from '../../../dom/paint';
import { useArticleHighlights, type Highlight } from '../../../annotations/useArticleHighlights';

/** Id of the hidden hint the first segment of every highlight points to (rendered by HighlightTools). */
export const HIGHLIGHT_HINT_ID = 'hl-hint';

/** The first segment of each highlight is a tab stop; Enter opens its editor. */
const LEAD = { tabIndex: 0, 'aria-describedby': HIGHLIGHT_HINT_ID };

export function highlightClass(h: Highlight, flashId: string | null): string {
  let c = `hl hl-${h.color}`;
  if (h.note) c += ' hl-note';
  if (h.state === 'saving') c += ' hl-saving';
  else if (h.state === 'failed') c += ' hl-failed';
  if (flashId === FLASH_PREFIX + h.id) c += ' hl-flash';
  return c;
}

/** The passage a new note is being written for (shown while the editor is open). */
export interface Draft {
  start: number;
  end: number;
  color: HighlightColor;
}

/**
 * Highlights as paints per block: class `hl hl-<colour>` (+ `hl-note`, `hl-saving`, `hl-failed`,
 * `hl-flash`), rendered as <mark data-hl="<id>">. A highlight with a note also gets a tiny paint on
 * its last character (`hl-note-end`) where CSS draws the note marker.
 */
export function buildHighlightPaints(
  article: Article,
  highlights: readonly Highlight[],
  flashId: string | null,
  draft: Draft | null = null,
): BlockPaint[][] {
  const plain = plainTextOf(article);
  const spans = highlights.map((h) => ({ id: h.id, start: h.range!.start, end: h.range!.end }));
  if (draft) spans.push({ id: DRAFT_ID, start: draft.start, end: draft.end });
  const perBlock = spansByBlock(plain.blockStarts, blockLengthsOf(article), spans);
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const classes = new Map(highlights.map((h) => [h.id, highlightClass(h, flashId)]));
  if (draft) classes.set(DRAFT_ID, `hl hl-${draft.color} hl-draft`);
  const seen = new Set<string>();
  const out: BlockPaint[][] = perBlock.map((pieces) =>
    pieces.map((s) => {
      const first = !seen.has(s.id);
      seen.add(s.id);
      return {
        id: s.id,
        start: s.start,
        end: s.end,
        className: classes.get(s.id)!,
        mark: true,
        data: { hl: s.id },
        ...(first && s.id !== DRAFT_ID && { lead: LEAD }),
      };
    }),
  );
  // The note marker goes on the last piece of each highlight with a note.
  const marked = new Set<string>();
  for (let b = perBlock.length - 1; b >= 0; b--) {
    for (const s of perBlock[b]!) {
      if (marked.has(s.id) || !byId.get(s.id)?.note) continue;
      marked.add(s.id);
      out[b]!.push({ id: `${s.id}:note`, start: s.end - 1, end: s.end, className: 'hl-note-end', mark: true });
    }
  }
  return out;
}

const signature = (paints: readonly BlockPaint[]) => paints.map((p) => `${p.id}:${p.start}:${p.end}:${p.className}`).join('|');

/** Last paints per article, so untouched blocks keep the very same array. */
const previous = new WeakMap<Article, BlockPaint[][]>();

function keepStable(article: Article, next: BlockPaint[][]): BlockPaint[][] {
  const prev = previous.get(article);
  const out = prev ? next.map((paints, b) => (prev[b] && signature(prev[b]) === signature(paints) ? prev[b] : paints)) : next;
  previous.set(article, out);
  return out;
}

/** The highlight paint layer for the reader body (anchored, memoised on article + highlights). */
export function useHighlightPaints(article: Article | undefined): BlockPaint[][] {
  const { anchored } = useArticleHighlights(article);
  const flashId = useFlashId();
  const editor = useHighlightEditor(article?.id ?? '');
  const target = editor?.target;
  const draftStart = target?.kind === 'new' ? target.start : -1;
  const draftEnd = target?.kind === 'new' ? target.end : -1;
  const draftColor = target?.kind === 'new' ? target.color : null;
  return useMemo(() => {
    if (!article) return [];
    const draft = draftStart >= 0 && draftColor ? { start: draftStart, end: draftEnd, color: draftColor } : null;
    return keepStable(article, buildHighlightPaints(article, anchored, flashId, draft));
  }, [article, anchored, flashId, draftStart, draftEnd, draftColor]);
}
