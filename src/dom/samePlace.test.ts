// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { elementAt, placeOf } from './samePlace';

const tree = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};
const BEFORE = `<header><h1>Ghi chú</h1><div><button>Xuất</button><button>Nhập</button></div></header><ul><li><a href="/a/x">Một</a></li></ul>`;

describe('placeOf / elementAt', () => {
  it.each([
    ['the same page painted anew', BEFORE, 'Nhập'],
    ['text nodes added between elements', BEFORE.replace('<div>', '<div> \n '), 'Nhập'],
    ['a sibling before it gone', BEFORE.replace('<button>Xuất</button>', ''), null],
    ['its text changed', BEFORE.replace('>Nhập<', '>Import<'), null],
    ['its tag changed', BEFORE.replace('<button>Nhập</button>', '<span>Nhập</span>'), null],
    ['an empty page', '', null],
  ])('%s → %s', (_what, after, found) => {
    const old = tree(BEFORE);
    const place = placeOf(old.querySelectorAll('button')[1]!, old);
    expect(place).not.toBeNull();
    expect(elementAt(place!, tree(after))?.textContent ?? null).toBe(found);
  });

  it('an element outside the root has no place', () => {
    expect(placeOf(document.createElement('p'), tree(BEFORE))).toBeNull();
  });

  it('the root itself is at the empty path', () => {
    const root = tree(BEFORE);
    expect(elementAt(placeOf(root, root)!, root)).toBe(root);
  });
});
