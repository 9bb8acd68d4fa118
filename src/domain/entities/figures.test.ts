import { describe, expect, it } from 'vitest';
import { of, texts } from './helpers.test-util';

describe('figures', () => {
  it.each([
    ['Đảng bộ có 246.797 đảng viên.', '246.797 đảng viên', 246797],
    ['Giải ngân 2,5 tỷ đồng cho dự án.', '2,5 tỷ đồng', 2.5e9],
    ['Tín dụng tăng 16-17% so với năm trước.', '16-17%', 16],
    ['Kết nạp 195/160 đảng viên.', '195/160 đảng viên', 195],
    ['Tỷ lệ đạt 15%.', '15%', 15],
    ['Có khoảng 500 nghìn hộ nghèo.', 'khoảng 500 nghìn hộ nghèo', 500000],
    ['Thu hút trên 12,3 tỷ USD.', 'trên 12,3 tỷ USD', 12.3e9],
    ['Chi gần 700 triệu cho đoàn.', 'gần 700 triệu', 7e8],
    ['Nợ công 56,2% GDP.', '56,2% GDP', 56.2],
    ['Tuyến dài 654km qua 5 tỉnh.', '654km', 654],
    ['Bình quân 2%/năm.', '2%/năm', 2],
    ['Căn hộ rộng 45 m2 ở tầng 5.', '45 m2', 45],
    ['Giá từ 65 triệu đồng/m2; lương 12 triệu đồng/tháng.', '65 triệu đồng/m2', 65e6],
    ['Dư nợ đạt hơn 14,6 triệu tỷ đồng.', 'hơn 14,6 triệu tỷ đồng', 14.6e15],
    ['Lãi suất giảm 0,9 điểm phần trăm.', '0,9 điểm phần trăm', 0.9],
    ['Đã nghiệm thu 5/5 hạng mục công trình.', '5/5 hạng mục công trình', 5],
    ['UBND quận có không quá 3 Phó chủ tịch.', 'không quá 3 Phó chủ tịch', 3],
    ['Khởi tố 5 bị can.', '5 bị can', 5],
    ['Đạt 164 “Cộng đồng học tập” xuất sắc.', '164 “Cộng đồng học tập”', 164],
    // What is counted is learned from the words after the number, not from a closed list of units.
    ['Tỉnh hiện có 9 KCN đang hoạt động.', '9 KCN', 9],
    ['Ủy ban kỷ luật 4 đồng chí trong ban chấp hành.', '4 đồng chí', 4],
    ['Sau rà soát, 27 tổ chức đảng được xếp loại tốt.', '27 tổ chức đảng', 27],
    ['Biểu thuế cắt giảm 150 dòng thuế nông sản.', '150 dòng thuế nông sản', 150],
    ['Đến nay 41/63 tỉnh, thành phố đã hoàn thành.', '41/63 tỉnh', 41],
    ['Giá đất cao gấp 4 lần so với trước.', '4 lần', 4],
    ['Hội nghị quán triệt 2 Nghị quyết của Trung ương.', '2 Nghị quyết', 2],
    ['Con đường dài 2.300m chạy dọc bờ sông; tuyến 2.300m đã xong.', '2.300m', 2300],
    // "tổng số"/"trong số" before a number is "the number of"; short units measure even after a name.
    ['Trong tổng số 540 hợp tác xã, mới có một nửa báo cáo.', '540 hợp tác xã', 540],
    ['Chỉ 3 trong số 12 bệnh viện đạt chuẩn.', '12 bệnh viện', 12],
    ['Cơ quan điều tra thu của Tuấn 120 g heroin.', '120 g', 120],
    // A range whose unit stands after its second number.
    ['Giá cước tăng từ 2,5 đến 4,1% tùy tuyến.', '2,5 đến 4,1%', 2.5],
    ['Lệ phí từ 20.000 đến 100.000 đồng mỗi hồ sơ.', '20.000 đến 100.000 đồng', 20000],
    // Nouns that start with a function word, and verbs that are nouns right after a number.
    ['Huyện hoàn thành 17/19 chỉ tiêu chủ yếu của năm.', '17/19 chỉ tiêu chủ yếu', 17],
    ['Đảng bộ xã có 14 chi bộ, 320 đảng viên.', '14 chi bộ', 14],
    ['Cử tri gửi 2.150 kiến nghị tới kỳ họp.', '2.150 kiến nghị', 2150],
    ['Ban soạn thảo bổ sung 3 yêu cầu.', '3 yêu cầu', 3],
    // Abbreviated units the closed list lacked.
    ['Mỗi gói nặng khoảng 250gr, giá 2 lượng vàng.', 'khoảng 250gr', 250],
    ['Máy có RAM 4GB và pin 3.000mAh.', '4GB', 4],
    // A noun phrase longer than the limit is cut back to the counted noun, never inside a compound.
    ['Bến xe có 18 xe khách giường nằm chất lượng cao xuất bến.', '18 xe', 18],
    // ... and a two-syllable counted noun is kept whole (audit: "301 dự" for "301 dự án …").
    ['Tỉnh hiện có 215 dự án đầu tư nước ngoài còn hiệu lực.', '215 dự án', 215],
    ['Thành phố có 640 công ty cổ phần tư nhân mới.', '640 công ty', 640],
    ['Cả nước có 1.249 lượt dự án đăng ký điều chỉnh vốn.', '1.249 lượt', 1249],
    // Rates after a counted noun (audit: "6.500 vòng" for "6.500 vòng/phút").
    ['Động cơ đạt công suất cực đại tại 5.200 vòng/phút.', '5.200 vòng/phút', 5200],
    ['Bến phà phục vụ khoảng 180 lượt/ngày vào dịp Tết.', 'khoảng 180 lượt/ngày', 180],
    ['Nhà máy cấp 12.000m3/ngày đêm cho thành phố.', '12.000m3/ngày đêm', 12000],
  ])('%s', (sentence, text, value) => {
    const f = of('figure', sentence);
    expect(f.map((e) => e.text)).toContain(text);
    expect(f.find((e) => e.text === text)?.value).toBe(value);
  });

  it('keeps a comparative "hơn" out of the span ("thấp hơn" is "lower by")', () => {
    expect(texts('figure', 'Lãi suất thấp hơn 1-2 điểm phần trăm; giá cao hơn 5%.')).toEqual(['1-2 điểm phần trăm', '5%']);
    expect(texts('figure', 'Xuất khẩu hơn 500.000 tấn gạo, tăng hơn 5%.')).toEqual(['hơn 500.000 tấn', 'hơn 5%']);
  });

  it('a verb after the counted noun is no part of it', () => {
    expect(texts('figure', 'Vụ lập báo cáo về 12 dự án báo cáo lãnh đạo Bộ trước Tết.')).toEqual(['12 dự án']);
  });

  it('keeps change words out of the span', () => {
    expect(texts('figure', 'Số thu giảm 63.630 tỷ đồng, tăng 86.061 đảng viên.')).toEqual(['63.630 tỷ đồng', '86.061 đảng viên']);
  });

  it.each([
    ['Quận 10 đã cụ thể hóa tiêu chí.'],
    ['Theo quy định tại điều 49 của luật.'],
    ['Địa phương đứng thứ 6 cả nước.'],
    ['Chặng đường trong 10 năm qua.'],
    ['Dự án thực hiện trong 37 tháng.'],
    ['Dự án kéo dài thêm 3 tuần.'],
    ['Trong đó có 240 được công nhận.'],
    ['Dịch Covid-19 ập đến.'],
    ['Xe chạy trên Quốc lộ 1A.'],
    ['Ba cán bộ đi Mỹ.'],
    ['Văn phòng đặt tại số 15 đường Trần Phú.'],
    ['Cửa hàng ở tổng số 7 ngõ 12 phố Huế.'],
    // A model code with a capital "M" (metres are "m"), a multiplication sign.
    ['Nga thả xe thiết giáp BMD-4M từ máy bay, đời trước là 3M.'],
    ['Ảnh có độ phân giải 1.280 x 720.'],
  ])('no figure in %s', (sentence) => {
    expect(texts('figure', sentence)).toEqual([]);
  });
});

