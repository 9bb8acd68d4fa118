/**
 * The paint contract: what the reader renders over a block's text, and the data-* attributes by
 * which the rest of the app finds it again in the DOM. Reader renders paints; entities and
 * highlights produce them; notes and the editor find them by these attributes.
 */

/** Something painted over a block's text, in block-local offsets. */
export interface BlockPaint {
  id: string;
  start: number;
  end: number;
  className: string;
  /** data-* attributes; when segments are covered by several paints the values are space-joined. */
  data?: Record<string, string>;
  /** Highlights render as <mark>, entity mentions as <span>. */
  mark?: boolean;
  /** Attributes for the paint's first segment only (a mention's tab stop: tabIndex, role …). */
  lead?: Record<string, string | number>;
}

/** Attribute names of the contract: a block's index, the entity indices and highlight ids on a segment, the article body. */
export const ATTR = {
  block: 'data-block',
  ent: 'data-ent',
  hl: 'data-hl',
  article: 'data-article',
} as const;

/** Paint layers (one list per block each) merged block by block. */
export function mergePaints(...layers: (readonly (readonly BlockPaint[])[])[]): BlockPaint[][] {
  const blocks = Math.max(0, ...layers.map((l) => l.length));
  return Array.from({ length: blocks }, (_, b) => layers.flatMap((l) => l[b] ?? []));
}

/** Equal when the paints would render the same (a block re-renders only when this changes). */
export const signature = (paints: readonly BlockPaint[]) =>
  paints.map((p) => `${p.id}:${p.start}:${p.end}:${p.className}${p.lead ? ':lead' : ''}`).join('|');

/** Highlights flash under this prefix in the store's flash id (entities use their own). */
export const HL_FLASH_PREFIX = 'hl:';
/** The paint id of the passage a new note is being written for. */
export const DRAFT_ID = 'hl-draft';

const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

/** Every rendered segment of a highlight, in document order. */
export function highlightElements(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[${ATTR.hl}~="${esc(id)}"]`)];
}

export function firstHighlightElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[${ATTR.hl}~="${esc(id)}"]`);
}

/** The highlight ids painted on a segment. */
export function highlightIdsAt(el: Element): string[] {
  return (el.getAttribute(ATTR.hl) ?? '').split(' ').filter((id) => id && id !== DRAFT_ID);
}

/** The highlight segment an event happened in (inside `root`). */
export function highlightTarget(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>(`mark[${ATTR.hl}]`);
  return el && root.contains(el) ? el : null;
}

export function articleBodyElement(articleId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${ATTR.article}="${esc(articleId)}"]`);
}
