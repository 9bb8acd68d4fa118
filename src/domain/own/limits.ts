/** Limits on what a reader can add at once: a news article is far below them, a mistaken drop is not. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Files in one "Thêm bài": more is almost surely a whole folder dropped by mistake. */
export const MAX_FILES_PER_ADD = 50;
/** Bytes read in one "Thêm bài" (all files together). */
export const MAX_BATCH_BYTES = 20 * 1024 * 1024;
