// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { afterPointerRelease, trackPointer } from './pointerHold';

const pointer = (type: string) => document.dispatchEvent(new MouseEvent(type, { button: 0, bubbles: true }));

describe('afterPointerRelease', () => {
  it('runs at once without a drag, and only after the release during one (once per key)', () => {
    trackPointer();
    const runs: string[] = [];
    afterPointerRelease('a', () => runs.push('now'));
    expect(runs).toEqual(['now']);
    pointer('pointerdown');
    afterPointerRelease('b', () => runs.push('b1'));
    afterPointerRelease('b', () => runs.push('b2'));
    afterPointerRelease('c', () => runs.push('c'));
    expect(runs).toEqual(['now']);
    pointer('pointerup');
    expect(runs).toEqual(['now', 'b2', 'c']);
  });
});
