// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, CHANNEL_NAME, createChangeChannel, onRemoteChange, type AnnotationChange } from './channel';

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cross-tab channel', () => {
  it('delivers announcements to another channel, not back to the sender', async () => {
    const tabA = createChangeChannel('margin-test-1');
    const tabB = createChangeChannel('margin-test-1');
    const gotA: AnnotationChange[] = [];
    const gotB: AnnotationChange[] = [];
    tabA.onRemoteChange((c) => gotA.push(c));
    const unsubscribe = tabB.onRemoteChange((c) => gotB.push(c));

    tabA.announceChange({ articleId: 'art-1', ids: ['n1', 'n2'], kind: 'put' });
    tabA.announceChange({ articleId: null, ids: [], kind: 'import' });
    await tick();
    expect(gotB).toEqual([
      { articleId: 'art-1', ids: ['n1', 'n2'], kind: 'put' },
      { articleId: null, ids: [], kind: 'import' },
    ]);
    expect(gotA).toEqual([]);

    tabB.announceChange({ articleId: 'art-2', ids: ['x'], kind: 'delete' });
    await tick();
    expect(gotA).toEqual([{ articleId: 'art-2', ids: ['x'], kind: 'delete' }]);

    unsubscribe();
    tabA.announceChange({ articleId: 'art-1', ids: ['n3'], kind: 'put' });
    await tick();
    expect(gotB).toHaveLength(2);
    tabA.close();
    tabB.close();
  });

  it('ignores foreign or malformed messages on the same channel name', async () => {
    const tab = createChangeChannel('margin-test-2');
    const got: AnnotationChange[] = [];
    tab.onRemoteChange((c) => got.push(c));
    const raw = new BroadcastChannel('margin-test-2');
    raw.postMessage('hello');
    raw.postMessage({ type: 'margin/annotations-changed', change: { articleId: 1, ids: [], kind: 'put' } });
    raw.postMessage({ type: 'something-else', change: { articleId: 'a', ids: [], kind: 'put' } });
    raw.postMessage({ type: 'margin/annotations-changed', change: { articleId: 'a', ids: ['1'], kind: 'put' } });
    await tick();
    expect(got).toEqual([{ articleId: 'a', ids: ['1'], kind: 'put' }]);
    raw.close();
    tab.close();
  });

  it('the module-level functions use BroadcastChannel("margin")', async () => {
    const other = createChangeChannel(CHANNEL_NAME);
    const got: AnnotationChange[] = [];
    other.onRemoteChange((c) => got.push(c));
    const fromOther: AnnotationChange[] = [];
    const off = onRemoteChange((c) => fromOther.push(c));
    announceChange({ articleId: 'a', ids: ['1'], kind: 'put' });
    other.announceChange({ articleId: 'b', ids: ['2'], kind: 'delete' });
    await tick();
    expect(got).toEqual([{ articleId: 'a', ids: ['1'], kind: 'put' }]);
    expect(fromOther).toEqual([{ articleId: 'b', ids: ['2'], kind: 'delete' }]);
    off();
    other.close();
  });

  it('is a silent no-op where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const ch = createChangeChannel('margin-test-3');
    const off = ch.onRemoteChange(() => {});
    expect(() => ch.announceChange({ articleId: 'a', ids: [], kind: 'put' })).not.toThrow();
    off();
    ch.close();
  });
});
