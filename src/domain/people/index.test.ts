import { describe, expect, it } from 'vitest';
import type { Article } from '../article/types';
import { buildPeople, peopleSummaries, personInArticle } from './index';

/** An article where `name` appears once with `role` (null: no role), in a sentence of its own. */
function article(id: string, published: string | null, mentions: [name: string, role: string | null][]): Article {
  const sentences = mentions.map(([name, role]) => `${role ? `${role} ` : 'Ông '}${name} phát biểu.`);
  const text = `Mở đầu một bài báo. ${sentences.join(' ')}`;
  let at = 0;
  const entities = mentions.map(([name, role], i) => {
    const start = text.indexOf(sentences[i]!, at);
    at = start + 1;
    return { type: 'official' as const, block: 0, start, end: start + sentences[i]!.length - ' phát biểu.'.length, text: sentences[i]!.replace(' phát biểu.', ''), name, role };
  });
  return { id, title: `Bài ${id}`, published, source: 'Test', byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text }], entities };
}

const slugsOf = (articles: Article[]) =>
  buildPeople(articles)
    .flatMap((g) => g.persons)
    .map((p) => [p.slug, p.mentions.map((m) => m.articleId).sort()] as const)
    .sort();

describe('the same person across articles', () => {
  it.each<[string, Article[], (readonly [string, string[]])[]]>([
    [
      'a name with national roles is one person',
      [article('a1', '2020-01-01', [['Nguyễn Xuân Phúc', 'Thủ tướng']]), article('a2', '2013-05-01', [['Nguyễn Xuân Phúc', 'Phó Thủ tướng']])],
      [['nguyen-xuan-phuc', ['a1', 'a2']]],
    ],
    [
      'namesakes in two provinces stay apart',
      [
        article('t1', '2018-01-01', [['Nguyễn Văn Tùng', 'Chủ tịch UBND tỉnh Thanh Hóa']]),
        article('t2', '2018-02-01', [['Nguyễn Văn Tùng', 'Giám đốc Sở Y tế Thanh Hoá']]),
        article('h1', '2018-03-01', [['Nguyễn Văn Tùng', 'Chủ tịch TP Hải Phòng']]),
      ],
      [
        ['nguyen-van-tung', ['t1', 't2']],
        ['nguyen-van-tung--hai-phong', ['h1']],
      ],
    ],
    [
      'a later role that names both provinces links them',
      [
        article('t1', '2018-01-01', [['Nguyễn Văn Tùng', 'Chủ tịch UBND tỉnh Thanh Hóa']]),
        article('h1', '2018-03-01', [['Nguyễn Văn Tùng', 'Chủ tịch TP Hải Phòng']]),
        article('x1', '2020-03-01', [['Nguyễn Văn Tùng', 'nguyên Chủ tịch UBND tỉnh Thanh Hóa, nay là Bí thư Thành ủy Hải Phòng']]),
      ],
      [['nguyen-van-tung', ['h1', 't1', 'x1']]],
    ],
    [
      'a role without a province joins the only person of that name',
      [article('t1', '2018-01-01', [['Lê Thị Thìn', 'Phó chủ tịch UBND tỉnh Thanh Hóa']]), article('n1', null, [['Lê Thị Thìn', null]])],
      [['le-thi-thin', ['n1', 't1']]],
    ],
    [
      'among namesakes it joins the one whose roles share words, else stands alone',
      [
        article('t1', '2018-01-01', [['Trần Văn Nam', 'Giám đốc Sở Tài chính Thanh Hóa']]),
        article('h1', '2018-01-01', [['Trần Văn Nam', 'Chủ tịch Hội Nông dân TP Hải Phòng']]),
        article('u1', '2018-06-01', [['Trần Văn Nam', 'Giám đốc Sở Tài chính']]),
        article('u2', '2018-06-01', [['Trần Văn Nam', null]]),
      ],
      [
        ['tran-van-nam', ['t1', 'u1']],
        ['tran-van-nam--2', ['u2']],
        ['tran-van-nam--hai-phong', ['h1']],
      ],
    ],
    [
      'names in NFD and NFC are the same name',
      [article('a1', '2020-01-01', [['Phạm Minh Chính'.normalize('NFD'), 'Thủ tướng']]), article('a2', '2021-01-01', [['Phạm Minh Chính', 'Thủ tướng']])],
      [['pham-minh-chinh', ['a1', 'a2']]],
    ],
  ])('%s', (_what, articles, expected) => {
    expect(slugsOf(articles)).toEqual(expected);
  });
});

describe('what the people pages show', () => {
  const articles = [
    article('a1', '2013-05-01', [['Đinh Tiến Dũng', 'Bộ trưởng Bộ Tài chính'], ['Đinh Tiến Dũng', 'Bộ trưởng']]),
    article('a2', '2016-04-01', [['Đinh Tiến Dũng', 'Bộ trưởng']]),
    article('a3', '2021-04-01', [['Đinh Tiến Dũng', 'Bí thư Thành ủy Hà Nội']]),
    article('a4', null, [['Đinh Tiến Dũng', null], ['Lê Minh Khái', 'Tổng Thanh tra Chính phủ']]),
  ];
  const groups = buildPeople(articles);
  const dung = groups.find((g) => g.name === 'Đinh Tiến Dũng')!.persons[0]!;

  it('lists mentions newest first, undated last, with their sentence', () => {
    expect(dung.mentions.map((m) => m.articleId)).toEqual(['a3', 'a2', 'a1', 'a4']);
    expect(dung.mentions[0]!.sentence).toBe('Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.');
  });

  it('gives a role history over dates; a bare title counts as the fuller role it is part of', () => {
    expect(dung.roles).toEqual([
      { role: 'Bộ trưởng Bộ Tài chính', from: '2013-05-01', to: '2016-04-01', articles: 2 },
      { role: 'Bí thư Thành ủy Hà Nội', from: '2021-04-01', to: '2021-04-01', articles: 1 },
    ]);
  });

  it('sorts the list by number of articles and finds the person of an article', () => {
    expect(peopleSummaries(groups).map((p) => [p.name, p.articles])).toEqual([
      ['Đinh Tiến Dũng', 4],
      ['Lê Minh Khái', 1],
    ]);
    expect(personInArticle(groups[0]!, 'a2')?.slug).toBe('dinh-tien-dung');
    expect(personInArticle(groups[0]!, 'zz')).toBeUndefined();
  });
});

describe('people files', () => {
  it('validate what the build writes and name what is wrong otherwise', async () => {
    const { validateNameGroup, validatePeoplePage } = await import('./schema');
    const groups = buildPeople([article('a1', '2020-01-01', [['Nguyễn Xuân Phúc', 'Thủ tướng']])]);
    expect(validateNameGroup(JSON.parse(JSON.stringify(groups[0]))).ok).toBe(true);
    expect(validatePeoplePage(peopleSummaries(groups)).ok).toBe(true);
    const bad = validateNameGroup({ name: 'x', persons: [{ slug: 1 }] });
    expect(bad.ok ? '' : bad.error).toContain('persons.0.slug');
  });
});
