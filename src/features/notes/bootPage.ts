/**
 * The all-notes page's first screen as plain DOM, painted by the boot script from its first read
 * before the application (React DOM) has even run: the same elements, classes and text as the React
 * page's first render (AllNotesView + NotesBrowser + NoteRow with the same data; bootPage.dom.test.tsx
 * compares them), so the application's first commit replaces it without a visible change. Text is
 * only ever set as text nodes and attribute values, never parsed as HTML, and split into the same
 * text nodes as React's (`#{tag}`, a chip's `({count})`): glyphs then land on the same pixels.
 * Below the first page (the colour names form) is left to the application: it moves nothing on screen.
 */
import { formatDateTime, formatNumber } from '../../domain/i18n/format';
import type { Lang } from '../../domain/i18n/languages';
import { translator } from '../../domain/i18n/t';
import { HIGHLIGHT_COLORS, type Annotation } from '../../domain/notes/annotation';
import { colorNames } from '../../domain/notes/colorNames';
import { colorOf, noteOf, quoteOf, tagsOf } from '../../domain/notes/model';
import { buildNotesView } from '../../domain/notes/notesView';
import type { NotesOverview } from '../../storage/overview';
import { titleMap } from './earlyIndex';
import { dataFromSummaries } from './notesData';
import { moreLabel, NOTES_PAGE_SIZE } from './paging';
import { highlightHash, preview } from './text';
import { h, type Child } from '../../dom/element';
import './notes.css';

/** What the boot read gives: the first read and the index's JSON (undefined when it did not come as JSON). */
export interface BootPageInput {
  overview: NotesOverview | null;
  indexJson: unknown;
  lang: Lang;
  /** A prefix for the ids React's useId would give (only their pairing matters). */
  idPrefix?: string;
}

/**
 * The page's <main> as its first render shows it with this data, or null where the first render is
 * anything else (no trusted summaries, no notes, unreadable records, no titles): then nothing is
 * painted and the application shows it, as before.
 */
