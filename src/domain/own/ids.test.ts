import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../article/schema';
import { assignUniqueIds } from '../ingest/build';
import { slugify } from '../ingest/text';
import { isOwnId, OWN_ID_PREFIX, ownId } from './ids';

describe('own ids never collide with bundled ids', () => {
  it('the slugger never writes "--", so no bundled id starts with the own prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 10, max: 120 }), (title, max) => {
        const slug = slugify(title, max);
        expect(slug).not.toContain('--');
        expect(isOwnId(slug)).toBe(false);
      }),
    );
  });

  it('nor do the "-2", "-3" suffixes for repeated titles', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('own', 'Own -', '--own--', 'bài', ''), { maxLength: 6 }), (titles) => {
        const arts = titles.map((t) => ({ id: slugify(t) }) as never);
        for (const a of assignUniqueIds(arts) as { id: string }[]) expect(a.id).not.toContain('--');
      }),
    );
  });

  it('the bundled library has no own id', () => {
    const index = JSON.parse(readFileSync(new URL('../../../public/articles/index.json', import.meta.url), 'utf8')) as {
      articles: { id: string }[];
    };
    expect(index.articles.length).toBeGreaterThan(0);
    expect(index.articles.filter((a) => isOwnId(a.id))).toEqual([]);
  });

  it.each([
    ['Chú trọng công tác đánh giá', 'AbC-12x', 'own--chu-trong-cong-tac-danh-gia-abc12x'],
    ['', 'k9', 'own--bai-viet-k9'],
    ['!!!', '', 'own--bai-viet-0'],
  ])('ownId(%j, %j) = %s', (title, nonce, id) => {
    expect(ownId(title, nonce)).toBe(id);
    expect(id.startsWith(OWN_ID_PREFIX)).toBe(true);
  });

  it('an own id passes the article schema and stays short for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 20 }), (title, nonce) => {
        const id = ownId(title, nonce);
        expect(isOwnId(id)).toBe(true);
        expect(id.length).toBeLessThanOrEqual(OWN_ID_PREFIX.length + 48 + 1 + 12);
        const ok = validateArticle({ id, title: 't', published: null, source: null, byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text: 'x' }], entities: [] });
        expect(ok.ok).toBe(true);
      }),
    );
  });
});
