import { describe, expect, it } from 'vitest';
import { checkPasted, decodeBytes, kindOfName, kindOfPaste, type SourceKind } from './decode';
import { MAX_FILE_BYTES } from './limits';
import { problem, problemMessage } from './problems';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, endian: 'le' | 'be') => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
  }
  return out;
};
// "Việt Nam, Hà Nội" as Windows-1258 writes it: base letter + combining tone mark (0xF2 dot below, 0xCC grave).
const cp1258 = new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x2c, 0x20, 0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('decodeBytes', () => {
  const cases: { name: string; bytes: Uint8Array; kind?: SourceKind; text?: string; encoding?: string; code?: string }[] = [
    { name: 'UTF-8', bytes: utf8('Việt Nam\nHà Nội'), text: 'Việt Nam\nHà Nội', encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hà Nội')]), text: 'Hà Nội', encoding: 'utf-8' },
    { name: 'UTF-8 in NFD comes out NFC', bytes: utf8('Hà Nội'.normalize('NFD')), text: 'Hà Nội', encoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', bytes: utf16('Việt Nam', 'le'), text: 'Việt Nam', encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: utf16('Việt Nam', 'be'), text: 'Việt Nam', encoding: 'utf-16be' },
    { name: 'Windows-1258 .txt, tone marks composed', bytes: cp1258, text: 'Việt Nam, Hà Nội', encoding: 'windows-1258' },
    { name: 'Windows-1258 bytes in .md', bytes: cp1258, kind: 'md', code: 'not-utf8' },
    { name: 'Windows-1258 bytes in .html', bytes: cp1258, kind: 'html', code: 'not-utf8' },
    { name: 'empty file', bytes: new Uint8Array(0), code: 'empty' },
    { name: 'only whitespace', bytes: utf8(' \n\t\r\n '), code: 'empty' },
    { name: 'UTF-16 with BOM and an odd byte count', bytes: new Uint8Array([0xff, 0xfe, 0x41]), code: 'bad-utf16' },
    { name: 'UTF-16 with a lone surrogate', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), code: 'bad-utf16' },
    { name: 'UTF-16 without BOM (NUL bytes)', bytes: utf16('Việt', 'le').subarray(2), code: 'binary' },
    { name: 'PNG image', bytes: png, code: 'binary' },
    { name: 'control characters everywhere', bytes: utf8('a\u0001b\u0002c\u0003d\u0004e\u0005'), code: 'binary' },
    { name: 'UTF-8 BOM then invalid UTF-8', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]), code: 'not-utf8' },
    { name: 'C1 control bytes are not Windows-1258 text', bytes: new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81]), code: 'binary' },
  ];
  it.each(cases)('$name', ({ bytes, kind, text, encoding, code }) => {
    const result = decodeBytes(bytes, 'x.txt', kind ?? 'txt');
    if (code) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.code).toBe(code);
        expect(result.problem.message).toContain('x.txt');
      }
    } else {
      expect(result).toEqual({ ok: true, text, kind: kind ?? 'txt', encoding });
    }
  });

  it('refuses a file over 5 MB before decoding it, and says how large it is', () => {
    const result = decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'big.txt', 'txt');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('too-large');
      expect(result.problem.message).toMatch(/big\.txt.*5 MB/);
    }
  });

  it('accepts exactly 5 MB', () => {
    expect(decodeBytes(new Uint8Array(MAX_FILE_BYTES).fill(0x61), 'a.txt', 'txt').ok).toBe(true);
  });

  it('keeps a stray control character in otherwise normal text', () => {
    const result = decodeBytes(utf8(`${'Một đoạn văn. '.repeat(50)}\u0007`), 'x.txt', 'txt');
    expect(result.ok).toBe(true);
  });
});

describe('kinds', () => {
  it.each([
    ['bai.txt', 'txt'],
    ['BAI.TXT', 'txt'],
    ['ghi.md', 'md'],
    ['ghi.markdown', 'md'],
    ['trang.html', 'html'],
    ['trang.HTM', 'html'],
    ['anh.png', null],
    ['README', null],
    ['bai.txt.exe', null],
  ])('%s → %s', (name, kind) => expect(kindOfName(name)).toBe(kind));

  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['  <html lang="vi">', 'html'],
    ['Tiêu đề\n\n<b>không</b> phải trang', 'txt'],
  ])('pasted %j → %s', (text, kind) => expect(kindOfPaste(text)).toBe(kind));
});

describe('checkPasted', () => {
  it('counts the 5 MB limit in UTF-8 bytes', () => {
    const text = 'ệ'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 1); // 3 bytes each
    const result = checkPasted(text);
    expect(result.ok || result.problem.code).toBe('too-large');
  });
  it('refuses empty paste', () => {
    const result = checkPasted('   \n ');
    expect(result.ok || result.problem.code).toBe('empty');
  });
  it('normalizes pasted text to NFC', () => {
    const result = checkPasted('Hà Nội'.normalize('NFD'));
    expect(result.ok && result.text).toBe('Hà Nội');
  });
});

describe('problem messages in both interface languages', () => {
  it.each([
    [
      problem('worker-failed', 'văn bản dán vào', { reason: 'crashed', detail: 'RangeError: too deep' }),
      'Không đọc được “văn bản dán vào”: bộ xử lý bài viết gặp lỗi (RangeError: too deep).',
      '“the pasted text” could not be read: the article reader failed (RangeError: too deep).',
    ],
    [problem('worker-failed', 'a.txt', { reason: 'garbled' }), 'Không đọc được “a.txt”: bộ xử lý bài viết gửi lại dữ liệu không đọc được.', '“a.txt” could not be read: the article reader sent back unreadable data.'],
    [problem('worker-failed', 'a.txt', { reason: 'start', detail: 'SecurityError' }), 'Không đọc được “a.txt”: không khởi động được bộ xử lý bài viết (SecurityError).', '“a.txt” could not be read: the article reader could not start (SecurityError).'],
  ])('the worker failing: %#', (p, vi, en) => {
    expect([problemMessage(p, 'vi'), problemMessage(p, 'en')]).toEqual([vi, en]);
  });

  it.each([
    [new Uint8Array(0), 'empty', '“a.txt” trống: không có chữ nào để đọc.', '“a.txt” is empty: there is no text to read.'],
    [new Uint8Array([0x89, 0x50, 0, 0]), 'binary', '“a.txt” không phải tệp văn bản (có vẻ là ảnh, tệp nén hoặc tài liệu nhị phân).', '“a.txt” is not a text file (it looks like an image, an archive or a binary document).'],
    [new Uint8Array([0xff, 0xfe, 0x41]), 'bad-utf16', '“a.txt” bắt đầu như văn bản UTF-16 nhưng nội dung bị hỏng.', '“a.txt” starts like UTF-16 text but its content is damaged.'],
    [
      cp1258,
      'not-utf8',
      '“a.md” không phải văn bản UTF-8. Hãy lưu lại tệp với mã hoá UTF-8 (tệp .txt cũng có thể ở UTF-16 hoặc Windows-1258).',
      '“a.md” is not UTF-8 text. Save the file as UTF-8 (a .txt file may also be UTF-16 or Windows-1258).',
    ],
  ])('%#: %s', (bytes, code, vi, en) => {
    const kind = code === 'not-utf8' ? 'md' : 'txt';
    const r = decodeBytes(bytes, `a.${kind}`, kind);
    if (r.ok) throw new Error('expected a problem');
    expect([r.problem.code, problemMessage(r.problem, 'vi'), problemMessage(r.problem, 'en')]).toEqual([code, vi, en]);
  });
});
