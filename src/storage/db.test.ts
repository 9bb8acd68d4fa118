// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { annotationKey, articleKeyPrefix, articleKeyRange, parseAnnotationKey, prefixBounds, SCHEMA_KEY } from './db';

describe('key layout', () => {
  it('builds anno:<articleId>:<annotationId>', () => {
    expect(annotationKey('vnexpress-123', 'n1')).toBe('anno:vnexpress-123:n1');
    expect(articleKeyPrefix('vnexpress-123')).toBe('anno:vnexpress-123:');
    expect(SCHEMA_KEY).toBe('meta:schema');
  });

  it('escapes ":" and "%" so prefixes never overlap, and parses back', () => {
    const key = annotationKey('a:b', 'x:y%z');
    expect(key).toBe('anno:a%3Ab:x%3Ay%25z');
    expect(key.startsWith(articleKeyPrefix('a'))).toBe(false);
    expect(parseAnnotationKey(key)).toEqual({ articleId: 'a:b', annotationId: 'x:y%z' });
    expect(parseAnnotationKey('meta:schema')).toBeNull();
    expect(parseAnnotationKey(annotationKey('bài-viết', 'ghi-chú'))).toEqual({ articleId: 'bài-viết', annotationId: 'ghi-chú' });
  });

  it('prefix bounds include every id after the prefix, including \\uffff', () => {
    const [lo, hi] = prefixBounds('anno:a:');
    expect(hi).toBe('anno:a;');
    for (const k of ['anno:a:', 'anno:a:0', 'anno:a:\uffff\uffff', 'anno:a:\u{1F600}']) {
      expect(k >= lo && k < hi).toBe(true);
    }
    for (const k of ['anno:a;', 'anno:ab:1', 'anno:a', 'anno:b:1']) expect(k >= lo && k < hi).toBe(false);
    expect(articleKeyRange('a').includes('anno:a:\uffffz')).toBe(true);
    expect(articleKeyRange('a').includes('anno:ab:1')).toBe(false);
  });
});
