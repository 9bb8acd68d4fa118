import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a <dialog> as modal while the component is mounted and reports when it closes (Escape,
 * a close button, the backdrop). Unmounting closes it. The latest `onClose` is called, so a caller
 * may pass a new function each render without the dialog closing and opening again.
 */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, onClose: () => void): void {
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    // A stale close event (from an earlier close) must not shut a dialog that is open again.
    const onCloseEvent = () => {
      if (!dialog.open) closeRef.current();
    };
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
    };
  }, [dialogRef]);
}
