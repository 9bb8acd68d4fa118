import type { OwnRecord } from '../../domain/own/record';
import type { Annotation } from '../../domain/notes/annotation';
import type { ImportPlan } from '../../domain/notes/importPlan';
import { formatBytes } from '../../lib/formatBytes';
import { formatNumber } from '../../domain/i18n/format';
import type { Lang } from '../../domain/i18n/languages';
import { translator } from '../../domain/i18n/t';

/**
 * The reader-facing side of an import, in the reader's language: the size check made before a file is read,
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
export function checkImportFile(lang: Lang, file: { name: string; size: number }, maxBytes = MAX_IMPORT_BYTES): ImportProblem | null {
  const t = translator(lang);
  if (file.size === 0) return { message: t('import.empty', { file: file.name }) };
  if (file.size > maxBytes) {
    return { message: t('import.tooLarge', { file: file.name, size: formatBytes(file.size, lang), max: formatBytes(maxBytes, lang) }) };
  }
  return null;
}

/** The planner's (English, technical) error → what went wrong, in the reader's words, with the original as detail. */
export function describeImportError(lang: Lang, error: string): ImportProblem {
  const t = translator(lang);
  const number = (n: number) => formatNumber(lang, n);
  const ACCEPTED = t('import.accepted');
  const NOTHING = t('import.nothing');
  const detail = error;
  let m: RegExpExecArray | null;
  // The planner adds line and column when the engine's message has a position; newer engines say "(line L column C)".
  if ((m = /^Invalid JSON at line (\d+), column (\d+)/.exec(error) ?? /^Invalid JSON.*\(line (\d+) column (\d+)\)/.exec(error))) {
    return { message: `${t('import.badJsonAt', { line: m[1]!, column: m[2]! })} ${ACCEPTED} ${NOTHING}`, detail };
  }
  if ((m = /^Invalid CSV: (.*)$/.exec(error))) {
    return { message: `${t('import.badCsv')} ${NOTHING}`, detail: m[1] };
  }
  if (/^Invalid JSON/.test(error)) {
    return { message: `${t('import.badJson')} ${ACCEPTED} ${NOTHING}`, detail };
  }
  if ((m = /^The file is too large: ([\d.]+ MB)/.exec(error))) {
    return { message: `${t('import.textTooLarge', { size: m[1]!, max: formatBytes(MAX_IMPORT_BYTES, lang) })} ${NOTHING}`, detail };
  }
  if ((m = /^Too many annotations: (\d+) \(the limit is (\d+)\)/.exec(error))) {
    return { message: `${t('import.tooMany', { n: number(Number(m[1])), max: number(Number(m[2])) })} ${NOTHING}`, detail };
  }
  if (/^Nothing was imported\./.test(error)) {
    return {
      message: t('import.malformed'),
      detail: error.replace(/^Nothing was imported\.\s*/, ''),
    };
  }
  if (/^first(\.next)?: /.test(error)) {
    return { message: `${t('import.paged')} ${NOTHING}`, detail };
  }
  if (/^(Expected a W3C annotation|type: expected|items: expected|first\.items: expected)/.test(error)) {
    return { message: `${t('import.notNotes')} ${ACCEPTED} ${NOTHING}`, detail };
  }
  return { message: `${t('import.cannot')} ${ACCEPTED} ${NOTHING}`, detail };
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
export function summarizePlan(lang: Lang, reviewed: ReviewedPlan): string {
  const t = translator(lang);
  const n = (x: number) => ({ n: formatNumber(lang, x) });
  const { plan, blocked, duplicates, itemsInFile } = reviewed;
  const blockedIds = new Set(blocked.map((a) => a.id));
  const added = plan.toAdd.filter((a) => !blockedIds.has(a.id)).length;
  const updated = plan.toUpdate.filter((a) => !blockedIds.has(a.id)).length;
  const parts: string[] = [];
  if (added > 0) parts.push(t('import.plan.added', n(added)));
  if (updated > 0) parts.push(t('import.plan.updated', n(updated)));
  if (plan.unchanged.length > 0) parts.push(t('import.plan.unchanged', n(plan.unchanged.length)));
  if (plan.older.length > 0) parts.push(t('import.plan.older', n(plan.older.length)));
  if (plan.unknownArticle.length > 0) parts.push(t('import.plan.unknownArticle', n(plan.unknownArticle.length)));
  if (blocked.length > 0) parts.push(t('import.plan.blocked', n(blocked.length)));
  if (duplicates > 0) parts.push(t('import.plan.duplicates', n(duplicates)));
  const total =
    itemsInFile ??
    added + updated + plan.unchanged.length + plan.older.length + plan.unknownArticle.length + blocked.length + duplicates;
  if (total === 0) return t('import.plan.none');
  return t('import.plan.total', { n: formatNumber(lang, total), parts: parts.join(', ') });
}

/** What the confirm button will do, or that there is nothing to do. */
export function writeSentence(lang: Lang, reviewed: ReviewedPlan): string {
  const n = reviewed.writes.length;
  const t = translator(lang);
  return n === 0 ? t('import.write.none') : t('import.write.some', { n: formatNumber(lang, n) });
}

/** For the page once the dialog closed: what the import did, and from which file. */
export function importedMessage(lang: Lang, written: number, fileName: string): string {
  const t = translator(lang);
  return written === 0
    ? t('import.imported.none', { file: fileName })
    : t('import.imported.some', { n: formatNumber(lang, written), file: fileName });
}

/** After the write. */
export function doneSentence(lang: Lang, written: number): string {
  const t = translator(lang);
  return written === 0 ? t('import.done.none') : t('import.done.some', { n: formatNumber(lang, written) });
}
