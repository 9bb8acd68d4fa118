/** The all-notes page paints this many rows at first and adds as many per "Hiện thêm". */
export const NOTES_PAGE_SIZE = 100;

export function moreLabel(shown: number, total: number): string {
  const next = Math.min(NOTES_PAGE_SIZE, total - shown);
  return `Hiện thêm ${next.toLocaleString('vi-VN')} ghi chú (còn ${(total - shown).toLocaleString('vi-VN')})`;
}
