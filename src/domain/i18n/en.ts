import type { Messages } from './vi';

/** The English catalogue (British spelling, dates and numbers in en-GB). Same keys as vi.ts. */
export const en: Messages = {
  'app.name': 'Margin',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'lang.label': 'Language',

  'colour.yellow': 'Important',
  'colour.green': 'To quote',
  'colour.blue': 'Figure to check',
  'colour.pink': 'Question',
  'colour.purple': 'Follow up',

  'export.md.colour': 'Colour',
  'export.md.tags': 'Tags',
  'export.md.officials': 'Officials',
  'export.md.figures': 'Figures',
  'export.md.none': 'No highlights yet.',
  'export.md.orphans': 'Highlights no longer found in the article',
  'export.md.allTitle': 'Margin — all notes',
  'export.csv.colour': 'Colour',
  'export.json.label': (p) => `Margin notes: ${p.title}`,
  'export.json.allLabel': 'Margin: all notes',
};
