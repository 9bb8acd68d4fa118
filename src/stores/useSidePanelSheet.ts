import { useCallback, useEffect } from 'react';
import type { SidePanel } from './uiSlice';
import { useSetSidePanel, useSidePanel } from './store';

/** Where the reader's aside sits beside the article (matches `.reader-layout` in base.css). */
export const WIDE_LAYOUT_QUERY = '(min-width: 75rem)';

/**
 * A side panel that opens as a sheet on narrow screens: whether it is open, and how to close it.
 * The sheet closes by itself when the window widens, since the inline panel takes over there.
 */
export function useSidePanelSheet(panel: Exclude<SidePanel, null>): { open: boolean; close: () => void } {
  const open = useSidePanel() === panel;
  const setSidePanel = useSetSidePanel();
  const close = useCallback(() => setSidePanel(null), [setSidePanel]);

  useEffect(() => {
    if (!open) return;
    const mq = window.matchMedia?.(WIDE_LAYOUT_QUERY);
    if (!mq) return;
    const onChange = () => {
      if (mq.matches) close();
    };
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [open, close]);

  return { open, close };
}
