/**
 * The interface language in React: `useT()` gives the typed message lookup of the current language
 * (src/domain/i18n), `useColorNames()` the colour names in use, `useFormat()` numbers and dates for
 * the language. The language is decided before the first paint by the boot script in <head>
 * (src/prefs/lang.ts) and read from <html lang> when the store is created.
 */
import { useEffect, useMemo } from 'react';
import { formatCalendarDate, formatDateTime, formatNumber, formatShortCalendarDate } from '../domain/i18n/format';
import type { Lang } from '../domain/i18n/languages';
import { translator, type Translate } from '../domain/i18n/t';
import { colorNames, readCustomColorNames, type ColorNames } from '../domain/notes/colorNames';
import { PENDING_ATTRIBUTE } from '../prefs/lang';
import { useAppStore } from '../stores/store';

export const useLang = (): Lang => useAppStore((s) => s.lang);
export const useSetLanguage = () => useAppStore((s) => s.setLanguage);

/** The message lookup of the language in use, for code outside components (actions, notices). */
export const currentT = (): Translate => translator(useAppStore.getState().lang);

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}

export function useColorNames(): ColorNames {
  const lang = useLang();
  const custom = useAppStore((s) => s.colorNames);
  return useMemo(() => colorNames(lang, readCustomColorNames(custom)), [lang, custom]);
}

export interface Format {
  number: (n: number, maximumFractionDigits?: number) => string;
  /** "2022-01-25" → "Thứ Ba, 25 tháng 1, 2022" / "Tuesday, 25 January 2022". */
  date: (iso: string, withWeekday?: boolean) => string;
  shortDate: (iso: string) => string;
  dateTime: (iso: string) => string;
}

export function useFormat(): Format {
  const lang = useLang();
  return useMemo(
    () => ({
      number: (n, digits) => formatNumber(lang, n, digits),
      date: (iso, withWeekday) => formatCalendarDate(lang, iso, withWeekday),
      shortDate: (iso) => formatShortCalendarDate(lang, iso),
      dateTime: (iso) => formatDateTime(lang, iso),
    }),
    [lang],
  );
}

/** Keeps <html lang> on the language in use, and shows the page once it is in that language. */
export function useHtmlLang(): void {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.removeAttribute(PENDING_ATTRIBUTE);
  }, [lang]);
}

const STORAGE_KINDS = ['unavailable', 'quota', 'corrupt', 'newer-version', 'invalid', 'conflict', 'unknown'] as const;

/**
 * Why storage failed, in the reader's language: a StorageError carries its kind (duck-typed, so
 * callers need not load the storage code); anything else is the generic message.
 */
export function storageErrorText(t: Translate, e: unknown): string {
  const kind = typeof e === 'object' && e !== null && 'kind' in e ? (e as { kind: unknown }).kind : undefined;
  const known = STORAGE_KINDS.find((k) => k === kind) ?? 'unknown';
  return t(`storage.${known}`);
}
