import { memo, useCallback, useDeferredValue, useId, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Article } from '../../domain/article/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../domain/notes/annotation';
// Not the storage module itself: an island that imports it statically could not be retried after it failed to load.
import { isStorageError } from '../../storage/errors';
import { useFlash, useHighlightHistory } from '../../stores/store';
import { openEditorOrPoint, setEditorReturnFocus } from '../../annotations/editorRequest';
import { articleBodyElement, HL_FLASH_PREFIX as FLASH_PREFIX, revealHighlight } from '../../dom/paint';
import type { ArticleHighlights, Highlight } from '../../annotations/useArticleHighlights';
import { useHighlightActions } from '../../annotations/useHighlightActions';
import { tagsOf } from '../../domain/notes/model';
import { tagCounts } from '../../domain/notes/notesView';
import { tagKey } from '../../domain/notes/tags';
import { storageErrorText, useColorNames, useT } from '../../lib/i18n';
import '../../styles/controls.css';
import './panel.css';

interface Props {
  article: Article;
  highlights: ArticleHighlights;
  exportSlot?: ReactNode;
  /** In the sheet: close it before jumping to the text or opening the editor. */
  beforeLeave?: () => void;
}

const PREVIEW = 180;
/** Notes listed before "Hiện cả N ghi chú": a thousand items laid out at once held the highlights' first paint back. */
export const LIST_LIMIT = 50;

function preview(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > PREVIEW ? `${q.slice(0, PREVIEW - 1)}…` : q;
}


/**
 * Every highlight of the article in document order (quote, colour, note, save state), a colour
 * filter, undo/redo, and the orphans — highlights whose passage is no longer in the article — in
 * their own group, listed until the reader deletes them.
 */
