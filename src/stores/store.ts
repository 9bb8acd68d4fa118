import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createHighlightsSlice, type HighlightsSlice } from './highlightsSlice';
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = PreferencesSlice & UiSlice & HighlightsSlice;

export const PREFERENCES_KEY = 'margin:preferences';

/** One store of slices. Only reader preferences persist; they load after hydration (skipHydration). */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({ ...createPreferencesSlice(...a), ...createUiSlice(...a), ...createHighlightsSlice(...a) }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ visibleTypes: s.visibleTypes, lastColor: s.lastColor, langChoice: s.langChoice, colorNames: s.colorNames }),
      skipHydration: true,
    },
  ),
);

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
