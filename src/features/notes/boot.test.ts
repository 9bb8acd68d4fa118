// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.doUnmock('./earlyStart');
  vi.doUnmock('./AllNotesView');
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("the boot script's start of /notes", () => {
  it('lets the application wait for the page at most NOTES_WAIT_MS: code that never comes does not hold it', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => {});
    vi.doMock('./earlyStart', () => never);
    vi.doMock('./AllNotesView', () => never);
    vi.stubGlobal('fetch', () => never);
    const { startNotesPageBoot, NOTES_WAIT_MS } = await import('./boot');
    let done = false;
    void startNotesPageBoot()
      .ready()
      .then(() => (done = true));
    await vi.advanceTimersByTimeAsync(NOTES_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('is ready as soon as the page\'s code has run and its first read is done, and hands the index request over', async () => {
    const started: unknown[] = [];
    vi.doMock('./earlyStart', () => ({
      loadNotesView: () => Promise.resolve(() => null),
      startNotesPageEarly: (json: Promise<unknown>) => (started.push(json), { overview: Promise.resolve({ summaries: [], annotations: [], unreadable: [] }) }),
    }));
    vi.doMock('./AllNotesView', () => ({ default: () => null }));
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ articles: [] }), { headers: { 'content-type': 'application/json' } })));
    const { startNotesPageBoot } = await import('./boot');
    vi.useFakeTimers(); // no timer runs: only the reads can make it ready
    await expect(startNotesPageBoot().ready()).resolves.toBeUndefined();
    expect(started).toHaveLength(1);
  });
});
