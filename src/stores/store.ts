import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { createHighlightsSlice, type HighlightsSlice } from './highlightsSlice';
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice';
import { applyHtmlAttributes, DEFAULT_PREFS, htmlAttributes, PREFS_KEY } from '../prefs/model';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = PreferencesSlice & UiSlice & HighlightsSlice;

export const PREFERENCES_KEY = PREFS_KEY;

type Persisted = Pick<
  AppState,
  'visibleTypes' | 'lastColor' | 'theme' | 'textSize' | 'lineWidth' | 'focusPeople' | 'langChoice' | 'colorNames'
>;

/**
 * Stored preferences of older versions. v1 kept every type on by default: a v1 record with all five
 * on is the old default, never a choice, so it becomes the calm default; any other set was chosen.
 */
export function migratePreferences(state: unknown, version: number): Partial<Persisted> {
  const old = (state && typeof state === 'object' ? state : {}) as Partial<Persisted>;
  if (version < 2 && old.visibleTypes && Object.values(old.visibleTypes).every((v) => v === true)) {
    return { ...old, visibleTypes: { ...DEFAULT_PREFS.visibleTypes } };
  }
  return old;
}

/** One store of slices. Only reader preferences persist; they load after hydration (skipHydration). */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({ ...createPreferencesSlice(...a), ...createUiSlice(...a), ...createHighlightsSlice(...a) }),
    {
      name: PREFERENCES_KEY,
      version: 2,
      // Nothing is written before the stored preferences were read: a setState before rehydrate()
      // (the language, set at start) would otherwise overwrite them with the defaults.
      storage: createJSONStorage(() => ({
        getItem: (k: string) => localStorage.getItem(k),
        setItem: (k: string, v: string) => {
          if (useAppStore.persist.hasHydrated()) localStorage.setItem(k, v);
        },
        removeItem: (k: string) => localStorage.removeItem(k),
      })),
      migrate: migratePreferences,
      partialize: (s): Persisted => ({
        visibleTypes: s.visibleTypes,
        lastColor: s.lastColor,
        theme: s.theme,
        textSize: s.textSize,
        lineWidth: s.lineWidth,
        focusPeople: s.focusPeople,
        langChoice: s.langChoice,
        colorNames: s.colorNames,
      }),
      skipHydration: true,
    },
  ),
);

// Every preference change reaches <html> at once (the boot script in <head> did it for the first paint).
if (typeof document !== 'undefined') {
  useAppStore.subscribe((s, old) => {
    if (
      s.theme === old.theme &&
      s.textSize === old.textSize &&
      s.lineWidth === old.lineWidth &&
      s.focusPeople === old.focusPeople &&
      s.visibleTypes === old.visibleTypes
    ) {
      return;
    }
    applyHtmlAttributes(document.documentElement, htmlAttributes(s));
  });
}

// One selector per field keeps re-renders to the components that read it.
export const useVisibleTypes = () => useAppStore((s) => s.visibleTypes);
export const useToggleType = () => useAppStore((s) => s.toggleType);
export const useLastColor = () => useAppStore((s) => s.lastColor);
export const useSetLastColor = () => useAppStore((s) => s.setLastColor);
export const useSidePanel = () => useAppStore((s) => s.sidePanel);
export const useSetSidePanel = () => useAppStore((s) => s.setSidePanel);
export const useFlashId = () => useAppStore((s) => s.flashId);
export const useFlash = () => useAppStore((s) => s.flash);
// Highlights (highlightsSlice.ts): history, writes in flight, the note editor, the last notice.
export const useHighlightHistory = (articleId: string) => useAppStore((s) => s.hlHistory[articleId]);
export const usePendingWrites = () => useAppStore((s) => s.hlPending);
export const useHighlightEditor = (articleId: string) => useAppStore((s) => s.hlEditors[articleId] ?? null);
export const useHighlightNotice = () => useAppStore((s) => s.hlNotice);
export const usePagePrefs = () =>
  useAppStore(
    useShallow((s) => ({ theme: s.theme, textSize: s.textSize, lineWidth: s.lineWidth, focusPeople: s.focusPeople, visibleTypes: s.visibleTypes })),
  );
