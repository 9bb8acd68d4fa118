import { useDeferredValue } from 'react';
import type { Article } from '../../../domain/article/types';
import { useArticleHighlights } from '../../../annotations/useArticleHighlights';
import { useT } from '../../../lib/i18n';

/**
 * The reader's notes as numbered footnotes, for print only (hidden on screen). The numbers match
 * the CSS counter on each note's end marker in the text (highlights.css), both in the order the
 * notes end in the article.
 */
export function PrintNotes({ article }: { article: Article }) {
  // Only printed: rendered after the text is painted, at a lower priority.
  const anchored = useDeferredValue(useArticleHighlights(article).anchored);
  const t = useT();
  const notes = anchored.filter((h) => h.note.trim() !== '' && h.range).sort((a, b) => a.range!.end - b.range!.end);
  if (notes.length === 0) return null;
  return (
    <section className="print-notes" aria-label={t('hl.print')}>
      <h2>{t('panel.title')}</h2>
      <ol>
        {notes.map((h) => (
          <li key={h.id}>
            <q>{h.quote.length > 160 ? `${h.quote.slice(0, 159)}…` : h.quote}</q> — {h.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
