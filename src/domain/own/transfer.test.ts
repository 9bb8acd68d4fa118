import { describe, expect, it } from 'vitest';
import type { Article } from '../article/types';
import { makeRecord } from './record';
import { ARTICLES_MEMBER, planArticles, readImportedArticles, withArticles } from './transfer';

const article = (id: string, text = 'Đoạn văn.'): Article => ({
  id,
  title: 'Bài',
  published: null,
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [{ type: 'paragraph', text }],
  entities: [],
});
const rec = (id: string, text?: string) => makeRecord(article(id, text), { kind: 'txt', name: 'a.txt' }, new Date('2026-01-01T00:00:00Z'));
const collection = { type: 'AnnotationCollection', total: 0 };

describe('own articles in the export', () => {
  it('round-trips through JSON', () => {
    const out = JSON.parse(JSON.stringify(withArticles(collection, [rec('own--a-1'), rec('own--b-2')]))) as unknown;
    expect(readImportedArticles(out)).toEqual({ ok: true, records: [rec('own--a-1'), rec('own--b-2')] });
  });

  it('adds nothing when there are no own articles, and a file without them reads as none', () => {
    expect(withArticles(collection, [])).toBe(collection);
    expect(readImportedArticles(collection)).toEqual({ ok: true, records: [] });
    expect(readImportedArticles([{ type: 'Annotation' }])).toEqual({ ok: true, records: [] });
  });

  it.each([
    ['not an array', { [ARTICLES_MEMBER]: {} }, /expected an array/],
    ['one invalid article', { [ARTICLES_MEMBER]: [rec('own--a-1'), { ...rec('own--b-2'), article: { id: 'own--b-2' } }] }, /\[1\]: v1 record: article/],
    ['a bundled id', { [ARTICLES_MEMBER]: [{ ...rec('x'), article: article('chu-trong') }] }, /not an own-article id/],
    ['the same id twice', { [ARTICLES_MEMBER]: [rec('own--a-1'), rec('own--a-1')] }, /\[1\]: article own--a-1 appears twice/],
    ['a newer record version', { [ARTICLES_MEMBER]: [{ ...rec('own--a-1'), v: 4 }] }, /newer than this version/],
  ])('refuses every article when %s', (_name, value, error) => {
    const r = readImportedArticles(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('plans: new ones added, identical ones skipped, a different text under a stored id never overwrites', () => {
    const stored = new Map([
      ['own--same-1', rec('own--same-1')],
      ['own--diff-2', rec('own--diff-2', 'Văn bản ở đây.')],
    ]);
    const plan = planArticles([rec('own--new-3'), rec('own--same-1'), rec('own--diff-2', 'Văn bản trong tệp.')], stored);
    expect(plan.add.map((r) => r.article.id)).toEqual(['own--new-3']);
    expect(plan.same.map((r) => r.article.id)).toEqual(['own--same-1']);
    expect(plan.conflicting.map((r) => r.article.id)).toEqual(['own--diff-2']);
  });
});
