/**
 * The Vietnamese catalogue: the source of truth for message keys (en.ts must have exactly the same
 * keys with the same parameters — the type checker and catalogues.test.ts enforce it).
 * A message is a string, or a function of named parameters for messages with numbers or names.
 * Plain words for readers: no technical terms (those stay in the README).
 */
export const vi = {
  'app.name': 'Margin',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'lang.label': 'Ngôn ngữ',

  // Colours of highlights: default names (the reader can rename each one).
  'colour.yellow': 'Quan trọng',
  'colour.green': 'Trích dẫn',
  'colour.blue': 'Số liệu cần kiểm',
  'colour.pink': 'Câu hỏi',
  'colour.purple': 'Theo dõi tiếp',

  // Exports meant for people (Markdown; CSV headers Readwise does not fix).
  'export.md.colour': 'Màu',
  'export.md.tags': 'Thẻ',
  'export.md.officials': 'Quan chức',
  'export.md.figures': 'Số liệu',
  'export.md.none': 'Chưa có đoạn đánh dấu nào.',
  'export.md.orphans': 'Đoạn đánh dấu không còn tìm thấy trong bài',
  'export.md.allTitle': 'Margin — tất cả ghi chú',
  'export.csv.colour': 'Màu',
  'export.json.label': (p: { title: string }) => `Ghi chú Margin: ${p.title}`,
  'export.json.allLabel': 'Margin: tất cả ghi chú',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : (typeof vi)[K] };
