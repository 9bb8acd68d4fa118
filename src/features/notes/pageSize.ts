/** The all-notes page paints this many rows at first and adds as many per "Hiện thêm" (no imports: the boot script reads it). */
export const NOTES_PAGE_SIZE = 100;
