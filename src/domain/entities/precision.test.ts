/** Precision guards found by reading a corpus audit: what must not be marked, and its neighbours that must. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../article/types';
import { of } from './helpers.test-util';

const brief = (es: Entity[]) => es.map((e) => (e.type === 'official' ? [e.text, e.role] : e.text));

describe('a person whose family name is also a body head ("Đoàn")', () => {
  it.each([
    // After an honorific, or with a middle name, "Đoàn …" is a person: no body, and no official without a title.
    ['Chúng tôi ghé thăm bà Đoàn Thị Hoa ở đầu xóm.', [], []],
    ['Ông Đoàn Văn Bình kể lại chuyện cũ.', [], []],
    ['Chị Đoàn Ngọc Lan dạy lớp ba.', [], []],
    ['Đoàn Thị Lan đoạt huy chương vàng nội dung bắn súng.', [], []],
    ['Anh Hội Văn Nam chạy xe ôm.', [], []],
    // With a title the person is an official, still no body.
    ['Chủ tịch Đoàn Văn Hậu trao quà cho các hộ nghèo.', [], [['Đoàn Văn Hậu', 'Chủ tịch']]],
    ['Bà Đoàn Thị Mai, Chủ tịch UBND xã Tân Phú, chia sẻ.', ['UBND xã Tân Phú'], [['Đoàn Thị Mai', 'Chủ tịch UBND xã Tân Phú']]],
    // "Đoàn Thanh niên" is the body, never a person named "Đoàn Thanh".
    ['Bí thư Đoàn Thanh niên Lê Minh Tú phát động phong trào.', [], [['Lê Minh Tú', 'Bí thư Đoàn Thanh niên']]],
    // The bodies stay: a delegation, the youth union, a numbered team, a women's union after "các chị".
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động chiến dịch.', ['Đoàn Thanh niên Cộng sản Hồ Chí Minh'], []],
    ['Đoàn công tác của Bộ Tài chính làm việc với Sở Tài chính Nghệ An.', ['Bộ Tài chính', 'Sở Tài chính Nghệ An'], []],
    ['Ông Lê Văn Tám làm việc với Đoàn kiểm tra số 7.', ['Đoàn kiểm tra số 7'], []],
    ['Các chị Hội Phụ nữ đến thăm gia đình.', ['Hội Phụ nữ'], []],
  ])('%s', (sentence, orgs, officials) => {
    expect(brief(of('organization', sentence))).toEqual(orgs);
    expect(brief(of('official', sentence))).toEqual(officials);
  });
});

describe('prose in capitals', () => {
  it.each([
    // A head word inside shouting is an ordinary word ("toàn bộ", "cán bộ", "hội" …).
    ['PHẢI XÓA TOÀN BỘ DỮ LIỆU RỒI MỚI CÀI LẠI MÁY.', []],
    ['TUYỂN GẤP CÁN BỘ Y TẾ CHO VÙNG CAO.', []],
    ['ĐỪNG BAO GIỜ BAN HÀNH LỆNH CẤM VỘI VÀNG.', []],
    // A body noun right after a head that opens the capitals is the body, and only those words.
    ['BỘ Y TẾ KHUYẾN CÁO NGƯỜI DÂN ĐEO KHẨU TRANG.', ['BỘ Y TẾ']],
    // Acronym heads and heads in ordinary case keep working.
    ['UBND TP Cần Thơ và BV Chợ Rẫy ký kết; Bộ Y tế chứng kiến.', ['UBND TP Cần Thơ', 'BV Chợ Rẫy', 'Bộ Y tế']],
  ])('%s', (sentence, orgs) => {
    expect(brief(of('organization', sentence))).toEqual(orgs);
  });
});

describe('a title before a club or a company, with no person', () => {
  it.each([
    // The club or company the title names is no official.
    ['Chủ tịch Atletico Madrid từ chối lời đề nghị.', []],
    ['Giám đốc điều hành Manchester United lên tiếng.', []],
    ['Tổng giám đốc Vietnam Airlines ký văn bản.', []],
    ['Chủ tịch Samsung Electronics sang thăm.', []],
    // A name the organisation finder holds as a body's is no person ("a school named after a person").
    ['Hiệu trưởng Trường THPT Chu Văn An phát biểu.', []],
    // A person after the club is the official; foreign leaders after a title and a country stay.
    ['Chủ tịch Real Madrid Florentino Perez lên tiếng.', [['Florentino Perez', 'Chủ tịch Real Madrid']]],
    ['Thủ tướng Úc Anthony Albanese đến Hà Nội.', [['Anthony Albanese', 'Thủ tướng Úc']]],
    ['Chủ tịch Triều Tiên Kim Jong Un phát biểu.', [['Kim Jong Un', 'Chủ tịch Triều Tiên']]],
    ['Tổng Giám đốc WHO Tedros Adhanom Ghebreyesus cảnh báo.', [['Tedros Adhanom Ghebreyesus', 'Tổng Giám đốc WHO']]],
    ['Chủ tịch Nguyễn Văn An chủ trì cuộc họp.', [['Nguyễn Văn An', 'Chủ tịch']]],
  ])('%s', (sentence, officials) => {
    expect(brief(of('official', sentence))).toEqual(officials);
  });
});

describe('days of the lunar calendar', () => {
  it.each([
    // A lunar day with its month or Tết is a date, never a figure.
    ['Cả làng mở hội vào mùng 6 âm lịch tháng giêng.', ['mùng 6 âm lịch tháng giêng'], []],
    ['Mồng 4 Tết, phố phường vẫn vắng.', ['Mồng 4 Tết'], []],
    ['Giỗ tổ nhằm mồng 10 tháng 3 âm lịch.', ['mồng 10 tháng 3 âm lịch'], []],
    ['Chợ phiên họp vào ngày 15/7 âm lịch hằng năm.', ['15/7'], []],
    ['Lễ cúng ông Táo (23/12 âm lịch) đã cận kề.', ['23/12'], []],
    // The solar day given beside a lunar one, after "mùng" or with "dương lịch".
    ['Hội mở mùng 8 (tức mùng 26/2 dương lịch) và kéo dài ba tuần.', ['26/2'], []],
    ['Năm nay giỗ tổ rơi vào 18/4 dương lịch.', ['18/4'], []],
    // "mùng 4" alone names no month: no date, and no figure either.
    ['Từ mùng 2 đến mùng 4 nhà máy nghỉ.', [], []],
    // Neighbours: solar dates, ratios and ages keep their kind.
    ['Ngày 15 tháng 8 âm lịch, trẻ em rước đèn.', ['Ngày 15 tháng 8'], []],
    ['Tán thành có 4/9 thành viên; cụ đã 85 tuổi.', [], ['4/9 thành viên', '85 tuổi']],
  ])('%s', (sentence, dates, figures) => {
    expect(brief(of('date', sentence))).toEqual(dates);
    expect(brief(of('figure', sentence))).toEqual(figures);
  });
});

describe('a counted noun stops before its verb', () => {
  it.each([
    ['Đoàn có 7 người thì 4 người biết lái xe.', ['7 người', '4 người']],
    ['Ven sông có khoảng 3 ngàn hộ sinh sống lâu đời.', ['khoảng 3 ngàn hộ']],
    ['Sàn ghi nhận 75 giao dịch trị giá 2 tỷ đồng.', ['75 giao dịch', '2 tỷ đồng']],
    ['Có 6/8 hộ dân đồng ý di dời.', ['6/8 hộ dân']],
    ['Vụ lật thuyền làm 2 ngư dân mất tích.', ['2 ngư dân']],
    ['Vụ cháy 3 xe máy điện khiến cả khu hoảng loạn.', ['3 xe máy điện']],
    ['Đội có 2 cầu thủ giành huy chương.', ['2 cầu thủ']],
    // Neighbours: the counted noun itself, a noun that is also a verb first, compounds without a verb.
    ['Thành phố tổ chức 15 hoạt động văn hóa.', ['15 hoạt động văn hóa']],
    ['Huyện đã giải quyết 240 kiến nghị cử tri.', ['240 kiến nghị cử tri']],
    ['Xã có 1.500 hộ dân tộc Mông.', ['1.500 hộ dân tộc']],
  ])('%s', (sentence, figures) => {
    expect(brief(of('figure', sentence))).toEqual(figures);
  });
});

describe('a head that starts a place name', () => {
  it.each([
    // A country or a known place whose first syllable is a head ("Đài", "Trường", "Hội") is no body.
    ['Báo chí Đài Loan đồng loạt đưa tin.', []],
    ['Ngư dân bám biển ở quần đảo Trường Sa suốt tháng.', []],
    ['Đêm rằm, phố cổ Hội An thả hoa đăng.', []],
    // Bodies after such places, and bodies whose names hold a place, stay.
    ['UBND TP Hội An và Hội Nông dân tỉnh ký kết.', ['UBND TP Hội An', 'Hội Nông dân tỉnh']],
    ['Liên minh châu Âu và Bộ Công an đã trao đổi.', ['Liên minh châu Âu', 'Bộ Công an']],
  ])('%s', (sentence, orgs) => {
    expect(brief(of('organization', sentence))).toEqual(orgs);
  });
});

describe('a clause opener after a body whose full stop was lost', () => {
  it.each([
    ['Ca bệnh được chuyển lên Viện Huyết học Trung ương Theo thống kê, số ca tăng.', ['Viện Huyết học Trung ương']],
    ['Hội thảo của Hội Luật gia Tại đây, các đại biểu thảo luận.', ['Hội Luật gia']],
    ['Ý kiến của Sở Xây dựng Theo ông, công trình đạt chuẩn.', ['Sở Xây dựng']],
    // "Theo" inside a sentence in lower case, and bodies named with capitalised words, are unchanged.
    ['Báo cáo theo quy định gửi Ban Quản lý Khu kinh tế Dung Quất đúng hạn.', ['Ban Quản lý Khu kinh tế Dung Quất']],
  ])('%s', (sentence, orgs) => {
    expect(brief(of('organization', sentence))).toEqual(orgs);
  });
});

describe('a foreign country ends a body: a name after it is a person', () => {
  it.each([
    ['Trong khi đó, người phát ngôn Bộ Ngoại giao Nhật Bản Sato Masaru từ chối bình luận.', ['Bộ Ngoại giao Nhật Bản']],
    ['Tuyên bố của Bộ Quốc phòng Ấn Độ Rajesh Kumar gây chú ý.', ['Bộ Quốc phòng Ấn Độ']],
    // Neighbours: a province, a branch head or an acronym after the country still belong to the body.
    ['Ngân hàng Công thương Việt Nam Chi nhánh Hà Nội cho vay.', ['Ngân hàng Công thương Việt Nam Chi nhánh Hà Nội']],
    ['Đảng Lao động Anh và Ủy ban MTTQ Việt Nam TPHCM gửi thư.', ['Đảng Lao động Anh', 'Ủy ban MTTQ Việt Nam TPHCM']],
  ])('%s', (sentence, orgs) => {
    expect(brief(of('organization', sentence))).toEqual(orgs);
  });
});
