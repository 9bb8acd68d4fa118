// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS } from '../prefs/model';
import { migratePreferences, useAppStore } from './store';

const ALL_ON = { official: true, organization: true, figure: true, date: true, document: true };
const CHOSEN = { official: true, organization: true, figure: false, date: false, document: false };

describe('migratePreferences', () => {
  it.each([
    ['v1 with every type on (the old default) becomes the calm default', { visibleTypes: ALL_ON, lastColor: 'green' }, 1, { visibleTypes: DEFAULT_PREFS.visibleTypes, lastColor: 'green' }],
    ['v1 with a choice keeps it', { visibleTypes: CHOSEN, lastColor: 'pink' }, 1, { visibleTypes: CHOSEN, lastColor: 'pink' }],
    ['v2 keeps every type on when chosen', { visibleTypes: ALL_ON }, 2, { visibleTypes: ALL_ON }],
    ['nothing readable', null, 1, {}],
  ])('%s', (_name, state, version, want) => {
    expect(migratePreferences(state, version)).toEqual(want);
  });
});

describe('preferences reach <html> at once', () => {
  it('theme, size, width, focus and marks', () => {
    const s = useAppStore.getState();
    s.setTheme('sepia');
    s.setTextSize(5);
    s.setLineWidth('narrow');
    s.setFocusPeople(true);
    s.toggleType('date');
    const html = document.documentElement;
    expect(html.getAttribute('data-theme')).toBe('sepia');
    expect(html.getAttribute('data-size')).toBe('5');
    expect(html.getAttribute('data-width')).toBe('narrow');
    expect(html.getAttribute('data-focus')).toBe('people');
    expect(html.getAttribute('data-marks')).toBe('official figure date');
    s.setTheme('system');
    s.setTextSize(3);
    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(html.hasAttribute('data-size')).toBe(false);
  });
});
