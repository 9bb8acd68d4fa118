// Public surface of the offline feature: update notice, offline indicator, storage status.
// The service worker is registered from the browser entry with `registerServiceWorker` from
// './register' (not re-exported here: it needs a build-time virtual module).
export { OfflineIndicator } from './OfflineIndicator';
export { UpdateNotice } from './UpdateNotice';
export { StorageStatus } from './LazyStorageStatus';
export { useOnline } from './onlineStatus';
