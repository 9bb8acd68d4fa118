/**
 * User-timing marks for `npm run bench` (and DevTools' Performance panel): when a read or write
 * of notes resolved. Best effort: no-ops where the User Timing API is missing.
 */
export function timingMark(name: 'margin:notes-read' | 'margin:notes-written' | 'margin:notes-first-read' | 'margin:notes-first-screen', detail: Record<string, unknown>): void {
  try {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, { detail });
  } catch {
    // marks are diagnostics only
  }
}
