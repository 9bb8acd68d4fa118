// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPlainText } from '../domain/article/plainText';
import type { Block } from '../domain/article/types';
import { createHighlightPainter, type HighlightLike, type HighlightRegistryLike, type NearWatcher, type PaintSpan } from './highlightPainter';

const blocks: Block[] = [
  { type: 'heading', text: 'Tiêu đề phụ' },
  { type: 'paragraph', text: 'Ông Nguyễn Hồ Hải phát biểu tại hội nghị.' },
  { type: 'paragraph', text: 'Đoạn cuối.' },
];
const plain = toPlainText(blocks);
/** Block 1 split into text nodes by an entity span, as BlockView renders it. */
const HTML = `<div class="article-body">
  <h2 class="block heading" data-block="0">Tiêu đề phụ</h2>
  <p class="block paragraph" data-block="1">Ông <span class="ent">Nguyễn Hồ Hải</span> phát biểu tại hội nghị.</p>
  <p class="block paragraph" data-block="2">Đoạn cuối.</p>
</div>`;

class FakeHighlight implements HighlightLike {
  ranges = new Set<AbstractRange>();
  priority = 0;
  add(r: AbstractRange) {
    this.ranges.add(r);
    return this;
  }
  delete(r: AbstractRange) {
    return this.ranges.delete(r);
  }
}

function fakeRegistry() {
  const map = new Map<string, FakeHighlight>();
  const registry: HighlightRegistryLike = {
    set: (name, h) => map.set(name, h as FakeHighlight),
    delete: (name) => map.delete(name),
    get: (name) => map.get(name),
  };
  const texts = (name: string) => [...(map.get(name)?.ranges ?? [])].map((r) => (r as Range).toString());
  return { map, registry, texts };
}

