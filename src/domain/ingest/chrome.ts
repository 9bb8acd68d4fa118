/**
 * Site chrome that scrapes carry after an article. Strong markers start the page's tail (everything
 * after them is chrome); weak ones are dropped only where they trail the article.
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

export function isWeakChrome(line: string): boolean {
  const k = key(line);
  return k === '' || WEAK.includes(k) || STRONG.includes(k);
}
