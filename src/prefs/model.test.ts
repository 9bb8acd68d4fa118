import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../domain/article/types';
import { DEFAULT_PREFS, htmlAttributes, MARK_TYPES, markupMatchesDefaults, readPagePrefs, type PagePrefs } from './model';

describe('readPagePrefs', () => {
  it.each([
    ['nothing stored', null, DEFAULT_PREFS],
    ['not an object', 'dark', DEFAULT_PREFS],
    ['no state', { version: 2 }, DEFAULT_PREFS],
    [
      'every field',
      { state: { theme: 'sepia', textSize: 5, lineWidth: 'wide', focusPeople: true, visibleTypes: { date: true, official: false } } },
      {
        theme: 'sepia',
        textSize: 5,
        lineWidth: 'wide',
        focusPeople: true,
        visibleTypes: { official: false, organization: false, figure: true, date: true, document: false },
      },
    ],
    [
      'malformed fields take their defaults',
      { state: { theme: 'neon', textSize: 9, lineWidth: 3, focusPeople: 'yes', visibleTypes: { date: 'on', bogus: true } } },
      DEFAULT_PREFS,
    ],
  ])('%s', (_name, stored, want) => {
    expect(readPagePrefs(stored)).toEqual(want);
  });
});

describe('htmlAttributes', () => {
  it('leaves defaults off and names the marked types', () => {
    expect(htmlAttributes(DEFAULT_PREFS)).toEqual({
      'data-theme': null,
      'data-size': null,
      'data-width': null,
      'data-marks': 'official figure',
      'data-focus': null,
    });
  });

  it('carries every choice', () => {
    const attrs = htmlAttributes({
      theme: 'dark',
      textSize: 1,
      lineWidth: 'narrow',
      focusPeople: true,
      visibleTypes: { official: true, organization: true, figure: false, date: true, document: true },
    });
    expect(attrs).toEqual({
      'data-theme': 'dark',
      'data-size': '1',
      'data-width': 'narrow',
      'data-marks': 'official organization date document',
      'data-focus': 'people',
    });
  });

  it('knows every entity type of the article model', () => {
    expect([...MARK_TYPES]).toEqual([...ENTITY_TYPES]);
  });
});

describe('markupMatchesDefaults', () => {
  /** <html> as the boot script leaves it for these preferences (null: the script did not run). */
  const root = (p: PagePrefs | null) => {
    const attrs = p ? htmlAttributes(p) : {};
    return { getAttribute: (name: string) => attrs[name] ?? null } as unknown as Element;
  };
  it.each([
    ['the defaults', DEFAULT_PREFS, true],
    ['another theme, size and width (CSS only)', { ...DEFAULT_PREFS, theme: 'dark', textSize: 5, lineWidth: 'wide' } as PagePrefs, true],
    ['figures hidden', { ...DEFAULT_PREFS, visibleTypes: { ...DEFAULT_PREFS.visibleTypes, figure: false } }, false],
    ['organisations shown', { ...DEFAULT_PREFS, visibleTypes: { ...DEFAULT_PREFS.visibleTypes, organization: true } }, false],
    ['people in focus', { ...DEFAULT_PREFS, focusPeople: true }, false],
    ['no boot script (nothing known)', null, false],
  ])('%s → %s', (_what, prefs, expected) => {
    expect(markupMatchesDefaults(root(prefs))).toBe(expected);
  });
});
