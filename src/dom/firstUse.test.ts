// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { holdsClick, holdsKey, watchFirstUse, type FirstUse } from './firstUse';

let use: FirstUse | null = null;
afterEach(() => {
  use?.dispose();
  use = null;
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = `<div id="root"><button id="b">Aa</button><p id="t">text <span id="m">Tô Lâm</span></p><a id="l" href="/people">x</a></div><button id="out">out</button>`;
  return document.getElementById('root')!;
}
const settled = (p: Promise<void>) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 0))]);
const click = (id: string) => document.getElementById(id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 7, clientY: 9 }));

describe('holdsClick / holdsKey', () => {
  it.each([
    ['a button in the root', 'b', true],
    ['a mention in the text', 'm', true],
    ['a link (it navigates by itself)', 'l', false],
    ['outside the root', 'out', false],
  ])('%s → %s', (_what, id, held) => {
    const root = page();
    expect(holdsClick(document.getElementById(id), root)).toBe(held);
  });

  const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...mods });
  it.each([
    [key('h'), true],
    [key('?'), true],
    [key('Tab'), false],
    [key('ArrowDown'), false],
    [key('Enter'), false],
    [key(' '), false],
    [key('z', { ctrlKey: true }), false],
    [key('n', { isComposing: true }), false],
  ])('key %o held: %s', (e, held) => {
    expect(holdsKey(e)).toBe(held);
  });
});

describe('watchFirstUse', () => {
  it.each(['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'click'])('starts on %s, not before', async (type) => {
    use = watchFirstUse(page());
    expect(await settled(use.started)).toBe(false);
    window.dispatchEvent(new Event(type));
    expect(await settled(use.started)).toBe(true);
  });

  it('a click alone (assistive technology) starts the application and is held for it', async () => {
    const root = page();
    const seen: string[] = [];
    root.addEventListener('click', (e) => seen.push((e.target as Element).id));
    use = watchFirstUse(root);
    click('b');
    expect(await settled(use.started)).toBe(true);
    expect(seen).toEqual([]);
    use.release();
    expect(seen).toEqual(['b']);
  });

  it('holds clicks once started and gives them back in order on release', async () => {
    const root = page();
    const seen: string[] = [];
    root.addEventListener('click', (e) => seen.push(`${(e.target as Element).id}@${e.clientX},${e.clientY}`));
    use = watchFirstUse(root);
    use.start();
    click('b');
    click('m');
    click('l');
    // Held: the application is not here yet (the link is not held: it navigates natively).
    expect(seen).toEqual(['l@7,9']);
    use.release();
    expect(seen).toEqual(['l@7,9', 'b@7,9', 'm@7,9']);
    // After the release, nothing is held any more.
    click('b');
    expect(seen).toEqual(['l@7,9', 'b@7,9', 'm@7,9', 'b@7,9']);
  });

  it('gives held character keys back to their target; drops what left the page; dispose drops everything', () => {
    const root = page();
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(`${(e.target as Element).id || 'body'}:${e.key}`));
    use = watchFirstUse(root);
    const b = document.getElementById('b')!;
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    click('m');
    document.getElementById('m')!.remove();
    expect(keys).toEqual(['b:h', 'b:Tab']);
    use.release();
    expect(keys).toEqual(['b:h', 'b:Tab', 'b:h']);

    const again = watchFirstUse(page());
    const clicks: string[] = [];
    document.getElementById('root')!.addEventListener('click', (e) => clicks.push((e.target as Element).id));
    again.start();
    click('b');
    again.dispose();
    click('b');
    expect(clicks).toEqual(['b']);
  });

  it('a target painted anew before the release (a boot screen replaced) gets the click at the same place; a changed one gets nothing', () => {
    const root = page();
    const seen: string[] = [];
    root.addEventListener('click', (e) => seen.push((e.target as Element).id));
    use = watchFirstUse(root);
    use.start();
    click('b');
    click('m');
    // The application replaces the painted screen with its own, the same elements under new ids.
    root.innerHTML = `<button id="b2">Aa</button><p id="t2">text <span id="m2">Tô Văn Lâm</span></p>`;
    use.release();
    // The button is the same; the mention's text changed, so it is not taken for the same element.
    expect(seen).toEqual(['b2']);
  });

  it('a key whose element was painted anew goes to the new one, or to the page when there is none', () => {
    const root = page();
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(`${(e.target as Element).id || (e.target as Element).tagName}:${e.key}`));
    use = watchFirstUse(root);
    use.start();
    document.getElementById('b')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    document.getElementById('m')!.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    root.innerHTML = `<button id="b2">Aa</button>`;
    keys.length = 0;
    use.release();
    expect(keys).toEqual(['b2:h', 'BODY:?']);
  });
});
