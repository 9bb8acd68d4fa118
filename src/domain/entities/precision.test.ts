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