describe('ranks out of a whole', () => {
  it.each([
    ['Năm nay thành phố xếp thứ 7/63 tỉnh, thành về chỉ số PAR.', 'xếp thứ 7/63 tỉnh'],
    ['Huyện đứng thứ 2/11 về thu ngân sách.', 'đứng thứ 2/11'],
    ['Tỉnh vươn lên hạng 21/63 trong bảng xếp hạng.', 'hạng 21/63'],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual([want]);
  });

  it.each([
    ['Đội tuyển đứng thứ 3 chung cuộc.'],
    ['Cuộc họp diễn ra vào thứ 6/12 tại trụ sở.'],
    ['Điểm thi xếp thứ 30/12 là sai, rank cao hơn tổng số.'],
  ])('a lone ordinal, a weekday\'s date or a rank above its whole is no rank: %s', (sentence) => {
    expect(texts('figure', sentence).filter((f) => /\//.test(f))).toEqual([]);
  });
});

describe('ranks need a verb of ranking', () => {
  it('"hàng thứ 2/3" lists rows; "vị trí thứ 4/30" stays an ordinal', () => {
    expect(texts('figure', 'Xe có ghế ở hàng thứ 2/3 cho trẻ em.').filter((f) => f.includes('2/3'))).toEqual([]);
    expect(texts('figure', 'Trường ở vị trí thứ 4/30 trong bảng.')).toEqual([]);
  });
});

describe('what a figure counts stops before its verb; a rate per unit per time', () => {
  it.each([
    ['Vụ sạt lở làm 4 người chết và nhiều người mất tích.', '4 người'],
    ['Khoảng 2.000 hộ dân sống ven sông phải sơ tán.', 'Khoảng 2.000 hộ dân'],
    ['Mức hỗ trợ là 1.200.000 đồng/người/tháng trong 6 tháng.', '1.200.000 đồng/người/tháng'],
    ['Giá vé là 80.000 đồng/vé/tháng cho học sinh.', '80.000 đồng/vé/tháng'],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)[0]).toBe(want);
  });

  it('a rate per something that is no unit of time stops after the first', () => {
    expect(texts('figure', 'Phí là 5.000 đồng/lượt/xe máy.')[0]).toBe('5.000 đồng/lượt');
  });
});

