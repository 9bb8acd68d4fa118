import { lazy, Suspense } from 'react';

const StorageStatusImpl = lazy(() => import('./StorageStatus'));

/** "Lưu trữ" (notes' size on this device, persistent or not); its code loads after the first paint. */
export function StorageStatus() {
  return (
    <Suspense fallback={null}>
      <StorageStatusImpl />
    </Suspense>
  );
}
