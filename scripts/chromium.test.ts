import { describe, expect, it } from 'vitest';
import { findChromium } from '../playwright.config';

describe('findChromium', () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);

  it.each([
    ['CHROMIUM_PATH first', { CHROMIUM_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium'), '/opt/c/chrome'],
    ["then Debian's chromium", {}, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    ['a CHROMIUM_PATH that is not there falls back', { CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    ["Playwright's own browser when asked", { PLAYWRIGHT_USE_BUNDLED: '1' }, only(), undefined],
  ])('%s', (_name, env, exists, expected) => {
    expect(findChromium(env, exists)).toBe(expected);
  });

  it('with no browser at all it stops with a message naming how to install one', () => {
    expect(() => findChromium({}, only())).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
  });
});
