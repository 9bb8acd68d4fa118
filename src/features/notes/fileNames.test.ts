import { describe, expect, it } from 'vitest';
import { exportFileName, localDate, unreadableFileName } from './fileNames';

// Local time on purpose: the date in the name is the reader's calendar day.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h, 0, 0);

describe('export file names', () => {
  it('one article: <article-slug>-ghi-chu-<YYYY-MM-DD>.<ext>', () => {
    const scope = { kind: 'article', articleId: 'chu-trong-cong-tac-danh-gia' } as const;
    expect(exportFileName(scope, 'md', at(2026, 3, 7))).toBe('chu-trong-cong-tac-danh-gia-ghi-chu-2026-03-07.md');
    expect(exportFileName(scope, 'json', at(2026, 3, 7))).toBe('chu-trong-cong-tac-danh-gia-ghi-chu-2026-03-07.json');
    expect(exportFileName(scope, 'csv', at(2026, 12, 31))).toBe('chu-trong-cong-tac-danh-gia-ghi-chu-2026-12-31.csv');
  });

  it('all notes: margin-ghi-chu-<YYYY-MM-DD>.<ext>', () => {
    expect(exportFileName({ kind: 'all' }, 'md', at(2025, 1, 5))).toBe('margin-ghi-chu-2025-01-05.md');
    expect(exportFileName({ kind: 'all' }, 'csv', at(2025, 1, 5))).toBe('margin-ghi-chu-2025-01-05.csv');
  });

  it('uses the local calendar day, just after midnight and just before', () => {
    expect(localDate(at(2026, 1, 1, 0))).toBe('2026-01-01');
    expect(localDate(new Date(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31');
  });

  it.each([
    ['Đà Nẵng: “quy hoạch”/../x', 'da-nang-quy-hoach-x'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>', 'script'],
    ['💥', 'bai-viet'],
    ['a'.repeat(200), 'a'.repeat(80)],
    [`${'a'.repeat(79)}-b`, 'a'.repeat(79)],
  ])('reduces any article id to a safe file name: %s', (articleId, slug) => {
    expect(exportFileName({ kind: 'article', articleId }, 'md', at(2026, 2, 3))).toBe(`${slug}-ghi-chu-2026-02-03.md`);
  });

  it('names the raw unreadable records file', () => {
    expect(unreadableFileName(at(2026, 2, 3))).toBe('margin-ban-ghi-khong-doc-duoc-2026-02-03.json');
  });
});
