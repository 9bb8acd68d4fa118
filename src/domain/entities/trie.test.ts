import { describe, expect, it } from 'vitest';
import { BlockCtx } from './context';
import { ADMIN_UNITS, HONORIFICS, ORG_HEADS, TITLES } from './lexicons';
import { COUNTRIES, MAJOR_PLACES } from './places';
import { Trie } from './trie';

const TEXT = 'Chiều 5-3, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà Nam, tiếp Đại sứ Nhật Bản tại Hà Nội; Bộ Ngoại giao và Sở Y tế.';

describe('Trie over a block\'s key list', () => {
  it('matches with the start bits exactly as over the bare keys', () => {
    const ctx = new BlockCtx(TEXT);
    const bare = [...ctx.keys]; // no start bits: every lookup walks the Map
    for (const trie of [ADMIN_UNITS, HONORIFICS, ORG_HEADS, TITLES, COUNTRIES, MAJOR_PLACES]) {
      for (let i = -1; i <= ctx.n + 1; i++) {
        expect(trie.match(ctx.keys, i)).toBe(trie.match(bare, i));
        for (let end = i; end <= i + 3; end++) expect(trie.exact(ctx.keys, i, end)).toBe(trie.exact(bare, i, end));
      }
    }
    expect(TITLES.match(ctx.keys, ctx.keys.indexOf('chủ'))).toBe(2);
  });

  it('still finds phrases of a trie made or grown after the key list was built', () => {
    const ctx = new BlockCtx(TEXT);
    const late = new Trie(['đại sứ']);
    const at = ctx.keys.indexOf('đại');
    expect(late.match(ctx.keys, at)).toBe(2);
    late.add('bộ ngoại giao');
    expect(late.exact(ctx.keys, ctx.keys.indexOf('bộ'), ctx.keys.indexOf('bộ') + 3)).toBe(true);
  });
});
