const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

import { formatNumber } from '../domain/i18n/format';
import type { Lang } from '../domain/i18n/languages';

/**
 * A byte count for the language: "12,3 KB" in Vietnamese, "12.3 KB" in English (binary multiples
 * as file managers show them). One decimal below 100 of a unit, none above.
 */
export function formatBytes(bytes: number, lang: Lang = 'vi'): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '0 B';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023,96 KB would round to "1.024 KB": show the next unit instead.
  if (unit < UNITS.length - 1 && Number(value.toFixed(1)) >= 1024) {
    value /= 1024;
    unit++;
  }
  const text = formatNumber(lang, value, unit === 0 || value >= 100 ? 0 : 1);
  return `${text} ${UNITS[unit]}`;
}
