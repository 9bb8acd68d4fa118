import { formatNumber } from '../../domain/i18n/format';
import type { Lang } from '../../domain/i18n/languages';
import { translator } from '../../domain/i18n/t';
import { NOTES_PAGE_SIZE } from './pageSize';

export { NOTES_PAGE_SIZE };

/** "Hiện thêm 100 ghi chú (còn 9.900)" / "Show 100 more notes (9,900 left)". */
export function moreLabel(lang: Lang, shown: number, total: number): string {
  const next = Math.min(NOTES_PAGE_SIZE, total - shown);
  return translator(lang)('nx.more', { next: formatNumber(lang, next), left: formatNumber(lang, total - shown) });
}
