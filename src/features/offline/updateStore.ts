import type { UpdateController } from './swUpdate';

/** The page's service worker update controller, set by register.ts in the browser entry only. */
let controller: UpdateController | null = null;

export function setUpdateController(next: UpdateController): void {
  controller = next;
}

export function updateController(): UpdateController | null {
  return controller;
}
