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
