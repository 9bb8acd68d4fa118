/**
 * Bytes of a file the reader brings → text, or a clear reason why not. Pure: runs in the page or a
 * worker. Accepted: UTF-8 (strict), UTF-16 LE/BE with a BOM, and Windows-1258 for `.txt` files that
 * are not UTF-8 (older Vietnamese texts); the result is always NFC (Windows-1258 writes tone marks
 * as combining characters).
 */
import { MAX_FILE_BYTES } from './limits';
import { problem, type OwnProblem } from './problems';

export type SourceKind = 'txt' | 'md' | 'html';

export type Decoded =
  | { ok: true; text: string; kind: SourceKind; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' }
  | { ok: false; problem: OwnProblem };

const KINDS: Record<string, SourceKind> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' };

/** `.txt`, `.md`, `.html` (and their usual spellings) by name; null for anything else. */
export function kindOfName(name: string): SourceKind | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return KINDS[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** Pasted text: a whole HTML page (doctype or <html>) is read as HTML, anything else as plain text. */
export function kindOfPaste(text: string): SourceKind {
  return /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text) ? 'html' : 'txt';
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0/C1 control characters other than tab, newlines and form feed: text editors never write them. */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  // A stray control character or two happens in scraped text; a binary file has them everywhere.
  return controls > Math.max(2, text.length / 1000);
}

function finish(text: string, kind: SourceKind, encoding: Extract<Decoded, { ok: true }>['encoding'], name: string): Decoded {
  if (looksBinary(text)) return { ok: false, problem: problem('binary', name) };
  const normalized = text.normalize('NFC');
  if (normalized.trim() === '') return { ok: false, problem: problem('empty', name) };
  return { ok: true, text: normalized, kind, encoding };
}

export function decodeBytes(bytes: Uint8Array, name: string, kind: SourceKind): Decoded {
  if (bytes.length === 0) return { ok: false, problem: problem('empty', name) };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: problem('too-large', name, { bytes: bytes.length }) };

  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return text === null ? { ok: false, problem: problem('not-utf8', name) } : finish(text, kind, 'utf-8', name);
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = bytes.length % 2 === 0 ? tryDecode(encoding, bytes.subarray(2)) : null;
    return text === null ? { ok: false, problem: problem('bad-utf16', name) } : finish(text, kind, encoding, name);
  }
  // UTF-16 without a BOM, images, archives: NUL bytes never occur in UTF-8 or Windows-1258 text.
  if (bytes.includes(0)) return { ok: false, problem: problem('binary', name) };

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, kind, 'utf-8', name);
  if (kind !== 'txt') return { ok: false, problem: problem('not-utf8', name) };
  // Every byte has a meaning in Windows-1258; undefined ones come out as C1 controls and fail looksBinary.
  const legacy = tryDecode('windows-1258', bytes);
  return legacy === null ? { ok: false, problem: problem('not-utf8', name) } : finish(legacy, kind, 'windows-1258', name);
}

/** Pasted text gets the same checks as a file (size counted in UTF-8 bytes). */
export function checkPasted(text: string): Decoded {
  const name = 'văn bản dán vào';
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, problem: problem('too-large', name, { bytes }) };
  return finish(text, kindOfPaste(text), 'utf-8', name);
}
