import { describe, expect, it, vi } from 'vitest';
import {
  createUpdateController,
  MIN_WAKE_CHECK_GAP_MS,
  UPDATE_CHECK_INTERVAL_MS,
  type RegisterOptions,
  type UpdateEnvironment,
} from './swUpdate';

function setup(options: { controlled?: boolean; online?: boolean } = {}) {
  let registerOptions: RegisterOptions = {};
  const updateSW = vi.fn(async (_reload?: boolean) => {});
  let now = 1_000_000;
  let wake: (() => void) | undefined;
  let controllerChange: (() => void) | undefined;
  let tick: (() => void) | undefined;
  let tickMs = 0;
  const env: UpdateEnvironment = {
    reload: vi.fn(),
    isOnline: () => options.online ?? true,
    now: () => now,
    onWake: (cb) => {
      wake = cb;
      return () => (wake = undefined);
    },
    onControllerChange: (cb) => {
      controllerChange = cb;
      return () => (controllerChange = undefined);
    },
    hasController: () => options.controlled ?? true,
    setInterval: (cb, ms) => {
      tick = cb;
      tickMs = ms;
      return 1;
    },
  };
  const controller = createUpdateController((opts) => {
    registerOptions = opts;
    return updateSW;
  }, env);
  const registration = {
    waiting: null as object | null,
    installing: null as object | null,
    update: vi.fn(async () => undefined),
  };
  const registered = () => registerOptions.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration);
  return {
    controller,
    env,
    updateSW,
    registration,
    registered,
    opts: () => registerOptions,
    advance: (ms: number) => (now += ms),
    wake: () => wake?.(),
    controllerChange: () => controllerChange?.(),
    tick: () => tick?.(),
    tickMs: () => tickMs,
  };
}

describe('service worker update controller', () => {
  it('registers in prompt mode and starts idle', () => {
    const t = setup();
    expect(t.opts().immediate).toBe(true);
    expect(t.controller.getState()).toEqual({ status: 'idle', dismissed: false });
  });

  it('offers a waiting version and reloads only after the reader asks', async () => {
    const t = setup();
    t.registered();
    const listener = vi.fn();
    t.controller.subscribe(listener);
    t.registration.waiting = {};
    t.opts().onNeedRefresh?.();
    expect(t.controller.getState().status).toBe('waiting');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(t.env.reload).not.toHaveBeenCalled();

    await t.controller.applyUpdate();
    expect(t.updateSW).toHaveBeenCalledTimes(1);
    expect(t.env.reload).not.toHaveBeenCalled(); // not before the new worker controls the page
    t.opts().onNeedReload?.();
    t.controllerChange();
    expect(t.env.reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads when another tab activated the new version', () => {
    const t = setup();
    t.registered();
    t.opts().onNeedRefresh?.();
    t.opts().onNeedReload?.();
    t.controllerChange();
    expect(t.env.reload).not.toHaveBeenCalled();
    expect(t.controller.getState()).toEqual({ status: 'activated', dismissed: false });
  });

  it('shows the notice when a new worker takes control even without a prompt first', () => {
    const t = setup({ controlled: true });
    t.controllerChange();
    expect(t.controller.getState().status).toBe('activated');
    expect(t.env.reload).not.toHaveBeenCalled();
  });

  it('ignores the first worker taking control of an uncontrolled page', () => {
    const t = setup({ controlled: false });
    t.controllerChange();
    expect(t.controller.getState().status).toBe('idle');
  });

  it('reloads directly when the new version is already active', async () => {
    const t = setup();
    t.registered();
    t.controllerChange();
    await t.controller.applyUpdate();
    expect(t.updateSW).not.toHaveBeenCalled();
    expect(t.env.reload).toHaveBeenCalledTimes(1);
  });

  it('"Để sau" hides the notice until a newer version arrives', () => {
    const t = setup();
    t.opts().onNeedRefresh?.();
    t.controller.dismiss();
    expect(t.controller.getState()).toEqual({ status: 'waiting', dismissed: true });
    t.opts().onNeedRefresh?.();
    expect(t.controller.getState()).toEqual({ status: 'waiting', dismissed: false });
  });

  it('checks for updates every hour and on wake, at most once a minute, never offline', async () => {
    const t = setup();
    expect(t.tickMs()).toBe(UPDATE_CHECK_INTERVAL_MS);
    t.tick();
    expect(t.registration.update).not.toHaveBeenCalled(); // not registered yet
    t.registered();
    t.tick();
    expect(t.registration.update).toHaveBeenCalledTimes(1);
    t.wake();
    expect(t.registration.update).toHaveBeenCalledTimes(1);
    t.advance(MIN_WAKE_CHECK_GAP_MS);
    t.wake();
    expect(t.registration.update).toHaveBeenCalledTimes(2);
    t.registration.installing = {};
    t.tick();
    expect(t.registration.update).toHaveBeenCalledTimes(2);

    const offline = setup({ online: false });
    offline.registered();
    offline.tick();
    offline.wake();
    expect(offline.registration.update).not.toHaveBeenCalled();
  });

  it('survives a failing update check', async () => {
    const t = setup();
    t.registered();
    t.registration.update.mockRejectedValueOnce(new Error('offline'));
    await expect(t.controller.checkForUpdate()).resolves.toBeUndefined();
  });
});

describe('an uncontrolled page', () => {
  it('reloads itself after asking the waiting worker to take over', async () => {
    const t = setup({ controlled: false });
    t.registered();
    t.registration.waiting = {};
    t.opts().onNeedRefresh?.();
    await t.controller.applyUpdate();
    expect(t.updateSW).toHaveBeenCalledTimes(1);
    expect(t.env.reload).toHaveBeenCalledTimes(1);
  });
});
