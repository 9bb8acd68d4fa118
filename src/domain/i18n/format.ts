import { LOCALES, type Lang } from './languages';

/**
 * Dates and numbers for each language (vi-VN, en-GB). Dates are calendar dates or instants shown
 * in UTC for dates ("YYYY-MM-DD") so server prerender and browser agree whatever the time zone.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], options)));
  return f;
}

export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits }).format(n);
}

const calendar = (iso: string): Date | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "2022-01-25" → "Thứ Ba, 25 tháng 1, 2022" / "Tuesday 25 January 2022"; unreadable input is returned as is. */
export function formatCalendarDate(lang: Lang, iso: string, withWeekday = true): string {
  const d = calendar(iso);
  if (!d) return iso;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
  if (withWeekday) options.weekday = 'long';
  return dateFormat(lang, options).format(d);
}

/** "2022-01-25" → "25/1/2022" / "25/01/2022" for compact lists. */
export function formatShortCalendarDate(lang: Lang, iso: string): string {
  const d = calendar(iso);
  if (!d) return iso;
  return dateFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' }).format(d);
}

/** An instant (ISO 8601 date-time) as a date and time in the reader's time zone (or `timeZone`). */
export function formatDateTime(lang: Lang, iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(d);
}
