/**
 * Paints highlights over the article body with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights`, styled by `::highlight(<name>)` — no element is added, no text node is split, no
 * React render happens, and the prerendered HTML stays exactly as hydrated.
 *
 * Each span has an id, plain-text offsets (domain/article/plainText.ts) and style names; a style
 * is one registered Highlight, `<prefix>-<style>` (one per colour, plus e.g. `note`, `saving`), so a
 * span with styles ['yellow', 'note'] is in `margin-hl-yellow` and `margin-hl-note`. `paint` takes
 * the full list each time and touches only the spans that changed. When a block's DOM is replaced
 * (an entity layer re-rendered its text), a MutationObserver re-creates that block's ranges.
 *
 * With a `near` watcher, only the blocks near the viewport have their ranges registered: Chromium
 * rebuilds the markers of every registered range whenever the document's style or DOM changes —
 * each frame while `content-visibility: auto` blocks scroll into view — which with 1,000 highlights
 * made most scroll frames long tasks. The other spans are held and registered as their block
 * comes within the watcher's margin (the text of those blocks is not painted before then either).
 *
 * Where the API is missing, `supportsCustomHighlights()` is false and the caller paints with
 * elements instead. Plain DOM, no React.
 */
import type { PlainText } from '../domain/article/plainText';

export interface PaintSpan {
  id: string;
  /** Plain-text offsets [start, end). */
  start: number;
  end: number;
  styles: readonly string[];
}

/** The parts of `Highlight` used here (so tests can pass a stand-in). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  priority: number;
}

export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
  highlightsFromPoint?(x: number, y: number): { highlight: unknown; ranges: AbstractRange[] }[];
}

export interface PainterOptions {
  /** Highlight names are `<prefix>-<style>`. */
  prefix: string;
  /** Priority per style (overlaps: higher wins). Default 0. */
  priority?: (style: string) => number;
  /** Defaults: `CSS.highlights` and `new Highlight()`. */
  registry?: HighlightRegistryLike;
  createHighlight?: () => HighlightLike;
  /** Name of the User Timing mark made after each paint (detail.count = painted spans). */
  mark?: string;
  /**
   * Styles registered at once, empty: registering a new highlight name invalidates the paint of the
   * whole document (about 0.7 s over a 300,000-character paragraph), so it is done before the first
   * highlight rather than on it.
   */
  styles?: readonly string[];
  /**
   * Which blocks have their ranges registered: 'all' (the default), or a watcher that reports the
   * blocks near the viewport (`viewportWatcher()`).
   */
  near?: 'all' | NearWatcher;
}

/** Tells the painter which blocks are near the viewport, now and as that changes. */
export interface NearWatcher {
  /** Starts watching `blocks` (index = block number); returns the blocks near the viewport now. */
  watch(blocks: readonly (Element | undefined)[], onChange: (block: number, near: boolean) => void): Iterable<number>;
  disconnect(): void;
}

export interface HighlightPainter {
  /** Replaces what is painted with `spans`; unchanged spans keep their ranges. */
  paint(spans: readonly PaintSpan[]): void;
  /** Ids of the painted spans under a viewport point (topmost first where the browser can tell). */
  idsAt(x: number, y: number): string[];
  /**
   * The ranges of a span, one per block it covers (the registered ones for blocks near the
   * viewport, fresh ones elsewhere), empty when the span is not painted.
   */
  ranges(id: string): Range[];
  /** Number of ranges registered in `CSS.highlights` now (diagnostics and tests). */
  readonly registered: number;
  /** What is painted: each span's id, offsets and styles. */
  spans(): PaintSpan[];
  /** Number of spans painted. */
  readonly size: number;
  dispose(): void;
}

type CssWithHighlights = { highlights?: HighlightRegistryLike };

export function supportsCustomHighlights(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    !!(CSS as unknown as CssWithHighlights).highlights &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  );
}

interface Painted {
  key: string;
  styles: readonly string[];
  start: number;
  end: number;
  /** Registered ranges, by block: only blocks near the viewport (all blocks with `near: 'all'`). */
  ranges: Map<number, Range>;
}

interface BlockText {
  nodes: Text[];
  /** Offset in the block where each node starts. */
  starts: number[];
}

const SKIP_SELECTOR = '[data-no-text]';

