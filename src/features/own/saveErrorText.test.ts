import { describe, expect, it } from 'vitest';
import { translator } from '../../domain/i18n/t';
import type { SaveError } from '../../workers/prepareOwn';
import { saveErrorText } from './saveErrorText';

describe('why nothing was saved, in both languages', () => {
  it.each<[SaveError, string, string]>([
    [{ code: 'draft', source: 'bai.txt', error: { code: 'no-title' } }, 'bai.txt: tiêu đề không được để trống. Chưa bài nào được lưu.', 'bai.txt: the title cannot be empty. No article was saved.'],
    [
      { code: 'draft', source: 'văn bản dán vào', error: { code: 'bad-date', date: '2022-13-01' } },
      'văn bản dán vào: ngày “2022-13-01” không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2022-01-25). Chưa bài nào được lưu.',
      'the pasted text: the date “2022-13-01” is not valid (it needs year-month-day, e.g. 2022-01-25). No article was saved.',
    ],
    [
      { code: 'draft', source: 'a.md', error: { code: 'invalid', detail: 'blocks: rỗng' } },
      'a.md: bài viết không hợp lệ (blocks: rỗng). Chưa bài nào được lưu.',
      'a.md: the article is not valid (blocks: rỗng). No article was saved.',
    ],
    [
      { code: 'storage', kind: 'quota', detail: 'QuotaExceededError' },
      'Không lưu được: Bộ nhớ của trình duyệt đã đầy nên không lưu được ghi chú. Hãy giải phóng dung lượng hoặc xuất ghi chú ra tệp để giữ an toàn. Chưa bài nào được lưu.',
      'Could not save: The browser’s storage is full',
    ],
    [{ code: 'storage', kind: null, detail: 'boom' }, 'Không lưu được: Đã xảy ra lỗi khi lưu hoặc đọc ghi chú. Vui lòng thử lại. Chưa bài nào được lưu.', 'Could not save: '],
  ])('%j', (error, vi, en) => {
    expect(saveErrorText(error, translator('vi'), 'vi')).toBe(vi);
    const english = saveErrorText(error, translator('en'), 'en');
    expect(english.startsWith(en)).toBe(true);
    expect(english.endsWith(' No article was saved.')).toBe(true);
  });
});
