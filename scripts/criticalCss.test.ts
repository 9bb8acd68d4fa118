import { describe, expect, it } from 'vitest';
import { criticalCss, spread } from './criticalCss';

const BODY = `<main class="reader"><article class="article"><p class="block paragraph" data-block="0">Ông <span class="ent ent-official">Nguyễn Văn A</span> nói.</p></article>
<aside class="reader-aside"><button type="button" class="ent-panel-item">A</button></aside></main>`;

describe('criticalCss', () => {
  it.each([
    ['a class on the page', '.reader{margin:0 auto}', '.reader', true],
    ['a class nowhere on the page (a dialog opened later)', '.ent-sheet{position:fixed}', '.ent-sheet', false],
    ['a state of an element on the page', '.ent-panel-item:hover{color:red}', '.ent-panel-item:hover', true],
    ['a pseudo-element of an element on the page', '.block::before{content:""}', '.block::before', true],
    ['a theme the boot script sets on <html>', ":root[data-theme='dark']{--ink:#eee}", ':root[data-theme', true],
    ['an <html> attribute before a descendant', 'html[data-width] .article{max-width:50rem}', 'html[data-width]', true],
    ['the text-first mark', '[data-text-first] .reader-aside{content-visibility:hidden}', '[data-text-first]', true],
    ['a media query around a used class', '@media (min-width:75rem){.reader-aside{position:sticky}}', '.reader-aside', true],
    ['a media query around an unused class', '@media (min-width:75rem){.hl-sheet{position:fixed}}', '.hl-sheet', false],
    ['a dark scheme for :root', '@media (prefers-color-scheme:dark){:root{--paper:#111}}', '--paper', true],
  ])('%s (%s): kept %s', async (_name, rule, selector, kept) => {
    const out = await criticalCss(`.unused-rule{color:red}${rule}`, [BODY]);
    expect(out.includes(selector), out).toBe(kept);
    expect(out).not.toContain('.unused-rule');
  });

  it('keeps every font face, once, even one named only through a custom property', async () => {
    const css =
      '@font-face{font-family:Literata;src:url(/a.woff2)}:root{--serif:Literata,serif}.reader{font-family:var(--serif)}@font-face{font-family:Other;src:url(/b.woff2)}';
    const out = await criticalCss(css, [BODY]);
    expect(out.match(/@font-face/g)).toHaveLength(2);
    expect(out).toContain('/a.woff2');
    expect(out).toContain('/b.woff2');
    expect(out).toContain('var(--serif)');
  });

  it('refuses a stylesheet that would close its <style> element', async () => {
    await expect(criticalCss('.a{content:"</style><script>"}', [BODY])).rejects.toThrow(/cannot be inlined/);
  });
});

describe('spread', () => {
  it.each([
    [[1, 2, 3], 5, [1, 2, 3]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4, [1, 4, 7, 10]],
    [[], 4, []],
  ])('%j, at most %i: %j', (items, max, expected) => {
    expect(spread(items, max)).toEqual(expected);
  });
});