function blockTextOf(block: Element): BlockText {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */, {
    acceptNode: (n) => {
      const skip = n.parentElement?.closest(SKIP_SELECTOR);
      return skip && block.contains(skip) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(at);
    at += (n as Text).data.length;
  }
  return { nodes, starts };
}

/** Last index i with sorted[i] <= value (0 when none). */
function floorIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const keyOf = (s: PaintSpan) => `${s.start}:${s.end}:${s.styles.join(' ')}`;

export function createHighlightPainter(body: Element, plain: PlainText, options: PainterOptions): HighlightPainter {
  const registry = options.registry ?? (CSS as unknown as CssWithHighlights).highlights!;
  const create = options.createHighlight ?? (() => new Highlight());
  const watcher = options.near && options.near !== 'all' ? options.near : null;
  const doc = body.ownerDocument;
  const highlights = new Map<string, HighlightLike>();
  const painted = new Map<string, Painted>();
  const owner = new Map<AbstractRange, string>();
  const texts = new Map<number, BlockText>();
  /** Span ids per block they cover. */
  const byBlock = new Map<number, Set<string>>();
  /** Blocks near the viewport; null until the watcher has been asked (first paint with spans). */
  let near: Set<number> | null = null;
  let registered = 0;
  let blocks: Element[] | null = null;

  const blockElements = (): Element[] => {
    if (!blocks) {
      blocks = [];
      for (const el of body.querySelectorAll('[data-block]')) {
        const i = Number(el.getAttribute('data-block'));
        if (Number.isInteger(i) && i >= 0) blocks[i] = el;
      }
    }
    return blocks;
  };

  const highlightFor = (style: string): HighlightLike => {
    let h = highlights.get(style);
    if (!h) {
      h = create();
      h.priority = options.priority?.(style) ?? 0;
      highlights.set(style, h);
      registry.set(`${options.prefix}-${style}`, h);
    }
    return h;
  };

  for (const style of options.styles ?? []) highlightFor(style);

  /** DOM point of an offset inside block `b` (clamped to the block's text). */
  const point = (b: number, local: number): { node: Node; offset: number } | null => {
    const el = blockElements()[b];
    if (!el) return null;
    let t = texts.get(b);
    if (!t) texts.set(b, (t = blockTextOf(el)));
    if (t.nodes.length === 0) return { node: el, offset: 0 };
    const i = floorIndex(t.starts, local);
    const node = t.nodes[i]!;
    return { node, offset: Math.max(0, Math.min(local - t.starts[i]!, node.data.length)) };
  };

  /** A span's offsets inside block `b`, or null when it has no text there. */
  const partIn = (start: number, end: number, b: number): [from: number, to: number] | null => {
    const starts = plain.blockStarts;
    const blockEnd = (starts[b + 1] ?? plain.text.length + 2) - 2;
    const from = Math.max(start, starts[b]!) - starts[b]!;
    const to = Math.min(end, blockEnd) - starts[b]!;
    return to > from ? [from, to] : null;
  };

  /** The blocks a span covers, with its offsets inside each (a range never spans the "\n\n" between blocks). */
  const partsOf = (start: number, end: number): [block: number, from: number, to: number][] => {
    const out: [number, number, number][] = [];
    const starts = plain.blockStarts;
    for (let b = floorIndex(starts, start); b < starts.length && starts[b]! < end; b++) {
      const part = partIn(start, end, b);
      if (part) out.push([b, ...part]);
    }
    return out;
  };

  const rangeIn = (b: number, from: number, to: number): Range | null => {
    const a = point(b, from);
    const z = point(b, to);
    if (!a || !z) return null;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(z.node, z.offset);
    return r;
  };

  const isNear = (b: number) => !watcher || (near?.has(b) ?? false);

  /** Registers the part of span `id` in block `b`. */
  const register = (id: string, p: Painted, b: number, from: number, to: number) => {
    if (p.ranges.has(b)) return;
    const r = rangeIn(b, from, to);
    if (!r) return;
    p.ranges.set(b, r);
    owner.set(r, id);
    for (const s of p.styles) highlightFor(s).add(r);
    registered++;
  };

  const unregister = (p: Painted, b: number) => {
    const r = p.ranges.get(b);
    if (!r) return;
    p.ranges.delete(b);
    owner.delete(r);
    for (const s of p.styles) highlights.get(s)?.delete(r);
    registered--;
  };

  const unpaint = (id: string, p: Painted) => {
    for (const [b] of partsOf(p.start, p.end)) {
      unregister(p, b);
      byBlock.get(b)?.delete(id);
    }
    painted.delete(id);
  };

  const paintOne = (id: string, span: { start: number; end: number; styles: readonly string[] }, key: string) => {
    const p: Painted = { key, styles: [...span.styles], start: span.start, end: span.end, ranges: new Map() };
    painted.set(id, p);
    for (const [b, from, to] of partsOf(span.start, span.end)) {
      let ids = byBlock.get(b);
      if (!ids) byBlock.set(b, (ids = new Set()));
      ids.add(id);
      if (isNear(b)) register(id, p, b, from, to);
    }
  };

  /** A block came near the viewport (register its spans' parts) or went away (unregister them). */
  const setNear = (b: number, on: boolean) => {
    if (!near || near.has(b) === on) return;
    if (on) near.add(b);
    else near.delete(b);
    for (const id of byBlock.get(b) ?? []) {
      const p = painted.get(id);
      if (!p) continue;
      const part = on ? partIn(p.start, p.end, b) : null;
      if (!on) unregister(p, b);
      else if (part) register(id, p, b, ...part);
    }
  };

  const startWatching = () => {
    if (!watcher) return;
    watcher.disconnect();
    near = new Set();
    const now = watcher.watch(blockElements(), setNear);
    for (const b of now) setNear(b, true);
  };

  /** Blocks whose text nodes were replaced: forget their text map and re-create their spans' ranges. */
  const observer =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver((records) => {
          const dirty = new Set<number>();
          let structural = false;
          for (const rec of records) {
            const el = rec.target.nodeType === 1 ? (rec.target as Element) : rec.target.parentElement;
            const block = el?.closest('[data-block]');
            if (block && body.contains(block)) dirty.add(Number(block.getAttribute('data-block')));
            else structural = true;
          }
          if (structural) {
            blocks = null;
            texts.clear();
          } else for (const b of dirty) texts.delete(b);
          const starts = plain.blockStarts;
          const touchedSpans: [string, Painted][] = [];
          for (const [id, p] of painted) {
            const first = floorIndex(starts, p.start);
            const last = floorIndex(starts, Math.max(p.start, p.end - 1));
            let touched = structural;
            for (let b = first; !touched && b <= last; b++) touched = dirty.has(b);
            if (touched) touchedSpans.push([id, p]);
          }
          for (const [id, p] of touchedSpans) unpaint(id, p);
          // New block elements: watch them instead of the old ones.
          if (structural && near) startWatching();
          for (const [id, p] of touchedSpans) paintOne(id, p, p.key);
        });
  observer?.observe(body, { childList: true, subtree: true, characterData: true });

  return {
    paint(spans) {
      const next = new Map<string, PaintSpan>();
      for (const s of spans) if (s.end > s.start) next.set(s.id, s);
      // Asked only once there is something to paint: the answer may need a layout.
      if (watcher && !near && next.size > 0) startWatching();
      for (const [id, p] of [...painted]) {
        const s = next.get(id);
        if (!s || keyOf(s) !== p.key) unpaint(id, p);
      }
      for (const [id, s] of next) if (!painted.has(id)) paintOne(id, s, keyOf(s));
      if (options.mark) {
        try {
          performance.mark(options.mark, { detail: { count: painted.size, registered } });
        } catch {
          // diagnostics only
        }
      }
    },
    idsAt(x, y) {
      if (typeof registry.highlightsFromPoint === 'function') {
        const ids: string[] = [];
        for (const hit of registry.highlightsFromPoint(x, y)) {
          for (const r of hit.ranges) {
            const id = owner.get(r);
            if (id && !ids.includes(id)) ids.push(id);
          }
        }
        return ids;
      }
      // No hit testing API: the caret position under the point, then the spans covering it.
      const caret = caretAt(doc, x, y);
      if (!caret) return [];
      const ids: string[] = [];
      for (const [id, p] of painted) {
        for (const r of p.ranges.values()) {
          if (r.comparePoint(caret.node, caret.offset) === 0 && !(r.endContainer === caret.node && r.endOffset === caret.offset)) {
            ids.unshift(id);
            break;
          }
        }
      }
      return ids;
    },
    ranges(id) {
      const p = painted.get(id);
      if (!p) return [];
      const out: Range[] = [];
      for (const [b, from, to] of partsOf(p.start, p.end)) {
        const r = p.ranges.get(b) ?? rangeIn(b, from, to);
        if (r) out.push(r);
      }
      return out;
    },
    spans() {
      return [...painted].map(([id, p]) => ({ id, start: p.start, end: p.end, styles: [...p.styles] }));
    },
    get size() {
      return painted.size;
    },
    get registered() {
      return registered;
    },
    dispose() {
      observer?.disconnect();
      watcher?.disconnect();
      for (const [id, p] of [...painted]) unpaint(id, p);
      for (const style of highlights.keys()) registry.delete(`${options.prefix}-${style}`);
      highlights.clear();
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
