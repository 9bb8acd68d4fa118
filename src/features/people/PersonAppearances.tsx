import { useFormat, useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { usePersonInArticle } from './api';
import { personPath } from './PeoplePage';

/** For an official's card in an article: "xuất hiện trong N bài khác", linking to their page (or, when in no other, a link to it beside). */
export function PersonAppearances({ name, articleId }: { name: string; articleId: string }) {
  const found = usePersonInArticle(name, articleId);
  const t = useT();
  const n = useFormat().number;
  if (!found) return null;
  return (
    <p className="person-appearances">
      {found.others > 0 ? (
        <Link href={personPath(found.slug)}>{t('people.otherArticles', { n: n(found.others) })}</Link>
      ) : (
        // A link that says "in no other article" reads as a dead end: say it, then offer their page.
        <>
          {t('people.noOtherArticles')} · <Link href={personPath(found.slug)}>{t('people.page')}</Link>
        </>
      )}
    </p>
  );
}
