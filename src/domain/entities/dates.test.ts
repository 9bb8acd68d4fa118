import { describe, expect, it } from 'vitest';
import { texts } from './helpers.test-util';

describe('dates', () => {
  it.each([
    ['Ngày 12/11, Thành ủy tổ chức hội nghị.', ['12/11']],
    ['Thứ Ba, ngày 25 tháng 1 năm 2022 trời mưa.', ['ngày 25 tháng 1 năm 2022']],
    ['So với năm 2010, số đảng viên tăng.', ['năm 2010']],
    ['Tăng trưởng chính trong quý I/2023.', ['quý I/2023']],
    ['Rà soát vào quý I năm 2014.', ['quý I năm 2014']],
    ['Từ ngày 1/7/2021, quận thực hiện.', ['1/7/2021']],
    ['Đến tháng 5/2021 sẽ bầu cử.', ['tháng 5/2021']],
    ['Nhiệm kỳ 2016 - 2021 tiếp tục.', ['2016 - 2021']],
    ['Giai đoạn 2012- 2015 được duyệt.', ['2012- 2015']],
    ['Đoàn công tác 11 ngày (8-19/9) tại Mỹ.', ['8-19/9']],
    ['Trong tháng 9 có 3.269 doanh nghiệp.', ['tháng 9']],
    ['GDP năm 2020 và 2021 tăng.', ['năm 2020', '2021']],
    ['Khen tặng học sinh trong năm học 2019 - 2020.', ['năm học 2019 - 2020']],
    ['Từ năm 2011-2013 nguồn lực tăng.', ['năm 2011-2013']],
    // Dotted and dashed dates: with a year, or after a cue word, or in brackets.
    ['Sáng 3.4, hội đồng họp phiên đầu tiên.', ['3.4']],
    ['Văn bản ký ngày 3.4.2019 đã có hiệu lực.', ['3.4.2019']],
    ['Hội nghị khai mạc hôm nay (12.9) tại Huế.', ['12.9']],
    ['Chiều 27-8, đoàn công tác đến Cà Mau.', ['27-8']],
    ['Hạn chót là trước ngày 31-12-2024.', ['31-12-2024']],
    ['Sáng nay, 14-2, giá xăng giảm.', ['14-2']],
    ['Quy định áp dụng từ 1-7 tới.', ['1-7']],
    // Ranges across months and years, and reporting periods.
    ['Triển lãm mở cửa từ 28/6 - 2/7 tại Đà Lạt.', ['28/6 - 2/7']],
    ['Dự án thi công từ tháng 11/2018 – 3/2019.', ['tháng 11/2018 – 3/2019']],
    ['Sản lượng quý này (tháng 10-12/2022) giảm nhẹ.', ['tháng 10-12/2022']],
    ['Xuất khẩu 9 tháng đầu năm 2019 tăng mạnh.', ['9 tháng đầu năm 2019']],
    ['Doanh thu 6 tháng năm 2021 đạt kế hoạch.', ['6 tháng năm 2021']],
    // Month and quarter with a dashed year, and a quarter written as a digit.
    ['Hồi tháng 8-2019, công ty đã nộp hồ sơ.', ['tháng 8-2019']],
    // A year after "SN", a season or a lunar year, and after a capitalised function word, stays a date.
    ['Bị cáo Lê Văn T. (SN 1985) khai nhận.', ['1985']],
    ['Dịp Tết Giáp Thìn 2024, chợ hoa mở sớm.', ['2024']],
    ['Từ 2016, huyện không còn hộ đói.', ['2016']],
    // Ranges of days: a spaced dash or "đến" makes one date (the audit found "đến" ranges split in two).
    ['Lễ hội kéo dài từ ngày 12 - 16/4 ở phố cổ.', ['12 - 16/4']],
    ['Đoàn công tác ở Lào từ ngày 3 đến ngày 7/8/2019.', ['3 đến ngày 7/8/2019']],
    ['Hội chợ mở cửa từ ngày 11 đến 13/2 tại Cần Thơ.', ['11 đến 13/2']],
    ['Giá vé tăng từ 25 đến 30/4 hằng năm.', ['25 đến 30/4']],
    ['Mưa lớn kéo dài từ tháng 9 đến 10/2015 ở miền Trung.', ['tháng 9 đến 10/2015']],
    ['Sản lượng tăng đều từ 2016 đến 2020.', ['2016 đến 2020']],
    // Two whole dates joined by "đến" or "và" stay two dates; a deadline after "đến" stays one.
    ['Triển lãm diễn ra từ 28/6 đến 2/7 ở Huế.', ['28/6', '2/7']],
    ['Dự án triển khai từ năm 2016 đến năm 2020, sau đó mở rộng.', ['năm 2016', 'năm 2020']],
    ['Hội nghị họp ngày 8 và 9/9 tại Hà Nội.', ['ngày 8', '9/9']],
    ['Từ năm 2016 đến nay, tỉnh phấn đấu đến năm 2020 hoàn thành.', ['năm 2016', 'năm 2020']],
    ['Báo cáo phải nộp trong tháng 4.2018 và quyết toán trước ngày 30.6.2018.', ['tháng 4.2018', '30.6.2018']],
    ['Tính đến hết quý III-2021, dư nợ giảm.', ['quý III-2021']],
    ['Lợi nhuận quý 2/2018 và quý 4 năm 2019 đều tăng.', ['quý 2/2018', 'quý 4 năm 2019']],
  ])('%s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });

  it.each([
    ['Trong 10 năm qua, đảng viên tăng.'],
    ['Đã nghiệm thu 9/11 chuyên ngành thiết bị.'],
    ['Có từ 2/3 tổng số đại biểu tán thành.'],
    ['Tỉnh đạt 9/12 chỉ tiêu kinh tế - xã hội.'],
    ['Hội nghị có 7/9 Ủy viên Ban Thường vụ dự.'],
    ['Lãi suất tăng 16-17% so với cùng kỳ.'],
    ['Tỷ số chung cuộc là 2-1 cho đội khách.'],
    ['Phiên bản 2.5 được phát hành rộng rãi.'],
    ['Đội hình có quý 3 cầu thủ trẻ.'],
    // "vòng 1/8" is the round of sixteen.
    ['Đội tuyển vào vòng 1/8 sau trận thắng.'],
    // A lone year right after a name word is the name's edition.
    ['Việt Nam đăng cai Năm APEC 2027 với nhiều sự kiện.'],
    ['Đội tuyển chuẩn bị cho SEA Games 2025 tại Thái Lan.'],
  ])('no date in %s', (sentence) => {
    expect(texts('date', sentence)).toEqual([]);
  });
});

describe('a rank is no date', () => {
  it('"xếp thứ 2/11" after a verb of ranking is a rank; "vào thứ 2/11" a weekday\'s date', () => {
    expect(texts('date', 'Huyện đứng thứ 2/11 về thu ngân sách.')).toEqual([]);
    expect(texts('date', 'Hội nghị họp vào thứ 2/11 tại tỉnh.')).toEqual(['2/11']);
  });
});

describe('scores and tables of statistics are no dates', () => {
  it.each([
    ['Tay vợt người Serbia thắng 6-3 ở set đầu.'],
    ['Anh thắng set một 7-6 (7-4), rồi thua 3-6.'],
    ['Giao bóng 1 ăn điểm 61% 58% Cứu Break 2/5 7 Số game cầm giao bóng 9'],
  ])('%s', (sentence) => {
    expect(texts('date', sentence)).toEqual([]);
  });

  it.each([
    ['Lịch thi đấu: 2:45 9/2 Roma - Napoli.', ['9/2']],
    ['Đội chủ nhà đá vào thứ 7 (11/2) tuần này.', ['11/2']],
    ['Sáng 15/8 10 giờ đoàn khởi hành.', ['15/8']],
  ])('a fixture after a clock time, a date in brackets after a weekday, a date before an hour: %s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });
});

describe('a season across two years with a slash', () => {
  it.each([
    ['Niên vụ 2021/2022, giá lúa tăng mạnh.', ['2021/2022']],
    ['Trong năm học 2023/2024, trường mở thêm lớp.', ['năm học 2023/2024']],
  ])('%s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });

  it('two years a slash joins that do not follow each other are no season', () => {
    expect(texts('date', 'Tỷ số 2019/2021 được ghi trên bảng.')).toEqual([]);
  });
});

describe('ranges across months and years, dotted ranges, quarters in digits', () => {
  it.each([
    ['Tuần lễ từ 28/1-04/2/2018 chứng khoán tăng điểm.', ['28/1-04/2/2018']],
    ['Trong một năm (từ ngày 2/6/2015-1/6/2016), đội bắt 40 vụ.', ['2/6/2015-1/6/2016']],
    ['Chuyến thăm (ngày 20-21.10.1959) để lại nhiều kỷ niệm.', ['20-21.10.1959']],
    ['Mưa lớn từ ngày 28.12 - 2.1 làm ngập nhiều xã.', ['28.12 - 2.1']],
    ['Hội thảo diễn ra trong hai ngày 14-15 tháng 3 tại Huế.', ['ngày 14-15 tháng 3']],
    ['Doanh thu quý 3 của hãng tăng mạnh.', ['quý 3']],
    ['Lỗ trong quý 2.2018 được bù lại ở quý 3.2018.', ['quý 2.2018', 'quý 3.2018']],
    ['Giá nhà tăng từ quý I-II/2019.', ['quý I-II/2019']],
  ])('%s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });

  it.each([
    ['Có quý 2 người bạn tốt.'],
    ['Giá vàng quý 9999 tăng.'],
    ['Trong 4 tháng đầu năm, thị trường lặng sóng.'],
  ])('no date: %s', (sentence) => {
    expect(texts('date', sentence)).toEqual([]);
  });
});

describe('a range of days with a spaced dash whose second day is dotted with its month', () => {
  it.each([
    ['Từ ngày 21 - 28.2, đoàn kiểm tra làm việc tại huyện.', ['21 - 28.2']],
    ['Hội chợ mở cửa từ 5 – 10.3.2017 tại Hà Nội.', ['5 – 10.3.2017']],
    // A price range in decimals, and a share after "chiếm", are no dates.
    ['Giá tăng từ 2 - 3.5 triệu đồng.', []],
    ['Mảng cao su chiếm 1/2 chi phí đầu tư của tập đoàn.', []],
  ])('%s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });
});

describe('no date: a share after a word of counting, "24/7", a phone number\'s prefix', () => {
  it.each([
    ['Nghị quyết được thông qua với tỷ lệ 9/9.'],
    ['Riêng xã Tân Lập đạt 5/5.'],
    ['Tổng đài hỗ trợ hoạt động 24/7.'],
    ['Gọi tổng đài 1900 1234 để được hỗ trợ.'],
  ])('%s', (sentence) => {
    expect(texts('date', sentence)).toEqual([]);
  });

  it.each([
    ['Sáng 5/5, xã Tân Lập tổ chức lễ ra quân.', ['5/5']],
    ['Hội nghị diễn ra ngày 24/7 tại Hà Nội.', ['24/7']],
    ['Năm 1900 là năm ông sinh ra.', ['Năm 1900']],
  ])('still a date: %s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });
});

describe('a quarter abbreviated with its year', () => {
  it.each([
    ['Doanh thu Q4/2016 tăng mạnh, dự kiến Q1/2017 sẽ chậm lại.', ['Q4/2016', 'Q1/2017']],
    ['Mẫu xe Q5/2017 ra mắt.', []],
  ])('%s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });
});
