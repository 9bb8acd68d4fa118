/**
 * Service worker registration, for the browser entry (main.tsx) only: it imports vite-plugin-pwa's
 * build-time virtual module, which exists neither in unit tests nor in the server (prerender) bundle,
 * so it is deliberately not re-exported from the feature's index.
 */
import { browserEnvironment, createUpdateController, type RegisterFn } from './swUpdate';
import { setUpdateController, updateController } from './updateStore';

/** virtual:pwa-register is loaded on demand, so the first paint never waits for workbox-window. */
const lazyRegister: RegisterFn = (options) => {
  const ready = import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW(options))
    .catch((error: unknown) => {
      options.onRegisterError?.(error);
      return async () => {};
    });
  return async (reloadPage) => (await ready)(reloadPage);
};

/** Call once, in the browser. Does nothing where service workers don't exist. */
export function registerServiceWorker(): void {
  if (updateController() || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  setUpdateController(createUpdateController(lazyRegister, browserEnvironment()));
}
