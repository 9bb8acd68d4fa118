import { useEffect, useId, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref, type RefObject } from 'react';
import type { Article } from '../../domain/article/types';
import { firstMentionElement } from './dom';
import type { OpenCard } from './openCard';
import { translateTitle } from '../../domain/glossary/translate';
import { LOCALES } from '../../domain/i18n/languages';
import { useLang, useT } from '../../lib/i18n';
import { changeWord, entityModel, figureParts, formatValue, sentenceAround } from './model';
import './entities.css';

interface Props {
  ref: Ref<HTMLDivElement | null>;
  article: Article;
  bodyRef: RefObject<HTMLDivElement | null>;
  open: OpenCard;
  onClose: (returnFocus: boolean) => void;
  onGo: (ent: number) => void;
  onPointerInside: (inside: boolean) => void;
  personSlot?: (name: string) => ReactNode;
}

const GAP = 8;
const MARGIN = 8;

/** Where the card goes: under the mention, or above it when there is no room below; inside the viewport. */
function place(card: HTMLElement, anchor: HTMLElement): { top: number; left: number } {
  const rects = anchor.getClientRects();
  const r = rects[0] ?? anchor.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const h = card.offsetHeight;
  const w = card.offsetWidth;
  const below = r.bottom + GAP + h <= vh - MARGIN || r.top - GAP - h < MARGIN;
  const top = below ? r.bottom + GAP : r.top - GAP - h;
  const left = Math.min(Math.max(MARGIN, r.left), Math.max(MARGIN, vw - w - MARGIN));
  // Page coordinates relative to the card's containing block (the page unless an ancestor is positioned).
  const parent = card.offsetParent;
  if (parent && parent !== document.body && parent !== document.documentElement) {
    const p = parent.getBoundingClientRect();
    return { top: top - p.top + parent.scrollTop, left: left - p.left + parent.scrollLeft };
  }
  return { top: top + window.scrollY, left: left + window.scrollX };
}

