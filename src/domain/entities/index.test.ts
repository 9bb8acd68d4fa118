import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Entity } from '../article/types';
import { parseRawArticle } from '../ingest/parse';
import { extractEntities } from './index';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');

function goldArticles(): { name: string; blocks: Block[] }[] {
  return readdirSync(join(CONTENT, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .map((name) => {
      const path = ['articles', 'seed'].map((d) => join(CONTENT, d, `${name}.txt`)).find(existsSync)!;
      const p = parseRawArticle(readFileSync(path, 'utf8'), name);
      return { name, blocks: [{ type: 'heading' as const, text: p.title }, ...p.blocks] };
    });
}

function checkInvariants(blocks: readonly Block[], es: readonly Entity[]): void {
  for (const e of es) expect(blocks[e.block]!.text.slice(e.start, e.end)).toBe(e.text);
  for (let k = 1; k < es.length; k++) {
    const a = es[k - 1]!;
    const b = es[k]!;
    expect(a.block < b.block || (a.block === b.block && a.start <= b.start)).toBe(true);
  }
  const byType = new Map<string, Entity[]>();
  for (const e of es) byType.set(`${e.type}:${e.block}`, [...(byType.get(`${e.type}:${e.block}`) ?? []), e]);
  for (const list of byType.values()) {
    for (let k = 1; k < list.length; k++) expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.end);
  }
}

describe('extractEntities on every gold article', () => {
  for (const { name, blocks } of goldArticles()) {
    it(`${name}: text === slice, sorted, no overlap within a type`, () => {
      const es = extractEntities(blocks);
      expect(es.length).toBeGreaterThan(0);
      checkInvariants(blocks, es);
    });

    it(`${name}: NFD input gives the same entities with exact offsets into the NFD text`, () => {
      const nfd = blocks.map((b) => ({ ...b, text: b.text.normalize('NFD') }));
      const a = extractEntities(blocks);
      const b = extractEntities(nfd);
      checkInvariants(nfd, b);
      expect(b.map((e) => [e.type, e.block, e.text.normalize('NFC'), e.name, e.role, e.value])).toEqual(
        a.map((e) => [e.type, e.block, e.text, e.name, e.role, e.value]),
      );
    });
  }

  it('maps offsets through decomposed text', () => {
    const text = 'Ngày 12/11, Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải có 246.797 đảng viên.'.normalize('NFD');
    const es = extractEntities([{ type: 'paragraph', text }]);
    const official = es.find((e) => e.type === 'official')!;
    expect(official.text).toBe('Nguyễn Hồ Hải'.normalize('NFD'));
    expect(official.name).toBe('Nguyễn Hồ Hải');
    expect(text.slice(official.start, official.end)).toBe(official.text);
  });

  it('is empty for empty input', () => {
    expect(extractEntities([])).toEqual([]);
    expect(extractEntities([{ type: 'paragraph', text: '' }])).toEqual([]);
  });
});
