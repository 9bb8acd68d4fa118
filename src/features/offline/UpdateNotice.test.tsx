// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateController, UpdateState } from './swUpdate';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let state: UpdateState = { status: 'idle', dismissed: false };
const listeners = new Set<() => void>();
const fake = {
  getState: () => state,
  subscribe: (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  applyUpdate: vi.fn(async () => {}),
  dismiss: vi.fn(() => setState({ ...state, dismissed: true })),
  checkForUpdate: vi.fn(async () => {}),
  dispose: () => {},
} satisfies UpdateController;
function setState(next: UpdateState) {
  state = next;
  listeners.forEach((l) => l());
}

vi.mock('./updateStore', () => ({ updateController: () => fake }));
const { UpdateNotice } = await import('./UpdateNotice');

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  state = { status: 'idle', dismissed: false };
  fake.applyUpdate.mockClear();
  fake.dismiss.mockClear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('UpdateNotice', () => {
  it('renders nothing but its status region while there is no new version', () => {
    act(() => root.render(<UpdateNotice />));
    expect(host.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('offers "Tải lại" and "Để sau" for a waiting version, without taking focus', () => {
    act(() => root.render(<UpdateNotice />));
    act(() => setState({ status: 'waiting', dismissed: false }));
    const group = host.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).toBe('update-notice-title');
    expect(host.querySelector('#update-notice-title')!.textContent).toBe('Đã có phiên bản mới');
    expect(group.contains(document.activeElement)).toBe(false);
    act(() => button('Tải lại').click());
    expect(fake.applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('also shows when the new version was activated from another tab', () => {
    act(() => root.render(<UpdateNotice />));
    act(() => setState({ status: 'activated', dismissed: false }));
    expect(host.textContent).toContain('Đã có phiên bản mới');
  });

  it('"Để sau" dismisses it', () => {
    act(() => root.render(<UpdateNotice />));
    act(() => setState({ status: 'waiting', dismissed: false }));
    act(() => button('Để sau').click());
    expect(fake.dismiss).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="group"]')).toBeNull();
    expect(fake.applyUpdate).not.toHaveBeenCalled();
  });

  it('Escape dismisses it', () => {
    act(() => root.render(<UpdateNotice />));
    act(() => setState({ status: 'waiting', dismissed: false }));
    act(() => {
      button('Tải lại').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(fake.dismiss).toHaveBeenCalledTimes(1);
    expect(fake.applyUpdate).not.toHaveBeenCalled();
  });
});
