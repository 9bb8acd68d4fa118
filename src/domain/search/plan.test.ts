import { describe, expect, it } from 'vitest';
import { diacriticWords, planQuery } from './plan';
import { toIndexText } from './fold';

describe('planQuery', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['đ', { kind: 'short', query: toIndexText('đ') }],
    [' N ', { kind: 'short', query: 'N' }],
    ['a b', { kind: 'short', query: 'a b' }],
    ['ủ'.normalize('NFD'), { kind: 'short', query: 'ủ' }],
    ['ng', { kind: 'search', query: 'ng' }],
    ['đả', { kind: 'search', query: toIndexText('đả') }],
    ['y tế', { kind: 'search', query: 'y tế' }],
    // A one-letter word beside a longer one may be a whole word: searched.
    ['ha  n', { kind: 'search', query: 'ha n' }],
    ['ha n ', { kind: 'search', query: 'ha n' }],
    ['quận 1', { kind: 'search', query: toIndexText('quận 1') }],
    ['châu Á', { kind: 'search', query: toIndexText('châu Á') }],
    ['n ha', { kind: 'search', query: 'n ha' }],
    ['bộ tr', { kind: 'search', query: toIndexText('bộ tr') }],
  ])('%j → %j', (text, plan) => {
    expect(planQuery(text)).toEqual(plan);
  });
});

describe('diacriticWords', () => {
  it.each([
    ['tăng tr', 'tăng'],
    ['tang truong', ''],
    ['bo trưởng', 'trưởng'],
    [toIndexText('đảng ủy'), toIndexText('đảng ủy')],
    [toIndexText('dang đ'), toIndexText('đ')],
  ])('%j → %j', (query, words) => {
    expect(diacriticWords(query)).toBe(words);
  });
});
