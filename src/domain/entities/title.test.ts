import { describe, expect, it } from 'vitest';
import { validateArticle } from '../article/schema';
import type { Article, Block } from '../article/types';
import { extractEntities } from './index';
import { extractWithTitle } from './title';

const para = (text: string): Block => ({ type: 'paragraph', text });

describe('entities of the title', () => {
  it.each([
    [
      'Bộ trưởng Bộ Công Thương Trần Văn Bình: cần 2.000 tỷ đồng cho điện gió',
      ['official Trần Văn Bình', 'organization Bộ Công Thương', 'figure 2.000 tỷ đồng'],
    ],
    ['Ngày 3.4.2019, Thủ tướng Úc Anthony Albanese thăm Hà Nội', ['date 3.4.2019', 'official Anthony Albanese']],
    ['Quốc hội thông qua Luật Đất đai (sửa đổi)', ['organization Quốc hội', 'document Luật Đất đai (sửa đổi)']],
  ])('%s', (title, want) => {
    const { titleEntities } = extractWithTitle(extractEntities, title, [para('Nội dung bài viết.')]);
    for (const e of titleEntities) expect(title.slice(e.start, e.end)).toBe(e.text);
    expect(titleEntities.map((e) => `${e.type} ${e.text}`).sort()).toEqual([...want].sort());
  });

  it('links a person of the title to the body and keeps body offsets', () => {
    const body = [para('Ông Bình cho biết dự án sẽ khởi công.'), para('Theo ông Bình, vốn đã đủ.')];
    const { titleEntities, entities } = extractWithTitle(extractEntities, 'Bộ trưởng Trần Văn Bình thăm nhà máy', body);
    expect(titleEntities.filter((e) => e.type === 'official').map((e) => e.name)).toEqual(['Trần Văn Bình']);
    const people = entities.filter((e) => e.type === 'official');
    expect(people.map((e) => [e.block, e.text, e.name])).toEqual([
      [0, 'Bình', 'Trần Văn Bình'],
      [1, 'Bình', 'Trần Văn Bình'],
    ]);
    for (const e of entities) expect(body[e.block]!.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('the article schema checks title entities against the title, and accepts articles without them', () => {
    const base: Article = {
      id: 'a',
      title: 'Thủ tướng Phạm Minh Chính dự hội nghị',
      published: null,
      source: null,
      byline: null,
      lang: 'vi',
      blocks: [para('Văn bản.')],
      entities: [],
    };
    expect(validateArticle(base).ok).toBe(true);
    const good = { ...base, titleEntities: [{ type: 'official', start: 10, end: 25, text: 'Phạm Minh Chính', name: 'Phạm Minh Chính', role: 'Thủ tướng' }] };
    expect(validateArticle(good).ok).toBe(true);
    const bad = { ...base, titleEntities: [{ type: 'official', start: 0, end: 9, text: 'Phạm Minh Chính' }] };
    const r = validateArticle(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('title entity');
  });
});
