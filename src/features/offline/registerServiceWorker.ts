import { browserEnvironment, createUpdateController, type RegisterFn, type UpdateController } from './swUpdate';

let controller: UpdateController | null = null;

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

/** Call once in the browser entry (main.tsx). Does nothing where service workers don't exist. */
export function registerServiceWorker(): void {
  if (controller || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  controller = createUpdateController(lazyRegister, browserEnvironment());
}

export function updateController(): UpdateController | null {
  return controller;
}
