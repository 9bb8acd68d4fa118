/**
 * Reader preferences that shape the page before any script of the app runs: theme, text size, line
 * width, which entity types are marked, "focus on people". Pure: the same mapping serves the inline
 * boot script in <head> (./boot.ts) and the app when a preference changes.
 */

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = [1, 2, 3, 4, 5] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const LINE_WIDTHS = ['narrow', 'normal', 'wide'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];
/** Kept in step with domain/article/types ENTITY_TYPES (a test checks); repeated so the boot script stays tiny. */
export const MARK_TYPES = ['official', 'organization', 'figure', 'date', 'document'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

export interface PagePrefs {
  theme: Theme;
  textSize: TextSize;
  lineWidth: LineWidth;
  /** Which entity types are marked in the text. Calm by default: officials and figures. */
  visibleTypes: Record<MarkType, boolean>;
  focusPeople: boolean;
}

export const DEFAULT_VISIBLE: Record<MarkType, boolean> = {
  official: true,
  organization: false,
  figure: true,
  date: false,
  document: false,
};

export const DEFAULT_PREFS: PagePrefs = {
  theme: 'system',
  textSize: 3,
  lineWidth: 'normal',
  visibleTypes: DEFAULT_VISIBLE,
  focusPeople: false,
};

/** localStorage key of the persisted preferences (zustand's persist: `{ state, version }`). */
export const PREFS_KEY = 'margin:preferences';

const isOneOf = <T>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

/** The page preferences in a stored value; anything missing or malformed takes its default. */
export function readPagePrefs(stored: unknown): PagePrefs {
  const state = (stored && typeof stored === 'object' && 'state' in stored ? stored.state : null) as Record<string, unknown> | null;
  if (!state || typeof state !== 'object') return DEFAULT_PREFS;
  const types = state.visibleTypes as Record<string, unknown> | undefined;
  const visibleTypes = { ...DEFAULT_VISIBLE };
  if (types && typeof types === 'object') {
    for (const t of MARK_TYPES) if (typeof types[t] === 'boolean') visibleTypes[t] = types[t];
  }
  return {
    theme: isOneOf(THEMES, state.theme) ? state.theme : DEFAULT_PREFS.theme,
    textSize: isOneOf(TEXT_SIZES, state.textSize) ? state.textSize : DEFAULT_PREFS.textSize,
    lineWidth: isOneOf(LINE_WIDTHS, state.lineWidth) ? state.lineWidth : DEFAULT_PREFS.lineWidth,
    visibleTypes,
    focusPeople: state.focusPeople === true,
  };
}

/**
 * The attributes of <html> that carry the preferences to CSS (null: remove it). Defaults are left
 * off, so a page without the boot script (no JavaScript, storage blocked) looks as a new reader's.
 */
export function htmlAttributes(p: PagePrefs): Record<string, string | null> {
  return {
    'data-theme': p.theme === 'system' ? null : p.theme,
    'data-size': p.textSize === 3 ? null : String(p.textSize),
    'data-width': p.lineWidth === 'normal' ? null : p.lineWidth,
    'data-marks': MARK_TYPES.filter((t) => p.visibleTypes[t]).join(' '),
    'data-focus': p.focusPeople ? 'people' : null,
  };
}

export function applyHtmlAttributes(root: Element, attrs: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/**
 * Whether the page's preferences (as the boot script put them on <html>) leave the prerendered markup
 * as it is: the marks shown and the people focus decide tab stops and pressed buttons in the HTML,
 * so only the defaults do. Theme, size and width are CSS alone.
 */
export function markupMatchesDefaults(root: Element): boolean {
  const defaults = htmlAttributes(DEFAULT_PREFS);
  return (['data-marks', 'data-focus'] as const).every((name) => root.getAttribute(name) === defaults[name]);
}
