import { describe, expect, it } from 'vitest';
import { texts } from './helpers.test-util';

describe('bodies named without a Vietnamese head', () => {
  it.each([
    // Groups of states by letter and number.
    ['Các bộ trưởng tài chính G20 họp tại Osaka, còn nhóm G7 ra tuyên bố riêng.', ['G20', 'G7']],
    // Banks by a brand word with capitals inside it.
    ['Lãi suất tại ABBank thấp hơn HDBank nhưng cao hơn NamABank.', ['ABBank', 'HDBank', 'NamABank']],
    // Firms by an English possessive, as a source or the subject of a clause; the possessive after a classifier.
    ["Theo Moody's, triển vọng tín nhiệm của Indonesia ổn định.", ["Moody's"]],
    ["Hãng xếp hạng Fitch's đã giữ nguyên mức tín nhiệm.", ["Fitch's"]],
    ["Kellogg's vừa công bố doanh thu quý II.", ["Kellogg's"]],
    // Firms by foreign words joined with an ampersand, closed by a possessive or their initials in brackets.
    ["Dự báo của Standard & Poor's được công bố hôm qua.", ["Standard & Poor's"]],
    ['Hãng kiểm toán Ernst & Young (E&Y) được thuê; S&P giữ nguyên đánh giá.', ['Ernst & Young', 'S&P']],
    // Palaces that stand for a government.
    ['Phát ngôn viên Điện Buckingham từ chối bình luận.', ['Điện Buckingham']],
    // Firms listed by name after their class and a word that opens examples.
    ['Nhiều ngân hàng ngoại như HSBC, Citibank và Standard Chartered đã có mặt.', ['HSBC', 'Citibank', 'Standard Chartered']],
    ['Các hãng công nghệ lớn, trong đó có Oracle và Cisco, phản đối.', ['Oracle', 'Cisco']],
    // A long list keeps its class to the last name.
    [
      'Các hãng công nghệ như Apple, Google, Microsoft, Amazon, Intel, Oracle, Cisco, Nvidia, Samsung, Sony, Adobe và Netflix đều dự.',
      ['Apple', 'Google', 'Microsoft', 'Amazon', 'Intel', 'Oracle', 'Cisco', 'Nvidia', 'Samsung', 'Sony', 'Adobe', 'Netflix'],
    ],
    // Foreign firms closed by a trade word.
    ['Nhiều nhà đầu tư hợp tác với Mitsui Realty và Kansai Railway.', ['Mitsui Realty', 'Kansai Railway']],
    // A newspaper after a capitalised classifier glued to a caption, its country outside the name.
    ['Ảnh: Reuters Tờ Nikkei Shimbun Nhật Bản cho biết thêm.', ['Nikkei Shimbun']],
  ])('%s', (sentence, want) => {
    expect(texts('organization', sentence)).toEqual(want);
  });

  it.each([
    // A possessive in a title or a brand of goods, after an honorific, or inside a run of capitals is no firm.
    ["Bộ phim Schindler's List được chiếu lại; cửa hàng Victoria's Secret đông khách."],
    ["Ông Trump's không có mặt."],
    // An ampersand between words of a title; "R&D" is research.
    ['Cuốn Pride & Prejudice được tái bản; chi phí R&D tăng mạnh.'],
    // Examples of leaders or people, not of firms; a product of a brand.
    ['Các nhà lãnh đạo như Putin và Erdogan phản đối; ông mua xe Toyota.'],
    ['Người điều hành công ty lúc đó không phải là Kalanick.'],
    // A family name ending in "bank"; a Vietnamese province after "Điện".
    ['Võ sĩ Eubank thắng knock-out; đoàn về Điện Biên.'],
  ])('no organisation: %s', (sentence) => {
    expect(texts('organization', sentence)).toEqual([]);
  });
});

describe('a paragraph that is one long run of capitalised words', () => {
  // A pasted table of codes or a page set in capitals: each word used to walk back over every word
  // before it in search of a list's opening (20 s for this paragraph); bounded, it is linear (0.2 s).
  it.each([['TTGT '], ['HÀ NỘI '], ['XYZ, ']])('finishes: %j × 200,000 characters', (unit) => {
    expect(texts('organization', unit.repeat(Math.ceil(200_000 / unit.length)))).toEqual([]);
  }, 15_000);
});
