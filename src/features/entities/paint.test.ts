import { describe, expect, it } from 'vitest';
import type { Article, EntityType } from '../../domain/article/types';
import { titleEntityPaints } from './paint';

const all: Record<EntityType, boolean> = { official: true, organization: true, figure: true, date: true, document: true };
const article: Article = {
  id: 'a',
  title: 'Bộ trưởng Bộ Y tế Đào Hồng Lan: 12 bệnh viện quá tải',
  published: null,
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [{ type: 'paragraph', text: 'Văn bản.' }],
  entities: [],
  titleEntities: [
    { type: 'organization', start: 10, end: 17, text: 'Bộ Y tế' },
    { type: 'official', start: 18, end: 30, text: 'Đào Hồng Lan', name: 'Đào Hồng Lan', role: 'Bộ trưởng Bộ Y tế' },
    { type: 'figure', start: 32, end: 45, text: '12 bệnh viện', value: 12 },
  ],
};

describe('titleEntityPaints', () => {
  it.each([
    [all, ['ent ent-t-organization', 'ent ent-t-official', 'ent ent-t-figure']],
    [{ ...all, figure: false }, ['ent ent-t-organization', 'ent ent-t-official']],
    [{ ...all, official: false, organization: false, figure: false }, []],
  ])('only the visible types (%j)', (visible, classes) => {
    expect(titleEntityPaints(article, visible).map((p) => p.className)).toEqual(classes);
  });

  it('paints nothing for an article made before titles had entities', () => {
    const { titleEntities: _, ...old } = article;
    expect(titleEntityPaints(old, all)).toEqual([]);
  });
});
