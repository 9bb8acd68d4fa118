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
  ])('no plan in %s', (sentence) => {
    expect(texts('document', sentence).filter((d) => !d.startsWith('Chiến lược quốc gia'))).toEqual([]);
  });
});
