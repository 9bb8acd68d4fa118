/**
 * Work that would re-render text under a reader's mouse drag (another tab's change) waits until the
 * button is released: a re-rendered paragraph loses the selection being made.
 */
let down = false;
let installed = false;
const queued = new Map<string, () => void>();

function release(): void {
  down = false;
  const work = [...queued.values()];
  queued.clear();
  for (const fn of work) fn();
}

/** Starts watching the primary button (idempotent); call before the first drag can start. */
export function trackPointer(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('pointerdown', (e) => {
    if (e.button === 0) down = true;
  }, true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  window.addEventListener('blur', release);
}

/** Runs `fn` now, or once the primary button is released; work with the same key runs once. */
export function afterPointerRelease(key: string, fn: () => void): void {
  trackPointer();
  if (!down) fn();
  else queued.set(key, fn);
}
