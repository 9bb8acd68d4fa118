import { describe, expect, it } from 'vitest';
import { exactFirst } from './ranked';

describe('exactFirst', () => {
  it.each([
    [['a', 'b', 'c'], ['c'], ['c', 'a', 'b']],
    [['a', 'b', 'c'], [], ['a', 'b', 'c']],
    [['a', 'b', 'c'], ['b', 'a'], ['a', 'b', 'c']],
    [['a', 'b'], ['z'], ['a', 'b']],
  ])('%j with exact %j → %j', (all, exact, expected) => {
    expect(exactFirst(all.map((id) => ({ id })), new Set(exact)).map((r) => r.id)).toEqual(expected);
  });
});
