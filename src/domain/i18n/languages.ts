/** The interface languages. Vietnamese is the default; anything that is not Vietnamese gets English. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** The locale used for dates and numbers in each language. */
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a first visit from the browser's preferred languages (navigator.languages,
 * most preferred first): its first entry decides — "vi" or "vi-*" → Vietnamese, anything else →
 * English; no entry at all → the default.
 */
export function detectLanguage(preferred: readonly string[]): Lang {
  const first = preferred.find((p) => p.trim() !== '');
  if (first === undefined) return DEFAULT_LANG;
  return /^vi(-|$)/i.test(first.trim()) ? 'vi' : 'en';
}
