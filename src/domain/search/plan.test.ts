import { describe, expect, it } from 'vitest';
import { chunksWorthLoading, diacriticWords, planQuery, wordLetters } from './plan';
import { toIndexText, WORD_END as E } from './fold';

const i = toIndexText;

describe('planQuery', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['đ', { kind: 'short', query: i('đ') }],
    [' N ', { kind: 'short', query: 'N' }],
    ['a b', { kind: 'short', query: 'a b' }],
    ['ủ'.normalize('NFD'), { kind: 'short', query: 'ủ' }],
    ['1.', { kind: 'short', query: '1.' }],
    // A word of 1–2 letters is matched whole; when it is the last, its fallback is the words before it.
    ['ng', { kind: 'search', query: `ng${E}`, unfinished: { word: 'ng', before: '', beforeText: '' } }],
    ['đả', { kind: 'search', query: i(`đả${E}`), unfinished: { word: 'đả', before: '', beforeText: '' } }],
    ['y tế', { kind: 'search', query: i(`y${E} tế${E}`), unfinished: { word: 'tế', before: i(`y${E}`), beforeText: 'y' } }],
    ['ha  n', { kind: 'search', query: `ha${E} n${E}`, unfinished: { word: 'n', before: `ha${E}`, beforeText: 'ha' } }],
    ['quận 1', { kind: 'search', query: i(`quận 1${E}`), unfinished: { word: '1', before: i('quận'), beforeText: 'quận' } }],
    ['châu Á', { kind: 'search', query: i(`châu Á${E}`), unfinished: { word: 'Á', before: i('châu'), beforeText: 'châu' } }],
    ['Thủ tướng Ý', { kind: 'search', query: i(`Thủ tướng Ý${E}`), unfinished: { word: 'Ý', before: i('Thủ tướng'), beforeText: 'Thủ tướng' } }],
    ['bộ tr', { kind: 'search', query: i(`bộ${E} tr${E}`), unfinished: { word: 'tr', before: i(`bộ${E}`), beforeText: 'bộ' } }],
    ['Đảng ủ', { kind: 'search', query: i(`Đảng ủ${E}`), unfinished: { word: 'ủ', before: i('Đảng'), beforeText: 'Đảng' } }],
    // From 3 letters a word is a prefix, as typed; a short word before a long one is still whole.
    ['ngu', { kind: 'search', query: 'ngu', unfinished: null }],
    ['n ha noi', { kind: 'search', query: `n${E} ha${E} noi`, unfinished: null }],
    ['bo truong', { kind: 'search', query: `bo${E} truong`, unfinished: null }],
    ['tăng trư', { kind: 'search', query: 'tăng trư', unfinished: null }],
    // Punctuation does not count as letters (Pagefind drops it); the mark goes after the last letter.
    ['tp.hcm', { kind: 'search', query: 'tp.hcm', unfinished: null }],
    ['q.1', { kind: 'search', query: `q.1${E}`, unfinished: { word: 'q.1', before: '', beforeText: '' } }],
    // A quoted phrase is Pagefind's exact search: every word whole, and no fallback.
    ['"quận 1"', { kind: 'search', query: i(`"quận${E} 1${E}"`), unfinished: null }],
  ])('%j → %j', (text, plan) => {
    expect(planQuery(text)).toEqual(plan);
  });
});

describe('wordLetters', () => {
  it.each([
    ['đ', 1],
    [i('Đường'), 5],
    ['ủ'.normalize('NFD'), 1],
    ['TP.HCM,', 5],
    ['"1', 1],
    ['…', 0],
  ])('%j has %i', (word, n) => {
    expect(wordLetters(word)).toBe(n);
  });
});

describe('diacriticWords', () => {
  it.each([
    ['tăng tr', 'tăng'],
    ['tang truong', ''],
    ['bo trưởng', 'trưởng'],
    [i('đảng ủy'), i('đảng ủy')],
    [i('dang đ'), i('đ')],
    // The word-end mark is not a diacritic.
    [`ha${E} noi`, ''],
    [`hà${E} n${E}`, `hà${E}`],
  ])('%j → %j', (query, words) => {
    expect(diacriticWords(query)).toBe(words);
  });
});

describe('chunksWorthLoading', () => {
  const planned = (text: string) => {
    const plan = planQuery(text);
    return plan.kind === 'search' ? plan.query : '';
  };
  it.each([
    ['bo', true], // whole word: its own chunk and those of "b", "bo", which every "bo…" needs
    ['ngu', false], // a 3-letter prefix: every chunk of ngu-words
    ['nguy', true],
    ['nguyen', true],
    ['đảng', true],
    ['bo tru', false],
    ['bo truo', true],
    ['hà n', true],
  ])('%j → %s', (text, worth) => {
    expect(chunksWorthLoading(planned(text))).toBe(worth);
  });
});