/** A non-modal card about one mention: who or what it is, and the way to its other mentions. */
export default function EntityCard({ ref, article, bodyRef, open, onClose, onGo, onPointerInside, personSlot }: Props) {
  const id = useId();
  const cardRef = useRef<HTMLDivElement | null>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const prevRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const model = entityModel(article);
  const e = article.entities[open.ent]!;
  const group = model.groupOf[open.ent];
  const mentions = group?.mentions ?? [open.ent];
  const at = Math.max(0, mentions.indexOf(open.ent));
  const prev = at > 0 ? mentions[at - 1] : undefined;
  const next = at < mentions.length - 1 ? mentions[at + 1] : undefined;

  const setRefs = (el: HTMLDivElement | null) => {
    cardRef.current = el;
    if (typeof ref === 'function') ref(el);
    else if (ref) ref.current = el;
  };

  useLayoutEffect(() => {
    const card = cardRef.current;
    const body = bodyRef.current;
    const anchor = body && firstMentionElement(body, open.ent);
    if (!card) return;
    if (!anchor) {
      onClose(false); // its type was just hidden
      return;
    }
    // Placed before paint, imperatively: the card is visible (and focusable) from its first frame.
    const update = () => {
      const { top, left } = place(card, anchor);
      card.style.top = `${top}px`;
      card.style.left = `${left}px`;
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [open.ent, bodyRef, onClose, article]);

  useEffect(() => {
    if (open.focusSeq === 0) return;
    const target = next !== undefined ? nextRef : prev !== undefined ? prevRef : closeRef;
    target.current?.focus();
  }, [open.focusSeq, open.ent, next, prev]);

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      onClose(true);
      return;
    }
    if (ev.key !== 'Tab') return;
    // Leaving the card with Tab goes back to the text, where the reader was.
    const focusables = [...(cardRef.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if ((ev.shiftKey && document.activeElement === first) || (!ev.shiftKey && document.activeElement === last)) {
      ev.preventDefault();
      onClose(true);
    }
  };

  const onBlur = (ev: FocusEvent<HTMLDivElement>) => {
    const to = ev.relatedTarget;
    if (!to || cardRef.current?.contains(to)) return;
    if (to instanceof Element && to.closest('[data-ent]')) return;
    onClose(false);
  };

  const title = e.type === 'official' ? (group?.label ?? e.name ?? e.text) : e.text;
  const t = useT();

  return (
    <div
      ref={setRefs}
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-type`}
      tabIndex={-1}
      className={`ent-card ent-card-${e.type}`}
      data-mode={open.mode}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerEnter={() => onPointerInside(true)}
      onPointerLeave={() => onPointerInside(false)}
    >
      <div className="ent-card-head">
        <span className="ent-card-type" id={`${id}-type`}>
          <span className="ent-swatch ent-swatch-small" data-type={e.type} aria-hidden="true" />
          {t(`entity.type.${e.type}`)}
        </span>
        <button
          ref={closeRef}
          type="button"
          className="ent-card-close"
          aria-label={t('card.close')}
          onClick={() => onClose(true)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 className="ent-card-title" id={`${id}-title`} lang="vi">
        {title}
      </h2>
      {e.type === 'official' && <OfficialFacts role={group?.role ?? null} org={group?.org ?? null} />}
      {e.type === 'official' && personSlot?.(e.name ?? e.text)}
      {e.type === 'figure' && <FigureFacts article={article} ent={open.ent} />}
      <div className="ent-card-nav">
        <p className="ent-card-count">
          {mentions.length === 1 ? t('card.once') : t('card.mentions', { n: mentions.length, k: at + 1 })}
        </p>
        {mentions.length > 1 && (
          <div className="ent-card-buttons">
            <button
              ref={prevRef}
              type="button"
              className="ent-card-step"
              disabled={prev === undefined}
              onClick={() => prev !== undefined && onGo(prev)}
            >
              <span aria-hidden="true">‹ </span>
              {t('card.prev')}
            </button>
            <button
              ref={nextRef}
              type="button"
              className="ent-card-step"
              disabled={next === undefined}
              onClick={() => next !== undefined && onGo(next)}
            >
              {t('card.next')}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

/** In English the title is rendered from its parts (domain/glossary), the Vietnamese kept beside it. */
function OfficialFacts({ role, org }: { role: string | null; org: string | null }) {
  const t = useT();
  const lang = useLang();
  const english = lang === 'en' && role ? translateTitle(role) : null;
  return (
    <dl className="ent-card-facts">
      {english && (
        <div>
          <dt>{t('card.roleEnglish')}</dt>
          <dd className="ent-card-english">{english.en}</dd>
        </div>
      )}
      <div>
        <dt>{t('card.role')}</dt>
        <dd lang="vi">{role ?? <span className="ent-card-muted">{t('card.notStated')}</span>}</dd>
      </div>
      {org && (
        <div>
          <dt>{t('card.org')}</dt>
          <dd lang="vi">{org}</dd>
        </div>
      )}
    </dl>
  );
}

function FigureFacts({ article, ent }: { article: Article; ent: number }) {
  const e = article.entities[ent]!;
  const text = article.blocks[e.block]?.text ?? '';
  const { number, unit } = figureParts(e.text);
  const change = changeWord(text, e.start, e.text);
  const ctx = sentenceAround(text, e.start, e.end);
  const t = useT();
  const lang = useLang();
  const value = typeof e.value === 'number' && Number.isFinite(e.value) ? formatValue(e.value, LOCALES[lang]) : number;
  return (
    <>
      <dl className="ent-card-facts">
        <div>
          <dt>{t('card.value')}</dt>
          <dd className="ent-card-value">{value}</dd>
        </div>
        {unit && (
          <div>
            <dt>{unit.startsWith('%') ? t('card.unit') : t('card.counts')}</dt>
            <dd lang={unit.startsWith('%') ? undefined : 'vi'}>{unit.startsWith('%') ? t('card.percent', { unit }) : unit}</dd>
          </div>
        )}
        {change && (
          <div>
            <dt>{t('card.change')}</dt>
            <dd className={`ent-card-change ent-card-change-${change === 'tăng' ? 'up' : 'down'}`}>
              <span aria-hidden="true">{change === 'tăng' ? '▲ ' : '▼ '}</span>
              {change === 'tăng' ? t('card.up') : t('card.down')}
            </dd>
          </div>
        )}
      </dl>
      <figure className="ent-card-context">
        <figcaption className="sr-only">{t('card.sentence')}</figcaption>
        <blockquote lang="vi">
          {ctx.text.slice(0, ctx.start)}
          <strong className="ent-card-hit">{ctx.text.slice(ctx.start, ctx.end)}</strong>
          {ctx.text.slice(ctx.end)}
        </blockquote>
      </figure>
    </>
  );
}
