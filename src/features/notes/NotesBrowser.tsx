import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { deleteAnnotation } from '../../annotations/deleteAnnotation';
import { saveAnnotation } from '../../annotations/saveAnnotation';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../domain/notes/annotation';
import { colorOf, noteOf, quoteOf, tagsOf, withColor, withNote } from '../../domain/notes/model';
import { buildNotesView } from '../../domain/notes/notesView';
import { useColorNames, useFormat, useLang, useT, type Format } from '../../lib/i18n';
import type { Translate } from '../../domain/i18n/t';
import type { ColorNames } from '../../domain/notes/colorNames';
import { articlePath, Link } from '../../lib/router';
import { highlightHash, jumpToHighlightWhenShown } from './jump';
import type { NotesData } from './notesData';
import { moreLabel, NOTES_PAGE_SIZE } from './paging';
import { preview } from './text';

interface Props {
  data: NotesData;
  titles: ReadonlyMap<string, string>;
  indexLoaded: boolean;
}

/** The last change made here, to undo it: the record as it was (null: it did not exist). */
interface Undoable {
  before: Annotation;
  after: Annotation | null;
  text: string;
}

/**
 * Every note, grouped by article (newest activity first), with a search that ignores diacritics and
 * filters by colour, tag and article; each note can be edited, recoloured or deleted right here,
 * the last change undone. Highlights without a note are counted and labelled as highlights.
 */
