// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bootScript } from './prefsBoot';

const script = bootScript();
const run = () => new Function(script)();

afterEach(() => {
  localStorage.clear();
  for (const a of [...document.documentElement.attributes]) if (a.name.startsWith('data-')) document.documentElement.removeAttribute(a.name);
});

describe('the inline prefs boot script', () => {
  it('is one small static IIFE', () => {
    expect(script.length).toBeLessThan(2048);
    expect(script).not.toMatch(/\bimport\b|\bexport\b/);
    expect(bootScript()).toBe(script);
  });

  it('puts the stored preferences on <html>', () => {
    localStorage.setItem(
      'margin:preferences',
      JSON.stringify({ state: { theme: 'dark', textSize: 4, lineWidth: 'wide', visibleTypes: { date: true } }, version: 2 }),
    );
    run();
    const html = document.documentElement;
    expect(html.getAttribute('data-theme')).toBe('dark');
    expect(html.getAttribute('data-size')).toBe('4');
    expect(html.getAttribute('data-width')).toBe('wide');
    expect(html.getAttribute('data-marks')).toBe('official figure date');
  });

  it('sets <html lang>: the stored choice, else the browser language; another language than the prerendered one is marked pending', () => {
    localStorage.setItem('margin:preferences', JSON.stringify({ state: { langChoice: 'vi' }, version: 1 }));
    run();
    expect([document.documentElement.lang, document.documentElement.hasAttribute('data-lang-pending')]).toEqual(['vi', false]);
    localStorage.setItem('margin:preferences', JSON.stringify({ state: { langChoice: 'en' }, version: 1 }));
    run();
    expect([document.documentElement.lang, document.documentElement.hasAttribute('data-lang-pending')]).toEqual(['en', true]);
    localStorage.clear();
    document.documentElement.removeAttribute('data-lang-pending');
    run();
    const browser = /^vi(-|$)/i.test(navigator.languages[0] ?? navigator.language) ? 'vi' : 'en';
    expect(document.documentElement.lang).toBe(browser);
  });

  it('falls back to the calm defaults on unreadable storage', () => {
    localStorage.setItem('margin:preferences', '{not json');
    expect(run).not.toThrow();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});
