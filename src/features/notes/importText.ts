import type { OwnRecord } from '../../domain/own/record';
import type { Annotation } from '../../domain/notes/annotation';
import type { ImportPlan } from '../../domain/notes/importPlan';
import { formatBytes } from '../../lib/formatBytes';

const number = (n: number, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });

/**
 * The reader-facing (Vietnamese) side of an import: the size check made before a file is read,
 * the plan summary shown before anything is written, and the planner's technical errors turned
 * into a sentence naming the problem (the technical text is kept as the detail).
 */

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** A problem with an import, in words for the reader, plus the technical detail when there is one. */
export interface ImportProblem {
  message: string;
  detail?: string;
}

/** Checked before the file is read: empty or too large files never reach the parser. */
export function checkImportFile(file: { name: string; size: number }, maxBytes = MAX_IMPORT_BYTES): ImportProblem | null {
  if (file.size === 0) return { message: `Tệp “${file.name}” trống, không có ghi chú nào để nhập.` };
  if (file.size > maxBytes) {
    return {
      message: `Tệp “${file.name}” quá lớn (${formatBytes(file.size)}); chỉ nhập được tệp tối đa ${formatBytes(maxBytes)}. Không có gì được nhập.`,
    };
  }
  return null;
}

const ACCEPTED =
  'Margin nhập được tệp JSON do Margin xuất ra, hoặc chú thích W3C Web Annotation (có TextQuoteSelector) từ công cụ khác.';

/** The planner's (English, technical) error → what went wrong, in Vietnamese, with the original as detail. */
export function describeImportError(error: string): ImportProblem {
  const detail = error;
  let m: RegExpExecArray | null;
  // The planner adds line and column when the engine's message has a position; newer engines say "(line L column C)".
  if ((m = /^Invalid JSON at line (\d+), column (\d+)/.exec(error) ?? /^Invalid JSON.*\(line (\d+) column (\d+)\)/.exec(error))) {
    return { message: `Tệp không phải JSON hợp lệ (lỗi ở dòng ${m[1]}, cột ${m[2]}). ${ACCEPTED} Không có gì được nhập.`, detail };
  }
  if (/^Invalid JSON/.test(error)) {
    return { message: `Tệp không phải JSON hợp lệ. ${ACCEPTED} Không có gì được nhập.`, detail };
  }
  if ((m = /^The file is too large: ([\d.]+ MB)/.exec(error))) {
    return { message: `Tệp quá lớn (${m[1]} văn bản); giới hạn là ${formatBytes(MAX_IMPORT_BYTES)}. Không có gì được nhập.`, detail };
  }
  if ((m = /^Too many annotations: (\d+) \(the limit is (\d+)\)/.exec(error))) {
    return {
      message: `Tệp có quá nhiều ghi chú (${number(Number(m[1]))}); mỗi lần nhập tối đa ${number(Number(m[2]))}. Không có gì được nhập.`,
      detail,
    };
  }
  if (/^Nothing was imported\./.test(error)) {
    return {
      message:
        'Tệp có ghi chú sai định dạng (thiếu trường hoặc sai kiểu dữ liệu) nên không có ghi chú nào được nhập, kể cả những ghi chú đúng.',
      detail: error.replace(/^Nothing was imported\.\s*/, ''),
    };
  }
  if (/^first(\.next)?: /.test(error)) {
    return { message: `Tệp là một bộ chú thích chia thành nhiều trang; hãy xuất lại thành một trang. Không có gì được nhập.`, detail };
  }
  if (/^(Expected a W3C annotation|type: expected|items: expected|first\.items: expected)/.test(error)) {
    return { message: `Tệp là JSON nhưng không chứa ghi chú theo định dạng được hỗ trợ. ${ACCEPTED} Không có gì được nhập.`, detail };
  }
  return { message: `Không nhập được tệp này. ${ACCEPTED} Không có gì được nhập.`, detail };
}

