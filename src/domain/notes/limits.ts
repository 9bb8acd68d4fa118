/** Size limits for annotations read from untrusted input (imports, stored records). */
export const MAX_ID_LENGTH = 2_048;
export const MAX_SOURCE_LENGTH = 2_048;
/** A note longer than 100,000 characters (~100 KB) is rejected. */
export const MAX_NOTE_LENGTH = 100_000;
export const MAX_QUOTE_LENGTH = 500_000;
export const MAX_CONTEXT_LENGTH = 1_024;
export const MAX_BODIES = 64;
