import {
  DEFAULT_EXPORT_OPTIONS,
  exportTranslator,
  splitByOrder,
  type AnchoredNote,
  type ExportArticle,
  type ExportEntry,
  type ExportOptions,
} from './exportTypes';
import { colorOf, noteOf, quoteOf, tagsOf } from './model';
import { translator, type Lang } from '../i18n';

/**
 * CSV export (RFC 4180): CRLF line ends, fields quoted when they contain a comma, double quote, CR
 * or LF, quotes doubled; a UTF-8 BOM first so spreadsheet apps read Vietnamese correctly.
 * Columns: Readwise's own (https://readwise.io/import_bulk: Highlight, Title, Author, URL, Note,
 * Location, Date) with their English names, which Readwise matches — Location is the plain-text
 * UTF-16 offset of the highlight start (empty for orphans), Date the creation time (ISO 8601) — then
 * Tags (comma-separated) and the colour's name under a header in the reader's language. A note not
 * saved in the browser yet starts with "[Chưa lưu vào trình duyệt]" (in the reader's language), which
 * import takes off again.
 *
 * Formula injection guard (OWASP "CSV injection"): a cell starting with =, +, -, @, tab or CR would
 * be evaluated as a formula by Excel/LibreOffice/Sheets, so it is prefixed with a single quote ('),
 * which spreadsheets show as text. The quote is visible in a plain-text reader; that is the trade-off.
 */
export const CSV_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date', 'Tags'] as const;
const BOM = '\uFEFF';

export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const v = guardFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The marker put before the note of a highlight not saved in the browser yet, in `lang`. */
export function unsavedMark(lang: Lang): string {
  return `[${translator(lang)('export.md.unsaved')}]`;
}

function noteCell(n: AnchoredNote, options: ExportOptions): string {
  const note = noteOf(n.annotation);
  if (!n.unsaved) return note;
  return note ? `${unsavedMark(options.lang)} ${note}` : unsavedMark(options.lang);
}

function rows(article: ExportArticle, notes: readonly AnchoredNote[], options: ExportOptions): string[][] {
  const a = article.article;
  const { anchored, orphans } = splitByOrder(notes);
  return [...anchored, ...orphans].map((n) => [
    quoteOf(n.annotation),
    a.title,
    a.byline ?? '',
    article.url ?? '',
    noteCell(n, options),
    n.range ? String(n.range.start) : '',
    n.annotation.created,
    tagsOf(n.annotation).join(', '),
    options.colorNames[colorOf(n.annotation)],
  ]);
}

function toCsv(table: string[][], options: ExportOptions): string {
  const header = [...CSV_COLUMNS, exportTranslator(options)('export.csv.colour')];
  return BOM + [header, ...table].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function formatCsv(article: ExportArticle, notes: readonly AnchoredNote[], _now: Date, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  return toCsv(rows(article, notes, options), options);
}

/** Every article's highlights in one table (articles in the given order). */
export function formatCsvAll(entries: readonly ExportEntry[], _now: Date, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  return toCsv(entries.flatMap((e) => rows(e.article, e.notes, options)), options);
}
