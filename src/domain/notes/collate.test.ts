import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './collate';

describe('compareVietnamese', () => {
  it.each([
    ['An', 'Bình'],
    ['Bình', 'An'],
    ['Đà Nẵng', 'Dương'],
    ['Dương', 'Đà Nẵng'],
    ['Ấn', 'An'],
    ['ngân sách', 'Ngân sách'],
    ['Xuân', 'Xuân'],
    ['', 'a'],
    ['“Túi tiền” quốc gia', "'Xã hội đen' Hải Phòng"],
    ['bài 10', 'bài 9'],
    ['Ưu tiên', 'Uống'],
    ['Ơn', 'Ôn'],
  ])('%j against %j: the order of localeCompare(…, "vi")', (a, b) => {
    expect(Math.sign(compareVietnamese(a, b))).toBe(Math.sign(a.localeCompare(b, 'vi')));
  });
});
