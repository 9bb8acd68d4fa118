/**
 * Site chrome that scrapes carry after an article: comment boxes, related links, share buttons. A marker
 * starts the page's tail only after the last line of article prose (see splitChrome in parse.ts); the
 * strong ones are worth reporting when they occur inside an article (a "Bình luận" subheading).
 */
const STRONG = [
  'ý kiến bạn đọc',
  'tổng lượt bình luận',
  'bình luận',
  'gửi bình luận',
  'viết bình luận',
  'tin khác',
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'các tin khác',
  'đọc thêm',
  'xem thêm',
];
const WEAK = ['thông báo', 'refresh', 'chia sẻ', 'in bài', 'tags', 'từ khóa', 'từ khoá', 'lên đầu trang', 'quay lại'];

function key(line: string): string {
  return line.toLowerCase().replace(/[:：.\s]+$/u, '').trim();
}

export function isStrongChrome(line: string): boolean {
  return STRONG.includes(key(line));
}

export function isChromeMarker(line: string): boolean {
  const k = key(line);
  return k === '' || WEAK.includes(k) || STRONG.includes(k);
}
