// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOT_FAILURE_ID, showBootFailure } from './bootFailure';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'vi';
});

describe('showBootFailure', () => {
  it.each([
    ['vi', true, 'Không tải được phần tương tác của trang', 'Thử lại'],
    ['vi', false, 'gặp lỗi khi khởi động', 'Tải lại trang'],
    ['en', true, 'could not be loaded', 'Try again'],
    ['en', false, 'failed to start', 'Reload the page'],
  ])('lang %s, network %s: says "%s", offers "%s"', (lang, network, message, action) => {
    document.documentElement.lang = lang;
    const box = showBootFailure(network, () => undefined);
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain(message);
    expect(box.querySelector('button')!.textContent).toBe(action);
  });

  it('is shown once however often it fails, outside the root, and "Thử lại" removes it and tries again', () => {
    document.body.innerHTML = '<div id="root"><p>bài</p></div>';
    const retry = vi.fn();
    showBootFailure(true, retry);
    const box = showBootFailure(true, retry);
    expect(document.querySelectorAll(`#${BOOT_FAILURE_ID}`)).toHaveLength(1);
    expect(document.getElementById('root')!.innerHTML).toBe('<p>bài</p>');
    box.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(document.getElementById(BOOT_FAILURE_ID)).toBeNull();
  });
});
