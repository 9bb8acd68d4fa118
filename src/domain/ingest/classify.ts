import { endsLikeSentence, undouble, wordCount } from './text';

/** "(Thanhuytphcm.vn) – …" or "HÀ NỘI (TTXVN) – …" at the head of the lead: the source tag. */
const SOURCE_TAG = /^(?:[\p{Lu}\s]{2,30}\s)?\(([^()]{2,60})\)\s*[–—-]\s*/u;

export function splitSourceTag(line: string): { source: string; rest: string } | null {
  const m = SOURCE_TAG.exec(line);
  if (!m || !m[1]) return null;
  const rest = line.slice(m[0].length);
  return rest ? { source: m[1].trim(), rest } : null;
}

/** A short unpunctuated line: heading or caption shape. */
export function isShortLine(line: string): boolean {
  return wordCount(line) <= 25 && line.length <= 180 && !endsLikeSentence(line);
}

const PHOTO_CREDIT = /(?:^|[\s.(])(?:Ảnh|Nguồn ảnh|Photo|Video)\s*:/u;
/** "Ông Đinh Viết Khanh - Chủ tịch …": a portrait caption naming a person and their post. */
const PORTRAIT = /^(?:Ông|Bà|Đồng chí|Anh|Chị)\s+(?:\p{Lu}\p{Ll}*\s+){1,4}[-–—]\s+\S/u;

export function isCaption(line: string, beforeLead: boolean): boolean {
  if (undouble(line)) return true;
  if (wordCount(line) <= 40 && PHOTO_CREDIT.test(line)) return true;
  if (!isShortLine(line)) return false;
  // A short line between the title and the lead sits under the top photo.
  return beforeLead || PORTRAIT.test(line);
}

/** The author's initials or name on the last line: "S. Hải", "Nguyễn Văn An", "PV". */
const BYLINE = /^(?:(?:\p{Lu}\.\s?)+\s*|(?:Theo\s+)?)?(?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,4}$/u;

export function isByline(line: string): boolean {
  return line.length <= 40 && wordCount(line) <= 5 && !/\d/.test(line) && BYLINE.test(line);
}
