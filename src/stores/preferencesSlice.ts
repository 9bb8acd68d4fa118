import type { StateCreator } from 'zustand';
import { ENTITY_TYPES, type EntityType } from '../domain/article/types';
import type { Lang } from '../domain/i18n/languages';
import type { HighlightColor } from '../domain/notes/annotation';
import { normalizeColorName, type CustomColorNames } from '../domain/notes/colorNames';
import { documentLanguage } from '../prefs/lang';

export interface PreferencesSlice {
  visibleTypes: Record<EntityType, boolean>;
  lastColor: HighlightColor;
  /** The interface language in use (from <html lang>, which the boot script set before the first paint). */
  lang: Lang;
  /** The language the reader chose; null: follow the browser (persisted). */
  langChoice: Lang | null;
  /** Colours the reader renamed (persisted); the others keep their default name. */
  colorNames: CustomColorNames;
  setLanguage: (lang: Lang) => void;
  /** '' (or only spaces) gives the colour its default name back. */
  setColorName: (color: HighlightColor, name: string) => void;
  toggleType: (type: EntityType) => void;
  setLastColor: (color: HighlightColor) => void;
}

export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (set) => ({
  visibleTypes: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
  lastColor: 'yellow',
  // Read at store creation, never set before hydration: a setState would overwrite the stored preferences.
  lang: documentLanguage(),
  langChoice: null,
  colorNames: {},
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
});
