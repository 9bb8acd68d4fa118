/**
 * The service worker update flow, without React or the virtual module (so it can be unit tested).
 *
 * - A new version's worker waits (registerType 'prompt'); `status` becomes 'waiting' and the notice
 *   offers "Tải lại" / "Để sau". Nothing reloads unless the reader clicks "Tải lại".
 * - "Tải lại" asks the waiting worker to skip waiting; when it takes control the page reloads.
 * - If another tab applied the update, the new worker takes control of this tab too; this tab does
 *   NOT reload (the reader may be typing a note) — `status` becomes 'activated' and the same notice
 *   is shown; its "Tải lại" simply reloads.
 * - Updates are checked every hour, when the tab becomes visible again and when the network returns.
 */

import { failedModuleUrl } from '../../lib/reloadable';

export type UpdateStatus = 'idle' | 'waiting' | 'activated';

export interface UpdateState {
  status: UpdateStatus;
  /** The reader chose "Để sau" for the version currently on offer. */
  dismissed: boolean;
  /** The registration code could not be fetched: this visit does not make the app work offline. */
  registerCodeFailed?: boolean;
}

/** The subset of vite-plugin-pwa's RegisterSWOptions this flow uses. */
export interface RegisterOptions {
  immediate?: boolean;
  onNeedRefresh?: () => void;
  onNeedReload?: () => void;
  onOfflineReady?: () => void;
  onRegisteredSW?: (swScriptUrl: string, registration: ServiceWorkerRegistration | undefined) => void;
  onRegisterError?: (error: unknown) => void;
}

export type RegisterFn = (options: RegisterOptions) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateEnvironment {
  reload: () => void;
  isOnline: () => boolean;
  now: () => number;
  /** Subscribe to "check for updates now" moments (visibility, online); returns an unsubscribe. */
  onWake: (cb: () => void) => () => void;
  /** navigator.serviceWorker controllerchange; returns an unsubscribe. */
  onControllerChange: (cb: () => void) => () => void;
  hasController: () => boolean;
  setInterval: (cb: () => void, ms: number) => unknown;
}

export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** Visibility changes can be frequent; don't ask the server more than once a minute for them. */
export const MIN_WAKE_CHECK_GAP_MS = 60 * 1000;

export interface UpdateController {
  getState(): UpdateState;
  subscribe(listener: () => void): () => void;
  /** The reader clicked "Tải lại". */
  applyUpdate(): Promise<void>;
  /** The reader clicked "Để sau". */
  dismiss(): void;
  /** Ask the server for a newer service worker (no-op offline or while one is installing). */
  checkForUpdate(): Promise<void>;
  /** Remove listeners and timers (tests). */
  dispose(): void;
}

export function createUpdateController(register: RegisterFn, env: UpdateEnvironment): UpdateController {
  let state: UpdateState = { status: 'idle', dismissed: false };
  const listeners = new Set<() => void>();
  let registration: ServiceWorkerRegistration | undefined;
  let reloadRequested = false;
  let reloaded = false;
  let lastCheck = -Infinity;
  const cleanups: (() => void)[] = [];
  // A controller at start means a later controllerchange is an update, not the first install.
  const hadController = env.hasController();

  const set = (next: UpdateState) => {
    if (next.status === state.status && next.dismissed === state.dismissed && next.registerCodeFailed === state.registerCodeFailed) return;
    state = next;
    listeners.forEach((l) => l());
  };

  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    env.reload();
  };

  /** A new worker controls this page: reload only if this reader asked for it. */
  const onNewController = () => {
    if (reloadRequested) reloadOnce();
    else if (state.status !== 'activated') set({ status: 'activated', dismissed: false });
  };

  const updateSW = register({
    immediate: true,
    onNeedRefresh: () => {
      // A newer version than the one dismissed is on offer again.
      set({ status: 'waiting', dismissed: false });
    },
    onNeedReload: onNewController,
    onRegisteredSW: (_url, reg) => {
      registration = reg;
    },
    onRegisterError: (error) => {
      console.warn('[offline] service worker registration failed', error);
      if (failedModuleUrl(error)) set({ ...state, registerCodeFailed: true });
    },
  });

  cleanups.push(
    env.onControllerChange(() => {
      if (hadController || reloadRequested) onNewController();
    }),
  );

  const checkForUpdate = async () => {
    if (!registration || !env.isOnline() || registration.installing) return;
    lastCheck = env.now();
    try {
      await registration.update();
    } catch {
      // Offline, server down, or a broken sw.js on the server: try again at the next check.
    }
  };

  env.setInterval(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
  cleanups.push(
    env.onWake(() => {
      if (env.now() - lastCheck >= MIN_WAKE_CHECK_GAP_MS) void checkForUpdate();
    }),
  );

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async applyUpdate() {
      reloadRequested = true;
      // Already controlled by the new version (another tab applied it), or nothing waiting: just reload.
      if (state.status === 'activated' || (registration && !registration.waiting)) {
        reloadOnce();
        return;
      }
      // Skip waiting; the reload follows when the new worker takes control (onNeedReload).
      await updateSW(true);
      // A page no worker controls gets no controllerchange: reload it now.
      if (!env.hasController()) reloadOnce();
    },
    dismiss() {
      set({ ...state, dismissed: true });
    },
    checkForUpdate,
    dispose() {
      cleanups.forEach((c) => c());
      listeners.clear();
    },
  };
}

/** The real browser around the controller. */
export function browserEnvironment(): UpdateEnvironment {
  return {
    reload: () => window.location.reload(),
    isOnline: () => navigator.onLine,
    now: () => Date.now(),
    onWake(cb) {
      const onVisible = () => {
        if (document.visibilityState === 'visible') cb();
      };
      document.addEventListener('visibilitychange', onVisible);
      window.addEventListener('online', cb);
      return () => {
        document.removeEventListener('visibilitychange', onVisible);
        window.removeEventListener('online', cb);
      };
    },
    onControllerChange(cb) {
      const sw = navigator.serviceWorker;
      sw.addEventListener('controllerchange', cb);
      return () => sw.removeEventListener('controllerchange', cb);
    },
    hasController: () => !!navigator.serviceWorker.controller,
    setInterval: (cb, ms) => window.setInterval(cb, ms),
  };
}
