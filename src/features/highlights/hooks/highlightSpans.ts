import type { PaintSpan } from '../../../dom/highlightPainter';
import type { PlainText } from '../../../domain/article/plainText';
import { locate } from '../../../domain/article/plainText';
import type { HighlightColor } from '../../../domain/notes/annotation';
import { DRAFT_ID, HL_FLASH_PREFIX } from '../../../dom/paint';
import type { Highlight } from '../../../annotations/useArticleHighlights';

/** The passage a new note is being written for (shown while the editor is open). */
export interface Draft {
  start: number;
  end: number;
  color: HighlightColor;
}

/**
 * Styles stack: a later one wins where two set the same property (a flash over a colour, a failed
 * write's underline over a note's). Each is one `::highlight(margin-hl-<style>)` rule.
 */
export const STYLE_ORDER = ['yellow', 'green', 'blue', 'pink', 'purple', 'note', 'saving', 'failed', 'draft', 'flash'] as const;
export const stylePriority = (style: string) => Math.max(0, STYLE_ORDER.indexOf(style as (typeof STYLE_ORDER)[number]));

export interface HighlightSpans {
  spans: PaintSpan[];
  /** Per block index, the colours of the highlights in it (the margin bar), in document order. */
  bars: Map<number, HighlightColor[]>;
  /** Per block index, the footnote numbers of the notes ending in it (print), numbered as PrintNotes. */
  notes: Map<number, number[]>;
}

/** What the painter paints for the reader's highlights, the draft passage and a flash. */
export function highlightSpans(
  plain: PlainText,
  highlights: readonly Highlight[],
  flashId: string | null,
  draft: Draft | null,
): HighlightSpans {
  const spans: PaintSpan[] = [];
  const bars = new Map<number, HighlightColor[]>();
  for (const h of highlights) {
    if (!h.range || h.range.end <= h.range.start) continue;
    const styles: string[] = [h.color];
    if (h.note) styles.push('note');
    if (h.state === 'saving') styles.push('saving');
    else if (h.state === 'failed') styles.push('failed');
    if (flashId === HL_FLASH_PREFIX + h.id) styles.push('flash');
    spans.push({ id: h.id, start: h.range.start, end: h.range.end, styles });
    const first = locate(plain, h.range.start).block;
    const last = locate(plain, h.range.end - 1).block;
    for (let b = first; b <= last; b++) {
      const colours = bars.get(b) ?? [];
      if (!colours.includes(h.color)) colours.push(h.color);
      bars.set(b, colours);
    }
  }
  if (draft && draft.end > draft.start) spans.push({ id: DRAFT_ID, start: draft.start, end: draft.end, styles: [draft.color, 'draft'] });
  const notes = new Map<number, number[]>();
  const noted = highlights.filter((h) => h.note.trim() !== '' && h.range).sort((a, b) => a.range!.end - b.range!.end);
  noted.forEach((h, i) => {
    const b = locate(plain, h.range!.end - 1).block;
    notes.set(b, [...(notes.get(b) ?? []), i + 1]);
  });
  return { spans, bars, notes };
}
