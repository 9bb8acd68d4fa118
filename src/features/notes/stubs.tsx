import { ErrorView } from '../../components/ErrorView';

export function AllNotesPage() {
  return <ErrorView title="Ghi chú" message="Trang ghi chú đang được xây dựng." />;
}
