import { describe, expect, it } from 'vitest';
import type { Entity } from '../article/types';
import { labelsFromEntities, prf, scoreArticle, spanMatch, summarize, type GoldLabels } from './score';

const empty: GoldLabels = { officials: [], organizations: [], figures: [], dates: [], documents: [] };

describe('score', () => {
  it('figures and dates match by containment with equal digits', () => {
    expect(spanMatch('hơn 1.200 hộ dân', '1.200 hộ dân')).toBe(true);
    expect(spanMatch('1.200 hộ', 'hơn 1.200 hộ dân')).toBe(true);
    expect(spanMatch('1.200 hộ dân', '200 hộ dân')).toBe(false);
    expect(spanMatch('năm 2020', '2021')).toBe(false);
  });

  it('matches one-to-one, exact partners first', () => {
    const s = scoreArticle(
      { ...empty, figures: ['5 dự án', '5 dự án thành phần'] },
      { ...empty, figures: ['5 dự án thành phần', '5 dự án đầu tư'] },
    );
    expect(s.types.figure).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('organisations need equal text after NFC and trimming', () => {
    const s = scoreArticle(
      { ...empty, organizations: ['Thành ủy TPHCM', 'Bộ Chính trị'] },
      { ...empty, organizations: [' Thành ủy TPHCM'.normalize('NFD'), 'Bộ Chính trị Việt Nam'] },
    );
    expect(s.types.organization).toMatchObject({ tp: 1, fp: 1, fn: 1, missed: ['Bộ Chính trị'], spurious: ['Bộ Chính trị Việt Nam'] });
  });

  it('officials match on name; roles are scored over matched officials', () => {
    const s = scoreArticle(
      { ...empty, officials: [{ name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư Thành ủy TPHCM' }, { name: 'Lê Chiêm', role: 'Thứ trưởng' }] },
      { ...empty, officials: [{ name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư' }, { name: 'Lê Chiêm', role: 'Thứ trưởng' }] },
    );
    expect(s.types.official).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.roles).toMatchObject({ matched: 2, correct: 1 });
  });

  it('labels from entities: each person once with the first mention role', () => {
    const e = (type: Entity['type'], text: string, start: number, extra: Partial<Entity> = {}): Entity => ({
      type,
      block: 0,
      start,
      end: start + text.length,
      text,
      ...extra,
    });
    const labels = labelsFromEntities([
      e('official', 'Hải', 50, { name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư' }),
      e('official', 'Nguyễn Hồ Hải', 10, { name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư Thành ủy TPHCM' }),
      e('figure', '15%', 30),
      e('figure', '15%', 60),
    ]);
    expect(labels.officials).toEqual([{ name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư Thành ủy TPHCM' }]);
    expect(labels.figures).toEqual(['15%']);
  });

  it('micro-averages and handles empty sets', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const a = scoreArticle({ ...empty, dates: ['12/11'] }, { ...empty, dates: ['12/11', 'năm 2010'] });
    const sum = summarize([a]);
    expect(sum.perType.date).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(sum.overall.tp).toBe(1);
  });
});
