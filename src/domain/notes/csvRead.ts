import { CATALOGUES } from '../i18n/t';
import { LANGUAGES } from '../i18n/languages';
import { COLOR_ID_PREFIX, type HighlightColor } from './annotation';
import { CSV_COLUMNS, unsavedMark } from './csv';

/**
 * Reading back a CSV made by Margin's export (or any file with Readwise's columns): RFC 4180 records,
 * columns found by their header name (Highlight, Title, Author, URL, Note, Location, Date, Tags, and
 * the colour column, named "Màu" or "Colour"), the formula guard and the "not saved" marker taken off.
 */
export interface CsvNote {
  quote: string;
  title: string;
  url: string;
  note: string;
  /** The plain-text UTF-16 offset of the highlight start, when the file has one. */
  location: number | null;
  date: string | null;
  tags: string[];
  /** The colour's name as written (a default or the reader's own name), if the file has the column. */
  colourName: string | null;
  /** The note was marked as not saved in the browser when exported. */
  unsaved: boolean;
}

export type CsvRead = { ok: true; notes: CsvNote[] } | { ok: false; error: string };

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF between records. */
export function parseCsvRecords(text: string): string[][] | { error: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = wasQuoted = true;
    } else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (quoted) return { error: 'a quoted field is not closed' };
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

/** "a, b" → ["a", "b"] (tags are normalised by the import like any tagging body). */
const splitTags = (cell: string) => cell.split(',').map((t) => t.trim()).filter((t) => t !== '');

/** What csvField's formula guard added ("'=SUM(…)" → "=SUM(…)"). */
export const unguardFormula = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const MARKS = LANGUAGES.map(unsavedMark);
const COLOUR_HEADERS = new Set(LANGUAGES.map((l) => CATALOGUES[l]['export.csv.colour'].toLowerCase()));

/** The note without the export's "not saved" marker, and whether it had one. */
export function stripUnsavedMark(note: string): { note: string; unsaved: boolean } {
  const mark = MARKS.find((m) => note === m || note.startsWith(`${m} `));
  return mark ? { note: note.slice(mark.length).replace(/^ /, ''), unsaved: true } : { note, unsaved: false };
}

/** True when the text looks like a CSV with Readwise's columns (its first record names "Highlight"). */
export function looksLikeCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /^"?Highlight"?,/i.test(first);
}

export function readCsvNotes(text: string): CsvRead {
  const records = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  if (!Array.isArray(records)) return { ok: false, error: `Invalid CSV: ${records.error}` };
  const [header, ...body] = records;
  if (!header) return { ok: false, error: 'Invalid CSV: the file is empty' };
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name.toLowerCase());
  const missing = (['Highlight', 'Title'] as const).filter((c) => col(c) < 0);
  if (missing.length > 0) return { ok: false, error: `Invalid CSV: no ${missing.join(' or ')} column` };
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, col(c)])) as Record<(typeof CSV_COLUMNS)[number], number>;
  const colour = names.findIndex((n) => COLOUR_HEADERS.has(n));
  const notes: CsvNote[] = [];
  for (const [i, r] of body.entries()) {
    const cell = (at: number) => (at >= 0 ? unguardFormula(r[at] ?? '') : '');
    const quote = cell(index.Highlight);
    if (quote.trim() === '') return { ok: false, error: `Nothing was imported. [${i + 1}] Highlight: empty` };
    const location = cell(index.Location).trim();
    if (location !== '' && !/^\d+$/.test(location)) {
      return { ok: false, error: `Nothing was imported. [${i + 1}] Location: must be a whole number, got ${JSON.stringify(location.slice(0, 40))}` };
    }
    const { note, unsaved } = stripUnsavedMark(cell(index.Note));
    notes.push({
      quote,
      title: cell(index.Title),
      url: cell(index.URL),
      note,
      location: location === '' ? null : Number(location),
      date: cell(index.Date).trim() || null,
      tags: splitTags(cell(index.Tags)),
      colourName: colour >= 0 ? cell(colour).trim() || null : null,
      unsaved,
    });
  }
  return { ok: true, notes };
}

export interface CsvContext {
  /** The Margin article a row belongs to (found by its title or URL); undefined: not in the library. */
  articleIdOf: (title: string, url: string) => string | undefined;
  /** The article's plain text, to turn the UTF-16 Location into the file format's code points. */
  plainTextOf?: (articleId: string) => string | undefined;
  /** The colour key for a colour's name (default names in either language, or the reader's own). */
  colourOf: (name: string) => HighlightColor | undefined;
  /** A stored note with this article, UTF-16 start and quote (a file exported here): the row updates it, not a copy. */
  existingIdOf?: (articleId: string, start: number | null, quote: string) => string | undefined;
}

/** FNV-1a over the text, twice with different seeds: a stable id for a row that has none. */
function stableId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return `csv-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

const iso = (date: string | null): string | undefined => {
  if (date === null) return undefined;
  const t = Date.parse(date);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
};

/**
 * The rows as Web Annotation items, for the same import as JSON files (validation, plan, anchoring).
 * A row's id is derived from its article, place, quote and date, so importing a file twice changes
 * nothing; a row whose article is not in the library gets a source that is not either.
 */
export function csvNotesToItems(notes: readonly CsvNote[], ctx: CsvContext): object[] {
  return notes.map((n) => {
    const source = ctx.articleIdOf(n.title, n.url) ?? `csv:${n.title || n.url}`;
    const date = iso(n.date);
    const plain = ctx.plainTextOf?.(source);
    const position =
      n.location !== null && plain !== undefined && n.location + n.quote.length <= plain.length
        ? (() => {
            const start = [...plain.slice(0, n.location)].length;
            return [{ type: 'TextPositionSelector', start, end: start + [...n.quote].length }];
          })()
        : [];
    const colour = (n.colourName !== null ? ctx.colourOf(n.colourName) : undefined) ?? 'yellow';
    return {
      type: 'Annotation',
      id: ctx.existingIdOf?.(source, n.location, n.quote) ?? stableId([source, n.location ?? '', n.quote, date ?? ''].join('\u0000')),
      ...(date && { created: date, modified: date }),
      body: [
        ...(n.note.trim() ? [{ type: 'TextualBody', purpose: 'commenting', value: n.note }] : []),
        ...n.tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
        { type: 'TextualBody', purpose: 'classifying', id: `${COLOR_ID_PREFIX}${colour}`, value: n.colourName ?? colour },
      ],
      target: { source, selector: [{ type: 'TextQuoteSelector', exact: n.quote }, ...position] },
    };
  });
}
