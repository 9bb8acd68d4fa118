/**
 * Held-out paragraphs: written after the rules, in the style of national and provincial news
 * (VnExpress, Tuổi Trẻ, Thanh Niên, VietnamPlus, Nhân Dân, Dân trí), with shapes the gold articles do
 * not have. Expected entities follow content/GUIDELINE.md and are scored like the gold (distinct
 * entities per type; figures and dates match by containment with the same digits).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../article/types';
import { extractEntities } from './index';
import { labelsFromEntities, scoreArticle, SCORED_TYPES, type GoldLabels } from './score';

interface Case {
  name: string;
  /** First string is the heading, the rest are paragraphs. */
  blocks: string[];
  gold: Partial<GoldLabels>;
}

const CASES: Case[] = [
  {
    name: 'provincial infrastructure (Đà Nẵng)',
    blocks: [
      'Đà Nẵng khởi công cầu vượt 1.250 tỷ đồng',
      'Sáng 15/3/2024, UBND TP Đà Nẵng tổ chức lễ khởi công dự án cầu vượt nút giao Hòa Cầm với tổng mức đầu tư 1.250 tỷ đồng. Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng, Chủ tịch UBND thành phố Lê Trung Chinh cùng lãnh đạo Sở Giao thông vận tải dự lễ.',
      'Phát biểu tại buổi lễ, ông Lê Trung Chinh cho biết dự án được triển khai theo Nghị quyết số 43/NQ-HĐND ngày 12/7/2023 của HĐND thành phố. Theo ông Chinh, công trình dài 2,3 km, dự kiến hoàn thành trong quý IV/2025.',
      'Trước đó, Thủ tướng Chính phủ Phạm Minh Chính đã ký Quyết định số 1287/QĐ-TTg phê duyệt chủ trương đầu tư. Bộ Kế hoạch và Đầu tư, Bộ Tài chính được giao phối hợp hướng dẫn thành phố.',
      'Theo bà Trần Thị Thanh Hương, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng, năm 2023 thành phố giải ngân được 4.600 tỷ đồng vốn đầu tư công, tăng 12% so với năm 2022.',
      'Thiếu tướng Vũ Xuân Viên, Giám đốc Công an TP Đà Nẵng, cam kết bảo đảm an ninh trật tự. Ông Viên cho biết lực lượng công an sẽ phân luồng giao thông từ ngày 20/3.',
    ],
    gold: {
      officials: [
        { name: 'Nguyễn Văn Quảng', role: 'Bí thư Thành ủy Đà Nẵng' },
        { name: 'Lê Trung Chinh', role: 'Chủ tịch UBND thành phố' },
        { name: 'Phạm Minh Chính', role: 'Thủ tướng Chính phủ' },
        { name: 'Trần Thị Thanh Hương', role: 'Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng' },
        { name: 'Vũ Xuân Viên', role: 'Giám đốc Công an TP Đà Nẵng' },
      ],
      organizations: [
        'UBND TP Đà Nẵng',
        'Thành ủy Đà Nẵng',
        'Sở Giao thông vận tải',
        'HĐND thành phố',
        'Chính phủ',
        'Bộ Kế hoạch và Đầu tư',
        'Bộ Tài chính',
        'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng',
        'Công an TP Đà Nẵng',
      ],
      figures: ['1.250 tỷ đồng', '2,3 km', '4.600 tỷ đồng', '12%'],
      dates: ['15/3/2024', '12/7/2023', 'quý IV/2025', 'năm 2023', 'năm 2022', '20/3'],
      documents: ['Nghị quyết số 43/NQ-HĐND', 'Quyết định số 1287/QĐ-TTg'],
    },
  },
  {
    name: 'discipline of a former district head (Nghệ An)',
    blocks: [
      'Nghệ An: Kỷ luật cảnh cáo nguyên Chủ tịch huyện Quỳnh Lưu',
      'Ngày 5/10, Ủy ban Kiểm tra Tỉnh ủy Nghệ An cho biết đã thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Hồ Văn Tuấn, nguyên Phó Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện Quỳnh Lưu, do vi phạm trong quản lý đất đai.',
      'Theo kết luận, UBND huyện Quỳnh Lưu đã giao 47 lô đất không qua đấu giá, gây thất thoát khoảng 18,5 tỷ đồng. Ông Tuấn phải chịu trách nhiệm chính. Huyện ủy Quỳnh Lưu đã kiểm điểm tập thể Ban Thường vụ.',
      'Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ đã chỉ đạo Sở Tài nguyên và Môi trường rà soát toàn bộ 1.320 hồ sơ giao đất. Ông Đệ yêu cầu hoàn thành trước ngày 30 tháng 11 năm 2023.',
    ],
    gold: {
      officials: [
        { name: 'Hồ Văn Tuấn', role: 'nguyên Phó Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện Quỳnh Lưu' },
        { name: 'Nguyễn Văn Đệ', role: 'Phó Chủ tịch UBND tỉnh Nghệ An' },
      ],
      organizations: [
        'Ủy ban Kiểm tra Tỉnh ủy Nghệ An',
        'UBND huyện Quỳnh Lưu',
        'Huyện ủy Quỳnh Lưu',
        'UBND tỉnh Nghệ An',
        'Sở Tài nguyên và Môi trường',
      ],
      figures: ['47 lô đất', 'khoảng 18,5 tỷ đồng', '1.320 hồ sơ'],
      dates: ['5/10', 'ngày 30 tháng 11 năm 2023'],
      documents: [],
    },
  },
  {
    name: 'ministers, a vice-minister with a rank, circulars and decrees',
    blocks: [
      'Bộ Y tế điều chỉnh giá dịch vụ khám bệnh từ tháng 10',
      'Chiều 3/9, Bộ trưởng Bộ Y tế Đào Hồng Lan đã ký ban hành Thông tư số 12/2023/TT-BYT quy định giá dịch vụ khám bệnh, chữa bệnh. Theo bà Lan, từ tháng 10/2023, khoảng 1.200 bệnh viện công lập sẽ áp dụng mức giá mới, tăng bình quân 3,5%.',
      'Cũng trong chiều 3/9, Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng cho biết sau 4 năm thực hiện Nghị định 100/2019/NĐ-CP, Cục Cảnh sát giao thông đã xử phạt hơn 1,2 triệu trường hợp, nộp ngân sách nhà nước 2.100 tỷ đồng. Thứ trưởng Hùng đề nghị công an các địa phương tăng cường tuần tra vào dịp cuối năm.',
    ],
    gold: {
      officials: [
        { name: 'Đào Hồng Lan', role: 'Bộ trưởng Bộ Y tế' },
        { name: 'Lê Quốc Hùng', role: 'Thứ trưởng Bộ Công an' },
      ],
      organizations: ['Bộ Y tế', 'Bộ Công an', 'Cục Cảnh sát giao thông'],
      figures: ['khoảng 1.200 bệnh viện', '3,5%', 'hơn 1,2 triệu trường hợp', '2.100 tỷ đồng'],
      dates: ['tháng 10', '3/9', 'tháng 10/2023'],
      documents: ['Thông tư số 12/2023/TT-BYT', 'Nghị định 100/2019/NĐ-CP'],
    },
  },
  {
    name: 'a rector with academic ranks, a company director in brackets, statistics',
    blocks: [
      'Kỹ sư mới ra trường được trả bao nhiêu?',
      'GS.TS Huỳnh Quyết Thắng, Hiệu trưởng Trường Đại học Bách khoa Hà Nội, cho biết năm 2024 trường tuyển 7.985 sinh viên, trong đó 30% trúng tuyển bằng phương thức xét tuyển tài năng.',
      'Ông Trần Văn Bình (Giám đốc Công ty TNHH Cơ khí Đông Á) cho biết kỹ sư mới ra trường được trả khởi điểm 12 triệu đồng/tháng, cao hơn mức năm 2023 khoảng 1,5 triệu đồng. Theo ông Bình, công ty cần thêm 40 kỹ sư.',
      'Theo Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 8 tăng 0,48% so với tháng trước; lạm phát cơ bản 8 tháng tăng 2,8%, thấp hơn 0,3 điểm phần trăm so với cùng kỳ.',
    ],
    gold: {
      officials: [
        { name: 'Huỳnh Quyết Thắng', role: 'Hiệu trưởng Trường Đại học Bách khoa Hà Nội' },
        { name: 'Trần Văn Bình', role: 'Giám đốc Công ty TNHH Cơ khí Đông Á' },
      ],
      organizations: ['Trường Đại học Bách khoa Hà Nội', 'Công ty TNHH Cơ khí Đông Á', 'Tổng cục Thống kê'],
      figures: ['7.985 sinh viên', '30%', '12 triệu đồng/tháng', 'khoảng 1,5 triệu đồng', '40 kỹ sư', '0,48%', '2,8%', '0,3 điểm phần trăm'],
      dates: ['năm 2024', 'năm 2023', 'tháng 8'],
      documents: [],
    },
  },
  {
    name: 'state leaders, the courts and the procuracy, laws and the constitution',
    blocks: [
      'Khai mạc Kỳ họp thứ 6, Quốc hội khóa XV',
      'Sáng 23/10, tại Nhà Quốc hội, Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Võ Văn Thưởng, Thủ tướng Phạm Minh Chính cùng các đại biểu dự phiên khai mạc. Phó Chủ tịch Thường trực Quốc hội Trần Thanh Mẫn điều hành phiên họp.',
      'Theo chương trình, Quốc hội sẽ xem xét, thông qua Luật Đất đai (sửa đổi) và cho ý kiến về việc sửa đổi một số điều của Hiến pháp 2013. Kỳ họp bế mạc vào chiều 29/11.',
      'Cũng tại kỳ họp, Chánh án TAND TP Hà Nội Nguyễn Văn Dũng và Viện trưởng VKSND tối cao Lê Minh Trí báo cáo công tác năm 2023. Ông Trí cho biết ngành kiểm sát đã thụ lý 1.325 vụ án tham nhũng.',
    ],
    gold: {
      officials: [
        { name: 'Nguyễn Phú Trọng', role: 'Tổng Bí thư' },
        { name: 'Võ Văn Thưởng', role: 'Chủ tịch nước' },
        { name: 'Phạm Minh Chính', role: 'Thủ tướng' },
        { name: 'Trần Thanh Mẫn', role: 'Phó Chủ tịch Thường trực Quốc hội' },
        { name: 'Nguyễn Văn Dũng', role: 'Chánh án TAND TP Hà Nội' },
        { name: 'Lê Minh Trí', role: 'Viện trưởng VKSND tối cao' },
      ],
      organizations: ['Quốc hội', 'TAND TP Hà Nội', 'VKSND tối cao'],
      figures: ['1.325 vụ án tham nhũng'],
      dates: ['23/10', '29/11', 'năm 2023'],
      documents: ['Luật Đất đai (sửa đổi)', 'Hiến pháp 2013'],
    },
  },
  {
    name: 'the central bank, market surveillance, money, areas and percentage points',
    blocks: [
      'Tín dụng tăng 9,08% sau 9 tháng',
      'Theo Ngân hàng Nhà nước Việt Nam, đến cuối tháng 9, tín dụng toàn hệ thống đạt hơn 14,6 triệu tỷ đồng, tăng 9,08% so với đầu năm 2024. Thống đốc Nguyễn Thị Hồng cho biết lãi suất cho vay bình quân giảm khoảng 0,9 điểm phần trăm. Xuất khẩu 9 tháng đạt 299,63 tỷ USD.',
      'Cục Quản lý thị trường tỉnh Lạng Sơn vừa thu giữ 3.500 sản phẩm giả mạo nhãn hiệu. Trước đó, Thủ tướng đã ký Công điện số 05/CĐ-TTg yêu cầu các bộ, ngành tăng cường chống buôn lậu.',
      'Tại TP Thủ Đức, dự án khu đô thị rộng 120 ha chào bán căn hộ từ 65 triệu đồng/m2; căn nhỏ nhất rộng 45 m2.',
    ],
    gold: {
      officials: [{ name: 'Nguyễn Thị Hồng', role: 'Thống đốc' }],
      organizations: ['Ngân hàng Nhà nước Việt Nam', 'Cục Quản lý thị trường tỉnh Lạng Sơn'],
      figures: ['9,08%', 'hơn 14,6 triệu tỷ đồng', 'khoảng 0,9 điểm phần trăm', '299,63 tỷ USD', '3.500 sản phẩm', '120 ha', '65 triệu đồng/m2', '45 m2'],
      dates: ['tháng 9', 'đầu năm 2024'],
      documents: ['Công điện số 05/CĐ-TTg'],
    },
  },
  {
    name: 'city hall, an education department with an ampersand, a utility with its acronym',
    blocks: [
      'Hà Nội đẩy nhanh giải phóng mặt bằng Vành đai 4',
      'Chiều 12/6, Phó Chủ tịch UBND TP Hà Nội Dương Đức Tuấn chủ trì cuộc họp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc về tiến độ dự án. Theo ông Tuấn, đến hết tháng 5/2024, thành phố đã giải phóng mặt bằng được 98,5% diện tích, tương đương 1.320 ha.',
      'Theo Giám đốc Sở GD&ĐT TPHCM Nguyễn Văn Hiếu, kỳ thi tốt nghiệp THPT năm 2024 có 98.000 thí sinh. Ông Hiếu cho biết Sở đã phối hợp với Công an TPHCM bảo đảm an ninh.',
      'Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An cho biết sản lượng điện tháng 7 đạt 27,5 tỷ kWh, tăng 11% so với cùng kỳ năm 2023.',
    ],
    gold: {
      officials: [
        { name: 'Dương Đức Tuấn', role: 'Phó Chủ tịch UBND TP Hà Nội' },
        { name: 'Nguyễn Văn Hiếu', role: 'Giám đốc Sở GD&ĐT TPHCM' },
        { name: 'Đặng Hoàng An', role: 'Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN)' },
      ],
      organizations: ['UBND TP Hà Nội', 'Sở Xây dựng', 'Sở Quy hoạch - Kiến trúc', 'Sở GD&ĐT TPHCM', 'Công an TPHCM', 'Tập đoàn Điện lực Việt Nam', 'EVN'],
      figures: ['98,5%', '1.320 ha', '98.000 thí sinh', '27,5 tỷ kWh', '11%'],
      dates: ['12/6', 'tháng 5/2024', 'năm 2024', 'tháng 7', 'năm 2023'],
      documents: [],
    },
  },
  {
    name: 'foreign leaders and an author line',
    blocks: [
      'Việt Nam và Mỹ nâng cấp quan hệ',
      'Chiều 10/9, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Mỹ Joe Biden. Ngoại trưởng Mỹ Antony Blinken và Chủ tịch Triều Tiên Kim Jong Un không dự. Tổng thống Biden cho biết hai nước sẽ hợp tác về bán dẫn.',
      'Cùng ngày, Thủ tướng Singapore Lý Hiển Long gửi điện mừng.',
      'TS Lê Văn Tám (Viện trưởng Viện Kinh tế Việt Nam)',
    ],
    gold: {
      // GUIDELINE: every named person holding a state position is an official, foreign ones too
      // (this round; the earlier gold left the foreign leaders out).
      officials: [
        { name: 'Nguyễn Phú Trọng', role: 'Tổng Bí thư' },
        { name: 'Joe Biden', role: 'Tổng thống Mỹ' },
        { name: 'Antony Blinken', role: 'Ngoại trưởng Mỹ' },
        { name: 'Kim Jong Un', role: 'Chủ tịch Triều Tiên' },
        { name: 'Lý Hiển Long', role: 'Thủ tướng Singapore' },
      ],
      // The author line is no official, but the body it names is an organisation.
      organizations: ['Viện Kinh tế Việt Nam'],
      figures: [],
      dates: ['10/9'],
      documents: [],
    },
  },
  {
    name: 'agricultural exports: title + ministry with lower-case words + name, bracketed short names',
    blocks: [
      'Xuất khẩu nông sản 10 tháng đạt 43,5 tỷ USD',
      'Theo Bộ Nông nghiệp và Phát triển nông thôn, kim ngạch xuất khẩu nông lâm thủy sản 10 tháng năm 2023 ước đạt 43,5 tỷ USD, giảm 4,2% so với cùng kỳ năm trước. Trong đó, xuất khẩu gạo đạt 7,1 triệu tấn, trị giá 3,9 tỷ USD.',
      'Tại họp báo chiều 31/10, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Phùng Đức Tiến cho biết giá gạo xuất khẩu bình quân đạt 553 USD/tấn, tăng 13,7%. Ông Tiến nhấn mạnh thị trường Trung Quốc chiếm khoảng 20% tổng kim ngạch.',
      'Cục trưởng Cục Chế biến và Phát triển thị trường nông sản Nguyễn Quốc Toản thông tin, ngành đang triển khai Đề án phát triển bền vững một triệu hecta chuyên canh lúa chất lượng cao theo Quyết định 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng.',
      'Trong khi đó, PGS.TS Trần Đình Thiên, nguyên Viện trưởng Viện Kinh tế Việt Nam, cho rằng doanh nghiệp cần chú trọng chế biến sâu. "Nếu chỉ xuất thô, chúng ta mất đi 30-40% giá trị gia tăng", ông Thiên nói.',
      'Tổng công ty Lương thực miền Nam (Vinafood 2) cho biết đã ký hợp đồng xuất khẩu 500.000 tấn gạo sang Philippines và Indonesia. Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) dành gói tín dụng 50.000 tỷ đồng hỗ trợ doanh nghiệp thu mua lúa gạo vụ đông xuân 2023-2024.',
      'Bà Nguyễn Thị Thu Hà, Phó Tổng giám đốc Agribank, cho biết lãi suất cho vay thấp hơn 1-2 điểm phần trăm so với thông thường.',
    ],
    gold: {
      officials: [
        { name: 'Phùng Đức Tiến', role: 'Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn' },
        { name: 'Nguyễn Quốc Toản', role: 'Cục trưởng Cục Chế biến và Phát triển thị trường nông sản' },
        { name: 'Trần Đình Thiên', role: 'nguyên Viện trưởng Viện Kinh tế Việt Nam' },
        { name: 'Nguyễn Thị Thu Hà', role: 'Phó Tổng giám đốc Agribank' },
      ],
      organizations: [
        'Bộ Nông nghiệp và Phát triển nông thôn',
        'Cục Chế biến và Phát triển thị trường nông sản',
        'Viện Kinh tế Việt Nam',
        'Tổng công ty Lương thực miền Nam',
        'Vinafood 2',
        'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam',
        'Agribank',
      ],
      figures: [
        '43,5 tỷ USD', '4,2%', '7,1 triệu tấn', '3,9 tỷ USD', '553 USD/tấn', '13,7%', 'khoảng 20%', '30-40%',
        '500.000 tấn', '50.000 tỷ đồng', '1-2 điểm phần trăm',
      ],
      dates: ['10 tháng năm 2023', '31/10', '27/11/2023', '2023-2024'],
      documents: ['Quyết định 1490/QĐ-TTg'],
    },
  },
  {
    name: 'bank and steel results: bodies with short names in brackets, board chairs, money and points',
    blocks: [
      'Vietcombank báo lãi trước thuế 9 tháng đạt 30.200 tỷ đồng',
      'Ngày 25/10, Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) công bố báo cáo tài chính quý III/2023 với lợi nhuận trước thuế 9 tháng đạt 30.200 tỷ đồng, tăng 19,1% so với cùng kỳ. Tổng tài sản của ngân hàng đạt hơn 1,8 triệu tỷ đồng.',
      'Ông Nguyễn Thanh Tùng, Tổng giám đốc Vietcombank, cho biết tỷ lệ nợ xấu được kiểm soát ở mức 1,6%. Theo ông Tùng, ngân hàng đã giảm lãi suất cho vay 0,5-1 điểm phần trăm cho khoảng 200.000 khách hàng.',
      'Cùng ngày, Tập đoàn Hòa Phát (HPG) công bố doanh thu quý III đạt 34.900 tỷ đồng. Chủ tịch HĐQT Tập đoàn Hòa Phát Trần Đình Long cho biết sản lượng thép xây dựng tháng 9 đạt 350.000 tấn, cao hơn 12% so với tháng 8.',
      'Theo Ủy ban Chứng khoán Nhà nước, đến ngày 30/9/2023, thị trường có 7,3 triệu tài khoản chứng khoán. Phó Chủ tịch Ủy ban Chứng khoán Nhà nước Bùi Hoàng Hải cho biết cơ quan này đang hoàn thiện dự thảo sửa đổi Nghị định 155/2020/NĐ-CP.',
    ],
    gold: {
      officials: [
        { name: 'Nguyễn Thanh Tùng', role: 'Tổng giám đốc Vietcombank' },
        { name: 'Trần Đình Long', role: 'Chủ tịch HĐQT Tập đoàn Hòa Phát' },
        { name: 'Bùi Hoàng Hải', role: 'Phó Chủ tịch Ủy ban Chứng khoán Nhà nước' },
      ],
      // A short name in brackets ("(Vietcombank)", the ticker "(HPG)") is a spelling of the same body.
      organizations: ['Vietcombank', 'Ngân hàng TMCP Ngoại thương Việt Nam', 'Tập đoàn Hòa Phát', 'HPG', 'Ủy ban Chứng khoán Nhà nước'],
      figures: [
        '30.200 tỷ đồng', '19,1%', 'hơn 1,8 triệu tỷ đồng', '1,6%', '0,5-1 điểm phần trăm', 'khoảng 200.000 khách hàng',
        '34.900 tỷ đồng', '350.000 tấn', '12%', '7,3 triệu tài khoản chứng khoán',
      ],
      dates: ['25/10', 'quý III/2023', 'quý III', 'tháng 9', 'tháng 8', '30/9/2023'],
      documents: ['Nghị định 155/2020/NĐ-CP'],
    },
  },
  {
    name: 'a police report: the accused with former posts, birth years in brackets, a rank before a deputy director',
    blocks: [
      'Khởi tố nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Thuận',
      'Ngày 14/11, Cơ quan Cảnh sát điều tra Công an tỉnh Bình Thuận đã khởi tố bị can, bắt tạm giam 4 tháng đối với Nguyễn Văn Hùng (SN 1968), nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Thuận, về tội "Vi phạm quy định về quản lý đất đai".',
      'Cùng bị khởi tố có Trần Minh Đức (SN 1975), nguyên Phó trưởng phòng Quản lý đất đai, và Lê Thị Hạnh (SN 1980), Phó Giám đốc Văn phòng Đăng ký đất đai tỉnh. Theo cơ quan điều tra, các bị can đã tham mưu giao 12 khu đất cho doanh nghiệp, gây thiệt hại hơn 57 tỷ đồng.',
      'Đại tá Lê Quang Nhân, Phó Giám đốc Công an tỉnh Bình Thuận, cho biết vụ án được khởi tố từ tháng 6/2023 theo kiến nghị của Thanh tra Chính phủ. Bị can Hùng đã nộp lại 2 tỷ đồng.',
      'Trước đó, ngày 8/9/2023, TAND tỉnh Bình Thuận đã xét xử sơ thẩm vụ án tại Công ty CP Đầu tư Phan Thiết, tuyên phạt bị cáo Phạm Văn Tâm 7 năm tù.',
    ],
    gold: {
      // The accused held posts: officials with the former post as role (GUIDELINE: a named person who
      // holds a position; "nguyên" belongs to the role as written). The defendant with no post is none.
      officials: [
        { name: 'Nguyễn Văn Hùng', role: 'nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Thuận' },
        { name: 'Trần Minh Đức', role: 'nguyên Phó trưởng phòng Quản lý đất đai' },
        { name: 'Lê Thị Hạnh', role: 'Phó Giám đốc Văn phòng Đăng ký đất đai tỉnh' },
        { name: 'Lê Quang Nhân', role: 'Phó Giám đốc Công an tỉnh Bình Thuận' },
      ],
      organizations: [
        'Sở Tài nguyên và Môi trường tỉnh Bình Thuận',
        'Cơ quan Cảnh sát điều tra Công an tỉnh Bình Thuận',
        'Văn phòng Đăng ký đất đai tỉnh',
        'Công an tỉnh Bình Thuận',
        'Thanh tra Chính phủ',
        'TAND tỉnh Bình Thuận',
        'Công ty CP Đầu tư Phan Thiết',
      ],
      // "4 tháng" (custody) and "7 năm tù" are durations.
      figures: ['12 khu đất', 'hơn 57 tỷ đồng', '2 tỷ đồng'],
      // Birth years are bare years: dates.
      dates: ['14/11', '1968', '1975', '1980', 'tháng 6/2023', '8/9/2023'],
      documents: [],
    },
  },
  {
    name: 'health and education: a minister, hospital directors, a lower-case deputy title, GD&ĐT',
    blocks: [
      'Bộ Y tế yêu cầu bảo đảm thuốc, vật tư cho bệnh viện',
      'Sáng 20/4, Bộ trưởng Bộ Y tế Đào Hồng Lan làm việc với Bệnh viện Bạch Mai và Bệnh viện Việt Đức về tình trạng thiếu thuốc. Bà Lan yêu cầu các đơn vị rà soát 1.500 mặt hàng thuốc đấu thầu theo Thông tư 15/2019/TT-BYT.',
      'Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết bệnh viện tiếp nhận trung bình 8.000 lượt khám mỗi ngày, công suất giường bệnh thường xuyên ở mức 120-150%. Theo ông Cơ, khoảng 30% vật tư đang phải mua sắm lẻ.',
      'Tại TP.HCM, Sở GD&ĐT TP.HCM cho biết năm học 2023-2024 thành phố có 1,7 triệu học sinh. Phó giám đốc Sở GD&ĐT Lê Thụy Mỵ Châu cho biết ngành giáo dục thiếu khoảng 4.000 giáo viên, nhiều nhất ở bậc mầm non.',
      'PGS.TS Nguyễn Lân Hiếu, Giám đốc Bệnh viện Đại học Y Hà Nội, đề xuất Bộ Y tế cho phép bệnh viện tự chủ mua sắm gói thầu dưới 500 triệu đồng.',
    ],
    gold: {
      officials: [
        { name: 'Đào Hồng Lan', role: 'Bộ trưởng Bộ Y tế' },
        { name: 'Đào Xuân Cơ', role: 'Giám đốc Bệnh viện Bạch Mai' },
        { name: 'Lê Thụy Mỵ Châu', role: 'Phó giám đốc Sở GD&ĐT' },
        { name: 'Nguyễn Lân Hiếu', role: 'Giám đốc Bệnh viện Đại học Y Hà Nội' },
      ],
      organizations: ['Bộ Y tế', 'Bệnh viện Bạch Mai', 'Bệnh viện Việt Đức', 'Sở GD&ĐT TP.HCM', 'Sở GD&ĐT', 'Bệnh viện Đại học Y Hà Nội'],
      figures: ['1.500 mặt hàng thuốc', '8.000 lượt khám', '120-150%', 'khoảng 30%', '1,7 triệu học sinh', 'khoảng 4.000 giáo viên', '500 triệu đồng'],
      dates: ['20/4', '2023-2024'],
      documents: ['Thông tư 15/2019/TT-BYT'],
    },
  },
  {
    name: 'foreign affairs: a minister without "Bộ", foreign officials, two people called Hằng',
    blocks: [
      'Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Mỹ Antony Blinken',
      'Chiều 15/4, tại Washington, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Mỹ Antony Blinken. Hai bên nhất trí thúc đẩy thương mại song phương, hiện đạt 111 tỷ USD. Ngoại trưởng Blinken cho biết Mỹ coi trọng quan hệ với Việt Nam.',
      'Cùng ngày, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng tiếp Thủ tướng Nhật Bản Fumio Kishida. Bà Hằng cho biết Nhật Bản là đối tác ODA lớn nhất của Việt Nam với tổng vốn cam kết khoảng 30 tỷ USD.',
      'Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam sẽ cử 2 đoàn tham dự Hội nghị Thượng đỉnh APEC tại San Francisco từ ngày 11 đến 17/11.',
    ],
    gold: {
      // GUIDELINE: every named person holding a state position — foreign ones too.
      officials: [
        { name: 'Bùi Thanh Sơn', role: 'Bộ trưởng Ngoại giao' },
        { name: 'Antony Blinken', role: 'Ngoại trưởng Mỹ' },
        { name: 'Lê Thị Thu Hằng', role: 'Thứ trưởng Bộ Ngoại giao' },
        { name: 'Fumio Kishida', role: 'Thủ tướng Nhật Bản' },
        { name: 'Phạm Thu Hằng', role: 'Người phát ngôn Bộ Ngoại giao' },
      ],
      organizations: ['Bộ Ngoại giao', 'APEC'],
      figures: ['111 tỷ USD', 'khoảng 30 tỷ USD', '2 đoàn'],
      dates: ['15/4', 'ngày 11 đến 17/11'], // a range written with "đến" is one date, like "11-17/11"
      documents: [],
    },
  },
  {
    name: 'a National Assembly debate: committee chair, a deputy with her delegation, lower-case titles',
    blocks: [
      'Quốc hội thảo luận dự án Luật Đất đai (sửa đổi)',
      'Sáng 26/10, Quốc hội thảo luận tại hội trường về dự án Luật Đất đai (sửa đổi). Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh cho biết dự thảo đã tiếp thu 1.200 lượt ý kiến.',
      'Phát biểu tại phiên họp, đại biểu Quốc hội Nguyễn Thị Xuân Thu (đoàn Khánh Hòa) đề nghị làm rõ cơ chế định giá đất. Theo bà Thu, hiện có khoảng 70% khiếu nại liên quan đến đất đai.',
      'Phó chủ tịch UBND tỉnh Bình Định Nguyễn Tuấn Thanh cho biết, năm 2023, tỉnh đã thu hồi 350 ha đất. Ông Thanh kiến nghị bổ sung quy định về giá đất cụ thể.',
      'Trong khi đó, giám đốc Sở Tài nguyên và Môi trường Hà Nội Nguyễn Huy Cường cho biết thành phố đã cấp 2,1 triệu giấy chứng nhận quyền sử dụng đất, đạt 99,5%.',
    ],
    gold: {
      officials: [
        { name: 'Vũ Hồng Thanh', role: 'Chủ nhiệm Ủy ban Kinh tế' },
        { name: 'Nguyễn Thị Xuân Thu', role: 'đại biểu Quốc hội' },
        { name: 'Nguyễn Tuấn Thanh', role: 'Phó chủ tịch UBND tỉnh Bình Định' },
        { name: 'Nguyễn Huy Cường', role: 'giám đốc Sở Tài nguyên và Môi trường Hà Nội' },
      ],
      organizations: ['Quốc hội', 'Ủy ban Kinh tế', 'UBND tỉnh Bình Định', 'Sở Tài nguyên và Môi trường Hà Nội'],
      figures: ['1.200 lượt ý kiến', 'khoảng 70%', '350 ha', '2,1 triệu giấy chứng nhận', '99,5%'],
      dates: ['26/10', 'năm 2023'],
      documents: ['Luật Đất đai (sửa đổi)'],
    },
  },
];

