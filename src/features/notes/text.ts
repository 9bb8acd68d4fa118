/** One line of at most `max` characters (whitespace collapsed, an ellipsis when cut). */
export function preview(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  // Never cut a surrogate pair in half.
  let cut = max - 1;
  const code = t.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${t.slice(0, cut)}…`;
}

/** Stored for imported notes that carried no date (see domain/notes/importPlan: the epoch). */
const UNKNOWN_DATE = Date.UTC(1970, 0, 1);

/** "25/1/2024" in the reader's time zone, or null when the note has no real date. */
export function noteDate(iso: string): string | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t) || t === UNKNOWN_DATE) return null;
  const d = new Date(t);
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

/** The fragment of a link to one highlight in its article (`#hl-<id>`). */
export const highlightHash = (annotationId: string) => `#hl-${encodeURIComponent(annotationId)}`;
