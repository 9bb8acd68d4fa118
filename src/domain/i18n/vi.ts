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

  // App frame.
  'app.skip': 'Bỏ qua, đến nội dung',
  'app.home': 'Margin — về thư viện',
  'app.nav': 'Chính',
  'app.nav.library': 'Thư viện',
  'app.nav.notes': 'Ghi chú',
  'app.nav.people': 'Nhân vật',
  'app.notFound.title': 'Không tìm thấy trang',
  'app.notFound.message': (p: { path: string }) => `Không có trang nào ở địa chỉ ${p.path}.`,
  'app.retry': 'Thử lại',
  'app.backToLibrary': 'Về thư viện',
  'app.unknownError': 'Lỗi không rõ.',
  'lang.switchTo': 'English',
  'lang.switchLabel': 'Giao diện bằng tiếng Anh (English interface)',

  // Library.
  'library.title': 'Thư viện',
  'library.loading': 'Đang tải danh sách bài viết…',
  'library.error': 'Không mở được thư viện',
  'library.lede': (p: { count: string }) =>
    `${p.count} bài báo tiếng Việt về thời sự và chính sách. Mở một bài để thấy ai giữ chức vụ gì, cơ quan nào hành động và những con số đáng chú ý.`,
  'library.noDate': 'Không rõ ngày',
  'library.words': (p: { n: string }) => `${p.n} chữ`,
  'library.officials': (p: { n: string }) => `${p.n} quan chức`,

  'library.people': (p: { n: string }) => `${p.n} nhân vật`,
  'library.figures': (p: { n: string }) => `${p.n} số liệu`,
  'library.notes': (p: { n: string }) => `${p.n} ghi chú`,
  'library.source': 'Nguồn',
  'library.allSources': 'Tất cả nguồn',
  'library.unknownSource': 'Không rõ nguồn',
  'library.year': 'Năm',
  'library.allYears': 'Mọi năm',
  'library.unknownYear': 'Không rõ năm',
  'library.sort': 'Sắp xếp',
  'library.newest': 'Mới nhất trước',
  'library.oldest': 'Cũ nhất trước',
  'library.everything': 'cả thư viện',
  'library.byPerson': 'Xem theo nhân vật',
  'library.count': (p: { n: string }) => `${p.n} bài`,
  'library.countIn': (p: { n: string; selection: string }) => `${p.n} bài (${p.selection})`,
  'library.pageOf': (p: { page: string; pages: string }) => `trang ${p.page} / ${p.pages}`,
  'library.pageError': 'Không tải được trang này',
  'library.pages': 'Trang',
  'library.prevPage': 'Trang trước',
  'library.nextPage': 'Trang sau',
  'app.loading': 'Đang tải…',
  // Article.
  'article.loading': 'Đang tải bài viết…',
  'article.error': 'Không mở được bài viết',
  'article.aside': 'Trong bài và ghi chú',

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
