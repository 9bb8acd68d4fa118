/**
 * The application's frame around a page painted before the application runs (the all-notes page's
 * first screen, features/notes/bootFirstPage.ts): the skip link and the top bar exactly as App renders
 * them first (features/notes/bootPage.dom.test.tsx compares them), with their styles, so the
 * application's first commit replaces them without a visible change.
 */
import { h } from '../dom/element';
import type { Lang } from '../domain/i18n/languages';
import { translator } from '../domain/i18n/t';
import '../features/offline/offline.css';
import '../features/preferences/preferences.css';

export function shellReplica(doc: Document, lang: Lang, main: HTMLElement, idPrefix = 'boot'): Node[] {
  const t = translator(lang);
  return [
    h(doc, 'a', { class: 'skip-link', href: '#main' }, t('app.skip')),
    h(
      doc,
      'header',
      { class: 'topbar' },
      h(doc, 'a', { href: '/', class: 'brand', 'aria-label': t('app.home') }, 'Margin'),
      h(doc, 'span', { role: 'status', class: 'offline-status' }),
      h(
        doc,
        'nav',
        { 'aria-label': t('app.nav') },
        h(doc, 'a', { href: '/' }, t('app.nav.library')),
        h(doc, 'a', { href: '/people' }, t('app.nav.people')),
        h(doc, 'a', { href: '/notes' }, t('app.nav.notes')),
        h(
          doc,
          'div',
          { class: 'prefs' },
          h(
            doc,
            'button',
            { type: 'button', class: 'prefs-button', 'aria-expanded': 'false', 'aria-controls': `${idPrefix}-prefs-panel`, 'aria-label': t('prefs.button'), title: t('prefs.button') },
            h(doc, 'span', { 'aria-hidden': 'true' }, 'Aa'),
          ),
        ),
      ),
    ),
    main,
  ];
}
