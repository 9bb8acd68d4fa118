import { describe, expect, it } from 'vitest';
import type { Article } from '../article/types';
import { appearancesByName, buildPeople, withExtra } from './index';
import type { NameGroup } from './types';

/** An article where each name appears once with its role (null: no role). */
function article(id: string, published: string | null, mentions: [name: string, role: string | null][]): Article {
  const sentences = mentions.map(([name, role]) => `${role ? `${role} ` : 'Ông '}${name} phát biểu.`);
  const text = `Mở đầu một bài báo. ${sentences.join(' ')}`;
  const entities = mentions.map(([name, role], i) => {
    const start = text.indexOf(sentences[i]!);
    return { type: 'official' as const, block: 0, start, end: start + sentences[i]!.length - 11, text: sentences[i]!.slice(0, -11), name, role };
  });
  return { id, title: `Bài ${id}`, published, source: 'Test', byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text }], entities };
}

const TUNG = 'Nguyễn Văn Tùng';
const BASE = 'nguyen-van-tung';
const built = (articles: Article[]): NameGroup | null => buildPeople(articles).find((g) => g.persons[0]!.slug === BASE) ?? null;
const extra = (articles: Article[]) => appearancesByName(articles).get(BASE) ?? [];
const shape = (g: NameGroup | null) => g?.persons.map((p) => [p.slug, p.mentions.map((m) => m.articleId)] as const) ?? null;

const TH1 = article('b1', '2018-01-01', [[TUNG, 'Chủ tịch UBND tỉnh Thanh Hóa']]);
const TH2 = article('b2', '2019-01-01', [[TUNG, 'Chủ tịch UBND tỉnh Thanh Hóa']]);
const HP = article('b3', '2018-06-01', [[TUNG, 'Chủ tịch UBND TP Hải Phòng']]);

describe('own articles added to the people of the built index', () => {
  it.each<[string, Article[], Article[], (readonly [string, string[]])[] | null]>([
    ['no own article: the index as it is', [TH1], [], [[BASE, ['b1']]]],
    ['a name the index does not know: a person of its own at the plain slug', [], [article('own--x-1', '2024-03-01', [[TUNG, 'Bí thư Tỉnh ủy Thanh Hóa']])], [[BASE, ['own--x-1']]]],
    ['same province: the same person, newest first', [TH1, TH2], [article('own--x-1', '2024-03-01', [[TUNG, 'Bí thư Tỉnh ủy Thanh Hóa']])], [[BASE, ['own--x-1', 'b2', 'b1']]]],
    ['no province: joins the only person of that name', [TH1], [article('own--x-1', null, [[TUNG, null]])], [[BASE, ['b1', 'own--x-1']]]],
    [
      'another province: a namesake, and the indexed person keeps the plain slug though the own articles are more',
      [TH1],
      [article('own--x-1', '2024-01-01', [[TUNG, 'Bí thư Thành ủy Hải Phòng']]), article('own--x-2', '2024-02-01', [[TUNG, 'Chủ tịch TP Hải Phòng']])],
      [
        [BASE, ['b1']],
        [`${BASE}--hai-phong`, ['own--x-2', 'own--x-1']],
      ],
    ],
    [
      'among indexed namesakes: the one of the same province',
      [TH1, TH2, HP],
      [article('own--x-1', '2024-01-01', [[TUNG, 'Bí thư Thành ủy Hải Phòng']])],
      [
        [BASE, ['b2', 'b1']],
        [`${BASE}--hai-phong`, ['own--x-1', 'b3']],
      ],
    ],
    [
      'among namesakes, no province: the one whose roles share words',
      [article('b1', '2018-01-01', [[TUNG, 'Giám đốc Sở Tài chính Thanh Hóa']]), TH2, HP],
      [article('own--x-1', '2024-01-01', [[TUNG, 'Giám đốc Sở Tài chính']])],
      [
        [BASE, ['own--x-1', 'b2', 'b1']],
        [`${BASE}--hai-phong`, ['b3']],
      ],
    ],
    [
      'among namesakes, no province and no shared word: someone new',
      [TH1, TH2, HP],
      [article('own--x-1', '2024-01-01', [[TUNG, null]])],
      [
        [BASE, ['b2', 'b1']],
        [`${BASE}--hai-phong`, ['b3']],
        [`${BASE}--1`, ['own--x-1']],
      ],
    ],
  ])('%s', (_, bundled, own, expected) => {
    expect(shape(withExtra(BASE, built(bundled), extra(own)))).toEqual(expected);
  });

  it('is what buildPeople gives when the index has no one of that name', () => {
    const own = [article('own--a-1', '2024-01-01', [[TUNG, 'Chủ tịch UBND tỉnh Thanh Hóa']]), article('own--a-2', '2024-02-01', [[TUNG, 'Chủ tịch TP Hải Phòng']])];
    expect(withExtra(BASE, null, extra(own))).toEqual(built(own));
  });

  it('leaves a group without own appearances untouched (same object)', () => {
    const g = built([TH1]);
    expect(withExtra(BASE, g, [])).toBe(g);
    expect(withExtra(BASE, null, [])).toBeNull();
  });

  it('merges the role history: one span per role across both, places joined', () => {
    const g = withExtra(BASE, built([TH1, TH2]), extra([article('own--x-1', '2021-05-01', [[TUNG, 'Chủ tịch UBND tỉnh Thanh Hóa']]), article('own--x-2', '2023-05-01', [[TUNG, 'Bí thư Tỉnh ủy Thanh Hóa']])]));
    expect(g!.persons[0]!.roles).toEqual([
      { role: 'Chủ tịch UBND tỉnh Thanh Hóa', from: '2018-01-01', to: '2021-05-01', articles: 3 },
      { role: 'Bí thư Tỉnh ủy Thanh Hóa', from: '2023-05-01', to: '2023-05-01', articles: 1 },
    ]);
    expect(g!.persons[0]!.places).toEqual(['Thanh Hóa']);
  });
});
