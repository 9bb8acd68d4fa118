/** Finding, focusing and placing things around highlights in the rendered article. */
import type { EditorTarget } from '../../stores/highlightsSlice';
import { useAppStore } from '../../stores/store';

export const FLASH_PREFIX = 'hl:';
export const DRAFT_ID = 'hl-draft';

const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

/** Every rendered segment of a highlight, in document order. */
export function highlightElements(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[data-hl~="${esc(id)}"]`)];
}

export function firstHighlightElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[data-hl~="${esc(id)}"]`);
}

/** The highlight ids painted on a segment. */
export function highlightIdsAt(el: Element): string[] {
  return (el.getAttribute('data-hl') ?? '').split(' ').filter((id) => id && id !== DRAFT_ID);
}

/** The highlight segment an event happened in (inside `root`). */
export function highlightTarget(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>('mark[data-hl]');
  return el && root.contains(el) ? el : null;
}

export function articleBodyElement(articleId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-article="${esc(articleId)}"]`);
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function scrollIntoViewCentered(el: Element): void {
  el.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

export function isTextInput(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** A viewport rectangle to place a popover against. */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The box around a range's first or last line (the toolbar sits by the line the reader ended on). */
export function rangeAnchor(range: Range, which: 'first' | 'last' = 'first'): AnchorRect | null {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const r = which === 'first' ? rects[0] : rects[rects.length - 1];
  const box = r ?? range.getBoundingClientRect();
  if (!box || (box.width === 0 && box.height === 0 && box.top === 0 && box.left === 0)) return null;
  return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
}

/** The union of an element list's boxes (a highlight across several segments). */
export function elementsAnchor(els: readonly Element[]): AnchorRect | null {
  const first = els[0]?.getClientRects()[0];
  if (!first) return null;
  return { top: first.top, bottom: first.bottom, left: first.left, right: first.right };
}

/**
 * Page coordinates for a popover of size (w, h) beside `anchor`: above it when there is room
 * (or below when `prefer` is 'below'), centred on it and kept inside the viewport.
 */
export function placePopover(
  anchor: AnchorRect,
  w: number,
  h: number,
  prefer: 'above' | 'below',
  gap = 10,
): { top: number; left: number; side: 'above' | 'below' } {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const roomAbove = anchor.top - gap;
  const roomBelow = vh - anchor.bottom - gap;
  let side: 'above' | 'below' = prefer;
  if (side === 'above' && roomAbove < h && roomBelow >= h) side = 'below';
  else if (side === 'below' && roomBelow < h && roomAbove >= h) side = 'above';
  const topV = side === 'above' ? anchor.top - gap - h : anchor.bottom + gap;
  const centre = (anchor.left + anchor.right) / 2;
  const margin = 8;
  const leftV = Math.max(margin, Math.min(centre - w / 2, vw - w - margin));
  return { top: Math.max(0, topV + window.scrollY), left: leftV + window.scrollX, side };
}

let returnTo: HTMLElement | null = null;

/** Where focus goes back to when the note editor closes (the control that opened it). */
export function setEditorReturnFocus(el: Element | null): void {
  returnTo = el instanceof HTMLElement && el !== document.body ? el : null;
}

export function takeEditorReturnFocus(): HTMLElement | null {
  const el = returnTo;
  returnTo = null;
  return el?.isConnected ? el : null;
}

/**
 * Opens the note editor on `target`, unless the article's editor holds unsaved typing: then focus
 * goes back to that text with a word of explanation, and false is returned.
 */
export function openEditorOrPoint(target: EditorTarget, draft: string): boolean {
  const state = useAppStore.getState();
  if (state.requestEditor(target, draft)) return true;
  document.querySelector<HTMLTextAreaElement>('.hl-editor textarea')?.focus();
  state.setHighlightNotice({ kind: 'info', text: 'Bạn đang viết dở một ghi chú: hãy lưu hoặc huỷ nó trước.' });
  return false;
}
