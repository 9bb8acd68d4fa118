import { describe, expect, it } from 'vitest';
import { texts } from './helpers.test-util';

describe('plans named in words', () => {
  it.each([
    ['Bộ đã phê duyệt Đề án phát triển cây mắc ca, trong đó ưu tiên Tây Bắc.', 'Đề án phát triển cây mắc ca'],
    ['Thành phố điều chỉnh Quy hoạch chung TP Vinh để mở rộng đô thị.', 'Quy hoạch chung TP Vinh'],
    ['Tỉnh trình Kế hoạch hành động quốc gia về chống sa mạc hóa để xin ý kiến.', 'Kế hoạch hành động quốc gia về chống sa mạc hóa'],
    ['Xã hoàn thành Kế hoạch sử dụng đất năm 2024 trước thời hạn.', 'Kế hoạch sử dụng đất năm 2024'],
    ['Dự án nằm trong Quy hoạch phát triển điện gió giai đoạn đến 2030, có xét đến năm 2045 được duyệt.', 'Quy hoạch phát triển điện gió giai đoạn đến 2030, có xét đến năm 2045'],
    ['Sân bay mở rộng theo Quy hoạch phát triển Cảng hàng không quốc tế Phù Cát đến năm 2030.', 'Quy hoạch phát triển Cảng hàng không quốc tế Phù Cát đến năm 2030'],
    ['Bộ phê duyệt Đề án đầu tư xây dựng trường học vùng cao trong tháng này.', 'Đề án đầu tư xây dựng trường học vùng cao'],
    ['Sở ban hành Chương trình hành động số 08-CTr/TU về chuyển đổi số.', 'Chương trình hành động số 08-CTr/TU'],
    // Where the plan works, after "trong": a field, a setting, or words its period closes.
    ['Bộ soạn Đề án đào tạo nhân lực trong lĩnh vực hàng hải để trình Chính phủ.', 'Đề án đào tạo nhân lực trong lĩnh vực hàng hải'],
    ['Sở lập Kế hoạch ứng dụng trí tuệ nhân tạo trong ngành thuế năm 2025.', 'Kế hoạch ứng dụng trí tuệ nhân tạo trong ngành thuế năm 2025'],
    ['Huyện duyệt Đề án bảo tồn nghề dệt thổ cẩm trong cộng đồng người Thái đến năm 2030.', 'Đề án bảo tồn nghề dệt thổ cẩm trong cộng đồng người Thái đến năm 2030'],
    ['Tỉnh đưa ra Chiến lược phát triển thể thao trong thời kỳ mới vào tháng trước.', 'Chiến lược phát triển thể thao trong thời kỳ mới'],
    // "tiếng Anh": a language, not the pronoun "anh".
    ['Trường soạn Đề án dạy tiếng Anh cho trẻ mầm non.', 'Đề án dạy tiếng Anh cho trẻ mầm non'],
    // Opening a sentence, a plan whose stage closes its name; a horizon after ", định hướng".
    ['Kế hoạch trồng rừng ven biển giai đoạn 2026-2030 được tỉnh thông qua.', 'Kế hoạch trồng rừng ven biển giai đoạn 2026-2030'],
    ['Huyện ủy ra Nghị quyết về phát triển cây ăn quả giai đoạn 2025-2030, định hướng đến năm 2035.', 'Nghị quyết về phát triển cây ăn quả giai đoạn 2025-2030, định hướng đến năm 2035'],
    // A list inside the name whose last item the stage or year closes.
    ['Tỉnh lập Đề án sáp nhập trường học cấp tiểu học, cấp trung học cơ sở giai đoạn 2026-2030.', 'Đề án sáp nhập trường học cấp tiểu học, cấp trung học cơ sở giai đoạn 2026-2030'],
    ['Sở trình Kế hoạch tu bổ đê điều, kênh mương năm 2026 cho huyện.', 'Kế hoạch tu bổ đê điều, kênh mương năm 2026'],
    // A programme or plan named by its "về" subject: a master programme, or a subject its stage closes.
    ['Chính phủ thông qua Chương trình tổng thể về phòng, chống thiên tai để các bộ thực hiện.', 'Chương trình tổng thể về phòng, chống thiên tai'],
    ['Tỉnh ban hành Kế hoạch của UBND tỉnh về chuyển đổi số giai đoạn 2026-2030.', 'Kế hoạch của UBND tỉnh về chuyển đổi số giai đoạn 2026-2030'],
    // A title of up to 16 syllables.
    ['Bộ duyệt Đề án nâng cao năng lực quản lý nhà nước về an toàn vệ sinh thực phẩm trong tuần.', 'Đề án nâng cao năng lực quản lý nhà nước về an toàn vệ sinh thực phẩm'],
    // "thực hiện" right after the head is the plan's verb; "đối với" whom; "người có …" people with ….
    ['Huyện ban hành Kế hoạch thực hiện chính sách đối với người có công năm 2026.', 'Kế hoạch thực hiện chính sách đối với người có công năm 2026'],
    ['Sở trình Đề án hỗ trợ sinh kế đối với người có uy tín ở vùng cao để tỉnh duyệt.', 'Đề án hỗ trợ sinh kế đối với người có uy tín ở vùng cao'],
    // The way the plan works, after "theo hình thức/phương thức".
    ['Sở trình Đề án dạy tiếng Anh theo hình thức trực tuyến cho học sinh vùng cao.', 'Đề án dạy tiếng Anh theo hình thức trực tuyến cho học sinh vùng cao'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toContain(want);
  });

  it.each([
    // A body's name, a sentence start, a strategist, a number, a document or an abbreviation inside.
    ['Ông làm Trưởng phòng Kế hoạch tài chính của sở từ năm ngoái.'],
    ['Vụ Kế hoạch chủ trì lập báo cáo tổng hợp.'],
    ['Kế hoạch phòng chống lụt bão được triển khai sớm.'],
    ['Nhiều người tin rằng Chiến lược gia người Anh sẽ ở lại.'],
    ['Hội thảo bàn Đề án tổng kết 10 năm thực hiện nghị quyết.'],
    ['Các bên thảo luận Kế hoạch hành động triển khai Chiến lược quốc gia về biển.'],
    ['Tỉnh rà soát Chiến lược phát triển ngành (PTN) thủy sản.'],
    ['Kế hoạch sản xuất lúa năm 2020 của hợp tác xã đã đạt.'],
    ['Công ty đặt Kế hoạch về lợi nhuận năm 2026 khá cao.'],
    ['Ông cho biết Bộ đã có Kế hoạch về việc này.'],
    ['Ông cho biết Bộ đã có Kế hoạch thực hiện việc này.'],
  ])('no plan in %s', (sentence) => {
    expect(texts('document', sentence).filter((d) => !d.startsWith('Chiến lược quốc gia'))).toEqual([]);
  });

  it.each([
    // "trong" before a time, before "này", or before words no period closes: the clause goes on (it is no part of the name).
    ['Xã khởi công Đề án nâng cấp đường làng trong tháng tới.', 'Đề án nâng cấp đường làng'],
    ['Bộ lập Kế hoạch hỗ trợ hợp tác xã trong thời gian tới.', 'Kế hoạch hỗ trợ hợp tác xã'],
    ['Tỉnh chi hai tỷ cho Đề án dạy nghề nông trong lĩnh vực này.', 'Đề án dạy nghề nông'],
    ['Phường làm Kế hoạch phòng dịch học đường trong trường học.', 'Kế hoạch phòng dịch học đường'],
    // "năm nay", "năm tới": when, after the name.
    ['Bộ trình Đề án phát triển nghề muối năm nay để Chính phủ duyệt.', 'Đề án phát triển nghề muối'],
    ['Các nước thông qua Kế hoạch bảo vệ rừng ngập mặn năm tới.', 'Kế hoạch bảo vệ rừng ngập mặn'],
    ['Quận chạy Kế hoạch cải tạo vỉa hè trong giai đoạn 2024-2026 với nhiều hạng mục.', 'Kế hoạch cải tạo vỉa hè'],
  ])('a plan ends where the clause goes on in %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });
});

describe('a plan submitted to a whole body', () => {
  it.each([
    ['Bộ Giáo dục đã trình Chính phủ Đề án đào tạo giáo viên dạy tiếng dân tộc.', ['Đề án đào tạo giáo viên dạy tiếng dân tộc']],
    ['Ủy ban Kinh tế trình Quốc hội Chiến lược phát triển kinh tế biển xanh để cho ý kiến.', ['Chiến lược phát triển kinh tế biển xanh']],
    ['Bộ Y tế trình Quốc hội Đề án nâng cao tầm vóc người Việt để xin ý kiến.', ['Đề án nâng cao tầm vóc người Việt']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a school grade and a school year are words of an exam rule book or plan', () => {
  it.each([
    ['Sở Giáo dục vừa ban hành Quy chế thi tuyển sinh vào lớp 10 năm học 2018-2019 với nhiều thay đổi.', ['Quy chế thi tuyển sinh vào lớp 10 năm học 2018-2019']],
    ['Bộ ban hành Quy chế tuyển sinh vào lớp 6 trường phổ thông dân tộc nội trú.', ['Quy chế tuyển sinh vào lớp 6 trường phổ thông dân tộc nội trú']],
    ['Phòng giáo dục duyệt Kế hoạch bồi dưỡng giáo viên năm học 2018-2019 cho các trường.', ['Kế hoạch bồi dưỡng giáo viên năm học 2018-2019']],
    // A class with its letter ("lớp 10A") is no grade; the clause's "vào lớp" after a name stays outside.
    ['Em đọc Quy chế thi đua của lớp 10A vào cuối tuần.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe("a legislature's yearly programme is named by its kind, owner and year", () => {
  it.each([
    ['Ủy ban Thường vụ Quốc hội đề nghị điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2019 vì nhiều dự án chậm.', ['Chương trình xây dựng luật, pháp lệnh năm 2019']],
    ['HĐND thành phố thông qua Chương trình giám sát của HĐND thành phố năm 2019 tại kỳ họp.', ['Chương trình giám sát của HĐND thành phố năm 2019']],
    // Without its year the programme is the common noun.
    ['Đại biểu góp ý Chương trình giám sát của đoàn trong nhiệm kỳ.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});