describe('an amount in two parts with their multipliers is one figure', () => {
  it.each([
    ['Chi phí đội lên 354 tỷ 120 triệu đồng so với dự toán.', '354 tỷ 120 triệu đồng', 354.12e9],
    ['Mỗi suất quà trị giá 1 triệu 500 nghìn đồng.', '1 triệu 500 nghìn đồng', 1.5e6],
  ])('%s', (sentence, want, value) => {
    expect(of('figure', sentence).map((f) => [f.text, f.value])).toEqual([[want, value]]);
  });

  it('a count after an amount stays its own figure', () => {
    expect(texts('figure', 'Quỹ có 8 tỷ 3 dự án nhận vốn.')).toEqual(['8 tỷ', '3 dự án']);
  });
});

describe('bodies counted by their head when a list or "là" names them', () => {
  it.each([
    ['Việc cấp phép do 4 Bộ: Tài chính, Công Thương, Y tế, Xây dựng cùng làm.', '4 Bộ'],
    ['Đoàn kiểm tra gồm 6 Sở, ngành của tỉnh.', '6 Sở'],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual([want]);
  });

  it.each([['Cháu bé ngã từ tầng 3 Trường mầm non Hoa Sen.'], ['Nữ ca sĩ bước sang tuổi 40 Bộ ảnh mới được tung ra.']])('a body or a word after the number is no count: %s', (sentence) => {
    expect(texts('figure', sentence)).toEqual([]);
  });
});