export function notesPageReplica(doc: Document, { overview, indexJson, lang, idPrefix = 'boot' }: BootPageInput): HTMLElement | null {
  if (!overview?.summaries || overview.unreadable.length > 0 || !Array.isArray((indexJson as { articles?: unknown } | null)?.articles)) return null;
  const titles = titleMap(indexJson);
  const known = (aid: string) => titles.has(aid);
  const titleOf = (aid: string) => titles.get(aid) ?? aid;
  const data = dataFromSummaries(overview.summaries, overview.annotations, titleOf);
  const { totals, colorCounts, tags } = data;
  const shownCount = totals.notes + totals.highlights;
  if (shownCount === 0) return null;
  const t = translator(lang);
  const num = (n: number) => formatNumber(lang, n);
  const names = colorNames(lang);
  const e = (tag: string, attrs: Record<string, string | null | undefined>, ...children: Child[]) => h(doc, tag, attrs, ...children);

  const row = (a: Annotation, linkable: boolean) => {
    const color = colorOf(a);
    const note = noteOf(a);
    const tagList = tagsOf(a);
    const quote = preview(quoteOf(a), 320);
    const date = Date.parse(a.created) > 0 ? formatDateTime(lang, a.created) : null;
    return e(
      'li',
      { class: `nx-item nx-c-${color}`, 'data-note': a.id },
      e('p', { class: 'nx-kind' }, `${note ? t('nx.kindNote') : t('nx.kindHighlight')} · ${names[color]}`),
      e(
        'blockquote',
        { class: 'nx-quote', lang: 'vi' },
        linkable ? e('a', { href: `/a/${a.target.source}${highlightHash(a.id)}`, class: 'nx-quote-link' }, quote) : e('span', {}, quote),
      ),
      note && e('p', { class: 'nx-note' }, note),
      tagList.length > 0 && e('p', { class: 'nx-tags' }, ...tagList.map((x) => e('span', { class: 'nx-tag' }, '#', x))),
      e(
        'div',
        { class: 'nx-row-actions' },
        date && e('time', { datetime: a.created }, date),
        e(
          'button',
          { type: 'button', class: 'nx-link-button nx-more', 'aria-label': `${t('nx.options')} ${t('panel.forQuote', { quote: quote.slice(0, 60) })}`, 'aria-expanded': 'false' },
          t('nx.options'),
        ),
      ),
    );
  };

  // The first page: `limit` rows across the newest articles, as NotesBrowser pages them.
  const groups: HTMLElement[] = [];
  let left = NOTES_PAGE_SIZE;
  for (const g of buildNotesView(data.all, titleOf).groups) {
    if (left <= 0) break;
    const items = g.items.slice(0, left);
    left -= items.length;
    const gid = `${idPrefix}-g-${g.articleId}`;
    groups.push(
      e(
        'section',
        { class: 'nx-group', 'aria-labelledby': gid },
        e('h2', { id: gid, class: 'nx-group-title', lang: 'vi' }, known(g.articleId) ? g.title : t('nx.articleGone', { id: g.articleId })),
        e('ol', { class: 'nx-list' }, ...items.map((a) => row(a, known(g.articleId)))),
      ),
    );
  }

  const help = `${idPrefix}-import-help`;
  return e(
    'main',
    { id: 'main', class: 'nx-page' },
    e(
      'header',
      { class: 'nx-header' },
      e('h1', {}, t('nx.title')),
      e(
        'div',
        { class: 'nx-actions' },
        e(
          'div',
          { class: 'nx-export' },
          e(
            'button',
            { type: 'button', id: `${idPrefix}-export-button`, class: 'nx-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
            t('export.button'),
            e('span', { 'aria-hidden': 'true', class: 'nx-caret' }, '▾'),
          ),
          e('div', { role: 'status', class: 'nx-export-status' }),
        ),
        e('button', { type: 'button', class: 'nx-button', 'aria-describedby': help }, t('nx.import')),
        e('input', { type: 'file', accept: '.json,.jsonld,.csv,application/json,application/ld+json,text/csv', hidden: '' }),
      ),
      e('p', { id: help, class: 'nx-help' }, t('nx.importHelp')),
      e('div', { role: 'status', class: 'nx-page-status' }),
    ),
    e('p', { class: 'lede nx-count' }, t('nx.counts', { notes: num(totals.notes), highlights: num(totals.highlights), articles: num(totals.articles) })),
    e(
      'div',
      { class: 'nx-tools' },
      e('label', { class: 'nx-search' }, e('span', {}, t('nx.search')), e('input', { type: 'search', value: '', placeholder: t('nx.searchHint') })),
      e(
        'label',
        {},
        e('span', {}, t('tags.filter')),
        e('select', {}, e('option', { value: '' }, t('tags.all')), ...tags.map((x) => e('option', { value: x.tag }, '#', x.tag, ' (', num(x.count), ')'))),
      ),
      e(
        'label',
        {},
        e('span', {}, t('nx.article')),
        e('select', {}, e('option', { value: '' }, t('nx.allArticles')), ...data.articles.map((aid) => e('option', { value: aid }, titleOf(aid)))),
      ),
    ),
    e(
      'div',
      { class: 'nx-filter', role: 'group', 'aria-label': t('nx.byColour') },
      e('button', { type: 'button', class: 'nx-chip', 'aria-pressed': 'true' }, t('nx.all'), ' ', e('span', { class: 'nx-chip-n' }, '(', num(shownCount), ')')),
      ...HIGHLIGHT_COLORS.filter((c) => colorCounts.has(c)).map((c) =>
        e(
          'button',
          { type: 'button', class: `nx-chip nx-c-${c}`, 'aria-pressed': 'false' },
          e('span', { class: 'nx-dot', 'aria-hidden': 'true' }),
          names[c],
          ' ',
          e('span', { class: 'nx-chip-n' }, '(', num(colorCounts.get(c) ?? 0), ')'),
        ),
      ),
    ),
    e('div', { role: 'status', class: 'nx-page-status' }),
    e('p', { class: 'nx-shown' }, t('nx.shown', { notes: num(totals.notes), highlights: num(totals.highlights) })),
    ...groups,
    shownCount > NOTES_PAGE_SIZE && e('button', { type: 'button', class: 'button nx-show-more' }, moreLabel(lang, NOTES_PAGE_SIZE, shownCount)),
  );
}
