// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfflineIndicator } from './OfflineIndicator';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let online = true;
let root: Root;
let host: HTMLElement;

function setOnline(value: boolean) {
  online = value;
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

beforeEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  online = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('OfflineIndicator', () => {
  it('keeps an empty status region while online', () => {
    act(() => root.render(<OfflineIndicator />));
    const status = host.querySelector('[role="status"]');
    expect(status).not.toBeNull();
    expect(status!.textContent).toBe('');
  });

  it('shows "Ngoại tuyến" while offline and hides it when the network returns', () => {
    act(() => root.render(<OfflineIndicator />));
    act(() => setOnline(false));
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Ngoại tuyến');
    act(() => setOnline(true));
    expect(host.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('starts offline when the page loads offline', () => {
    online = false;
    act(() => root.render(<OfflineIndicator />));
    expect(host.textContent).toBe('Ngoại tuyến');
  });
});
