import { describe, expect, it } from 'vitest';
import type { Entity } from '../article/types';
import { extractEntities } from './index';
import { mergeOrgVariants, standsFor } from './variants';

describe('organisation spellings', () => {
  it.each([
    ['Thành ủy TP', 'Thành ủy TPHCM', true],
    ['Đảng ủy TP', 'Đảng ủy TP.HCM', true],
    ['UBND tỉnh', 'UBND tỉnh Long An', true],
    ['Sở Y tế thành phố', 'Sở Y tế thành phố Cần Thơ', true],
    ['Bộ Tài chính', 'Bộ Tài chính Hoa Kỳ', false],
    ['UBND tỉnh Long An', 'UBND tỉnh Tây Ninh', false],
    ['Thành ủy TP', 'Thành ủy Huế', false],
  ])('%s stands for %s: %s', (short, long, want) => {
    expect(standsFor(short, long)).toBe(want);
  });

  it('gives every mention the fullest spelling, case and tone marks aside', () => {
    const es = extractEntities([
      { type: 'paragraph', text: 'Thành ủy TPHCM họp. Sau đó Thành ủy TP ra thông báo; UBND tỉnh Long An và UBND tỉnh phối hợp với Sở Nội Vụ.' },
      { type: 'paragraph', text: 'Sở Nội vụ cho biết thêm.' },
    ]).filter((e) => e.type === 'organization');
    expect(es.map((e) => [e.text, e.name ?? e.text])).toEqual([
      ['Thành ủy TPHCM', 'Thành ủy TPHCM'],
      ['Thành ủy TP', 'Thành ủy TPHCM'],
      ['UBND tỉnh Long An', 'UBND tỉnh Long An'],
      ['UBND tỉnh', 'UBND tỉnh Long An'],
      ['Sở Nội Vụ', 'Sở Nội Vụ'],
      ['Sở Nội vụ', 'Sở Nội Vụ'],
    ]);
  });

  it('a short spelling two bodies could stand for stays itself', () => {
    const es: Entity[] = ['UBND tỉnh Long An', 'UBND tỉnh Tây Ninh', 'UBND tỉnh'].map((text, i) => ({ type: 'organization', block: 0, start: i, end: i + 1, text }));
    mergeOrgVariants(es);
    expect(es.map((e) => e.name ?? e.text)).toEqual(['UBND tỉnh Long An', 'UBND tỉnh Tây Ninh', 'UBND tỉnh']);
  });
});
