/** Text helpers shared by ingest rules. */

/**
 * NFC, unified newlines, no NBSP/zero-width-space/BOM noise, runs of spaces folded: words stay as
 * written. Joiners (U+200C, U+200D) are text: they hold emoji sequences and some scripts together.
 */
export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\u200b|\ufeff/g, '')
    .replace(/[\u00a0\t ]+/g, ' ')
    .trim();
}

export function splitLines(raw: string): string[] {
  return raw.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);
}

export function wordCount(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const CLOSING = /[.!?…:;]["”’»)\]]*$/u;

export function endsLikeSentence(line: string): boolean {
  return CLOSING.test(line);
}

/** "A A" where a scraper wrote a caption twice (alt text + figcaption) → "A". */
export function undouble(line: string): string | null {
  if (line.length < 20) return null;
  const half = (line.length - 1) / 2;
  if (!Number.isInteger(half)) return null;
  const first = line.slice(0, half);
  return line[half] === ' ' && first === line.slice(half + 1) ? first : null;
}

export function slugify(title: string, maxLength = 80): string {
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii || 'bai-viet';
  const cut = ascii.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 20 ? cut.slice(0, lastDash) : cut;
}
