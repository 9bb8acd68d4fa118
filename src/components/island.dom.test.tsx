// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../stores/store';
import { Island, lazyIsland } from './island';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

function Article() {
  return <p id="text">Nội dung bài viết</p>;
}

describe('Island', () => {
  it('shows a message beside the page when its chunk fails, and "Thử lại" loads it anew', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module: http://x.test/assets/Notes.js');
      return { default: ({ n }: { n: number }) => <p id="notes">{n} ghi chú</p> };
    });
    const Notes = lazyIsland(load);
    act(() =>
      root.render(
        <>
          <Article />
          <Island what="notesList" onRetry={Notes.retry}>
            <Notes n={3} />
          </Island>
        </>,
      ),
    );
    await settle();
    expect(host.querySelector('#text')?.textContent).toBe('Nội dung bài viết');
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Không tải được danh sách ghi chú');

    online = true;
    await act(async () => alert!.querySelector('button')!.click());
    await settle();
    expect(host.querySelector('#notes')?.textContent).toBe('3 ghi chú');
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.querySelector('#text')).not.toBeNull();
    // React.lazy alone would have kept the first rejection: the retry called the loader again.
    expect(load.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a render error inside the island', async () => {
    const Broken = (): never => {
      throw new Error('hỏng');
    };
    act(() =>
      root.render(
        <>
          <Article />
          <Island what="entityCard" variant="toast">
            <Broken />
          </Island>
        </>,
      ),
    );
    await settle();
    expect(host.querySelector('#text')).not.toBeNull();
    expect(host.querySelector('.island-error-toast')?.textContent).toContain('Không hiển thị được thẻ thông tin');
  });

  it('speaks the reader’s language', async () => {
    const Notes = lazyIsland(async (): Promise<{ default: () => null }> => {
      throw new TypeError('Failed to fetch dynamically imported module: http://x.test/assets/Notes.js');
    });
    useAppStore.setState({ lang: 'en' });
    try {
      act(() =>
        root.render(
          <Island what="notesList">
            <Notes />
          </Island>,
        ),
      );
      await settle();
      const alert = host.querySelector('[role="alert"]');
      expect(alert?.querySelector('p')?.textContent).toBe('Could not load the notes list. Check your connection and try again.');
      expect(alert?.querySelector('button')?.textContent).toBe('Try again');
    } finally {
      useAppStore.setState({ lang: 'vi' });
    }
  });
});
