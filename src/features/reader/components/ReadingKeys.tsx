import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { toPlainText } from '../../../domain/article/plainText';
import type { Article } from '../../../domain/article/types';
import { growBySentence, growByWord, pickSentence } from '../../../dom/readingSelection';
import { offsetInBlock, offsetToPoint } from '../../../dom/selection';
import { isTextInput } from '../../../dom/textInput';
import type { Span } from '../../../dom/wordSnap';
import { useT } from '../../../lib/i18n';
import { ShortcutsDialog } from './ShortcutsDialog';
import '../readingKeys.css';

const BLOCK = '[data-block]';

/** The blocks of the body, in reading order. */
function blocksOf(body: HTMLElement): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>(BLOCK));
}

/** The part of the document's selection inside `block`, in block offsets; null when it reaches outside. */
function selectionIn(block: HTMLElement): Span | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!block.contains(r.startContainer) || !block.contains(r.endContainer)) return null;
  return { start: offsetInBlock(block, r.startContainer, r.startOffset), end: offsetInBlock(block, r.endContainer, r.endOffset) };
}

/** Keeps the moving end of a selection on screen (a long paragraph runs past the viewport). */
function revealEnd(range: Range): void {
  const end = range.cloneRange();
  end.collapse(false);
  const box = end.getBoundingClientRect();
  const margin = 64;
  if (box.bottom > window.innerHeight - margin) window.scrollBy(0, box.bottom - window.innerHeight + margin);
  else if (box.top < margin && box.top !== 0) window.scrollBy(0, box.top - margin);
}

/**
 * Keyboard-first reading. The body's blocks share one tab stop (a roving tabindex): ↑/↓ move it
 * between paragraphs, Home/End to the first and last. On a focused paragraph (or a name in it), S
 * selects a sentence (the name's; again: the next; Shift+S the previous), →/← grow or shrink the
 * selection by a word, Shift+↓/↑ by a sentence — a real selection, so `h`, `n` and the toolbar act
 * on it. `?` lists every shortcut. No key acts while typing in a field or with Ctrl, Alt or Meta.
 */
export function ReadingKeys({ article, bodyRef }: { article: Article; bodyRef: RefObject<HTMLElement | null> }) {
  const t = useT();
  const hintId = useId();
  const [listOpen, setListOpen] = useState(false);
  const returnFocus = useRef<Element | null>(null);
  const plain = useMemo(() => toPlainText(article.blocks), [article]);

  // ---- The roving tab stop, and the keys on a focused paragraph.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const blocks = blocksOf(body);
    const first = blocks[0];
    if (!first) return;
    let current = first;
    const makeCurrent = (el: HTMLElement) => {
      if (el !== current) current.removeAttribute('tabindex');
      current.removeAttribute('aria-describedby');
      current = el;
      el.tabIndex = 0;
      el.setAttribute('aria-describedby', hintId);
    };
    makeCurrent(first);

    const units = (i: number): Span[] =>
      article.entities.filter((e) => e.block === i && e.end > e.start).map((e) => ({ start: e.start, end: e.end }));

    /** Shows block offsets [start, end) of block i as the document's selection. */
    const select = (i: number, span: Span) => {
      const base = plain.blockStarts[i];
      const sel = document.getSelection();
      if (base === undefined || !sel) return;
      const a = offsetToPoint(body, plain, base + span.start);
      const b = offsetToPoint(body, plain, base + span.end);
      if (!a || !b) return;
      sel.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
      if (sel.rangeCount > 0) revealEnd(sel.getRangeAt(0));
    };

    const onFocusIn = (e: FocusEvent) => {
      const el = e.target instanceof HTMLElement && e.target.matches(BLOCK) ? e.target : null;
      if (el && body.contains(el)) makeCurrent(el);
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
      // On a paragraph, or on a name or figure in it (their own keys are Enter, Space and Escape).
      const block = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>(BLOCK) : null;
      if (!block || !body.contains(block)) return;
      const i = Number(block.getAttribute('data-block'));
      const text = article.blocks[i]?.text;
      if (text === undefined) return;
      const all = blocksOf(body);
      const at = all.indexOf(block);
      const go = (to: HTMLElement | undefined) => {
        if (!to || to === block) return;
        // The selection belonged to the paragraph being left.
        if (selectionIn(block)) document.getSelection()?.removeAllRanges();
        makeCurrent(to);
        to.focus();
      };
      let next: Span | null | undefined;
      switch (e.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          const dir = e.key === 'ArrowDown' ? 1 : -1;
          if (e.shiftKey) next = growBySentence(text, selectionIn(block), dir);
          else {
            e.preventDefault();
            go(all[at + dir]);
            return;
          }
          break;
        }
        case 'Home':
        case 'End':
          if (e.shiftKey) return;
          e.preventDefault();
          go(e.key === 'Home' ? all[0] : all[all.length - 1]);
          return;
        case 'ArrowRight':
        case 'ArrowLeft':
          next = growByWord(text, selectionIn(block), e.key === 'ArrowRight' ? 1 : -1, units(i));
          break;
        case 's':
        case 'S': {
          // On a name, its sentence is the current one.
          const inside = e.target !== block && e.target instanceof Node ? offsetInBlock(block, e.target, 0) : null;
          const from = selectionIn(block) ?? (inside === null ? null : { start: inside, end: inside });
          next = pickSentence(text, from, e.shiftKey ? -1 : 1);
          break;
        }
        default:
          return;
      }
      e.preventDefault();
      if (next) select(i, next);
    };

    body.addEventListener('focusin', onFocusIn);
    body.addEventListener('keydown', onKeyDown);
    return () => {
      body.removeEventListener('focusin', onFocusIn);
      body.removeEventListener('keydown', onKeyDown);
      current.removeAttribute('tabindex');
      current.removeAttribute('aria-describedby');
    };
  }, [article, bodyRef, plain, hintId]);

  // ---- `?` anywhere on the page lists the shortcuts.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTextInput(document.activeElement) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      returnFocus.current = document.activeElement;
      setListOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const closeList = useCallback(() => {
    setListOpen(false);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }, []);

  return (
    <>
      <span id={hintId} hidden>
        {t('keys.blockHint')}
      </span>
      {listOpen && <ShortcutsDialog onClose={closeList} />}
    </>
  );
}