export function NotesBrowser({ data, titles, indexLoaded }: Props) {
  const { all, complete, totals, colorCounts, tags } = data;
  const id = useId();
  const t = useT();
  const f = useFormat();
  const lang = useLang();
  const names = useColorNames();
  // Read once here and handed to every row: hooks in each of 100 rows were 700 store subscriptions.
  const ui = useMemo(() => ({ t, f, names }), [t, f, names]);
  const client = useQueryClient();
  const [query, setQuery] = useState('');
  const [color, setColor] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [articleId, setArticleId] = useState<string | null>(null);
  const [limit, setLimit] = useState(NOTES_PAGE_SIZE);
  const [status, setStatus] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undoable | null>(null);

  const titleOf = (aid: string) => titles.get(aid) ?? aid;
  const view = useMemo(
    () => buildNotesView(all, (aid) => titles.get(aid) ?? aid, { query, color, tag, articleId }),
    [all, titles, query, color, tag, articleId],
  );
  // Until every note is read, `all` holds only the newest articles' notes: a filter must wait for the rest.
  const filtered = query.trim() !== '' || color !== null || tag !== null || articleId !== null;
  const waiting = !complete && filtered;
  const counts = complete || filtered ? view.counts : totals;
  const shownCount = counts.notes + counts.highlights;
  const reset = () => setLimit(NOTES_PAGE_SIZE);

  const write = async (before: Annotation, after: Annotation | null, done: string) => {
    try {
      if (after) await saveAnnotation(client, after);
      else await deleteAnnotation(client, before.target.source, before.id);
      setUndo({ before, after, text: done });
      setStatus(done);
    } catch (e) {
      setStatus(`${t('nx.writeFailed')} ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const runUndo = async () => {
    if (!undo) return;
    try {
      await saveAnnotation(client, undo.before);
      setUndo(null);
      setStatus(t('nx.undone'));
    } catch (e) {
      setStatus(`${t('nx.writeFailed')} ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  // Thousands of rows at once freeze the page: paint `limit` rows, add more on request.
  const paged: { group: (typeof view.groups)[number]; items: Annotation[] }[] = [];
  let left = limit;
  for (const group of view.groups) {
    if (left <= 0) break;
    const items = group.items.slice(0, left);
    left -= items.length;
    paged.push({ group: group, items });
  }
  return (
    <>
      <p className="lede nx-count">
        {t('nx.counts', { notes: f.number(totals.notes), highlights: f.number(totals.highlights), articles: f.number(totals.articles) })}
      </p>
      <div className="nx-tools">
        <label className="nx-search">
          <span>{t('nx.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('nx.searchHint')}
            onChange={(e) => {
              setQuery(e.target.value);
              reset();
            }}
          />
        </label>
        <label>
          <span>{t('tags.filter')}</span>
          <select
            value={tag ?? ''}
            onChange={(e) => {
              setTag(e.target.value || null);
              reset();
            }}
          >
            <option value="">{t('tags.all')}</option>
            {tags.map((x) => (
              <option key={x.tag} value={x.tag}>
                #{x.tag} ({f.number(x.count)})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('nx.article')}</span>
          <select
            value={articleId ?? ''}
            onChange={(e) => {
              setArticleId(e.target.value || null);
              reset();
            }}
          >
            <option value="">{t('nx.allArticles')}</option>
            {data.articles.map((aid) => (
              <option key={aid} value={aid}>
                {titleOf(aid)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="nx-filter" role="group" aria-label={t('nx.byColour')}>
        <button type="button" className="nx-chip" aria-pressed={color === null} onClick={() => setColor(null)}>
          {t('nx.all')} <span className="nx-chip-n">({f.number(totals.notes + totals.highlights)})</span>
        </button>
        {HIGHLIGHT_COLORS.filter((c) => colorCounts.has(c)).map((c) => (
          <button key={c} type="button" className={`nx-chip nx-c-${c}`} aria-pressed={color === c} onClick={() => setColor(color === c ? null : c)}>
            <span className="nx-dot" aria-hidden="true" />
            {names[c]} <span className="nx-chip-n">({f.number(colorCounts.get(c) ?? 0)})</span>
          </button>
        ))}
      </div>
      <div role="status" className="nx-page-status">
        {status && (
          <p>
            {status}{' '}
            {undo && (
              <button type="button" className="nx-button" onClick={() => void runUndo()}>
                {t('nx.undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {waiting ? (
        <p className="nx-shown">{t('nx.loading')}</p>
      ) : shownCount === 0 ? (
        <p className="nx-none">{t('nx.noMatch')}</p>
      ) : (
        <p className="nx-shown">{t('nx.shown', { notes: f.number(counts.notes), highlights: f.number(counts.highlights) })}</p>
      )}
      {!waiting && paged.map(({ group: g, items }) => {
        const gid = `${id}-${g.articleId}`;
        return (
          <section key={g.articleId} className="nx-group" aria-labelledby={gid}>
            <h2 id={gid} className="nx-group-title" lang="vi">
              {indexLoaded && !titles.has(g.articleId) ? t('nx.articleGone', { id: g.articleId }) : g.title}
            </h2>
            <ol className="nx-list">
              {items.map((a) => (
                <NoteRow key={a.id} annotation={a} linkable={!indexLoaded || titles.has(g.articleId)} onWrite={write} ui={ui} />
              ))}
            </ol>
          </section>
        );
      })}
      {!waiting && shownCount > limit && (
        <button type="button" className="button nx-show-more" onClick={() => setLimit(limit + NOTES_PAGE_SIZE)}>
          {moreLabel(lang, limit, shownCount)}
        </button>
      )}
    </>
  );
}

/** What every row shows in the reader's language: messages, dates, colour names. */
interface RowUi {
  t: Translate;
  f: Format;
  names: ColorNames;
}

function NoteRow({
  annotation: a,
  linkable,
  onWrite,
  ui,
}: {
  annotation: Annotation;
  linkable: boolean;
  onWrite: (before: Annotation, after: Annotation | null, done: string) => Promise<void>;
  ui: RowUi;
}) {
  const { t, f, names } = ui;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const color = colorOf(a);
  const note = noteOf(a);
  const tags = tagsOf(a);
  const date = Date.parse(a.created) > 0 ? f.dateTime(a.created) : null;
  const quote = preview(quoteOf(a), 320);
  return (
    <li className={`nx-item nx-c-${color}`} data-note={a.id}>
      {/* One text node, its dot drawn by CSS: 100 rows are a page, and every node counts in its first paint. */}
      <p className="nx-kind">{`${note ? t('nx.kindNote') : t('nx.kindHighlight')} · ${names[color]}`}</p>
      <blockquote className="nx-quote" lang="vi">
        {linkable ? (
          <Link
            href={`${articlePath(a.target.source)}${highlightHash(a.id)}`}
            className="nx-quote-link"
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              window.scrollTo(0, 0);
              jumpToHighlightWhenShown(a.id);
            }}
          >
            {quote}
          </Link>
        ) : (
          <span>{quote}</span>
        )}
      </blockquote>
      {editing ? (
        <form
          className="nx-edit"
          onSubmit={(e) => {
            e.preventDefault();
            setEditing(false);
            if (draft !== note) void onWrite(a, withNote(a, draft, new Date()), t('nx.saved'));
          }}
        >
          <label>
            <span className="sr-only">{t('hl.note')}</span>
            <textarea value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} autoFocus />
          </label>
          <button type="submit" className="nx-button">
            {t('nx.save')}
          </button>
          <button type="button" className="nx-button" onClick={() => setEditing(false)}>
            {t('nx.cancel')}
          </button>
        </form>
      ) : (
        note && <p className="nx-note">{note}</p>
      )}
      {tags.length > 0 && (
        <p className="nx-tags">
          {tags.map((x) => (
            <span key={x} className="nx-tag">
              #{x}
            </span>
          ))}
        </p>
      )}
      <RowActions
        ui={ui}
        date={date}
        created={a.created}
        quote={quote}
        note={note}
        color={color}
        onEdit={() => {
          setDraft(note);
          setEditing(true);
        }}
        onColor={(c) => void onWrite(a, withColor(a, c, new Date()), t('nx.recoloured', { name: names[c] }))}
        onDelete={() => void onWrite(a, null, t('nx.deleted'))}
      />
    </li>
  );
}

/**
 * The date and one "Tuỳ chọn" button per row; edit, the colours and delete are rendered only once it
 * is opened (a page of 100 rows each with a colour <select> and two buttons was a third of its nodes).
 */
function RowActions({
  ui: { t, names },
  date,
  created,
  quote,
  note,
  color,
  onEdit,
  onColor,
  onDelete,
}: {
  ui: RowUi;
  date: string | null;
  created: string;
  quote: string;
  note: string;
  color: HighlightColor;
  onEdit: () => void;
  onColor: (c: HighlightColor) => void;
  onDelete: () => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  const forQuoteText = t('panel.forQuote', { quote: quote.slice(0, 60) });
  const forQuote = <span className="sr-only"> {forQuoteText}</span>;
  return (
    <div className="nx-row-actions">
      {date && <time dateTime={created}>{date}</time>}
      {/* Named by aria-label (its visible words first), not a hidden span: one node less in each of 100 rows. */}
      <button
        ref={toggle}
        type="button"
        className="nx-link-button nx-more"
        aria-label={`${t('nx.options')} ${forQuoteText}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('nx.options')}
      </button>
      {open && (
        <div
          id={id}
          className="nx-row-menu"
          role="group"
          aria-label={t('nx.options')}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close(true);
          }}
        >
          <span className="nx-row-menu-main">
            <button
              type="button"
              className="nx-button"
              autoFocus
              onClick={() => {
                close(false);
                onEdit();
              }}
            >
              {note ? t('nx.edit') : t('nx.addNote')}
            </button>
            <button
              type="button"
              className="nx-button nx-danger"
              onClick={() => {
                close(false);
                onDelete();
              }}
            >
              {t('nx.delete')}
              {forQuote}
            </button>
          </span>
          <span className="nx-row-colours" role="group" aria-label={t('nx.colour')}>
            {HIGHLIGHT_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                className={`nx-chip nx-c-${c}`}
                aria-pressed={c === color}
                onClick={() => {
                  close(true);
                  if (c !== color) onColor(c);
                }}
              >
                <span className="nx-dot" aria-hidden="true" />
                {names[c]}
              </button>
            ))}
          </span>
        </div>
      )}
    </div>
  );
}
