import { memo, useCallback, useDeferredValue, useId, useState, type ReactNode } from 'react';
import type { Article } from '../../domain/article/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../domain/notes/annotation';
import { isStorageError } from '../../storage';
import { useFlash, useHighlightHistory } from '../../stores/store';
import { openEditorOrPoint, setEditorReturnFocus } from '../../annotations/editorRequest';
import { scrollIntoViewCentered } from '../../dom/motion';
import { articleBodyElement, firstHighlightElement, HL_FLASH_PREFIX as FLASH_PREFIX } from '../../dom/paint';
import type { ArticleHighlights, Highlight } from '../../annotations/useArticleHighlights';
import { COLOR_NAMES, useHighlightActions } from '../../annotations/useHighlightActions';
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

function preview(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > PREVIEW ? `${q.slice(0, PREVIEW - 1)}…` : q;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  const actions = useHighlightActions(article);
  const history = useHighlightHistory(article.id);
  const flash = useFlash();
  const { anchored, orphans, unreadable, status } = highlights;
  const total = anchored.length + orphans.length;
  const shown = filter ? anchored.filter((h) => h.color === filter) : anchored;
  const shownOrphans = filter ? orphans.filter((h) => h.color === filter) : orphans;
  const counts = new Map<HighlightColor, number>();
  for (const h of [...anchored, ...orphans]) counts.set(h.color, (counts.get(h.color) ?? 0) + 1);

  const articleId = article.id;
  const jump = useCallback(
    (h: Highlight) => {
      beforeLeave?.();
      const body = articleBodyElement(articleId);
      const el = body && firstHighlightElement(body, h.id);
      if (!el) return;
      scrollIntoViewCentered(el);
      el.focus({ preventScroll: true });
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
          Ghi chú <span className="hl-notes-count">({total})</span>
        </h2>
        <div className="hl-notes-tools">
          <button
            type="button"
            className="hl-small-button"
            disabled={undoCount === 0}
            title="Hoàn tác (Ctrl+Z)"
            aria-keyshortcuts="Control+Z"
            onClick={() => void actions.undo()}
          >
            Hoàn tác
          </button>
          <button
            type="button"
            className="hl-small-button"
            disabled={redoCount === 0}
            title="Làm lại (Ctrl+Shift+Z)"
            aria-keyshortcuts="Control+Shift+Z"
            onClick={() => void actions.redo()}
          >
            Làm lại
          </button>
          {/* The export menu, passed in by the page. */}
          {exportSlot && <div className="hl-notes-export">{exportSlot}</div>}
        </div>
      </header>

      {status === 'pending' && <p className="hl-notes-loading">Đang tải ghi chú…</p>}
      {status === 'error' && (
        <div className="hl-notes-problem" role="alert">
          <p>{isStorageError(highlights.error) ? highlights.error.userMessage : 'Không đọc được ghi chú đã lưu.'}</p>
          <button type="button" className="hl-small-button" onClick={highlights.refetch}>
            Thử lại
          </button>
        </div>
      )}
      {unreadable.length > 0 && (
        <p className="hl-notes-problem">
          {unreadable.length} ghi chú đã lưu không đọc được. Dữ liệu gốc vẫn được giữ nguyên, không bị xoá.
        </p>
      )}

      {total > 0 && (
        <div className="hl-notes-filter" role="group" aria-label="Lọc theo màu">
          <button type="button" className="hl-filter" aria-pressed={filter === null} onClick={() => setFilter(null)}>
            Tất cả
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
              {capital(COLOR_NAMES[c])} <span className="hl-filter-n">({counts.get(c)})</span>
            </button>
          ))}
        </div>
      )}

      {status === 'success' && total === 0 && (
        <p className="hl-notes-empty">
          Chưa có đoạn tô nào. Chọn một đoạn trong bài để tô màu hoặc viết ghi chú (phím H để tô, N để ghi chú).
        </p>
      )}
      {total > 0 && shown.length === 0 && shownOrphans.length === 0 && (
        <p className="hl-notes-empty">Không có đoạn tô màu {filter && COLOR_NAMES[filter]}.</p>
      )}

      {shown.length > 0 && (
        <ol className="hl-notes-list">
          {shown.map((h) => (
            <NoteItem key={h.id} h={h} onJump={jump} onEdit={edit} />
          ))}
        </ol>
      )}

      {shownOrphans.length > 0 && (
        <div className="hl-orphans">
          <h3 id={`${id}-orphans`} className="hl-orphans-title">
            Không tìm thấy trong bài <span className="hl-notes-count">({shownOrphans.length})</span>
          </h3>
          <p className="hl-orphans-help">
            Bài viết đã thay đổi và không còn đoạn văn này. Ghi chú vẫn được giữ lại cho đến khi bạn tự xoá.
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
  const quote = (
    <>
      <span className={`hl-dot hl-dot-${h.color}`} aria-hidden="true" />
      <span className="sr-only">{capital(COLOR_NAMES[h.color])}: </span>
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
      {h.state === 'saving' && <p className="hl-note-state">Đang lưu…</p>}
      {h.state === 'failed' && <p className="hl-note-state hl-note-failed">Chưa lưu được. {h.error}</p>}
      <div className="hl-note-actions">
        <button type="button" className="hl-small-button" onClick={(e) => onEdit(h, e.currentTarget)}>
          {h.note ? 'Sửa ghi chú' : 'Thêm ghi chú'}
          <span className="sr-only"> cho đoạn “{preview(h.quote).slice(0, 60)}”</span>
        </button>
        {onDelete && (
          <button type="button" className="hl-small-button hl-danger" onClick={() => onDelete(h)}>
            Xoá<span className="sr-only"> đoạn “{preview(h.quote).slice(0, 60)}”</span>
          </button>
        )}
      </div>
    </li>
  );
});
