import { describe, expect, it } from 'vitest';
import { sentenceStarts, splitLongParagraph } from './sentences';

describe('sentenceStarts', () => {
  it.each([
    ['Câu một. Câu hai.', [0, 9]],
    ['Họp tại TP. Hà Nội hôm nay. Ông A nói.', [0, 28]],
    ['Tác giả S. Hải viết. “Đúng vậy”, ông nói.', [0, 21]],
    ['Tăng 1.250 tỷ đồng. Giảm 2,5%.', [0, 20]],
    ['Có thật không? Có!', [0, 15]],
  ])('%s', (text, starts) => expect(sentenceStarts(text)).toEqual(starts));
});

describe('splitLongParagraph', () => {
  const sentence = (i: number) => `Đây là câu thứ ${i} của một bài báo dài không có chỗ xuống dòng nào cả.`;
  const long = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join(' ');

  it('leaves ordinary paragraphs alone', () => {
    expect(splitLongParagraph(sentence(1))).toEqual([sentence(1)]);
  });

  it('cuts a wall of text at sentence ends and keeps every sentence word for word', () => {
    const parts = splitLongParagraph(long);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join(' ')).toBe(long);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(1200);
      expect(p).toMatch(/^Đây là câu thứ \d+/);
      expect(p).toMatch(/\.$/);
    }
  });
});
