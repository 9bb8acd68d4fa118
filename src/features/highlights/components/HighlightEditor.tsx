import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Article } from '../../../domain/article/types';
import { withNote } from '../../../domain/notes/model';
import { MAX_NOTE_LENGTH } from '../../../domain/notes/limits';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../domain/notes/annotation';
import { offsetsToRange } from '../../../dom/selection';
import type { EditorState } from '../../../stores/highlightsSlice';
import { useAppStore } from '../../../stores/store';
import { plainTextOf } from '../../../annotations/articleText';
import { highlightRanges } from '../../../dom/paint';
import { rangeAnchor, type AnchorRect } from '../dom';
import type { ArticleHighlights } from '../../../annotations/useArticleHighlights';
import type { HighlightActions } from '../../../annotations/useHighlightActions';
import { useTagCounts } from '../../../annotations';
import { tagsOf } from '../../../domain/notes/model';
import { currentT, useColorNames, useFormat, useT } from '../../../lib/i18n';
import { TagField } from './TagField';
import { usePlacement } from './usePlacement';
import '../../../styles/controls.css';
import '../tools.css';

const NO_TAGS: { tag: string; count: number }[] = [];

interface Props {
  article: Article;
  editor: EditorState;
  highlights: ArticleHighlights;
  actions: HighlightActions;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Closes the editor; `focusId`: a highlight to put focus on afterwards. */
  onClose: (focusId?: string) => void;
}

const QUOTE_PREVIEW = 220;
/** The counter shows from here on, before the limit is reached. */
const COUNTER_FROM = Math.floor(MAX_NOTE_LENGTH * 0.8);
/**
 * Past this length the note is shown in the system monospace face: Chromium lays out a 100,000-character
 * paragraph in a proportional face (Literata or the sans) in 5–6 s, in monospace in 0.15 s (measured).
 */
const LONG_DRAFT = 20_000;

/** `text` cut to at most `room` UTF-16 units without splitting a surrogate pair. */
function fit(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, Math.max(0, room));
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The address that opens this article on this highlight, even in a new tab (see app/ArticlePage). */
export function highlightLink(origin: string, articleId: string, annotationId: string): string {
  return `${origin}/a/${encodeURIComponent(articleId)}#hl-${encodeURIComponent(annotationId)}`;
}

async function copyLink(articleId: string, annotationId: string): Promise<void> {
  const link = highlightLink(window.location.origin, articleId, annotationId);
  const notice = useAppStore.getState().setHighlightNotice;
  try {
    await navigator.clipboard.writeText(link);
    notice({ kind: 'info', text: currentT()('hl.linkCopied') });
  } catch {
    // No clipboard permission (an insecure page, a refusal): show the link so it can be copied by hand.
    notice({ kind: 'info', text: currentT()('hl.linkManual', { link }) });
  }
}

function preview(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > QUOTE_PREVIEW ? `${q.slice(0, QUOTE_PREVIEW - 1)}…` : q;
}

/**
 * The note editor, beside a highlight (or beside the selection for a new note): colour, note,
 * delete. The note text lives in the store while typing, so a failed save, a re-render or a
 * click elsewhere never loses it; the editor only says "saved" once the write resolved.
 */
