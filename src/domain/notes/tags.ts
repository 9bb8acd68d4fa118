/**
 * Tags: short labels a reader puts on highlights. Normal form (what is stored and compared):
 * NFC, no leading "#", runs of whitespace or commas turned into one "-" (so a tag is always one
 * `#word` in Markdown and never splits a CSV Tags cell), 1 to MAX_TAG_LENGTH characters. Tags keep
 * the case the reader typed; two tags that differ only in case are the same tag (see tagKey).
 */
export const MAX_TAG_LENGTH = 64;
/** At most this many tags on one highlight (the editor stops offering more; import refuses more). */
export const MAX_TAGS = 32;

/** The normal form of a typed tag, or null when nothing usable is left. */
export function normalizeTag(raw: string): string | null {
  const tag = raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/[\s,]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (tag === '' || [...tag].length > MAX_TAG_LENGTH) return null;
  return tag;
}

export function isNormalTag(value: string): boolean {
  return normalizeTag(value) === value;
}

/** Comparison key: two tags with the same key are one tag. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLocaleLowerCase('vi');
}

/** Normalised and deduplicated (first spelling wins), in the given order; unusable ones left out. */
export function uniqueTags(raw: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    const tag = normalizeTag(r);
    if (tag === null || seen.has(tagKey(tag))) continue;
    seen.add(tagKey(tag));
    out.push(tag);
  }
  return out;
}

// `#` at the start or after a space/opening bracket, then letters, marks, digits, _ - / (Unicode).
const HASHTAG = /(^|[\s([{"'“‘])#([\p{L}\p{N}_][\p{L}\p{M}\p{N}_\-/]*)/gu;

/** The `#tags` written in a note (with at least one letter, so "#1" is not a tag). */
export function tagsInNote(note: string): string[] {
  const found: string[] = [];
  for (const m of note.normalize('NFC').matchAll(HASHTAG)) {
    const word = m[2]!.replace(/[-/]+$/, '');
    if (/\p{L}/u.test(word)) found.push(word);
  }
  return uniqueTags(found);
}
