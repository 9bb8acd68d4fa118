/** Saving text as a file, and copying it, in the browser. */

/** Downloads `text` as `filename` (a Blob behind an `<a download>`, clicked, then let go). */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started from the URL by now; keep it a while for slow browsers, then free it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Copies text to the clipboard; false when the browser refused (no permission, no focus, no API). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the old way.
  }
  return copyWithSelection(text);
}

/** The pre-Clipboard-API way: select a hidden textarea's text and ask the browser to copy it. */
function copyWithSelection(text: string): boolean {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '-100vh';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    active?.focus({ preventScroll: true });
  }
  return ok;
}
