/**
 * Cross-tab change notifications over BroadcastChannel('margin').
 *
 * BroadcastChannel never delivers a message to the object that posted it, so a single channel
 * object per tab is used both to announce and to listen: listeners hear other tabs only.
 * Where BroadcastChannel is missing everything is a silent no-op.
 */

export type ChangeKind = 'put' | 'delete' | 'import';

export interface AnnotationChange {
  /** The article whose notes changed; null = possibly every article (clearAll, bulk import). */
  articleId: string | null;
  /** Annotation ids written or deleted (may be empty for 'import' / clear). */
  ids: string[];
  kind: ChangeKind;
}

export const CHANNEL_NAME = 'margin';
const MESSAGE_TYPE = 'margin/annotations-changed';

interface Envelope {
  type: typeof MESSAGE_TYPE;
  change: AnnotationChange;
}

function isChange(x: unknown): x is AnnotationChange {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    (c.articleId === null || typeof c.articleId === 'string') &&
    Array.isArray(c.ids) &&
    c.ids.every((id) => typeof id === 'string') &&
    (c.kind === 'put' || c.kind === 'delete' || c.kind === 'import')
  );
}

export interface ChangeChannel {
  announceChange(change: AnnotationChange): void;
  /** Subscribe to other tabs' changes; returns the unsubscribe function. */
  onRemoteChange(cb: (change: AnnotationChange) => void): () => void;
  close(): void;
}

/** A channel of its own (tests, or a second independent endpoint). Most code uses the module-level functions. */
export function createChangeChannel(name: string = CHANNEL_NAME): ChangeChannel {
  const listeners = new Set<(change: AnnotationChange) => void>();
  let channel: BroadcastChannel | null | undefined;
  let closed = false;

  const get = (): BroadcastChannel | null => {
    if (channel !== undefined) return channel;
    if (closed || typeof BroadcastChannel === 'undefined') return null;
    try {
      channel = new BroadcastChannel(name);
    } catch {
      channel = null;
      return null;
    }
    channel.onmessage = (ev: MessageEvent<unknown>) => {
      const data = ev.data as Partial<Envelope> | null;
      if (!data || data.type !== MESSAGE_TYPE || !isChange(data.change)) return;
      const change = data.change;
      for (const cb of [...listeners]) {
        try {
          cb(change);
        } catch (e) {
          // One bad listener must not starve the others.
          console.error('[storage/channel] listener failed', e);
        }
      }
    };
    return channel;
  };

  return {
    announceChange(change) {
      const ch = get();
      if (!ch) return;
      const msg: Envelope = {
        type: MESSAGE_TYPE,
        change: { articleId: change.articleId, ids: [...change.ids], kind: change.kind },
      };
      try {
        ch.postMessage(msg);
      } catch {
        // Closed channel or uncloneable payload: notifications are best effort.
      }
    },
    onRemoteChange(cb) {
      listeners.add(cb);
      get();
      return () => {
        listeners.delete(cb);
      };
    },
    close() {
      closed = true;
      listeners.clear();
      channel?.close();
      channel = null;
    },
  };
}

let defaultChannel: ChangeChannel | undefined;
function shared(): ChangeChannel {
  defaultChannel ??= createChangeChannel();
  return defaultChannel;
}

/** Tell other tabs that notes changed. Call after the write has resolved. */
export function announceChange(change: AnnotationChange): void {
  shared().announceChange(change);
}

/** Listen to notes changed by other tabs. Returns an unsubscribe function. */
export function onRemoteChange(cb: (change: AnnotationChange) => void): () => void {
  return shared().onRemoteChange(cb);
}
