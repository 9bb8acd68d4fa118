// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deletePreference, getPreference, setPreference } from './prefs';
import { StorageError } from './errors';
import { freshStore } from './testFixtures';

describe('preferences', () => {
  it('round-trips values with a fallback', async () => {
    expect(await getPreference('fontSize', 18)).toBe(18);
    await setPreference('fontSize', 20);
    expect(await getPreference('fontSize', 18)).toBe(20);
    await deletePreference('fontSize');
    expect(await getPreference('fontSize', 18)).toBe(18);
  });

  it('maps quota errors', async () => {
    const { store } = freshStore();
    await setPreference('x', 1, store);
    const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    await expect(setPreference('x', 2, quota)).rejects.toSatisfy((e) => e instanceof StorageError && e.kind === 'quota');
  });
});