function blocksOf(c: Case): Block[] {
  return c.blocks.map((text, k) => ({ type: k === 0 ? 'heading' : 'paragraph', text }));
}

function goldOf(c: Case): GoldLabels {
  return { officials: [], organizations: [], figures: [], dates: [], documents: [], ...c.gold };
}

describe('held-out paragraphs', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = labelsFromEntities(extractEntities(blocksOf(c)));
    const score = scoreArticle(goldOf(c), got);
    const errors: Record<string, { missed: string[]; spurious: string[] }> = {};
    for (const t of SCORED_TYPES) {
      const s = score.types[t];
      if (s.missed.length || s.spurious.length) errors[t] = { missed: s.missed, spurious: s.spurious };
    }
    expect(errors).toEqual({});
    expect(score.roles.wrong).toEqual([]);
  });

  it('the same entities from decomposed (NFD) text', () => {
    for (const c of CASES) {
      const nfc = extractEntities(blocksOf(c));
      const nfd = extractEntities(blocksOf(c).map((b) => ({ ...b, text: b.text.normalize('NFD') })));
      expect(nfd.map((e) => [e.type, e.block, e.text.normalize('NFC'), e.name, e.role])).toEqual(
        nfc.map((e) => [e.type, e.block, e.text, e.name, e.role]),
      );
    }
  });

  it('links "ông Chinh" and "Ông Tuấn" to their people and never "Chính phủ" to anyone', () => {
    const es = extractEntities(blocksOf(CASES[0]!)).filter((e) => e.type === 'official');
    expect(es.filter((e) => e.text === 'Chinh').map((e) => e.name)).toEqual(['Lê Trung Chinh']);
    expect(es.some((e) => e.text === 'Chính')).toBe(false);
    const b = extractEntities(blocksOf(CASES[1]!)).filter((e) => e.type === 'official');
    expect(b.filter((e) => e.text === 'Tuấn').map((e) => e.name)).toEqual(['Hồ Văn Tuấn']);
  });

  it('links "Ông Tiến" to the vice-minister whose name followed the ministry', () => {
    const c = CASES.find((x) => x.name.startsWith('agricultural exports'))!;
    const es = extractEntities(blocksOf(c)).filter((e) => e.type === 'official');
    expect(es.filter((e) => e.text === 'Tiến').map((e) => e.name)).toEqual(['Phùng Đức Tiến']);
  });
});
