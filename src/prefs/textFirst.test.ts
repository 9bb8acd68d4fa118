// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { paintTextFirst, TEXT_FIRST_ATTRIBUTE } from './textFirst';

function fakeWindow() {
  const frames: FrameRequestCallback[] = [];
  const tasks: (() => void)[] = [];
  const listeners: Record<string, () => void> = {};
  const win = {
    addEventListener: vi.fn((type: string, fn: () => void) => (listeners[type] = fn)),
    requestAnimationFrame: vi.fn((fn: FrameRequestCallback) => frames.push(fn)),
    setTimeout: vi.fn((fn: () => void) => tasks.push(fn)),
  };
  const run = (list: { (): void }[] | FrameRequestCallback[]) => list.splice(0).forEach((fn) => (fn as (t: number) => void)(0));
  return { win: win as unknown as Window, listeners, frame: () => run(frames), task: () => run(tasks) };
}

describe('paintTextFirst', () => {
  it.each([
    ['while the document is still parsing', 'loading', true],
    ['after the document was parsed', 'interactive', false],
  ] as const)('marks <html> %s and unmarks it only after the next frame', (_name, readyState, waitsForParse) => {
    const root = document.createElement('html');
    const links = ['/full.css', '/lazy-chunk.css'].map((href, i) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      if (i === 0) link.setAttribute('disabled', '');
      return root.appendChild(link);
    });
    const w = fakeWindow();
    paintTextFirst(root, { readyState, querySelectorAll: (s: string) => root.querySelectorAll(s) } as unknown as Document, w.win);
    expect(root.hasAttribute(TEXT_FIRST_ATTRIBUTE)).toBe(true);
    if (waitsForParse) {
      w.frame();
      w.task();
      expect(root.hasAttribute(TEXT_FIRST_ATTRIBUTE), 'a frame before the parse ends reveals nothing').toBe(true);
      w.listeners.DOMContentLoaded!();
    }
    w.task();
    expect(root.hasAttribute(TEXT_FIRST_ATTRIBUTE), 'no task before the frame').toBe(true);
    w.frame();
    expect(root.hasAttribute(TEXT_FIRST_ATTRIBUTE), 'not inside the frame itself').toBe(true);
    expect(links[0]!.hasAttribute('disabled'), 'the full stylesheet waits for the frame too').toBe(true);
    w.task();
    expect(root.hasAttribute(TEXT_FIRST_ATTRIBUTE)).toBe(false);
    expect(links.map((l) => l.hasAttribute('disabled'))).toEqual([false, false]);
  });
});
