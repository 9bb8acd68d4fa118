import { describe, expect, it, vi } from 'vitest';
import { createPersistenceStore, type PersistenceApi } from './persistence';

function fakeApi(initially: boolean, answer: 'granted' | 'denied' | 'unsupported' = 'granted') {
  let persisted = initially;
  const api = {
    persisted: vi.fn(async () => persisted),
    request: vi.fn(async () => {
      if (answer === 'granted') persisted = true;
      return answer;
    }),
  } satisfies PersistenceApi;
  return api;
}

describe('persistence store', () => {
  it('does not ask while there are no notes', async () => {
    const api = fakeApi(false);
    const store = createPersistenceStore(api);
    expect(await store.askIfWorthIt(0)).toBe('best-effort');
    expect(api.request).not.toHaveBeenCalled();
  });

  it('asks once the first note exists, and only once per session', async () => {
    const api = fakeApi(false, 'denied');
    const store = createPersistenceStore(api);
    expect(await store.askIfWorthIt(1)).toBe('best-effort');
    expect(await store.askIfWorthIt(2)).toBe('best-effort');
    expect(api.request).toHaveBeenCalledTimes(1);
  });

  it('does not ask when storage is already persistent', async () => {
    const api = fakeApi(true);
    const store = createPersistenceStore(api);
    expect(await store.askIfWorthIt(3)).toBe('persistent');
    expect(api.request).not.toHaveBeenCalled();
  });

  it('records a grant and tells subscribers', async () => {
    const api = fakeApi(false, 'granted');
    const store = createPersistenceStore(api);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(await store.askIfWorthIt(1)).toBe('persistent');
    expect(store.getState()).toBe('persistent');
    expect(listener).toHaveBeenCalled();
  });

  it('lets the reader ask again after a refusal', async () => {
    const api = fakeApi(false, 'denied');
    const store = createPersistenceStore(api);
    await store.askIfWorthIt(1);
    await store.ask();
    expect(api.request).toHaveBeenCalledTimes(2);
  });

  it('is unsupported without the Storage API', async () => {
    const store = createPersistenceStore(null);
    expect(store.getState()).toBe('unsupported');
    expect(await store.askIfWorthIt(5)).toBe('unsupported');
  });
});
