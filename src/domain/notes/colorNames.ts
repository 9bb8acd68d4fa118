import { translator, type Lang } from '../i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from './annotation';

/**
 * Names of the five highlight colours. Each has a default per language (the catalogue's
 * `colour.<key>`); the reader can rename any of them, and the name then holds in every language.
 * Names are shown in the toolbar, the filters and every export; the stored annotation keeps the
 * colour key, so renaming never rewrites notes.
 */
export type ColorNames = Readonly<Record<HighlightColor, string>>;
/** What the reader changed: only the renamed colours. */
export type CustomColorNames = Readonly<Partial<Record<HighlightColor, string>>>;

export const MAX_COLOR_NAME_LENGTH = 40;

export function defaultColorNames(lang: Lang): ColorNames {
  const t = translator(lang);
  return Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, t(`colour.${c}`)])) as Record<HighlightColor, string>;
}

/** A typed name in normal form: NFC, spaces collapsed; null when empty (= back to the default). */
export function normalizeColorName(raw: string): string | null {
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return name === '' ? null : [...name].slice(0, MAX_COLOR_NAME_LENGTH).join('');
}

/** The names in use: the reader's where set, else the language's default. */
export function colorNames(lang: Lang, custom: CustomColorNames = {}): ColorNames {
  const defaults = defaultColorNames(lang);
  return Object.fromEntries(
    HIGHLIGHT_COLORS.map((c) => [c, normalizeColorName(custom[c] ?? '') ?? defaults[c]]),
  ) as Record<HighlightColor, string>;
}

/** Reads stored custom names from untrusted storage: unknown keys and non-strings are ignored. */
export function readCustomColorNames(raw: unknown): CustomColorNames {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Partial<Record<HighlightColor, string>> = {};
  for (const c of HIGHLIGHT_COLORS) {
    const v = (raw as Record<string, unknown>)[c];
    const name = typeof v === 'string' ? normalizeColorName(v) : null;
    if (name !== null) out[c] = name;
  }
  return out;
}
