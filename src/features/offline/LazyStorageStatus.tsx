import { Island, lazyIsland } from '../../components/island';

const StorageStatusImpl = lazyIsland(() => import('./StorageStatus'));

/** "Lưu trữ" (notes' size on this device, persistent or not); its code loads after the first paint. */
export function StorageStatus() {
  return (
    <Island what="storageStatus" onRetry={StorageStatusImpl.retry}>
      <StorageStatusImpl />
    </Island>
  );
}
