// Public surface of the offline feature: service worker registration and update notice, offline
// indicator, storage status.
export { OfflineIndicator } from './OfflineIndicator';
export { UpdateNotice } from './UpdateNotice';
export { StorageStatus } from './LazyStorageStatus';
export { registerServiceWorker } from './registerServiceWorker';
export { useOnline } from './onlineStatus';
export { formatBytes } from './formatBytes';
