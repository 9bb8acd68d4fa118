import type { StateCreator } from 'zustand';

export type SidePanel = 'entities' | 'notes' | null;

export interface UiSlice {
  sidePanel: SidePanel;
  /** A mention or highlight to flash briefly after a jump from a panel. */
  flashId: string | null;
  setSidePanel: (panel: SidePanel) => void;
  flash: (id: string | null) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  sidePanel: null,
  flashId: null,
  setSidePanel: (panel) => set({ sidePanel: panel }),
  flash: (id) => set({ flashId: id }),
});