/** A plan with the records that must not be written set aside. */
export interface ReviewedPlan {
  plan: ImportPlan;
  /** What will be written, in one transaction: new notes and newer versions. */
  writes: Annotation[];
  /** Incoming notes whose key holds a stored record that could not be read: never overwritten. */
  blocked: Annotation[];
  /** Items in the file (from the planner's summary; null if it could not be read). */
  itemsInFile: number | null;
  /** Duplicate ids within the file (the newest was kept). */
  duplicates: number;
  /** The reader's own articles in a Margin export that are not stored here yet (written with the notes). */
  articles?: OwnRecord[];
}

/**
 * Sets aside incoming notes that would overwrite an unreadable stored record (the raw record is
 * kept until the reader decides), and reads the counts the planner only reports in its summary.
 */
export function reviewPlan(plan: ImportPlan, isUnreadable: (annotation: Annotation) => boolean): ReviewedPlan {
  const blocked: Annotation[] = [];
  const writes: Annotation[] = [];
  for (const a of [...plan.toAdd, ...plan.toUpdate]) (isUnreadable(a) ? blocked : writes).push(a);
  const items = /^(\d+) annotations? in the file/.exec(plan.summary);
  const dups = /(\d+) duplicates? in the file/.exec(plan.summary);
  return { plan, writes, blocked, itemsInFile: items ? Number(items[1]) : null, duplicates: dups ? Number(dups[1]) : 0 };
}

/** "Trong tệp có 16 ghi chú: 12 mới, 3 đã có, 1 cho bài viết không có trong thư viện." */
export function summarizePlan(reviewed: ReviewedPlan): string {
  const { plan, blocked, duplicates, itemsInFile } = reviewed;
  const blockedIds = new Set(blocked.map((a) => a.id));
  const added = plan.toAdd.filter((a) => !blockedIds.has(a.id)).length;
  const updated = plan.toUpdate.filter((a) => !blockedIds.has(a.id)).length;
  const parts: string[] = [];
  if (added > 0) parts.push(`${number(added)} mới`);
  if (updated > 0) parts.push(`${number(updated)} cập nhật (bản trong tệp mới hơn)`);
  if (plan.unchanged.length > 0) parts.push(`${number(plan.unchanged.length)} đã có`);
  if (plan.older.length > 0) parts.push(`${number(plan.older.length)} giữ nguyên (bản trên máy mới hơn)`);
  if (plan.unknownArticle.length > 0) parts.push(`${number(plan.unknownArticle.length)} cho bài viết không có trong thư viện`);
  if (blocked.length > 0) parts.push(`${number(blocked.length)} trùng với ghi chú hỏng trên máy (giữ nguyên bản gốc)`);
  if (duplicates > 0) parts.push(`${number(duplicates)} trùng lặp trong tệp`);
  const total =
    itemsInFile ??
    added + updated + plan.unchanged.length + plan.older.length + plan.unknownArticle.length + blocked.length + duplicates;
  if (total === 0) return 'Tệp không có ghi chú nào.';
  return `Trong tệp có ${number(total)} ghi chú: ${parts.join(', ')}.`;
}

/** What the confirm button will do, or that there is nothing to do. */
export function writeSentence(reviewed: ReviewedPlan): string {
  const n = reviewed.writes.length;
  return n === 0 ? 'Không có ghi chú mới nào để nhập; không có gì thay đổi.' : `Sẽ lưu ${number(n)} ghi chú vào máy này.`;
}

/** For the page once the dialog closed: what the import did, and from which file. */
export function importedMessage(written: number, fileName: string): string {
  return written === 0 ? `Không có gì thay đổi sau khi nhập tệp “${fileName}”.` : `Đã nhập ${number(written)} ghi chú từ tệp “${fileName}”.`;
}

/** After the write. */
export function doneSentence(written: number): string {
  return written === 0 ? 'Không có gì thay đổi.' : `Đã nhập ${number(written)} ghi chú.`;
}