export default function HighlightEditor({ article, editor, highlights, actions, bodyRef, onClose }: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { target, draft, error, saving } = editor;
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  const store = useAppStore.getState;
  const h = target.kind === 'existing' ? highlights.byId.get(target.id) : undefined;
  const isNew = target.kind === 'new';
  // The highlight as last seen here: if another tab deletes it, the typed note stays and it can be re-created.
  const [lastSeen, setLastSeen] = useState(h);
  if (h && h !== lastSeen) setLastSeen(h);
  const gone = !isNew && !h && lastSeen && target.kind === 'existing' && lastSeen.id === target.id ? lastSeen : null;
  const shown = h ?? gone ?? undefined;
  const t = useT();
  const names = useColorNames();
  const fmt = useFormat().number;
  // Tags in use, for completion: from the per-article summaries, not a read of every note.
  const used = useTagCounts() ?? NO_TAGS;
  const [newTags, setNewTags] = useState<string[]>([]);
  const tags = isNew ? newTags : h ? tagsOf(h.annotation) : [];
  const quote = isNew ? plainTextOf(article).text.slice(target.start, target.end) : (shown?.quote ?? '');
  const color: HighlightColor = isNew ? target.color : (shown?.color ?? 'yellow');
  const savedNote = h?.note ?? '';
  const dirty = isNew ? draft.trim() !== '' || newTags.length > 0 : draft !== savedNote || h?.state === 'failed';
  const orphan = !isNew && h !== undefined && h.range === null;

  const getAnchor = (): AnchorRect | null => {
    const body = bodyRef.current;
    if (!body) return null;
    if (target.kind === 'new') {
      const range = offsetsToRange(body, plainTextOf(article), target);
      return range && rangeAnchor(range, 'last');
    }
    const range = highlightRanges(body, target.id)[0];
    return range ? rangeAnchor(range, 'first') : null;
  };
  const anchored = !orphan && (isNew || !!h?.range);
  usePlacement(ref, getAnchor, 'below', [target, anchored, h?.range]);

  useEffect(() => {
    textRef.current?.focus({ preventScroll: !anchored });
    // Focus once, when the editor opens for a target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target.kind, target.kind === 'existing' ? target.id : target.start]);

  // A click outside closes the editor, unless it holds text not saved yet.
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  });
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (ref.current?.contains(e.target as Node)) return;
      if (!dirtyRef.current) onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);

  const save = async () => {
    if (saving) return;
    if (target.kind === 'existing' && h && draft === savedNote && h.state !== 'failed') {
      onClose(h.id);
      return;
    }
    if (draft.length > MAX_NOTE_LENGTH) {
      store().setEditorStatus(article.id, {
        saving: false,
        error: t('hl.editor.tooLong', { n: fmt(draft.length), max: fmt(MAX_NOTE_LENGTH) }),
      });
      return;
    }
    store().setEditorStatus(article.id, { saving: true, error: null });
    const outcome =
      target.kind === 'new'
        ? await actions.create(target, target.color, draft, { announceFailure: false, tags: newTags })
        : h
          ? await actions.setNote(h.annotation, draft, { announceFailure: false })
          : gone
            ? await actions.recreate(withNote(gone.annotation, draft, new Date()))
            : { ok: false as const, id: target.id, error: t('hl.editor.goneShort') };
    if (outcome.ok) {
      onClose(outcome.id);
      return;
    }
    if (target.kind === 'new') {
      // The highlight exists now (flagged unsaved): further attempts save that same record.
      store().retargetEditor({ kind: 'existing', articleId: article.id, id: outcome.id });
    }
    store().setEditorStatus(article.id, { saving: false, error: t('hl.editor.saveFailed', { reason: outcome.error }) });
  };

  const pickColor = (c: HighlightColor) => {
    if (target.kind === 'new') {
      store().setLastColor(c);
      store().retargetEditor({ ...target, color: c });
    } else if (h && c !== h.color) {
      void actions.setColor(h.annotation, c);
    }
  };

  const removeHighlight = async () => {
    if (!h) return;
    const outcome = await actions.remove(h.annotation);
    if (outcome.ok) onClose();
    else store().setEditorStatus(article.id, { saving: false, error: t('hl.editor.deleteHighlightFailed', { reason: outcome.error }) });
  };

  const removeNote = async () => {
    if (!h || saving) return;
    store().setEditorStatus(article.id, { saving: true, error: null });
    const outcome = await actions.setNote(h.annotation, '', { announceFailure: false });
    if (outcome.ok) {
      store().setEditorDraft(article.id, '');
      store().setEditorStatus(article.id, { saving: false, error: null });
    } else {
      store().setEditorStatus(article.id, { saving: false, error: t('hl.editor.deleteNoteFailed', { reason: outcome.error }) });
    }
  };

  // A paste that would pass the limit keeps what fits and says how much that was (never a silent cut).
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const incoming = e.clipboardData.getData('text/plain');
    const el = e.currentTarget;
    const start = el.selectionStart;
    const end = el.selectionEnd;
    const room = MAX_NOTE_LENGTH - (draft.length - (end - start));
    if (incoming.length <= room) {
      setPasteNote(null);
      return;
    }
    e.preventDefault();
    const kept = fit(incoming, room);
    store().setEditorDraft(article.id, draft.slice(0, start) + kept + draft.slice(end));
    requestAnimationFrame(() => textRef.current?.setSelectionRange(start + kept.length, start + kept.length));
    setPasteNote(
      t('hl.editor.pasteCut', { kept: fmt(kept.length), total: fmt(incoming.length), max: fmt(MAX_NOTE_LENGTH) }),
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose(h?.id);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const title = t(isNew ? 'hl.editor.new' : orphan ? 'hl.editor.orphan' : 'hl.editor.highlight');
  return createPortal(
    <div
      ref={ref}
      className={`hl-editor${anchored ? '' : ' hl-editor-floating'}`}
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
    >
      <div className="hl-editor-head">
        <h2 id={`${id}-title`} className="hl-editor-title">
          {title}
        </h2>
        <button type="button" className="hl-icon-button" aria-label={t('hl.editor.close')} title={t('hl.editor.closeEsc')} onClick={() => onClose(h?.id)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!isNew && !h && (
        <p className="hl-editor-gone" role="status">
          {t('hl.editor.gone')}
          {gone ? ` ${t('hl.editor.goneKept')}` : ''}
        </p>
      )}
      {!isNew && !h && !gone ? null : (
        <>
          <blockquote className={`hl-editor-quote hl-quote-${color}`}>{preview(quote)}</blockquote>
          <div className="hl-editor-colors" role="group" aria-label={t('hl.editor.colours')}>
            <span className="hl-editor-colorname">{names[color]}</span>
            {HIGHLIGHT_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                className={`hl-swatch hl-swatch-${c}`}
                aria-label={t('hl.paint', { hue: t(`hue.${c}`), name: names[c] })}
                aria-pressed={c === color}
                title={t('hl.paint', { hue: t(`hue.${c}`), name: names[c] })}
                onClick={() => pickColor(c)}
              />
            ))}
          </div>
          <label htmlFor={`${id}-note`} className="hl-editor-label">
            {t('hl.note')}
          </label>
          <textarea
            ref={textRef}
            id={`${id}-note`}
            className={`hl-editor-text${draft.length > LONG_DRAFT ? ' hl-editor-text-long' : ''}`}
            rows={4}
            maxLength={MAX_NOTE_LENGTH}
            value={draft}
            placeholder={t('hl.editor.placeholder')}
            aria-describedby={[error && `${id}-error`, `${id}-count`].filter(Boolean).join(' ')}
            onChange={(e) => store().setEditorDraft(article.id, e.target.value)}
            onPaste={onPaste}
          />
          <p id={`${id}-count`} className="hl-editor-count" aria-live="polite">
            {pasteNote ??
              (draft.length >= COUNTER_FROM
                ? t('hl.editor.count', { n: fmt(draft.length), max: fmt(MAX_NOTE_LENGTH), full: draft.length >= MAX_NOTE_LENGTH })
                : '')}
          </p>
          <TagField
            tags={tags}
            used={used}
            disabled={saving || (!isNew && !h)}
            onChange={(next) => (isNew ? setNewTags(next) : h && void actions.setTags(h.annotation, next))}
          />
          {error && (
            <p id={`${id}-error`} className="hl-editor-error" role="alert">
              {error}
            </p>
          )}
          <p className="hl-editor-status" role="status">
            {saving || h?.state === 'saving' ? t('panel.saving') : h?.state === 'failed' ? t('panel.failed') : ''}
          </p>
          <div className="hl-editor-actions">
            <button type="button" className="button primary" disabled={saving} onClick={() => void save()}>
              {t(gone ? 'hl.editor.recreate' : 'hl.editor.save')}
            </button>
            {!isNew && savedNote && (
              <button type="button" className="button" disabled={saving} onClick={() => void removeNote()}>
                {t('hl.editor.deleteNote')}
              </button>
            )}
            {!isNew && h && (
              <button type="button" className="button hl-danger" disabled={saving} onClick={() => void removeHighlight()}>
                {t('hl.editor.deleteHighlight')}
              </button>
            )}
            {!isNew && h && (
              <button type="button" className="button" onClick={() => void copyLink(article.id, h.id)}>
                {t('hl.editor.copyLink')}
              </button>
            )}
            {isNew && (
              <button type="button" className="button" onClick={() => onClose()}>
                {t('nx.cancel')}
              </button>
            )}
          </div>
        </>
      )}
    </div>,
    document.body,
  );
}
