/** Why a text the reader brought cannot become an article: a code for code, a Vietnamese sentence for people. */
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
  | 'unreadable';

export interface OwnProblem {
  code: OwnProblemCode;
  /** File name (or "văn bản dán vào"). */
  source: string;
  message: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export interface ProblemFacts {
  bytes?: number;
  count?: number;
  detail?: string;
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
  'no-article': (s, f) => `Không tìm thấy bài viết trong “${s}”${f.detail ? `: ${f.detail}` : '.'}`,
  unreadable: (s, f) => `Không đọc được “${s}”${f.detail ? ` (${f.detail})` : ''}.`,
};

export function problem(code: OwnProblemCode, source: string, facts: ProblemFacts = {}): OwnProblem {
  return { code, source, message: MESSAGES[code](source, facts) };
}
