/**
 * What the bench installs in every page before any of its scripts run (context.addInitScript).
 *
 * Time to text: a MutationObserver gives the article's first paragraph (`article p.paragraph`) the
 * attribute `elementtiming="first-paragraph"` as soon as it enters the DOM — before it can be
 * painted, since mutation callbacks run before the next rendering step — and a PerformanceObserver
 * for 'element' entries reports its renderTime: the moment its text was first painted, in ms since
 * navigation start. The same code runs on Margin and on the static page. As cross-checks it also
 * records a "next frame after the paragraph entered the DOM" time (rAF + setTimeout), FCP and LCP.
 *
 * Highlights: with `hlTarget` > 0 it records when the number of distinct highlights painted first
 * reaches the target, taken one frame later (once painted). Painted highlights are counted from the
 * app's `margin:highlights-painted` performance mark (detail.count: the painter's highlights, CSS
 * Custom Highlight API or DOM) and, for builds that paint with elements, from the ids in
 * `mark.hl[data-hl]` (one highlight may be cut into several marks). `notesReadAt` is the app's
 * `margin:notes-read` mark (the storage read of one article's notes resolved). Notes: with `notesTarget` > 0, the same for `li.nx-item` rows of
 * the all-notes page, and when the first row appeared. Long tasks (> 50 ms) are collected.
 */
export interface Probe {
  textAt: number | null;
  nextFrameAt: number | null;
  fcp: number | null;
  lcp: number | null;
  longtasks: [start: number, duration: number][];
  hlTarget: number;
  hlCount: number;
  hlDoneAt: number | null;
  /** Last `margin:notes-read` mark (ms since navigation start). */
  notesReadAt: number | null;
  notesTarget: number;
  notesCount: number;
  firstNoteAt: number | null;
  notesDoneAt: number | null;
  /** The document's response end (navigation timing, ms since navigation start): when its HTML had all arrived. */
  docAt?: number | null;
}

export interface ProbeOptions {
  hlTarget?: number;
  notesTarget?: number;
}

