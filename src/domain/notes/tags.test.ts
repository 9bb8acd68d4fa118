import { describe, expect, it } from 'vitest';
import { isNormalTag, normalizeTag, tagKey, tagsInNote, uniqueTags } from './tags';

describe('normalizeTag', () => {
  it.each([
    ['kinh tế', 'kinh-tế'],
    ['  #ngân sách  nhà nước ', 'ngân-sách-nhà-nước'],
    ['##Hỏi', 'Hỏi'],
    ['a,b', 'a-b'],
    ['kinh tế'.normalize('NFD'), 'kinh-tế'],
    ['-x-', 'x'],
    ['', null],
    ['#', null],
    [' , ', null],
    ['x'.repeat(64), 'x'.repeat(64)],
    ['x'.repeat(65), null],
  ])('%j → %j', (raw, expected) => expect(normalizeTag(raw)).toBe(expected));

  it('isNormalTag: only the normal form passes', () => {
    expect(isNormalTag('kinh-tế')).toBe(true);
    expect(isNormalTag('kinh tế')).toBe(false);
    expect(isNormalTag('#a')).toBe(false);
    expect(isNormalTag('kinh-tế'.normalize('NFD'))).toBe(false);
  });
});

describe('tagsInNote', () => {
  it.each([
    ['Xem #kinh-tế và #ngân_sách.', ['kinh-tế', 'ngân_sách']],
    ['#đầu dòng', ['đầu']],
    ['số #1 và #2020 không phải thẻ, #q3 thì có', ['q3']],
    ['email a#b và url x.com/#frag không phải thẻ', []],
    ['(#trong-ngoặc) "#trích"', ['trong-ngoặc', 'trích']],
    ['#Lặp #lặp', ['Lặp']],
    ['kết thúc #a/b/ và #c-', ['a/b', 'c']],
    ['NFD #Hà-Nội'.normalize('NFD'), ['Hà-Nội']],
  ])('%j → %j', (note, tags) => expect(tagsInNote(note)).toEqual(tags));
});

describe('uniqueTags, tagKey', () => {
  it('dedupes case-insensitively, first spelling wins, unusable ones left out', () => {
    expect(uniqueTags(['Kinh tế', 'kinh-tế', '', 'KINH-TẾ', 'xã hội'])).toEqual(['Kinh-tế', 'xã-hội']);
    expect(tagKey('Đảng')).toBe(tagKey('đảng'));
  });
});