describe('"khác" (other) after the counted noun stays outside the figure', () => {
  it.each([
    ['Công ty ký thêm 4 hợp đồng khác với đối tác.', ['4 hợp đồng']],
    ['Tranh có 6 loại màu sắc khác nhau.', ['6 loại màu sắc']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('a share after "chiếm" is a figure', () => {
  it.each([
    ['Mảng cao su chiếm 1/2 chi phí đầu tư của tập đoàn.', ['1/2']],
    ['Khoản nợ chiếm 1/3 tổng tài sản.', ['1/3 tổng tài sản']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('a share after "tỷ lệ", "số phiếu", "đạt" is a figure', () => {
  it.each([
    ['Nghị quyết được thông qua với tỷ lệ 9/9.', ['9/9']],
    ['Ông trúng cử với số phiếu 45/47.', ['45/47']],
    ['Riêng xã Tân Lập đạt 5/5.', ['5/5']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('a counted party unit longer than the word limit stays whole', () => {
  it.each([
    ['Đảng bộ huyện có 40 tổ chức cơ sở đảng và 2.100 đảng viên.', ['40 tổ chức cơ sở đảng', '2.100 đảng viên']],
    ['Toàn tỉnh có 512 tổ chức cơ sở Đảng trực thuộc.', ['512 tổ chức cơ sở Đảng']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('litres glued to a decimal, stars, subscribers; "chính là" is no counted noun', () => {
  it.each([
    ['Xe dùng động cơ 1.5L tăng áp, mạnh ngang động cơ 2,4L thường.', ['1.5L', '2,4L']],
    ['Toyota Lexus LS 460L có ưu thế nổi trội.', []],
    ['Khách sạn đạt chuẩn 5 sao vừa khai trương.', ['5 sao']],
    ['Tin nhắn được gửi đến 1 thuê bao duy nhất.', ['1 thuê bao duy nhất']],
    ['Điểm nhấn của thế hệ 10 chính là động cơ mới.', []],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('what a figure counts stops before a verb or an adjective after it', () => {
  it.each([
    ['Khán giả chờ đợi 1 trận cầu hấp dẫn vào tối mai.', ['1 trận cầu']],
    ['Bộ trưởng gửi 1 lời nhắn rõ ràng tới các doanh nghiệp.', ['1 lời nhắn']],
    ['Cơ quan chức năng tìm thấy 14 con cá heo nằm trên bãi cát.', ['14 con cá heo']],
    ['Người dân phát hiện 3 cậu bé đang tắm chạy vào bờ.', ['3 cậu bé']],
    ['Cảnh sát truy bắt 12 đối tượng bỏ trốn sang Campuchia.', ['12 đối tượng']],
    // A verb counted by its event noun, a word ending in a verb's syllable, an agent noun with "nhà": never cut.
    ['Bệnh viện ghi nhận 9 ca ngộ độc rượu trong tuần.', ['9 ca ngộ độc rượu']],
    ['Sáng nay sân bay chỉ đón 3 chiếc máy bay.', ['3 chiếc máy bay']],
    ['Thị trường internet có 4 nhà cung cấp.', ['4 nhà cung cấp']],
    ['Đội cứu hỏa điều động 2 xe chữa cháy tới hiện trường.', ['2 xe chữa cháy']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('a time after the counted noun, and "trên" meaning "on", stay outside the figure', () => {
  it.each([
    ['Công ty đặt vé máy bay cho 3 nhân viên đầu tháng tới.', ['3 nhân viên']],
    ['Tiền vệ này đã ghi 9 bàn thắng mùa này.', ['9 bàn thắng']],
    ['Hóa đơn tiền nước tăng gấp 2 lần tháng trước.', ['2 lần']],
    ['Ba người ngồi trên 1 chiếc xe đạp.', ['1 chiếc xe đạp']],
    // "trên" after no verb of place still means "more than".
    ['Dự án thu hút trên 200 lao động.', ['trên 200 lao động']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});

describe('a place noun whose capitalised name ends the run is cut back with it', () => {
  it.each([
    ['Chương trình hỗ trợ 12 nước châu Phi chống dịch.', ['12 nước']],
    ['Đoàn đã thăm 30 hộ dân xã Tân Lập.', ['30 hộ dân']],
    // Not a place noun: the run is kept.
    ['Hãng ra mắt 2 phiên bản Galaxy mới.', ['2 phiên bản']],
  ])('%s', (sentence, want) => {
    expect(texts('figure', sentence)).toEqual(want);
  });
});