export function installProbe(options: ProbeOptions): void {
  const probe: Probe = {
    textAt: null,
    nextFrameAt: null,
    fcp: null,
    lcp: null,
    longtasks: [],
    hlTarget: options.hlTarget ?? 0,
    hlCount: 0,
    hlDoneAt: null,
    notesReadAt: null,
    notesTarget: options.notesTarget ?? 0,
    notesCount: 0,
    firstNoteAt: null,
    notesDoneAt: null,
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  const observe = (type: string, cb: (entries: PerformanceEntryList) => void) => {
    try {
      new PerformanceObserver((list) => cb(list.getEntries())).observe({ type, buffered: true });
    } catch {
      // entry type not supported
    }
  };
  observe('element', (entries) => {
    for (const e of entries as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
      if (e.identifier === 'first-paragraph' && probe.textAt === null) probe.textAt = e.renderTime || e.loadTime;
    }
  });
  observe('paint', (entries) => {
    for (const e of entries) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (entries) => {
    for (const e of entries as (PerformanceEntry & { renderTime: number })[]) probe.lcp = e.renderTime || e.startTime;
  });
  observe('longtask', (entries) => {
    for (const e of entries) probe.longtasks.push([e.startTime, e.duration]);
  });

  const afterNextFrame = (cb: () => void) => requestAnimationFrame(() => setTimeout(cb, 0));
  let paintedByMark = 0;
  const hlReached = (count: number) => {
    probe.hlCount = Math.max(probe.hlCount, count);
    if (probe.hlTarget > 0 && probe.hlDoneAt === null && count >= probe.hlTarget) {
      probe.hlDoneAt = -1;
      afterNextFrame(() => (probe.hlDoneAt = performance.now()));
    }
  };
  observe('mark', (entries) => {
    for (const e of entries as (PerformanceEntry & { detail?: { count?: number } })[]) {
      if (e.name === 'margin:notes-read') probe.notesReadAt = e.startTime;
      else if (e.name === 'margin:highlights-painted') {
        paintedByMark = e.detail?.count ?? 0;
        hlReached(paintedByMark);
      }
    }
  });
  let tagged: Element | null = null;
  const marks = document.getElementsByTagName('mark');
  const rows = document.getElementsByClassName('nx-item');
  const check = () => {
    if (!tagged || !tagged.isConnected) {
      const p = document.querySelector('article p.paragraph');
      if (p && p !== tagged) {
        tagged = p;
        p.setAttribute('elementtiming', 'first-paragraph');
        afterNextFrame(() => {
          if (probe.nextFrameAt === null) probe.nextFrameAt = performance.now();
        });
      }
    }
    if (probe.hlTarget > 0 && probe.hlDoneAt === null) {
      const ids = new Set<string>();
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i]!;
        if (m.classList.contains('hl')) ids.add((m.getAttribute('data-hl') ?? '').split(' ')[0]!);
      }
      if (ids.size > 0) hlReached(Math.max(ids.size, paintedByMark));
    }
    if (probe.notesTarget > 0 && probe.notesDoneAt === null) {
      probe.notesCount = rows.length;
      if (rows.length > 0 && probe.firstNoteAt === null) {
        probe.firstNoteAt = -1;
        afterNextFrame(() => (probe.firstNoteAt = performance.now()));
      }
      if (rows.length >= probe.notesTarget) {
        probe.notesDoneAt = -1;
        afterNextFrame(() => (probe.notesDoneAt = performance.now()));
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/**
 * The probe as init-script source. (tsx compiles with esbuild's keepNames, which wraps inner
 * functions in a `__name` helper that does not exist in the page; a no-op stands in for it.)
 */
export function probeScript(options: ProbeOptions = {}): string {
  return `(() => { const __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(options)}); })();`;
}

/** One highlight made through the UI, timed in the page (ms, page clock). */
export interface HighlightTiming {
  /** The click's input timestamp (event.timeStamp). */
  input: number;
  /** Click dispatch at window, capture phase → bubble phase: every click handler, React's render included. */
  syncMs: number;
  /** Input → one frame after the new highlight was painted (a new `mark.hl` id, or the painter's mark counting one more). */
  paintedMs: number | null;
  /** Input → saved: storage's `margin:notes-written` mark, or (element painting) its marks lost `hl-saving`. */
  savedMs: number | null;
  id: string | null;
}

/**
 * For the interaction figures: times every click that creates a highlight. A click on the toolbar
 * starts a record. Painted: the app's `margin:highlights-painted` mark reports one highlight more
 * than before the click, or a MutationObserver sees a `mark.hl` with a new id. Saved: the storage
 * layer's `margin:notes-written` mark after the click, or the new marks losing `hl-saving`.
 */
export function installHighlightProbe(): void {
  const records: HighlightTiming[] = [];
  (window as unknown as { __hl: HighlightTiming[] }).__hl = records;
  let current: (HighlightTiming & { known: Set<string>; start: number; countBefore: number }) | null = null;
  let paintedCount = 0;
  const afterNextFrame = (cb: () => void) => requestAnimationFrame(() => setTimeout(cb, 0));
  const paintedIds = () => {
    const ids = new Set<string>();
    for (const m of document.querySelectorAll('mark.hl[data-hl]')) ids.add(m.getAttribute('data-hl')!.split(' ')[0]!);
    return ids;
  };
  const markPainted = (r: HighlightTiming) => afterNextFrame(() => (r.paintedMs ??= performance.now() - r.input));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { detail?: { count?: number } })[]) {
        const r = current;
        if (e.name === 'margin:highlights-painted') {
          paintedCount = e.detail?.count ?? 0;
          if (r && r.id === null && e.startTime >= r.start && paintedCount > r.countBefore) {
            r.id = '(painted)';
            markPainted(r);
          }
        } else if (e.name === 'margin:notes-written' && r && r.savedMs === null && e.startTime >= r.start) {
          r.savedMs = e.startTime - r.input;
        }
      }
    }).observe({ type: 'mark' });
  } catch {
    // no user timing observer
  }
  window.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element) || !e.target.closest('[role="toolbar"]')) return;
      const known = paintedIds();
      current = { input: e.timeStamp, syncMs: 0, paintedMs: null, savedMs: null, id: null, known, countBefore: paintedCount, start: performance.now() };
      records.push(current);
    },
    true,
  );
  window.addEventListener('click', () => {
    if (current && current.syncMs === 0) current.syncMs = performance.now() - current.start;
  });
  const check = () => {
    const r = current;
    if (!r || r.id === '(painted)') return;
    if (r.id === null) {
      for (const id of paintedIds()) {
        if (r.known.has(id)) continue;
        r.id = id;
        markPainted(r);
        break;
      }
    }
    if (r.id !== null && r.savedMs === null) {
      const pieces = document.querySelectorAll(`mark.hl[data-hl~="${CSS.escape(r.id)}"]`);
      if (pieces.length > 0 && ![...pieces].some((m) => m.classList.contains('hl-saving'))) r.savedMs = performance.now() - r.input;
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

export function highlightProbeScript(): string {
  return `(() => { const __name = (f) => f; (${installHighlightProbe.toString()})(); })();`;
}
