import { notifyManager, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../storage/errors';
import { createQueryClient } from './queryClient';

describe('query retries', () => {
  it('a storage error is reported at once, not after retries', async () => {
    const qc = createQueryClient();
    let calls = 0;
    const t0 = Date.now();
    await expect(
      qc.fetchQuery({
        queryKey: ['storage-down'],
        queryFn: () => {
          calls++;
          return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available'));
        },
      }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(calls).toBe(1);
    expect(Date.now() - t0).toBeLessThan(500);
  });

  it('other errors are still retried', () => {
    const retry = createQueryClient().getDefaultOptions().queries!.retry as (n: number, e: Error) => boolean;
    expect(retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retry(0, new StorageError('quota', 'full'))).toBe(false);
  });
});

describe('notifications', () => {
  it('reach subscribers before the next task: no frame runs between new data and its render', async () => {
    const qc = createQueryClient();
    const observer = new QueryObserver(qc, { queryKey: ['notes', 'a'], queryFn: () => 'stored', enabled: false });
    const seen: string[] = [];
    // As useQuery subscribes: through notifyManager.batchCalls, which runs on the manager's scheduler.
    const unsubscribe = observer.subscribe(notifyManager.batchCalls((r) => void (r.data !== undefined && seen.push(String(r.data)))));
    let nextTask = false;
    const task = new Promise<void>((resolve) =>
      setTimeout(() => {
        nextTask = true;
        resolve();
      }, 0),
    );
    qc.setQueryData(['notes', 'a'], 'read');
    await Promise.resolve();
    await Promise.resolve();
    expect(nextTask).toBe(false);
    expect(seen).toEqual(['read']);
    await task;
    unsubscribe();
  });
});
