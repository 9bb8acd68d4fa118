/** Why a text the reader brought cannot become an article: a code for code, a Vietnamese sentence for people. */
import type { Lang } from '../i18n/languages';
import { MAX_BATCH_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_ADD } from './limits';

export type OwnProblemCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'bad-utf16'
  | 'unsupported-type'
  | 'too-many-files'
  | 'batch-too-large'
  | 'no-article'
  | 'unreadable'
  | 'code-not-loaded'
  | 'worker-failed';

export interface OwnProblem {
  code: OwnProblemCode;
  /** File name (or "văn bản dán vào"). */
  source: string;
  /** In Vietnamese; `problemMessage` gives it in the interface language. */
  message: string;
  facts: ProblemFacts;
}

const mb = (bytes: number, locale = 'vi-VN') => `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;

export interface ProblemFacts {
  bytes?: number;
  count?: number;
  detail?: string;
  /** For 'no-article': what the text or page lacks ('content': Readability found no article in the page). */
  missing?: 'text' | 'title' | 'paragraphs' | 'content';
  /** For 'worker-failed': what went wrong with the worker (see ownIngestClient). */
  reason?: 'crashed' | 'garbled' | 'start' | 'stopped';
}

const MESSAGES: Record<OwnProblemCode, (source: string, f: ProblemFacts) => string> = {
  empty: (s) => `“${s}” trống: không có chữ nào để đọc.`,
  'too-large': (s, f) => `“${s}” quá lớn (${mb(f.bytes ?? 0)}); mỗi bài tối đa ${mb(MAX_FILE_BYTES)}.`,
  binary: (s) => `“${s}” không phải tệp văn bản (có vẻ là ảnh, tệp nén hoặc tài liệu nhị phân).`,
  'not-utf8': (s) =>
    `“${s}” không phải văn bản UTF-8. Hãy lưu lại tệp với mã hoá UTF-8 (tệp .txt cũng có thể ở UTF-16 hoặc Windows-1258).`,
  'bad-utf16': (s) => `“${s}” bắt đầu như văn bản UTF-16 nhưng nội dung bị hỏng.`,
  'unsupported-type': (s) => `“${s}”: chỉ nhận tệp .txt, .md hoặc .html.`,
  'too-many-files': (_s, f) =>
    `Bạn chọn ${(f.count ?? 0).toLocaleString('vi-VN')} tệp; mỗi lần chỉ thêm được tối đa ${MAX_FILES_PER_ADD} tệp.`,
  'batch-too-large': (_s, f) => `Các tệp đã chọn cộng lại ${mb(f.bytes ?? 0)}; mỗi lần tối đa ${mb(MAX_BATCH_BYTES)}.`,
  'no-article': (s, f) =>
    `Không tìm thấy bài viết trong “${s}”${
      f.missing
        ? `: ${{ text: 'không có chữ nào', title: 'không có dòng tiêu đề', paragraphs: 'sau tiêu đề không có đoạn văn nào của bài', content: 'trang không có phần nội dung bài' }[f.missing]}.`
        : f.detail
          ? `: ${f.detail}`
          : '.'
    }`,
  unreadable: (s, f) => `Không đọc được “${s}”${f.detail ? ` (${f.detail})` : ''}.`,
  'code-not-loaded': (s) => `Chưa đọc được “${s}”: không tải được phần mềm đọc bài. Kiểm tra kết nối mạng rồi bấm “Thử lại”.`,
  'worker-failed': (s, f) =>
    `Không đọc được “${s}”: ${
      { crashed: 'bộ xử lý bài viết gặp lỗi', garbled: 'bộ xử lý bài viết gửi lại dữ liệu không đọc được', start: 'không khởi động được bộ xử lý bài viết', stopped: 'bộ xử lý bài viết đã bị dừng' }[f.reason ?? 'crashed']
    }${f.detail ? ` (${f.detail})` : ''}.`,
};

const PASTED = 'văn bản dán vào';
const EN = (s: string) => (s === PASTED ? 'the pasted text' : s);

/** A source (file name, or the pasted text) as the interface language names it. */
export const sourceName = (source: string, lang: Lang): string => (lang === 'vi' ? source : EN(source));
const MESSAGES_EN: Record<OwnProblemCode, (source: string, f: ProblemFacts) => string> = {
  empty: (s) => `“${EN(s)}” is empty: there is no text to read.`,
  'too-large': (s, f) => `“${EN(s)}” is too large (${mb(f.bytes ?? 0, 'en-GB')}); an article can be at most ${mb(MAX_FILE_BYTES, 'en-GB')}.`,
  binary: (s) => `“${EN(s)}” is not a text file (it looks like an image, an archive or a binary document).`,
  'not-utf8': (s) => `“${EN(s)}” is not UTF-8 text. Save the file as UTF-8 (a .txt file may also be UTF-16 or Windows-1258).`,
  'bad-utf16': (s) => `“${EN(s)}” starts like UTF-16 text but its content is damaged.`,
  'unsupported-type': (s) => `“${EN(s)}”: only .txt, .md or .html files can be added.`,
  'too-many-files': (_s, f) => `You chose ${(f.count ?? 0).toLocaleString('en-GB')} files; at most ${MAX_FILES_PER_ADD} can be added at once.`,
  'batch-too-large': (_s, f) => `The chosen files add up to ${mb(f.bytes ?? 0, 'en-GB')}; at most ${mb(MAX_BATCH_BYTES, 'en-GB')} at once.`,
  'no-article': (s, f) =>
    `No article found in “${EN(s)}”${
      f.missing
        ? `: ${{ text: 'there is no text', title: 'there is no title line', paragraphs: 'no paragraph of article text follows the title', content: 'the page has no article content' }[f.missing]}.`
        : '.'
    }`,
  unreadable: (s, f) => `“${EN(s)}” could not be read${f.detail ? ` (${f.detail})` : ''}.`,
  'code-not-loaded': (s) => `“${EN(s)}” is not read yet: the code that reads articles did not load. Check the network connection, then press “Try again”.`,
  'worker-failed': (s, f) =>
    `“${EN(s)}” could not be read: ${
      { crashed: 'the article reader failed', garbled: 'the article reader sent back unreadable data', start: 'the article reader could not start', stopped: 'the article reader was stopped' }[f.reason ?? 'crashed']
    }${f.detail ? ` (${f.detail})` : ''}.`,
};

/** Problems that another try can solve (code that did not arrive), as opposed to what is in the file. */
export const isRetryable = (p: OwnProblem): boolean => p.code === 'code-not-loaded';

export function problem(code: OwnProblemCode, source: string, facts: ProblemFacts = {}): OwnProblem {
  return { code, source, message: MESSAGES[code](source, facts), facts };
}

/** The problem in the interface language. */
export function problemMessage(p: OwnProblem, lang: Lang): string {
  return lang === 'vi' ? p.message : MESSAGES_EN[p.code](p.source, p.facts);
}
