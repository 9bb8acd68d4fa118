import { useSyncExternalStore } from 'react';
import { updateController } from './updateStore';
import type { UpdateState } from './swUpdate';

const IDLE: UpdateState = { status: 'idle', dismissed: false };
const noSubscribe = () => () => {};
const idle = () => IDLE;

export interface ServiceWorkerUpdate {
  /** A new version is waiting (or already took control from another tab) and the reader hasn't said "later". */
  visible: boolean;
  apply: () => void;
  dismiss: () => void;
  /** The service worker's code could not be fetched: offline reading is not set up on this visit. */
  offlineUnavailable: boolean;
}

export function useServiceWorkerUpdate(): ServiceWorkerUpdate {
  const controller = updateController();
  const state = useSyncExternalStore(
    controller ? controller.subscribe : noSubscribe,
    controller ? controller.getState : idle,
    idle,
  );
  return {
    visible: state.status !== 'idle' && !state.dismissed,
    apply: () => void controller?.applyUpdate(),
    dismiss: () => controller?.dismiss(),
    offlineUnavailable: state.registerCodeFailed === true,
  };
}
