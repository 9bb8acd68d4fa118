const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "2022-01-25" → "Thứ Ba, 25 tháng 1, 2022" (no Intl data needed, same on server and client). */
export function formatVietnameseDate(iso: string, withWeekday = true): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const date = `${d} tháng ${m}, ${y}`;
  return withWeekday ? `${WEEKDAYS[day]}, ${date}` : date;
}

/** "25/1/2022" for compact lists. */
export function formatShortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}/${m}/${y}`;
}