export default function NotesList({ article, highlights: current, exportSlot, beforeLeave }: Props) {
  // The list follows at a lower priority: a new highlight paints in the text first.
  const highlights = useDeferredValue(current);
  const id = useId();
  const [filter, setFilter] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [everything, setEverything] = useState(false);
  const t = useT();
  const names = useColorNames();
  const actions = useHighlightActions(article);
  const history = useHighlightHistory(article.id);
  const flash = useFlash();
  const { anchored, orphans, unreadable, status } = highlights;
  const total = anchored.length + orphans.length;
  const keep = (h: Highlight) => (!filter || h.color === filter) && (!tag || tagsOf(h.annotation).some((x) => tagKey(x) === tagKey(tag)));
  const shown = anchored.filter(keep);
  const shownOrphans = orphans.filter(keep);
  const tags = tagCounts([...anchored, ...orphans].map((h) => h.annotation));
  const counts = new Map<HighlightColor, number>();
  for (const h of [...anchored, ...orphans]) counts.set(h.color, (counts.get(h.color) ?? 0) + 1);

  const articleId = article.id;
  const jump = useCallback(
    (h: Highlight) => {
      beforeLeave?.();
      const body = articleBodyElement(articleId);
      if (!body || !revealHighlight(body, h.id)) return;
      flash(FLASH_PREFIX + h.id);
    },
    [articleId, beforeLeave, flash],
  );

  const edit = useCallback(
    (h: Highlight, from: HTMLElement) => {
      beforeLeave?.();
      // From the sheet the opener is gone once it closes: focus then returns to the highlight itself.
      if (openEditorOrPoint({ kind: 'existing', articleId, id: h.id }, h.note)) setEditorReturnFocus(beforeLeave ? null : from);
    },
    [articleId, beforeLeave],
  );

  const undoCount = history?.undo.length ?? 0;
  const redoCount = history?.redo.length ?? 0;

  return (
    <section className="hl-notes" aria-labelledby={`${id}-title`}>
      <header className="hl-notes-header">
        <h2 id={`${id}-title`} className="hl-notes-title">
          {t('panel.title')} <span className="hl-notes-count">({total})</span>
        </h2>
        <div className="hl-notes-tools">
          <button
            type="button"
            className="hl-small-button"
            disabled={undoCount === 0}
            title={t('panel.undoKey')}
            aria-keyshortcuts="Control+Z"
            onClick={() => void actions.undo()}
          >
            {t('nx.undo')}
          </button>
          <button
            type="button"
            className="hl-small-button"
            disabled={redoCount === 0}
            title={t('panel.redoKey')}
            aria-keyshortcuts="Control+Shift+Z"
            onClick={() => void actions.redo()}
          >
            {t('panel.redo')}
          </button>
          {/* The export menu, passed in by the page. */}
          {exportSlot && <div className="hl-notes-export">{exportSlot}</div>}
        </div>
      </header>

      {status === 'pending' && <p className="hl-notes-loading">{t('nx.loading')}</p>}
      {status === 'error' && (
        <div className="hl-notes-problem" role="alert">
          <p>{isStorageError(highlights.error) ? storageErrorText(t, highlights.error) : t('nx.readErrorMessage')}</p>
          <button type="button" className="hl-small-button" onClick={highlights.refetch}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {unreadable.length > 0 && (
        <p className="hl-notes-problem">
          {t('panel.unreadable', { n: unreadable.length })}
        </p>
      )}

      {total > 0 && (
        <div className="hl-notes-filter" role="group" aria-label={t('nx.byColour')}>
          <button type="button" className="hl-filter" aria-pressed={filter === null} onClick={() => setFilter(null)}>
            {t('nx.all')}
          </button>
          {HIGHLIGHT_COLORS.filter((c) => counts.has(c)).map((c) => (
            <button
              key={c}
              type="button"
              className="hl-filter"
              aria-pressed={filter === c}
              onClick={() => setFilter(filter === c ? null : c)}
            >
              <span className={`hl-dot hl-dot-${c}`} aria-hidden="true" />
              {names[c]} <span className="hl-filter-n">({counts.get(c)})</span>
            </button>
          ))}
          {tags.length > 0 && (
            <label className="hl-tag-filter">
              <span className="sr-only">{t('tags.filter')}</span>
              <select aria-label={t('tags.filter')} value={tag ?? ''} onChange={(e) => setTag(e.target.value || null)}>
                <option value="">{t('tags.all')}</option>
                {tags.map((x) => (
                  <option key={x.tag} value={x.tag}>
                    #{x.tag} ({x.count})
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}

      {status === 'success' && total === 0 && (
        <p className="hl-notes-empty">
          {t('panel.empty')}
        </p>
      )}
      {total > 0 && shown.length === 0 && shownOrphans.length === 0 && (
        <p className="hl-notes-empty">{t('nx.noMatch')}</p>
      )}

      {shown.length > 0 && (
        <ol className="hl-notes-list">
          {(everything ? shown : shown.slice(0, LIST_LIMIT)).map((h) => (
            <NoteItem key={h.id} h={h} onJump={jump} onEdit={edit} />
          ))}
        </ol>
      )}
      {!everything && shown.length > LIST_LIMIT && (
        <button
          type="button"
          className="hl-small-button hl-notes-more"
          onClick={(e) => {
            const list = e.currentTarget.previousElementSibling;
            flushSync(() => setEverything(true));
            // The button is gone: focus moves on to the first note it revealed.
            list?.querySelectorAll<HTMLElement>('.hl-note-jump')[LIST_LIMIT]?.focus();
          }}
        >
          {t('panel.showAll', { n: shown.length })}
        </button>
      )}

      {shownOrphans.length > 0 && (
        <div className="hl-orphans">
          <h3 id={`${id}-orphans`} className="hl-orphans-title">
            {t('panel.orphans')} <span className="hl-notes-count">({shownOrphans.length})</span>
          </h3>
          <p className="hl-orphans-help">
            {t('panel.orphansHelp')}
          </p>
          <ul className="hl-notes-list" aria-labelledby={`${id}-orphans`}>
            {shownOrphans.map((h) => (
              <NoteItem key={h.id} h={h} onEdit={edit} onDelete={(x) => void actions.remove(x.annotation)} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface ItemProps {
  h: Highlight;
  onJump?: (h: Highlight) => void;
  onEdit: (h: Highlight, from: HTMLElement) => void;
  onDelete?: (h: Highlight) => void;
}

const NoteItem = memo(function NoteItem({ h, onJump, onEdit, onDelete }: ItemProps) {
  const t = useT();
  const names = useColorNames();
  const tags = tagsOf(h.annotation);
  const quote = (
    <>
      <span className={`hl-dot hl-dot-${h.color}`} aria-hidden="true" />
      <span className="sr-only">{names[h.color]}: </span>
      <q className="hl-note-quote">{preview(h.quote)}</q>
    </>
  );
  return (
    <li className={`hl-note-item hl-note-item-${h.color}`} data-hl-item={h.id} data-state={h.state}>
      {onJump ? (
        <button type="button" className="hl-note-jump" onClick={() => onJump(h)}>
          {quote}
        </button>
      ) : (
        <p className="hl-note-jump hl-note-static">{quote}</p>
      )}
      {h.note && <p className="hl-note-text">{h.note}</p>}
      {tags.length > 0 && <p className="hl-note-tags">{tags.map((x) => `#${x}`).join(' ')}</p>}
      {h.state === 'saving' && <p className="hl-note-state">{t('panel.saving')}</p>}
      {h.state === 'failed' && <p className="hl-note-state hl-note-failed">{t('panel.failed')} {h.error}</p>}
      <div className="hl-note-actions">
        <button type="button" className="hl-small-button" onClick={(e) => onEdit(h, e.currentTarget)}>
          {h.note ? t('nx.edit') : t('nx.addNote')}
          <span className="sr-only"> {t('panel.forQuote', { quote: preview(h.quote).slice(0, 60) })}</span>
        </button>
        {onDelete && (
          <button type="button" className="hl-small-button hl-danger" onClick={() => onDelete(h)}>
            {t('nx.delete')}
            <span className="sr-only"> {t('panel.forQuote', { quote: preview(h.quote).slice(0, 60) })}</span>
          </button>
        )}
      </div>
    </li>
  );
});
