import { LOCALES, type Lang } from '../../domain/i18n/languages';

/** "1,2 MB", "340 kB" (1 kB = 1000 bytes; "1.2 MB" in English). */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'kB'] : bytes < 1e9 ? [bytes / 1e6, 'MB'] : [bytes / 1e9, 'GB'];
  return `${value.toLocaleString(LOCALES[lang], { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}
