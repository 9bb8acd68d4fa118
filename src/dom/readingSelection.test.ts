import { describe, expect, it } from 'vitest';
import { growBySentence, growByWord, pickSentence, sentenceSpans } from './readingSelection';
import type { Span } from './wordSnap';

// Block 1 of the seed article, with its entity mentions (block offsets).
const P =
  'Ngày 12/11, Thành ủy TPHCM đã tổ chức Hội nghị tổng kết công tác xây dựng tổ chức cơ sở Đảng và đội ngũ đảng viên. ' +
  'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị.';
const UNITS: Span[] = [
  { start: 5, end: 10 }, // 12/11
  { start: 12, end: 26 }, // Thành ủy TPHCM
  { start: 126, end: 140 }, // Thành ủy TPHCM
  { start: 141, end: 154 }, // Nguyễn Hồ Hải
];
const S1 = 'Ngày 12/11, Thành ủy TPHCM đã tổ chức Hội nghị tổng kết công tác xây dựng tổ chức cơ sở Đảng và đội ngũ đảng viên.';
const S2 = 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị.';
const Q = 'Ông nói: “Phải làm ngay!” Rồi ông đi. Họp tại TP. Hà Nội… Xong';

/** The span of the first occurrence of `s` in `text`. */
function at(text: string, s: string): Span {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`"${s}" not in text`);
  return { start, end: start + s.length };
}
const str = (text: string, s: Span | null) => (s ? text.slice(s.start, s.end) : null);

describe('sentenceSpans (ingest’s splitter, without the spaces between)', () => {
  it.each([
    [P, [S1, S2]],
    [Q, ['Ông nói: “Phải làm ngay!”', 'Rồi ông đi.', 'Họp tại TP. Hà Nội…', 'Xong']],
    ['  Một câu.  ', ['Một câu.']],
    ['', []],
  ])('%s', (text, want) => expect(sentenceSpans(text).map((s) => str(text, s))).toEqual(want));
});

describe('pickSentence', () => {
  it.each<[string, string, Span | null, 1 | -1, string | null]>([
    ['nothing selected, forward: the first', P, null, 1, S1],
    ['nothing selected, back: the last', P, null, -1, S2],
    ['a caret in the second', P, { start: 150, end: 150 }, 1, S2],
    ['exactly the first, forward: the second', P, at(P, S1), 1, S2],
    ['exactly the second, forward: stays on the last', P, at(P, S2), 1, S2],
    ['exactly the second, back: the first', P, at(P, S2), -1, S1],
    ['exactly the first, back: stays on the first', P, at(P, S1), -1, S1],
    ['a few words of the second: the whole second', P, at(P, 'Nguyễn Hồ Hải chủ'), 1, S2],
    ['a selection over both, starting in the first: the first', P, at(P, 'viên. Phó'), 1, S1],
    ['a quoted exclamation is a sentence', Q, at(Q, 'Rồi ông đi.'), -1, 'Ông nói: “Phải làm ngay!”'],
    ['"TP." does not end a sentence', Q, at(Q, 'Rồi ông đi.'), 1, 'Họp tại TP. Hà Nội…'],
    ['no text', '', null, 1, null],
  ])('%s', (_name, text, current, dir, want) => expect(str(text, pickSentence(text, current, dir))).toBe(want));
});

describe('growByWord', () => {
  it.each<[string, string, Span | null, 1 | -1, string | null]>([
    ['nothing selected: the first word', P, null, 1, 'Ngày'],
    ['nothing selected, shrinking: nothing', P, null, -1, null],
    ['one more word, over the comma before it', P, at(P, 'tổ chức Hội nghị tổng kết'), 1, 'tổ chức Hội nghị tổng kết công'],
    ['a date is one word', P, at(P, 'Ngày'), 1, 'Ngày 12/11'],
    ['a name is one word, over the comma', P, at(P, 'Ngày 12/11'), 1, 'Ngày 12/11, Thành ủy TPHCM'],
    ['the last word of a sentence takes its full stop', P, at(P, 'đội ngũ đảng'), 1, 'đội ngũ đảng viên.'],
    ['past a sentence end, into the next', P, at(P, S1), 1, `${S1} Phó`],
    ['at the end of the text: unchanged', P, at(P, S2), 1, S2],
    ['back one word, leaving the full stop', P, at(P, S2), -1, 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội'],
    ['back over a name as one word', P, at(P, 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải'), -1, 'Phó Bí thư Thành ủy TPHCM'],
    ['back to before a comma', P, at(P, 'Ngày 12/11, Thành ủy TPHCM'), -1, 'Ngày 12/11'],
    ['never emptied', P, at(P, 'Ngày'), -1, 'Ngày'],
    ['a closing quote after "!" goes with the word', Q, at(Q, 'Phải làm'), 1, 'Phải làm ngay!”'],
    ['"TP." keeps the word, not the sentence end', Q, at(Q, 'Họp tại'), 1, 'Họp tại TP'],
    ['figures with connectors are one word', 'Có 246.797 đảng viên.', at('Có 246.797 đảng viên.', 'Có'), 1, 'Có 246.797'],
  ])('%s', (_name, text, span, dir, want) => {
    const units = text === P ? UNITS : [];
    expect(str(text, growByWord(text, span, dir, units))).toBe(want);
  });
});

describe('growBySentence', () => {
  it.each<[string, string, Span | null, 1 | -1, string | null]>([
    ['nothing selected: the first sentence', P, null, 1, S1],
    ['nothing selected, shrinking: nothing', P, null, -1, null],
    ['mid-sentence: to its end', P, at(P, 'Thành ủy TPHCM đã'), 1, 'Thành ủy TPHCM đã tổ chức Hội nghị tổng kết công tác xây dựng tổ chức cơ sở Đảng và đội ngũ đảng viên.'],
    ['at a sentence end: to the next one’s', P, at(P, S1), 1, `${S1} ${S2}`],
    ['at the last sentence end: unchanged', P, at(P, S2), 1, S2],
    ['back to the previous sentence end', P, at(P, `${S1} ${S2}`), -1, S1],
    ['back from mid-sentence to the end of the one before', P, at(P, `${S1} Phó Bí`), -1, S1],
    ['never emptied', P, at(P, S1), -1, S1],
    ['across a sentence end, back: to that end', P, at(P, 'đảng viên. Phó'), -1, 'đảng viên.'],
    ['never before the start', P, at(P, 'Phó Bí thư'), -1, 'Phó Bí thư'],
  ])('%s', (_name, text, span, dir, want) => expect(str(text, growBySentence(text, span, dir))).toBe(want));
});
