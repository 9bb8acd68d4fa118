import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutsWord, snapToWords, type Span } from './wordSnap';

/** A selection written inline: [ and ] mark where the reader's drag began and ended. */
function parse(marked: string): { text: string; span: Span } {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), span: { start, end } };
}

function snapped(marked: string, units: Span[] = []): string | null {
  const { text, span } = parse(marked);
  const s = snapToWords(text, span, units);
  return s && text.slice(s.start, s.end);
}

describe('snapToWords', () => {
  it.each([
    ['mid-syllable end', 'tổ chức cơ sở [Đảng v]iên, hiệu quả', 'Đảng viên'],
    ['mid-syllable start', 'phát tri[ển đ]ất nước', 'triển đất'],
    ['both ends mid-syllable', 'chất l[ượng tổ ch]ức', 'lượng tổ chức'],
    ['already whole words', 'chất [lượng tổ] chức', 'lượng tổ'],
    ['spaces at the edges are dropped', 'chất[ lượng ]tổ', 'lượng'],
    ['trailing punctuation is not added', 'cơ sở Đả[ng], hiệu', 'Đảng'],
    ['punctuation the reader chose is kept', 'cơ sở [Đảng,] hiệu', 'Đảng,'],
    ['a number with separators stays whole', 'có 246.7[97] đảng viên', '246.797'],
    ['a decimal comma and a percent sign', 'mức 1[,6]% năm', '1,6%'],
    ['an abbreviation with a dot', 'tại TP.H[CM] hôm', 'TP.HCM'],
    ['a date with slashes', 'ngày 12/1[1] vừa qua', '12/11'],
    ['a compound joined by an en dash', 'Khối Dân–Ch[ính] Đảng', 'Dân–Chính'],
    ['a spaced dash is not a joiner', 'Cát Linh [- Hà] Đông', '- Hà'],
    ['decomposed diacritics (NFD) stay with their letter', 'Đa\u0309[ng] vie\u0302n', 'Đa\u0309ng'],
    ['one letter inside a word', 'tổ c[h]ức', 'chức'],
    ['only whitespace', 'tổ[   ]chức', null],
  ])('%s', (_name, marked, want) => {
    expect(snapped(marked)).toBe(want);
  });

  it('never crosses a paragraph break', () => {
    expect(snapped('cuối đo[ạn\n\nĐầu] đoạn')).toBe('đoạn\n\nĐầu');
    expect(snapped('cuối đoạn[\n\n]Đầu')).toBeNull();
  });

  const text = 'của bà Lê Thị Thanh Thúy, Phó Chủ tịch';
  const name: Span = { start: text.indexOf('Lê'), end: text.indexOf(',') };
  it.each([
    ['a selection ending inside a name grows to the whole name', 'của [bà Lê Thị Th]anh Thúy, Phó Chủ tịch', 'bà Lê Thị Thanh Thúy'],
    ['a selection starting inside a name grows back to its start', 'của bà Lê Thị Thanh [Thúy, Phó] Chủ tịch', 'Lê Thị Thanh Thúy, Phó'],
    ['a part chosen inside a name is kept', 'của bà Lê [Thị Thanh] Thúy, Phó Chủ tịch', 'Thị Thanh'],
    ['a selection around the whole name is kept', 'của [bà Lê Thị Thanh Thúy,] Phó Chủ tịch', 'bà Lê Thị Thanh Thúy,'],
  ])('%s', (_name, marked, want) => {
    const { text: t, span } = parse(marked);
    expect(t).toBe(text);
    const s = snapToWords(t, span, [name]);
    expect(s && t.slice(s.start, s.end)).toBe(want);
  });

  it('grows through nested and chained units until none is crossed', () => {
    const t = 'Ban Thường vụ Quận ủy Quận 10 họp';
    const org: Span = { start: 0, end: t.indexOf(' họp') };
    const inner: Span = { start: t.indexOf('Quận ủy'), end: org.end };
    const s = snapToWords(t, { start: t.indexOf('ủy'), end: t.length }, [inner, org]);
    expect(s).toEqual({ start: 0, end: t.length });
  });

  it('is idempotent, stays in the text and never shrinks a non-blank selection', () => {
    const alphabet = fc.constantFrom('a', 'ư', 'Đ', '1', '.', ',', ' ', '\n', '%', '-');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const t = chars.join('');
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        const s = snapToWords(t, { start, end });
        if (!s) {
          expect(t.slice(start, end).trim()).toBe('');
          return;
        }
        expect(0 <= s.start && s.start < s.end && s.end <= t.length).toBe(true);
        expect(t.slice(s.start, s.end)).toContain(t.slice(start, end).trim());
        expect(cutsWord(t, s.start) || cutsWord(t, s.end)).toBe(false);
        expect(snapToWords(t, s)).toEqual(s);
      }),
    );
  });
});
