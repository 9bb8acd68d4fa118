import { slugify } from '../../domain/ingest/text';

/** What an export covers, and the file formats it can produce. */
export type ExportScope = { kind: 'article'; articleId: string } | { kind: 'all' };
export type ExportFormat = 'md' | 'json' | 'csv';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The reader's calendar day (local time), YYYY-MM-DD: the date they would write on the file. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `<article-slug>-ghi-chu-<YYYY-MM-DD>.<ext>` for one article, `margin-ghi-chu-<YYYY-MM-DD>.<ext>` for all. */
export function exportFileName(scope: ExportScope, format: ExportFormat, now: Date): string {
  const base = scope.kind === 'all' ? 'margin' : slugify(scope.articleId);
  return `${base}-ghi-chu-${localDate(now)}.${format}`;
}

/** The raw records storage could not read, saved as they are (so nothing is lost even then). */
export function unreadableFileName(now: Date): string {
  return `margin-ban-ghi-khong-doc-duoc-${localDate(now)}.json`;
}
