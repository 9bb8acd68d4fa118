import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Island, lazyIsland } from '../../../components/island';
import type { Article } from '../../../domain/article/types';
import type { HighlightColor } from '../../../domain/notes/annotation';
import { offsetsToRange, showOffsetsAsSelection, snappedSelectionToOffsets, type TextOffsets } from '../../../dom/selection';
import { entityUnits, type Span } from '../../../dom/wordSnap';
import { useAppStore, useFlash, useFlashId, useHighlightEditor, useLastColor } from '../../../stores/store';
import { loadStorage } from '../../../annotations/storageClient';
import { loadAnchoring, plainTextOf } from '../../../annotations/articleText';
import { openEditorOrPoint, setEditorReturnFocus, takeEditorReturnFocus } from '../../../annotations/editorRequest';
import {
  firstHighlightElement,
  focusHighlight,
  HL_FLASH_PREFIX as FLASH_PREFIX,
  highlightIdsAt,
  highlightIdsAtEvent,
  highlightRanges,
  highlightTarget,
  revealHighlight,
} from '../../../dom/paint';
import { rangeAnchor } from '../dom';
import { isTextInput } from '../../../dom/textInput';
import { useT } from '../../../lib/i18n';
import { useArticleHighlights, type ArticleHighlights } from '../../../annotations/useArticleHighlights';
import { preloadHighlightActions, useHighlightActions } from '../../../annotations/useHighlightActions';
import { HighlightNotice } from './HighlightNotice';
import type { EarlyRequest } from './HighlightTools';
import { SelectionToolbar } from './SelectionToolbar';
import '../../../styles/controls.css';
import '../tools.css';

// The editor's code loads once the tools are idle; after that it renders at once on a click
// (a lazy component would still wait a tick, and the first keystrokes could miss the textarea).
type EditorComponent = typeof import('./HighlightEditor').default;
let loadedEditor: EditorComponent | undefined;
const loadEditor = () =>
  import('./HighlightEditor').then((m) => {
    loadedEditor = m.default;
    return m;
  });
const LazyEditor = lazyIsland(loadEditor);

const FLASH_MS = 1800;

/** Entity mentions as snapping units (a selection that cuts a name takes the whole name), per article. */
const unitCache = new WeakMap<Article, Span[]>();
function unitsOf(article: Article): Span[] {
  let u = unitCache.get(article);
  if (!u) unitCache.set(article, (u = entityUnits(article.entities, plainTextOf(article).blockStarts)));
  return u;
}

/** Focus is on the paragraph (block) where the highlight reached with j / k starts. */
const onCurrentBlock = (focused: Element | null, start: Node | null) =>
  !!focused && !!start && focused.matches('[data-block]') && focused.contains(start);

interface Selected extends TextOffsets {
  prefer: 'above' | 'below';
}

/** Of the highlights at a point or on a segment, the one a click means: the shortest (most specific). */
function pickHighlight(ids: readonly string[], highlights: ArticleHighlights): string | null {
  let best: string | null = null;
  let bestLength = Infinity;
  for (const id of ids) {
    const r = highlights.byId.get(id)?.range;
    if (!r) continue;
    if (r.end - r.start < bestLength) {
      best = id;
      bestLength = r.end - r.start;
    }
  }
  return best;
}

/**
 * Everything around the reader's own highlights in the article body: the toolbar beside a selection
 * (mouse, touch or shift+arrows), the shortcuts (h, n, Ctrl+Z, Ctrl+Shift+Z), opening the editor
 * from a highlight (click, or Enter on its focused first segment), and the notice line.
 */
