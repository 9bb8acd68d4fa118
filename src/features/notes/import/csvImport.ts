import type { Annotation, HighlightColor } from '../../../domain/notes/annotation';
import { colorNames, type ColorNames } from '../../../domain/notes/colorNames';
import { csvNotesToItems, readCsvNotes, type CsvContext } from '../../../domain/notes/csvRead';
import { LANGUAGES } from '../../../domain/i18n/languages';

/** A title as compared: spaces collapsed, NFC, case ignored. */
const titleKey = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * A CSV file (Margin's export, or Readwise's columns) turned into Web Annotation JSON, so it goes
 * through the same checks and plan as a JSON file. Rows find their article by title; their colour by
 * name (the reader's names, or the default names in either language).
 */
export async function csvAsJson(
  text: string,
  articles: readonly { id: string; title: string }[],
  names: ColorNames,
  textsOf: (json: string) => Promise<ReadonlyMap<string, string>>,
  stored: readonly Annotation[] = [],
): Promise<{ ok: true; json: string } | { ok: false; error: string }> {
  const read = readCsvNotes(text);
  if (!read.ok) return read;
  const byTitle = new Map(articles.map((a) => [titleKey(a.title), a.id]));
  const tables = [names, ...LANGUAGES.map((l) => colorNames(l))];
  const storedAt = new Map(stored.map((a) => [[a.target.source, a.target.selector[1].start, a.target.selector[0].exact].join('\u0000'), a.id]));
  const base: CsvContext = {
    articleIdOf: (title) => byTitle.get(titleKey(title)),
    existingIdOf: (source, start, quote) => (start === null ? undefined : storedAt.get([source, start, quote].join('\u0000'))),
    colourOf: (name) => {
      for (const table of tables) {
        const hit = (Object.keys(table) as HighlightColor[]).find((k) => titleKey(table[k]) === titleKey(name));
        if (hit) return hit;
      }
      return undefined;
    },
  };
  // Positions need the articles' texts, which are found from the first pass's sources.
  const texts = await textsOf(JSON.stringify(csvNotesToItems(read.notes, base)));
  return { ok: true, json: JSON.stringify(csvNotesToItems(read.notes, { ...base, plainTextOf: (id) => texts.get(id) })) };
}