let body: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<div id="body">${HTML}</div>`;
  body = document.getElementById('body')!;
});
afterEach(() => {
  document.body.innerHTML = '';
});

const at = (block: number, local: number) => plain.blockStarts[block]! + local;
const span = (id: string, block: number, from: number, to: number, styles: string[], toBlock = block): PaintSpan => ({
  id,
  start: at(block, from),
  end: at(toBlock, to),
  styles,
});

describe('createHighlightPainter', () => {
  it('paints ranges over the exact text, across text nodes, without touching the DOM', () => {
    const { registry, texts } = fakeRegistry();
    const before = body.innerHTML;
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight() });
    // "Nguyễn Hồ Hải phát" starts inside the entity span and ends after it.
    painter.paint([span('a', 1, 4, 22, ['yellow']), span('b', 0, 0, 4, ['green', 'note'])]);
    expect(texts('hl-yellow')).toEqual(['Nguyễn Hồ Hải phát']);
    expect(texts('hl-green')).toEqual(['Tiêu']);
    expect(texts('hl-note')).toEqual(['Tiêu']);
    expect(painter.size).toBe(2);
    expect(body.innerHTML).toBe(before);
  });

  it('cuts a span across blocks into one range per block, never over the separator', () => {
    const { registry, texts } = fakeRegistry();
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight() });
    painter.paint([span('x', 1, blocks[1]!.text.indexOf('hội'), 4, ['blue'], 2)]);
    expect(texts('hl-blue')).toEqual(['hội nghị.', 'Đoạn']);
    expect(painter.ranges('x')).toHaveLength(2);
  });

  it('repaints only what changed: same spans keep their ranges, a new colour moves, a gone span leaves', () => {
    const { registry, texts, map } = fakeRegistry();
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight() });
    const a = span('a', 1, 0, 3, ['yellow']);
    const b = span('b', 2, 0, 4, ['yellow']);
    painter.paint([a, b]);
    const kept = painter.ranges('a')[0];
    painter.paint([a, { ...b, styles: ['pink'] }]);
    expect(painter.ranges('a')[0]).toBe(kept);
    expect(texts('hl-yellow')).toEqual(['Ông']);
    expect(texts('hl-pink')).toEqual(['Đoạn']);
    painter.paint([a]);
    expect(texts('hl-pink')).toEqual([]);
    expect(painter.ranges('b')).toEqual([]);
    painter.dispose();
    expect(map.size).toBe(0);
  });

  it('re-creates the ranges of a block whose text nodes were replaced (an entity layer re-rendered)', async () => {
    const { registry, texts } = fakeRegistry();
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight() });
    painter.paint([span('a', 1, 4, 17, ['yellow']), span('b', 2, 0, 4, ['green'])]);
    const untouched = painter.ranges('b')[0];
    body.querySelector('[data-block="1"]')!.innerHTML = 'Ông Nguyễn <mark>Hồ</mark> Hải phát biểu tại hội nghị.';
    await new Promise((r) => setTimeout(r, 0));
    expect(texts('hl-yellow')).toEqual(['Nguyễn Hồ Hải']);
    expect(painter.ranges('b')[0]).toBe(untouched);
  });

  it('gives each style its priority and marks every paint with the number of spans', () => {
    const { registry, map } = fakeRegistry();
    const marks: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => marks.push((e as PerformanceMark).detail.count)));
    obs.observe({ type: 'mark' });
    const painter = createHighlightPainter(body, plain, {
      prefix: 'hl',
      registry,
      createHighlight: () => new FakeHighlight(),
      priority: (s) => (s === 'flash' ? 5 : 1),
      mark: 'test:painted',
    });
    painter.paint([span('a', 1, 0, 3, ['yellow', 'flash'])]);
    expect(map.get('hl-yellow')!.priority).toBe(1);
    expect(map.get('hl-flash')!.priority).toBe(5);
    expect(performance.getEntriesByName('test:painted').map((e) => (e as PerformanceMark).detail.count)).toEqual([1]);
    obs.disconnect();
  });

  it('hit-tests through highlightsFromPoint, mapping ranges back to span ids', () => {
    const { registry, map } = fakeRegistry();
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight() });
    painter.paint([span('a', 1, 0, 3, ['yellow']), span('b', 2, 0, 4, ['green'])]);
    registry.highlightsFromPoint = () => [{ highlight: map.get('hl-green'), ranges: [...map.get('hl-green')!.ranges] }];
    expect(painter.idsAt(1, 1)).toEqual(['b']);
  });
});

/** A watcher the test moves by hand: `near` are the blocks near the viewport. */
function fakeWatcher(initial: number[]) {
  let report: ((block: number, near: boolean) => void) | null = null;
  let watched: readonly (Element | undefined)[] = [];
  let disconnects = 0;
  const watcher: NearWatcher = {
    watch(blocks, onChange) {
      watched = blocks;
      report = onChange;
      return initial;
    },
    disconnect() {
      disconnects++;
      report = null;
    },
  };
  return {
    watcher,
    move: (block: number, near: boolean) => report?.(block, near),
    watched: () => watched,
    disconnects: () => disconnects,
  };
}

describe('createHighlightPainter with a near watcher (only blocks near the viewport registered)', () => {
  const all = () => [span('h', 0, 0, 4, ['green']), span('a', 1, 4, 17, ['yellow']), span('x', 1, 0, 4, ['blue'], 2), span('b', 2, 0, 4, ['pink'])];

  it.each([
    { near: [0], yellow: [], blue: [], pink: [], green: ['Tiêu'], registered: 1 },
    { near: [1], yellow: ['Nguyễn Hồ Hải'], blue: ['Ông Nguyễn Hồ Hải phát biểu tại hội nghị.'], pink: [], green: [], registered: 2 },
    { near: [2], yellow: [], blue: ['Đoạn'], pink: ['Đoạn'], green: [], registered: 2 },
    { near: [0, 1, 2], yellow: ['Nguyễn Hồ Hải'], blue: ['Ông Nguyễn Hồ Hải phát biểu tại hội nghị.', 'Đoạn'], pink: ['Đoạn'], green: ['Tiêu'], registered: 5 },
  ])('near $near: registers only those blocks\' parts, holds every span', ({ near, yellow, blue, pink, green, registered }) => {
    const { registry, texts } = fakeRegistry();
    const w = fakeWatcher(near);
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight(), near: w.watcher });
    painter.paint(all());
    expect(texts('hl-yellow')).toEqual(yellow);
    expect(texts('hl-blue')).toEqual(blue);
    expect(texts('hl-pink')).toEqual(pink);
    expect(texts('hl-green')).toEqual(green);
    expect(painter.registered).toBe(registered);
    // Every span is held, and its ranges can be asked for wherever it is (to scroll to it).
    expect(painter.size).toBe(4);
    expect(painter.spans().map((s) => s.id)).toEqual(['h', 'a', 'x', 'b']);
    expect(painter.ranges('x').map((r) => r.toString())).toEqual(['Ông Nguyễn Hồ Hải phát biểu tại hội nghị.', 'Đoạn']);
  });

  it('registers a block\'s parts as it comes near and drops them as it goes, with edits in between', () => {
    const { registry, texts } = fakeRegistry();
    const w = fakeWatcher([0]);
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight(), near: w.watcher });
    painter.paint(all());
    w.move(2, true);
    expect(texts('hl-pink')).toEqual(['Đoạn']);
    expect(texts('hl-blue')).toEqual(['Đoạn']);
    // A colour change while the block is away is registered in the new colour when it comes back.
    w.move(2, false);
    expect(texts('hl-pink')).toEqual([]);
    painter.paint(all().map((s) => (s.id === 'b' ? { ...s, styles: ['purple'] } : s)));
    expect(texts('hl-purple')).toEqual([]);
    w.move(2, true);
    expect(texts('hl-purple')).toEqual(['Đoạn']);
    expect(texts('hl-pink')).toEqual([]);
    // Reported twice, registered once.
    w.move(2, true);
    expect(texts('hl-purple')).toEqual(['Đoạn']);
    expect(painter.registered).toBe(3);
    // Leaving removes what was registered, whatever happened meanwhile.
    w.move(0, false);
    w.move(2, false);
    expect(painter.registered).toBe(0);
    expect(texts('hl-green')).toEqual([]);
  });

  it('asks the watcher only once there is something to paint, and stops it on dispose', () => {
    const { registry, map } = fakeRegistry();
    const w = fakeWatcher([1]);
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight(), near: w.watcher });
    painter.paint([]);
    expect(w.watched()).toHaveLength(0);
    painter.paint(all());
    expect(w.watched().map((el) => el?.getAttribute('data-block'))).toEqual(['0', '1', '2']);
    painter.dispose();
    expect(w.disconnects()).toBeGreaterThan(0);
    expect(map.size).toBe(0);
  });

  it('re-creates only the near parts of a re-rendered block', async () => {
    const { registry, texts } = fakeRegistry();
    const w = fakeWatcher([1]);
    const painter = createHighlightPainter(body, plain, { prefix: 'hl', registry, createHighlight: () => new FakeHighlight(), near: w.watcher });
    painter.paint(all());
    body.querySelector('[data-block="1"]')!.innerHTML = 'Ông Nguyễn <mark>Hồ</mark> Hải phát biểu tại hội nghị.';
    await new Promise((r) => setTimeout(r, 0));
    expect(texts('hl-yellow')).toEqual(['Nguyễn Hồ Hải']);
    expect(texts('hl-pink')).toEqual([]);
    expect(painter.registered).toBe(2);
  });
});