export default function HighlightToolsImpl({
  article,
  bodyRef,
  takeEarly,
  isPointerDown,
}: {
  article: Article;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** What the reader asked for before these tools loaded (a highlight to open, a shortcut), to do now. */
  takeEarly?: () => EarlyRequest;
  /** Whether a pointer is down now (a drag may have begun before these tools loaded). */
  isPointerDown?: () => boolean;
}) {
  const highlights = useArticleHighlights(article);
  const actions = useHighlightActions(article);
  const lastColor = useLastColor();
  const editor = useHighlightEditor(article.id);
  const flashId = useFlashId();
  const flash = useFlash();
  const [selected, setSelected] = useState<Selected | null>(null);
  const t = useT();
  // j / k walk the highlights: the one reached last, and what the screen reader hears about it.
  const current = useRef<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const toolbarRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ highlights, actions, lastColor, selected, editor });
  useEffect(() => {
    latest.current = { highlights, actions, lastColor, selected, editor };
  });

  // ---- The selection → toolbar.
  useEffect(() => {
    const plain = plainTextOf(article);
    let pointerDown = false;
    let touch = false;
    let frame = 0;
    const units = unitsOf(article);
    /** Reads the selection, snapped to whole words; `onScreen` (a drag just ended) shows the snap too. */
    const evaluate = (onScreen = false) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const body = bodyRef.current;
        const sel = document.getSelection();
        const offsets = body ? snappedSelectionToOffsets(body, plain, sel, units) : null;
        if (onScreen && body && sel && offsets) showOffsetsAsSelection(body, plain, sel, offsets);
        setSelected((old) =>
          offsets
            ? old && old.start === offsets.start && old.end === offsets.end
              ? old
              : { ...offsets, prefer: touch ? 'below' : 'above' }
            : null,
        );
      });
    };
    const onSelectionChange = () => {
      if (!pointerDown) evaluate();
    };
    const onPointerDown = (e: PointerEvent) => {
      if (toolbarRef.current?.contains(e.target as Node)) return;
      pointerDown = true;
      touch = e.pointerType === 'touch' || e.pointerType === 'pen';
      setSelected(null);
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      evaluate(true);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    // These tools load after the text: a selection the reader made before they were here (before
    // hydration, or while this chunk was loading) fired its events to no one. Read it now, and snap
    // it on screen too — unless the drag is still going on, which its pointerup will finish.
    pointerDown = isPointerDown?.() ?? false;
    if (!pointerDown) evaluate(true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
    };
  }, [article, bodyRef, isPointerDown]);

  /**
   * The selection a shortcut or a toolbar button acts on: the live one in the body. `selected`
   * follows it one animation frame late, so a key pressed right after shift+arrows would otherwise
   * use the selection as it was before the last arrow. When the live selection is gone (nothing of
   * the article selected), the one the toolbar shows.
   */
  const dismissed = useRef<TextOffsets | null>(null);
  const liveSelection = useCallback((): TextOffsets | null => {
    const body = bodyRef.current;
    return body ? snappedSelectionToOffsets(body, plainTextOf(article), document.getSelection(), unitsOf(article)) : null;
  }, [article, bodyRef]);
  const currentSelection = useCallback((): Selected | null => {
    const shown = latest.current.selected;
    const live = liveSelection();
    if (!live) return shown;
    if (shown && shown.start === live.start && shown.end === live.end) return shown;
    // Escape put the toolbar away for this very selection: the shortcuts leave it alone too.
    if (!shown && dismissed.current?.start === live.start && dismissed.current.end === live.end) return null;
    return { ...live, prefer: shown?.prefer ?? 'above' };
  }, [liveSelection]);

  const clearSelection = () => {
    document.getSelection()?.removeAllRanges();
    setSelected(null);
  };

  const highlightSelection = useCallback(
    (color: HighlightColor) => {
      const sel = currentSelection();
      if (!sel) return;
      document.getSelection()?.removeAllRanges();
      setSelected(null);
      void latest.current.actions.create(sel, color);
    },
    [currentSelection],
  );

  const noteSelection = useCallback(() => {
    const sel = currentSelection();
    if (!sel) return;
    const target = { kind: 'new' as const, articleId: article.id, start: sel.start, end: sel.end, color: latest.current.lastColor };
    const from = document.activeElement;
    if (!openEditorOrPoint(target, '')) return;
    setEditorReturnFocus(from);
    document.getSelection()?.removeAllRanges();
    setSelected(null);
  }, [article.id, currentSelection]);

  const openExisting = useCallback(
    (id: string, from: HTMLElement | null) => {
      const h = latest.current.highlights.byId.get(id);
      if (!h) return;
      if (openEditorOrPoint({ kind: 'existing', articleId: article.id, id }, h.note)) setEditorReturnFocus(from);
    },
    [article.id],
  );

  /** j / k: the next or previous highlight in the text, scrolled to, focused and flashed. */
  const stepHighlight = useCallback(
    (dir: 1 | -1) => {
      const body = bodyRef.current;
      const list = latest.current.highlights.anchored;
      if (!body) return;
      if (list.length === 0) {
        setAnnounce(t('hl.noneToGo'));
        return;
      }
      const at = list.findIndex((h) => h.id === current.current);
      const next = at < 0 ? (dir === 1 ? 0 : list.length - 1) : (at + dir + list.length) % list.length;
      const h = list[next]!;
      current.current = h.id;
      if (!revealHighlight(body, h.id)) return;
      flash(FLASH_PREFIX + h.id);
      const quote = h.quote.length > 80 ? `${h.quote.slice(0, 80)}…` : h.quote;
      setAnnounce(t('hl.current', { n: next + 1, of: list.length, quote }));
    },
    [bodyRef, flash, t],
  );
  /** Where the highlight reached with j / k starts (Enter opens it while focus is there). */
  const currentBlockRange = useCallback((): Node | null => {
    const body = bodyRef.current;
    const id = current.current;
    return (body && id && highlightRanges(body, id)[0]?.startContainer) || null;
  }, [bodyRef]);

  const closeEditor = useCallback(
    (focusId?: string) => {
      useAppStore.getState().closeEditor(article.id);
      const body = bodyRef.current;
      const back = takeEditorReturnFocus();
      if (!(focusId && body && focusHighlight(body, focusId))) back?.focus({ preventScroll: true });
    },
    [bodyRef, article.id],
  );

  // The editor opens on a click: have its code ready so the first keystrokes are not lost.
  useEffect(() => {
    const preload = () => void LazyEditor.preload();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: 3000 });
      return () => cancelIdleCallback(handle);
    }
    const t = setTimeout(preload, 1500);
    return () => clearTimeout(t);
  }, []);

  // A selection means a highlight may follow: fetch the writing code now.
  const hasSelection = selected !== null;
  useEffect(() => {
    if (!hasSelection) return;
    void preloadHighlightActions().catch(() => undefined);
    void loadAnchoring().catch(() => undefined);
    void loadStorage().catch(() => undefined);
  }, [hasSelection]);

  // ---- Highlights in the text: click (on a painted range or a <mark>), or Enter/Space on a focused
  // <mark> segment where highlights are painted with elements → editor.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const onClick = (e: MouseEvent) => {
      const sel = document.getSelection();
      if (sel && !sel.isCollapsed) return; // the reader is selecting, not picking
      const id = pickHighlight(highlightIdsAtEvent(body, e), latest.current.highlights);
      if (id) openExisting(id, e.target instanceof HTMLElement ? e.target : null);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = highlightTarget(e.target, body);
      if (!el || el !== e.target) return;
      const ids = highlightIdsAt(el);
      const own = ids.find((id) => firstHighlightElement(body, id) === el) ?? pickHighlight(ids, latest.current.highlights);
      if (!own) return;
      e.preventDefault();
      openExisting(own, el);
    };
    // Pointing at or focusing a highlight: its editor may be next.
    const onApproach = (e: Event) => {
      if (!loadedEditor && highlightTarget(e.target, body)) void LazyEditor.preload();
    };
    // Over a painted range the pointer becomes a hand, as over a link (one check per frame).
    let hover = 0;
    const onPointerMove = (e: PointerEvent) => {
      if (hover || e.pointerType !== 'mouse') return;
      hover = requestAnimationFrame(() => {
        hover = 0;
        const over = highlightIdsAtEvent(body, e).length > 0;
        body.classList.toggle('hl-pointer', over);
        if (over && !loadedEditor) void LazyEditor.preload();
      });
    };
    body.addEventListener('pointermove', onPointerMove);
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKeyDown);
    body.addEventListener('pointerover', onApproach);
    body.addEventListener('focusin', onApproach);
    // The reader reached for a highlight, or pressed h or n, before this code was here: answer now.
    const early = takeEarly?.();
    if (early?.open) {
      const id = pickHighlight(early.open.ids, latest.current.highlights);
      if (id) openExisting(id, early.open.from);
    }
    if (early?.key === 'h') highlightSelection(latest.current.lastColor);
    else if (early?.key === 'n') noteSelection();
    return () => {
      cancelAnimationFrame(hover);
      body.removeEventListener('pointermove', onPointerMove);
      body.classList.remove('hl-pointer');
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKeyDown);
      body.removeEventListener('pointerover', onApproach);
      body.removeEventListener('focusin', onApproach);
    };
  }, [bodyRef, openExisting, takeEarly, highlightSelection, noteSelection]);

  // ---- Shortcuts.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const { actions: act, lastColor: color } = latest.current;
      const inText = isTextInput(document.activeElement);
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && !inText && (key === 'z' || key === 'y')) {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) void act.redo();
        else void act.undo();
        return;
      }
      if (inText || mod || e.altKey) return;
      // Whether there is a selection is read now, not from state a frame behind the keys.
      const sel = currentSelection();
      if (!sel) {
        if (key === 'j' || key === 'k') {
          e.preventDefault();
          stepHighlight(key === 'j' ? 1 : -1);
        } else if (e.key === 'Enter' && current.current && onCurrentBlock(document.activeElement, currentBlockRange())) {
          e.preventDefault();
          openExisting(current.current, document.activeElement as HTMLElement);
        } else if (e.key === 'Escape') current.current = null;
        return;
      }
      if (key === 'h') {
        e.preventDefault();
        highlightSelection(color);
      } else if (key === 'n') {
        e.preventDefault();
        noteSelection();
      } else if (e.key === 'Escape') {
        dismissed.current = liveSelection();
        setSelected(null);
      } else if (e.key === 'Tab' && !e.shiftKey && !toolbarRef.current?.contains(document.activeElement)) {
        // The toolbar just appeared beside the selection: Tab goes into it.
        const first = toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]');
        if (first) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [currentSelection, liveSelection, highlightSelection, noteSelection, stepHighlight, currentBlockRange, openExisting]);

  // ---- A flash from the notes panel fades on its own.
  useEffect(() => {
    if (!flashId?.startsWith(FLASH_PREFIX)) return;
    const t = setTimeout(() => {
      if (useAppStore.getState().flashId === flashId) flash(null);
    }, FLASH_MS);
    return () => clearTimeout(t);
  }, [flashId, flash]);

  const Editor = loadedEditor ?? LazyEditor;

  const getSelectionAnchor = () => {
    const body = bodyRef.current;
    if (!body || !selected) return null;
    const range = offsetsToRange(body, plainTextOf(article), selected);
    return range && rangeAnchor(range, selected.prefer === 'below' ? 'last' : 'first');
  };

  return (
    <>
      {selected && !editor && (
        <SelectionToolbar
          getAnchor={getSelectionAnchor}
          placementKey={selected}
          prefer={selected.prefer}
          lastColor={lastColor}
          onColor={highlightSelection}
          onNote={noteSelection}
          onClose={clearSelection}
          toolbarRef={toolbarRef}
        />
      )}
      {editor && (
        <Island what="noteEditor" onRetry={LazyEditor.retry} variant="toast">
          <Editor
            article={article}
            editor={editor}
            highlights={highlights}
            actions={actions}
            bodyRef={bodyRef}
            onClose={closeEditor}
          />
        </Island>
      )}
      <HighlightNotice articleId={article.id} actions={actions} />
      <p className="sr-only" role="status">
        {announce}
      </p>
    </>
  );
}
