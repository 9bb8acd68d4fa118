import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Island, lazyIsland } from '../../components/island';
import type { Article } from '../../domain/article/types';
import { scrollIntoViewCentered } from '../../dom/motion';
import { useFlash, useFlashId } from '../../stores/store';
import {
  FLASH_PREFIX,
  firstMentionElement,
  flashElements,
  focusQuietly,
  isQuietFocus,
  mentionElements,
  mentionTarget,
  pickEntity,
} from './dom';
import type { OpenCard } from './openCard';

const EntityCard = lazyIsland(() => import('./EntityCard'));
const loadCard = EntityCard.preload;

const HOVER_OPEN_MS = 180;
const HOVER_CLOSE_MS = 280;

/**
 * Cards about entity mentions, wired to the article body by event delegation: hover, focus, tap or
 * Enter on a mention opens one; Escape closes it and gives focus back to the mention. Nothing here
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
    let pointerDriven = false;
    const entities = article.entities;
    const inCard = (node: EventTarget | null) => node instanceof Node && !!cardRef.current?.contains(node);
    const selecting = () => {
      const sel = window.getSelection();
      return !!sel && !sel.isCollapsed && sel.toString().trim() !== '';
    };
    const later = (fn: () => void, ms: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(fn, ms);
    };

    const onPointerOver = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || e.buttons !== 0) return;
      const el = mentionTarget(e.target, body);
      if (!el) return;
      void loadCard();
      const ent = pickEntity(el, entities);
      const current = openRef.current;
      if (ent === null || (current && current.mode !== 'hover')) return;
      if (current?.ent === ent) {
        clearTimeout(timer.current);
        return;
      }
      if (selecting()) return;
      if (current) show({ ent, mode: 'hover', focusSeq: 0 });
      else later(() => !selecting() && show({ ent, mode: 'hover', focusSeq: 0 }), HOVER_OPEN_MS);
    };
    const onPointerOut = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const from = mentionTarget(e.target, body);
      if (!from) return;
      const to = mentionTarget(e.relatedTarget, body);
      const current = openRef.current;
      if (to && current && pickEntity(to, entities) === current.ent) return;
      if (inCard(e.relatedTarget)) return;
      if (!current) clearTimeout(timer.current);
      else if (current.mode === 'hover') later(() => show(null), HOVER_CLOSE_MS);
    };
    const onFocusIn = (e: FocusEvent) => {
      const el = mentionTarget(e.target, body);
      if (!el || !el.hasAttribute('tabindex') || isQuietFocus() || pointerDriven) return;
      void loadCard();
      const ent = pickEntity(el, entities);
      if (ent === null || openRef.current?.ent === ent) return;
      show({ ent, mode: 'focus', focusSeq: 0 });
    };
    const onFocusOut = (e: FocusEvent) => {
      const current = openRef.current;
      if (!current || current.mode !== 'focus' || !mentionTarget(e.target, body)) return;
      if (inCard(e.relatedTarget)) return;
      const to = mentionTarget(e.relatedTarget, body);
      if (to && to.hasAttribute('tabindex') && !isQuietFocus()) return; // onFocusIn moves it along
      show(null);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const el = mentionTarget(e.target, body);
      if (!el) return;
      const ent = pickEntity(el, entities);
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
      if (!el || selecting() || el.hasAttribute('data-hl')) return;
      const ent = pickEntity(el, entities);
      if (ent === null) return;
      void loadCard();
      const current = openRef.current;
      // A second tap on the mention of a pinned card puts it away.
      if (current?.ent === ent && current.mode === 'pinned') show(null);
      else show({ ent, mode: 'pinned', focusSeq: 0 });
    };
    const onDocPointerDown = (e: PointerEvent) => {
      pointerDriven = true;
      if (!openRef.current || inCard(e.target) || mentionTarget(e.target, body)) return;
      show(null);
    };
    const onDocKeyDown = (e: KeyboardEvent) => {
      pointerDriven = false;
      if (e.key !== 'Escape' || !openRef.current || inCard(e.target) || mentionTarget(e.target, body)) return;
      show(null);
    };

    body.addEventListener('pointerover', onPointerOver);
    body.addEventListener('pointerout', onPointerOut);
    body.addEventListener('focusin', onFocusIn);
    body.addEventListener('focusout', onFocusOut);
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
      body.removeEventListener('pointerout', onPointerOut);
      body.removeEventListener('focusin', onFocusIn);
      body.removeEventListener('focusout', onFocusOut);
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
    <Island what="thẻ thông tin" onRetry={EntityCard.retry} variant="toast">
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
