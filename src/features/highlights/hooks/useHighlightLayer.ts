import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Article } from '../../../domain/article/types';
import { createHighlightPainter, supportsCustomHighlights, type HighlightPainter } from '../../../dom/highlightPainter';
import { viewportWatcher } from '../../../dom/nearViewport';
import { ATTR, HIGHLIGHTS_PAINTED_EVENT, setHighlightLocator, type BlockPaint } from '../../../dom/paint';
import { plainTextOf } from '../../../annotations/articleText';
import { useArticleHighlights } from '../../../annotations/useArticleHighlights';
import { useIsClient } from '../../../components/useIsClient';
import { useFlashId, useHighlightEditor } from '../../../stores/store';
import { highlightSpans, STYLE_ORDER, stylePriority, type Draft } from './highlightSpans';
import { useHighlightPaints } from './useHighlightPaints';

/** The Custom Highlight API names are `margin-hl-<style>` (styled in highlights.css). */
const PREFIX = 'margin-hl';
/** User Timing mark after each paint (the bench reads detail.count). */
const PAINTED_MARK = 'margin:highlights-painted';
/** What this layer adds to the blocks when the browser paints the ranges itself: nothing, the same nothing each render. */
const NO_PAINTS: BlockPaint[][] = [];

function useDraft(articleId: string): Draft | null {
  const editor = useHighlightEditor(articleId);
  const target = editor?.target;
  const start = target?.kind === 'new' ? target.start : -1;
  const end = target?.kind === 'new' ? target.end : -1;
  const color = target?.kind === 'new' ? target.color : null;
  return useMemo(() => (start >= 0 && color ? { start, end, color } : null), [start, end, color]);
}

/** Sets `<attr>="<values>"` on the blocks listed, and removes it from the others (one pass over the blocks). */
function applyBlockAttribute(blocks: NodeListOf<Element>, attr: string, values: Map<number, readonly (string | number)[]>): void {
  for (const el of blocks) {
    const list = values.get(Number(el.getAttribute(ATTR.block)));
    const value = list?.join(' ') ?? null;
    if (el.getAttribute(attr) === value) continue;
    if (value === null) el.removeAttribute(attr);
    else el.setAttribute(attr, value);
  }
}

/** The margin bar (`data-hl-bar`: colours) and the printed footnote numbers (`data-hl-notes`) per block. */
function applyBlockMarks(body: Element, layer: { bars: Map<number, string[]>; notes: Map<number, number[]> } | null): void {
  const blocks = body.querySelectorAll(`[${ATTR.block}]`);
  applyBlockAttribute(blocks, 'data-hl-bar', layer?.bars ?? new Map());
  applyBlockAttribute(blocks, 'data-hl-notes', layer?.notes ?? new Map());
}

/**
 * The reader's highlights over the article body. Where the browser has the CSS Custom Highlight API
 * they are ranges in `CSS.highlights` — no element added, no block re-rendered, the prerendered HTML
 * untouched — and this returns no paints. Elsewhere it returns <mark> paints for the reader to render.
 */
export function useHighlightLayer(article: Article | undefined): BlockPaint[][] {
  const client = useIsClient();
  const painted = client && supportsCustomHighlights();
  const elements = useHighlightPaints(painted ? undefined : article);
  const { anchored } = useArticleHighlights(painted ? article : undefined);
  const flashId = useFlashId();
  const draft = useDraft(article?.id ?? '');
  const painter = useRef<{ painter: HighlightPainter; body: Element } | null>(null);

  // Layout effects: painted in the same frame as the commit that brought the notes, not a frame later.
  useLayoutEffect(() => {
    if (!painted || !article) return;
    const body = document.querySelector(`[${ATTR.article}="${CSS.escape(article.id)}"]`);
    if (!body) return;
    const p = createHighlightPainter(body, plainTextOf(article), {
      prefix: PREFIX,
      priority: stylePriority,
      mark: PAINTED_MARK,
      styles: STYLE_ORDER,
      near: typeof IntersectionObserver === 'function' ? viewportWatcher() : 'all',
    });
    painter.current = { painter: p, body };
    setHighlightLocator(body, p);
    return () => {
      painter.current = null;
      setHighlightLocator(body, null);
      p.dispose();
      applyBlockMarks(body, null);
    };
  }, [painted, article]);

  const layer = useMemo(
    () => (painted && article ? highlightSpans(plainTextOf(article), anchored, flashId, draft) : null),
    [painted, article, anchored, flashId, draft],
  );
  useLayoutEffect(() => {
    const current = painter.current;
    if (!current || !layer) return;
    current.painter.paint(layer.spans);
    applyBlockMarks(current.body, layer);
    current.body.dispatchEvent(new CustomEvent(HIGHLIGHTS_PAINTED_EVENT, { bubbles: true }));
  }, [layer]);

  return painted ? NO_PAINTS : elements;
}
