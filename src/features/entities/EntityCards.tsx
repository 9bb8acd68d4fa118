import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Island, lazyIsland } from '../../components/island';
import type { Article } from '../../domain/article/types';
import { scrollIntoViewCentered } from '../../dom/motion';
import { highlightIdsAtEvent } from '../../dom/paint';
import { useFlash, useFlashId, useVisibleTypes } from '../../stores/store';
import {
  FLASH_PREFIX,
  firstMentionElement,
  flashElements,
  focusQuietly,
  mentionElements,
  mentionTarget,
  pickEntity,
} from './dom';
import type { OpenCard } from './openCard';

const EntityCard = lazyIsland(() => import('./EntityCard'));
const loadCard = EntityCard.preload;

const HOVER_CLOSE_MS = 280;

/**
 * Cards about entity mentions, wired to the article body by event delegation: a click, tap or Enter
 * on a mention opens one (never hover or Tab alone: nothing covers the text unasked); Escape closes it and gives focus back to the mention. Nothing here
 * prevents default pointer behaviour, so text selection in the body works as before. Also plays the
 * flash that panels ask for with `flash('ent:<index>')`.
 */
export function EntityCards({
  article,
  bodyRef,
  personSlot,
}: {
  article: Article;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** What the app adds to an official's card (their other articles); features never import each other. */
  personSlot?: (name: string) => ReactNode;
}) {
  const [open, setOpen] = useState<OpenCard | null>(null);
  const openRef = useRef<OpenCard | null>(null);
  const cardRef = useRef<HTMLDivElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flashId = useFlashId();
  const flash = useFlash();
  // Types turned off in the legend are plain text: no card (read through a ref: listeners stay put).
  const shown = useVisibleTypes();
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  }, [shown]);

  useLayoutEffect(() => {
    openRef.current = open;
  }, [open]);

  const show = useCallback((next: OpenCard | null) => {
    clearTimeout(timer.current);
    openRef.current = next;
    setOpen(next);
  }, []);

  /** Closes the card; with `returnFocus` the mention it was about gets focus back. */
  const close = useCallback(
    (returnFocus: boolean) => {
      const current = openRef.current;
      show(null);
      const body = bodyRef.current;
      if (returnFocus && current && body) {
        const el = firstMentionElement(body, current.ent);
        if (el) focusQuietly(el);
      }
    },
    [bodyRef, show],
  );

  /** Prev/next from the card: scroll to that mention, focus it, flash it, and keep the card on it. */
  const go = useCallback(
    (ent: number) => {
      const body = bodyRef.current;
      const el = body && firstMentionElement(body, ent);
      if (!el) return;
      scrollIntoViewCentered(el);
      focusQuietly(el);
      flash(`${FLASH_PREFIX}${ent}`);
      show({ ent, mode: 'pinned', focusSeq: 0 });
    },
    [bodyRef, flash, show],
  );

  // Flashes asked for by the panel (or anyone) through the store.
  useEffect(() => {
    if (!flashId?.startsWith(FLASH_PREFIX)) return;
    const body = bodyRef.current;
    const ent = Number(flashId.slice(FLASH_PREFIX.length));
    if (body && Number.isInteger(ent)) flashElements(mentionElements(body, ent));
    flash(null);
  }, [flashId, flash, bodyRef]);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const entities = article.entities;
    const inCard = (node: EventTarget | null) => node instanceof Node && !!cardRef.current?.contains(node);
    const selecting = () => {
      const sel = window.getSelection();
      return !!sel && !sel.isCollapsed && sel.toString().trim() !== '';
    };

    // Nothing opens on hover or on Tab: a card covers the lines being read, so it opens only when
    // asked (click, tap, Enter). Hover tints the mention and warms the card's code.
    const onPointerOver = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && mentionTarget(e.target, body)) void loadCard();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const el = mentionTarget(e.target, body);
      if (!el) return;
      const ent = pickEntity(el, entities, shownRef.current);
      if (ent === null) return;
      if (e.key === 'Enter' || e.key === ' ') {
        // On a segment that is also one of the reader's highlights, Enter belongs to its note editor.
        if (el.hasAttribute('data-hl')) return;
        e.preventDefault();
        void loadCard();
        show({ ent, mode: 'pinned', focusSeq: (openRef.current?.focusSeq ?? 0) + 1 });
      } else if (e.key === 'Escape' && openRef.current) {
        e.preventDefault();
        show(null);
      }
    };
    const onClick = (e: MouseEvent) => {
      const el = mentionTarget(e.target, body);
      // A click on one of the reader's highlights opens its note editor, not a card as well.
      if (!el || selecting() || highlightIdsAtEvent(body, e).length > 0) return;
      const ent = pickEntity(el, entities, shownRef.current);
      if (ent === null) return;
      void loadCard();
      const current = openRef.current;
      // A second tap on the mention of a pinned card puts it away.
      if (current?.ent === ent && current.mode === 'pinned') show(null);
      else show({ ent, mode: 'pinned', focusSeq: 0 });
    };
    const onDocPointerDown = (e: PointerEvent) => {
      if (!openRef.current || inCard(e.target) || mentionTarget(e.target, body)) return;
      show(null);
    };
    const onDocKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !openRef.current || inCard(e.target) || mentionTarget(e.target, body)) return;
      show(null);
    };

    body.addEventListener('pointerover', onPointerOver);
    body.addEventListener('keydown', onKeyDown);
    body.addEventListener('click', onClick);
    document.addEventListener('pointerdown', onDocPointerDown, true);
    document.addEventListener('keydown', onDocKeyDown, true);
    // Marks the body as live (cards wired up), e.g. for tests of a prerendered page that hydrates later.
    body.setAttribute('data-ent-cards', '');
    return () => {
      body.removeAttribute('data-ent-cards');
      clearTimeout(timer.current);
      body.removeEventListener('pointerover', onPointerOver);
      body.removeEventListener('keydown', onKeyDown);
      body.removeEventListener('click', onClick);
      document.removeEventListener('pointerdown', onDocPointerDown, true);
      document.removeEventListener('keydown', onDocKeyDown, true);
    };
  }, [article, bodyRef, show]);

  const onCardPointer = useCallback(
    (inside: boolean) => {
      const current = openRef.current;
      if (!current || current.mode !== 'hover') return;
      if (inside) clearTimeout(timer.current);
      else {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => show(null), HOVER_CLOSE_MS);
      }
    },
    [show],
  );

  if (!open) return null;
  return (
    <Island what="entityCard" onRetry={EntityCard.retry} variant="toast">
      <EntityCard
        ref={cardRef}
        article={article}
        bodyRef={bodyRef}
        open={open}
        onClose={close}
        onGo={go}
        onPointerInside={onCardPointer}
        personSlot={personSlot}
      />
    </Island>
  );
}
