import { useFormat, useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { usePersonInArticle } from './api';
import { personPath } from './PeoplePage';

/** For an official's card in an article: "xuất hiện trong N bài khác", linking to their page. */
export function PersonAppearances({ name, articleId }: { name: string; articleId: string }) {
  const found = usePersonInArticle(name, articleId);
  const t = useT();
  const n = useFormat().number;
  if (!found) return null;
  return (
    <p className="person-appearances">
      <Link href={personPath(found.slug)}>
        {found.others > 0 ? t('people.otherArticles', { n: n(found.others) }) : t('people.noOtherArticles')}
      </Link>
    </p>
  );
}
