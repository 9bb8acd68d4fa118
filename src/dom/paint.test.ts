// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  focusHighlight,
  highlightIdsAtEvent,
  highlightRanges,
  mergePaints,
  NO_BLOCK_PAINTS,
  setHighlightLocator,
  type BlockPaint,
  type HighlightLocator,
} from './paint';

/** An article body with two blocks; block 1 holds "ba bốn" either as a <mark> or as plain text. */
function body(withMark: boolean): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-article', 'a');
  root.innerHTML = withMark
    ? '<p data-block="0">một hai</p><p data-block="1">xin <mark class="hl hl-yellow" data-hl="h1" tabindex="0">ba bốn</mark> năm</p>'
    : '<p data-block="0">một hai</p><p data-block="1">xin ba bốn năm</p>';
  document.body.append(root);
  return root;
}

/** A locator that paints "ba bốn" in block 1 as a range, and reports `h1` at any point. */
function rangeLocator(root: HTMLElement): HighlightLocator {
  const text = root.querySelector('[data-block="1"]')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 4);
  range.setEnd(text, 10);
  return {
    ranges: (id) => (id === 'h1' ? [range] : []),
    idsAt: () => ['h1'],
    spans: () => [{ id: 'h1', start: 13, end: 19, styles: ['yellow'] }],
  };
}

describe('finding a highlight however it is painted', () => {
  let root: HTMLElement;
  afterEach(() => root.remove());

  describe('as ranges (the body carries its locator)', () => {
    beforeEach(() => {
      root = body(false);
      setHighlightLocator(root, rangeLocator(root));
    });

    it('gives the ranges from the locator, from the body or from above it', () => {
      expect(highlightRanges(root, 'h1').map((r) => r.toString())).toEqual(['ba bốn']);
      expect(highlightRanges(document, 'h1').map((r) => r.toString())).toEqual(['ba bốn']);
      expect(highlightRanges(root, 'nope')).toEqual([]);
    });

    it('a click is on the highlights painted under its point', () => {
      const e = new MouseEvent('click', { clientX: 5, clientY: 5 });
      Object.defineProperty(e, 'target', { value: root.querySelector('[data-block="1"]') });
      expect(highlightIdsAtEvent(root, e)).toEqual(['h1']);
    });

    it('focus goes to the paragraph it starts in, made focusable from script only', () => {
      expect(focusHighlight(root, 'h1')).toBe(true);
      const block = root.querySelector('[data-block="1"]')!;
      expect(document.activeElement).toBe(block);
      expect(block.getAttribute('tabindex')).toBe('-1');
      expect(focusHighlight(root, 'nope')).toBe(false);
    });

    it('the locator goes when the painter does', () => {
      setHighlightLocator(root, null);
      expect(highlightRanges(root, 'h1')).toEqual([]);
    });
  });

  describe('as <mark> elements (no Custom Highlight API)', () => {
    beforeEach(() => {
      root = body(true);
    });

    it("gives each segment's contents as a range", () => {
      expect(highlightRanges(root, 'h1').map((r) => r.toString())).toEqual(['ba bốn']);
    });

    it('a click on a segment is on its highlight', () => {
      const e = new MouseEvent('click');
      Object.defineProperty(e, 'target', { value: root.querySelector('mark') });
      expect(highlightIdsAtEvent(root, e)).toEqual(['h1']);
    });

    it('focus goes to the segment itself', () => {
      expect(focusHighlight(root, 'h1')).toBe(true);
      expect(document.activeElement).toBe(root.querySelector('mark'));
    });
  });
});

describe('mergePaints', () => {
  const p = (id: string, start: number): BlockPaint => ({ id, start, end: start + 2, className: id });
  const entity = [[p('e1', 0)], [], [p('e2', 4)]];
  const notes = [[], [], [p('h1', 1)], [p('h2', 0)]];
  it.each([
    ['one layer', [entity], [[p('e1', 0)], [], [p('e2', 4)]]],
    ['two layers, the first layer first in each block', [entity, notes], [[p('e1', 0)], [], [p('e2', 4), p('h1', 1)], [p('h2', 0)]]],
    ['an empty layer', [entity, []], [[p('e1', 0)], [], [p('e2', 4)]]],
    ['no layer', [], []],
  ] as const)('%s', (_name, layers, expected) => {
    expect(mergePaints(...layers)).toEqual(expected);
  });

  it("keeps a block's array when one layer alone paints it, and one shared array for blocks with none", () => {
    const merged = mergePaints(entity, notes);
    expect(merged[0]).toBe(entity[0]);
    expect(merged[3]).toBe(notes[3]);
    expect(merged[1]).toBe(NO_BLOCK_PAINTS);
    expect(merged[2]).not.toBe(entity[2]);
    // Merged again (the page re-rendered): unchanged blocks compare equal without building their signatures.
    const again = mergePaints(entity, notes);
    expect(again.map((b, i) => b === merged[i])).toEqual([true, true, false, true]);
  });
});
