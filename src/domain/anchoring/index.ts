export { anchor, anchorAll, prepareText, type PreparedText } from './anchor';
export { describe, CONTEXT_LENGTH } from './describe';
export { codePointConverter, codePointToUtf16, utf16ToCodePoint, type CodePointConverter } from './codePoints';
export type { AnchorSelector, TextRange } from './types';
