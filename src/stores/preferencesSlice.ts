import type { StateCreator } from 'zustand';
import type { EntityType } from '../domain/article/types';
import type { Lang } from '../domain/i18n/languages';
import type { HighlightColor } from '../domain/notes/annotation';
import { normalizeColorName, type CustomColorNames } from '../domain/notes/colorNames';
import { documentLanguage } from '../prefs/lang';
import { DEFAULT_PREFS, type LineWidth, type TextSize, type Theme } from '../prefs/model';

/** Reader preferences (persisted; src/prefs/model.ts maps the page ones onto <html> for CSS, before first paint too). */
export interface PreferencesSlice {
  /** Which entity types are marked: officials and figures by default, the rest from the legend. */
  visibleTypes: Record<EntityType, boolean>;
  lastColor: HighlightColor;
  /** The interface language in use (from <html lang>, which the boot script set before the first paint). */
  lang: Lang;
  /** The language the reader chose; null: follow the browser (persisted). */
  langChoice: Lang | null;
  /** Colours the reader renamed (persisted); the others keep their default name. */
  colorNames: CustomColorNames;
  theme: Theme;
  textSize: TextSize;
  lineWidth: LineWidth;
  /** "Focus on people": every official's mention tinted, not only underlined. */
  focusPeople: boolean;
  setLanguage: (lang: Lang) => void;
  /** '' (or only spaces) gives the colour its default name back. */
  setColorName: (color: HighlightColor, name: string) => void;
  toggleType: (type: EntityType) => void;
  setLastColor: (color: HighlightColor) => void;
  setTheme: (theme: Theme) => void;
  setTextSize: (size: TextSize) => void;
  setLineWidth: (width: LineWidth) => void;
  setFocusPeople: (on: boolean) => void;
}

export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (set) => ({
  visibleTypes: { ...DEFAULT_PREFS.visibleTypes },
  lastColor: 'yellow',
  // Read at store creation, never set before hydration: a setState would overwrite the stored preferences.
  lang: documentLanguage(),
  langChoice: null,
  colorNames: {},
  theme: DEFAULT_PREFS.theme,
  textSize: DEFAULT_PREFS.textSize,
  lineWidth: DEFAULT_PREFS.lineWidth,
  focusPeople: DEFAULT_PREFS.focusPeople,
  setLanguage: (lang) => set({ lang, langChoice: lang }),
  setColorName: (color, name) =>
    set((s) => {
      const next: Partial<Record<HighlightColor, string>> = { ...s.colorNames };
      const normal = normalizeColorName(name);
      if (normal === null) delete next[color];
      else next[color] = normal;
      return { colorNames: next };
    }),
  toggleType: (type) => set((s) => ({ visibleTypes: { ...s.visibleTypes, [type]: !s.visibleTypes[type] } })),
  setLastColor: (color) => set({ lastColor: color }),
  setTheme: (theme) => set({ theme }),
  setTextSize: (textSize) => set({ textSize }),
  setLineWidth: (lineWidth) => set({ lineWidth }),
  setFocusPeople: (focusPeople) => set({ focusPeople }),
});
