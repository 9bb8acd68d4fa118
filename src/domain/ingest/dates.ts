/** Publication date lines such as "Thứ Ba, ngày 25 tháng 1 năm 2022" or "Thứ ba, 25/1/2022, 10:30 (GMT+7)". */
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)`;
const DATE_LINE = new RegExp(
  String.raw`^(?:${WEEKDAY}\s*,?\s*)?(?:ngày\s+)?(\d{1,2})(?:\s+tháng\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)(\d{4})(?:\s*[,|-]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?:\s*(?:\(?GMT[+-]\d+\)?|SA|CH|AM|PM))?)?\s*$`,
  'iu',
);

export function parseDateLine(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isoDate(year, month, day);
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
