import { useT } from '../../lib/i18n';
import './ownMark.css';

/** "Của bạn": the mark of an article the reader added, wherever one is listed. */
export function OwnMark() {
  const t = useT();
  return <span className="own-mark">{t('own.mark')}</span>;
}
