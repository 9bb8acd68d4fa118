import { describe, expect, it } from 'vitest';
import type { Article } from '../article/types';
import { checkCurrent, makeRecord, migrateOwnRecord, OWN_SCHEMA_VERSION, type OwnStep } from './record';

const article: Article = {
  id: 'own--bai-abc',
  title: 'Bài',
  published: null,
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [{ type: 'paragraph', text: 'Ông Nguyễn Văn A phát biểu.' }],
  entities: [],
};
const good = makeRecord(article, { kind: 'paste', name: 'văn bản dán vào' }, new Date('2026-01-02T03:04:05Z'));

describe('migrateOwnRecord', () => {
  it('reads a current record', () => {
    expect(good.v).toBe(OWN_SCHEMA_VERSION);
    expect(migrateOwnRecord(structuredClone(good))).toEqual({ ok: true, record: good });
  });

  it.each([
    ['null', null, /not an object \(got null\)/],
    ['an array', [good], /not an object \(got an array\)/],
    ['no version', { ...good, v: undefined }, /no valid schema version/],
    ['version 0', { ...good, v: 0 }, /no valid schema version/],
    ['a newer version', { ...good, v: 9 }, /v9 is newer than this version of Margin understands \(v1\)/],
    ['an invalid article', { ...good, article: { ...article, blocks: [] } }, /article: blocks: article has no blocks/],
    ['a bundled id', { ...good, article: { ...article, id: 'bai' } }, /"bai" is not an own-article id/],
    ['a bad addedAt', { ...good, addedAt: 'hôm qua' }, /addedAt/],
    ['a bad origin', { ...good, origin: { kind: 'pdf', name: 'x' } }, /origin must be/],
    [
      'an entity that does not match its block',
      { ...good, article: { ...article, entities: [{ type: 'official', block: 0, start: 0, end: 3, text: 'Bà' }] } },
      /entity does not match/,
    ],
  ])('refuses %s with a reason, without throwing', (_name, raw, error) => {
    const r = migrateOwnRecord(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('runs a chain of steps one version at a time (v1 → v2 → v3)', () => {
    const seen: number[] = [];
    const steps: Record<number, OwnStep> = {
      1: (r) => (seen.push(1), { ok: true, value: { ...r, v: 2, extra: 'a' } }),
      2: (r) => (seen.push(2), { ok: true, value: { ...r, v: 3, extra: `${String(r.extra)}b` } }),
    };
    const r = migrateOwnRecord(structuredClone(good), steps, 3, (raw) => checkCurrent(raw, 3));
    expect(seen).toEqual([1, 2]);
    expect(r).toEqual({ ok: true, record: good });
  });

  it('stops at a failing or missing step with its reason', () => {
    const failing: Record<number, OwnStep> = { 1: () => ({ ok: false, error: 'v1 record: boom' }) };
    expect(migrateOwnRecord(structuredClone(good), failing, 2)).toEqual({ ok: false, error: 'v1 record: boom' });
    expect(migrateOwnRecord(structuredClone(good), {}, 2)).toEqual({ ok: false, error: 'no migration from schema v1' });
    const throwing: Record<number, OwnStep> = {
      1: () => {
        throw new Error('bad');
      },
    };
    expect(migrateOwnRecord(structuredClone(good), throwing, 2)).toEqual({ ok: false, error: 'migration failed: bad' });
  });
});
