import type { StateCreator } from 'zustand';
import { ENTITY_TYPES, type EntityType } from '../domain/article/types';
import type { HighlightColor } from '../domain/notes/annotation';

export interface PreferencesSlice {
  visibleTypes: Record<EntityType, boolean>;
  lastColor: HighlightColor;
  toggleType: (type: EntityType) => void;
  setLastColor: (color: HighlightColor) => void;
}

export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (set) => ({
  visibleTypes: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
  lastColor: 'yellow',
  toggleType: (type) => set((s) => ({ visibleTypes: { ...s.visibleTypes, [type]: !s.visibleTypes[type] } })),
  setLastColor: (color) => set({ lastColor: color }),
});
