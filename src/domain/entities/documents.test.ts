import { describe, expect, it } from 'vitest';
import { texts } from './helpers.test-util';

describe('documents', () => {
  it.each([
    ['Sinh hoạt chi bộ theo Chỉ thị số 10-CT/TW của Bộ Chính trị.', 'Chỉ thị số 10-CT/TW'],
    ['Thực hiện Nghị quyết Trung ương 4 khóa XI, XII hàng năm.', 'Nghị quyết Trung ương 4 khóa XI, XII'],
    ['UBND ban hành Quyết định số 123/QĐ-UBND ngày 5/9.', 'Quyết định số 123/QĐ-UBND'],
    ['Theo Luật Đất đai 2013, đất được giao.', 'Luật Đất đai 2013'],
    ['Điều 49 của Luật Ngân sách Nhà nước, theo đó.', 'Luật Ngân sách Nhà nước'],
    ['Bộ ban hành Thông tư số: 21/2012/TT-BLĐTBXH ngày 5/9/2012.', 'Thông tư số: 21/2012/TT-BLĐTBXH'],
    ['Kinh phí triển khai Quyết định 281 của Thủ tướng.', 'Quyết định 281'],
    ['Theo quy định của Luật hoạt động giám sát của Quốc hội và HĐND và nghị quyết.', 'Luật hoạt động giám sát của Quốc hội và HĐND'],
    ['Trình Nghị quyết về tổ chức chính quyền đô thị tại TPHCM là có cơ sở.', 'Nghị quyết về tổ chức chính quyền đô thị tại TPHCM'],
    ['Theo Luật Phòng, chống bệnh truyền nhiễm, Bộ Y tế công bố dịch.', 'Luật Phòng, chống bệnh truyền nhiễm'],
    // A law against a harm names what causes it, "của" and a short list of nouns included.
    ['Quốc hội thông qua Luật Phòng, chống tác hại của rượu, bia vào tháng 6.', 'Luật Phòng, chống tác hại của rượu, bia'],
    ['Luật Phòng, chống tác hại của thuốc lá có hiệu lực từ lâu.', 'Luật Phòng, chống tác hại của thuốc lá'],
    ['Theo Luật Phòng, chống tác hại của rượu, bia, người dân không được lái xe khi đã uống.', 'Luật Phòng, chống tác hại của rượu, bia'],
    ['Theo Luật Phòng, chống tác hại của thuốc lá, người bán phải kiểm tra tuổi người mua.', 'Luật Phòng, chống tác hại của thuốc lá'],
    ['Các sở triển khai Kế hoạch số 1569-KH/TU của Thành ủy.', 'Kế hoạch số 1569-KH/TU'],
    ['Quốc hội thông qua Luật Đất đai (sửa đổi) tại kỳ họp.', 'Luật Đất đai (sửa đổi)'],
    ['Dự thảo Luật Thuế (sửa đổi, bổ sung) được trình.', 'Luật Thuế (sửa đổi, bổ sung)'],
    ['Sửa đổi một số điều của Hiến pháp 2013.', 'Hiến pháp 2013'],
    ['Thủ tướng ký Công điện số 05/CĐ-TTg yêu cầu các bộ.', 'Công điện số 05/CĐ-TTg'],
    // Party resolutions named by their session, codes after a spaced dash, rule books, treaties, named plans.
    ['Học tập Nghị quyết Hội nghị Trung ương 6, Khóa XIII ở cơ sở.', 'Nghị quyết Hội nghị Trung ương 6, Khóa XIII'],
    ['Tinh thần Nghị quyết Trung ương 7 (Khóa XII) được quán triệt.', 'Nghị quyết Trung ương 7 (Khóa XII)'],
    ['Cụ thể hóa Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII vào đời sống.', 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII'],
    ['Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 – 2025, huyện đạt mọi chỉ tiêu.', 'Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 – 2025'],
    ['Ban Bí thư ban hành Quyết định số 215 – QĐNS/TW về nhân sự.', 'Quyết định số 215 – QĐNS/TW'],
    ['Vi phạm Quy chế làm việc của Thành ủy khóa trước.', 'Quy chế làm việc của Thành ủy'],
    ['Quốc hội sửa Luật ban hành các văn bản quy phạm pháp luật năm nay.', 'Luật ban hành các văn bản quy phạm pháp luật'],
    ['Theo Hiến pháp năm 1992, quyền này được bảo đảm.', 'Hiến pháp năm 1992'],
    ['Hai bên ký Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu.', 'Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu'],
    ['Các nước tôn trọng Công ước Liên hợp quốc về Luật Biển năm 1982.', 'Công ước Liên hợp quốc về Luật Biển'],
    ['Hai nước ký Hiệp định về Quy chế quản lý cửa khẩu biên giới Việt Nam - Campuchia.', 'Hiệp định về Quy chế quản lý cửa khẩu biên giới Việt Nam - Campuchia'],
    ['Bộ Công an triển khai Đề án 06 trên toàn quốc.', 'Đề án 06'],
    // Named plans by their period, documents named in words then by a short name, the Constitution.
    ['Chính phủ phê duyệt Chiến lược phát triển nhà ở quốc gia đến năm 2030, tầm nhìn đến năm 2045.', 'Chiến lược phát triển nhà ở quốc gia đến năm 2030, tầm nhìn đến năm 2045'],
    ['Huyện thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 – 2025.', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 – 2025'],
    ['Nhóm công tác thông qua Kế hoạch hành động phòng chống tham nhũng 2019-2021 của khối.', 'Kế hoạch hành động phòng chống tham nhũng 2019-2021'],
    // A long national programme's title, bounded by its period.
    ['Bộ trình Chương trình mục tiêu quốc gia nâng cao đời sống đồng bào các dân tộc vùng biên giới và hải đảo xa đất liền giai đoạn 2026-2035.', 'Chương trình mục tiêu quốc gia nâng cao đời sống đồng bào các dân tộc vùng biên giới và hải đảo xa đất liền giai đoạn 2026-2035'],
    ['Hai bên đàm phán Hiệp định đối tác kinh tế toàn diện (CEPA) đã lâu.', 'Hiệp định đối tác kinh tế toàn diện'],
    ['Mọi công dân phải tuân thủ Hiến pháp và pháp luật.', 'Hiến pháp'],
    // "TƯ" for "Trung ương"; the year after an amendment mark; a law amending another; "Luật các …".
    ['Đảng bộ tỉnh kiểm điểm theo Nghị quyết TƯ 6 khóa XII.', 'Nghị quyết TƯ 6 khóa XII'],
    ['Khi Luật Đầu tư (sửa đổi) năm 2020 có hiệu lực, thủ tục giảm.', 'Luật Đầu tư (sửa đổi) năm 2020'],
    ['Chính phủ trình Luật sửa đổi, bổ sung một số điều của Luật Dược tại kỳ họp.', 'Luật sửa đổi, bổ sung một số điều của Luật Dược'],
    ['Ngân hàng hoạt động theo Luật các Tổ chức tín dụng hiện hành.', 'Luật các Tổ chức tín dụng'],
    // A bare "sửa đổi", "lần" or "trình" after the name is said of the law, not part of its name.
    ['Bộ góp ý dự thảo Luật Báo chí sửa đổi lần thứ hai.', 'Luật Báo chí'],
    ['Dự thảo Luật Thủy lợi trình Quốc hội kỳ này.', 'Luật Thủy lợi'],
    ['Luật Thú y và Luật Trồng trọt cùng được sửa trong năm nay.', 'Luật Trồng trọt'],
    // "theo phương thức …" inside a law's name (its way of investing); "theo hình thức …" after a law's name is the clause's.
    ['Cảng biển được xây theo Luật Đầu tư theo phương thức đối tác công tư hiện hành.', 'Luật Đầu tư theo phương thức đối tác công tư'],
    ['Kỳ họp sửa Luật sửa đổi, bổ sung một số điều của Luật Xây dựng, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu.', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu'],
    ['Bộ soạn Nghị định về thuê tài sản theo hình thức đối tác công tư để trình.', 'Nghị định về thuê tài sản theo hình thức đối tác công tư'],
    ['Nhà máy tuyển thợ theo Luật Lao động theo hình thức khoán việc.', 'Luật Lao động'],
    // "dân chủ ở cơ sở" (grassroots democracy) is one notion inside a law's name.
    ['Xã tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho người dân.', 'Luật Thực hiện dân chủ ở cơ sở'],
    // "kỹ thuật số", "chuyển đổi số" (digital): "số" is no function word there.
    ['Liên minh châu Âu thông qua Đạo luật Dịch vụ kỹ thuật số để quản lý mạng xã hội.', 'Đạo luật Dịch vụ kỹ thuật số'],
    ['Bộ soạn Nghị định về chuyển đổi số ngành ngân hàng để trình Chính phủ.', 'Nghị định về chuyển đổi số ngành ngân hàng'],
    // A charter named by its body; a kind of resolution before its subject.
    ['Mọi đảng viên phải chấp hành Điều lệ Đảng và pháp luật.', 'Điều lệ Đảng'],
    ['Huyện ủy ra Nghị quyết chuyên đề về chuyển đổi cây trồng.', 'Nghị quyết chuyên đề về chuyển đổi cây trồng'],
    // After a verb that names the document, a longer title before "về"; without one, it is the clause's.
    ['Bộ đã soạn thảo Nghị quyết gia hạn nộp thuế về đất đai nông nghiệp.', 'Nghị quyết gia hạn nộp thuế về đất đai nông nghiệp'],
    // A subject whose owner is in words; a rule book's subject after its body.
    ['Quốc hội bàn Nghị quyết về thí điểm cơ chế của các khu kinh tế ven biển.', 'Nghị quyết về thí điểm cơ chế của các khu kinh tế ven biển'],
    ['Cán bộ vi phạm Quy định của Tỉnh ủy về tiếp công dân phải kiểm điểm.', 'Quy định của Tỉnh ủy về tiếp công dân'],
    // Acts ("Đạo luật"), agreements ("Thỏa thuận"), treaties whose name starts in lower case, laws in lower case.
    ['Quốc hội Mỹ thông qua Đạo luật Chống độc quyền năm 1890 sau nhiều tranh cãi.', 'Đạo luật Chống độc quyền năm 1890'],
    ['Hai bên cam kết tuân thủ Thỏa thuận Paris về khí hậu.', 'Thỏa thuận Paris'],
    ['Kiev bị chỉ trích vì chưa thực thi Hiệp định hòa bình Geneva, ông nói.', 'Hiệp định hòa bình Geneva'],
    ['Thủ tục được quy định trong luật Đất đai 2013 và các nghị định.', 'luật Đất đai 2013'],
    ['Hành vi này phạm vào điều 134 bộ luật Hình sự hiện hành.', 'bộ luật Hình sự'],
    ['Việc xử lý kỷ luật căn cứ Luật Cán bộ, công chức và Luật Viên chức.', 'Luật Cán bộ, công chức'],
    ['Quốc hội sẽ sửa Luật Người có công để bảo đảm quyền lợi.', 'Luật Người có công'],
    ['Hai nước ký Hiệp định VPA/FLEGT vào năm ngoái.', 'Hiệp định VPA/FLEGT'],
    // A decree, circular, resolution or directive in lower case with a bare number.
    ['Tàu được đóng theo nghị định 67 của Chính phủ.', 'nghị định 67'],
    ['Các trường thực hiện thông tư 02 từ đầu năm học.', 'thông tư 02'],
    // Decrees of the President, declarations, qualified codes, quoted titles, treaty short names, plans by a four-digit number.
    ['Bác ký Sắc lệnh số 25/SL thành lập bộ máy mới.', 'Sắc lệnh số 25/SL'],
    ['Viện kiểm sát có Kết luận kiểm sát số 45/KLKS-HS về vụ việc.', 'Kết luận kiểm sát số 45/KLKS-HS'],
    ['Đội kiểm tra lập quyết định xử phạt số 112/QĐ-XPVPHC đối với chủ xe.', 'quyết định xử phạt số 112/QĐ-XPVPHC'],
    ['Năm 1941, Trung ương ra Chỉ thị “Sửa soạn khởi nghĩa” gửi các xứ ủy.', 'Chỉ thị “Sửa soạn khởi nghĩa”'],
    ['Mỹ rút khỏi TPP ngay sau lễ nhậm chức.', 'TPP'],
    ['Tỉnh tổng kết Kế hoạch 2467 về thu hồi vũ khí.', 'Kế hoạch 2467'],
    ['Mỗi nước tuân thủ Hiệp định thương mại nội khối ASEAN từ năm tới.', 'Hiệp định thương mại nội khối ASEAN'],
    ['Theo Quy hoạch phát triển điện lực VII, công suất tăng mạnh.', 'Quy hoạch phát triển điện lực VII'],
    ['Báo chí được tiếp cận tài liệu theo Đạo luật về Tự do Thông tin của Mỹ.', 'Đạo luật về Tự do Thông tin'],
    // Subjects with "và" between content words, "đối với", and the verb "quy định" before "về".
    ['Quốc hội thông qua Nghị quyết về hỗ trợ và phát triển doanh nghiệp tại kỳ họp.', 'Nghị quyết về hỗ trợ và phát triển doanh nghiệp'],
    ['Chính phủ ban hành Nghị định quy định về xử phạt đối với hành vi gian lận.', 'Nghị định quy định về xử phạt đối với hành vi gian lận'],
    // A plenum in its long form; a law whose name has "và" or a comma; rule books named in words or by subject; a declaration of independence.
    ['Toàn Đảng học tập Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII trong tháng này.', 'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII'],
    ['Các chi bộ quán triệt Nghị quyết Hội nghị Trung ương lần thứ 6 (khóa XII) đầy đủ.', 'Nghị quyết Hội nghị Trung ương lần thứ 6 (khóa XII)'],
    ['Tòa án áp dụng Luật Hôn nhân và gia đình năm 2014 để giải quyết.', 'Luật Hôn nhân và gia đình năm 2014'],
    ['Quốc hội sửa đổi Luật Thi đua, khen thưởng tại kỳ họp này.', 'Luật Thi đua, khen thưởng'],
    ['Nhà trường thực hiện nghiêm Quy chế dân chủ ở cơ sở.', 'Quy chế dân chủ ở cơ sở'],
    ['Cán bộ vi phạm Quy định về tiếp công dân sẽ bị xử lý.', 'Quy định về tiếp công dân'],
    ['Bộ ban hành Thông tư quy định về mức thu dành cho hộ nghèo.', 'Thông tư quy định về mức thu'],
    ['Chính phủ ban hành Nghị quyết về các giải pháp phát triển thị trường vốn.', 'Nghị quyết về các giải pháp phát triển thị trường vốn'],
    ['Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập tại Ba Đình.', 'Tuyên ngôn Độc lập'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toContain(want);
  });

  it.each([
    // The capitalised title of a coded document is that document's, not a second one.
    ['Theo Điều 4 Thông tư 15/2015/TT-BVHTTDL Quy định về tổ chức lễ hội, nghi lễ phải trang trọng.', ['Thông tư 15/2015/TT-BVHTTDL']],
    // "và" then a clause is no part of a law's name.
    ['Cán bộ vi phạm Luật Viên chức và đặc biệt là Chỉ thị số 26/CT-TTg.', ['Luật Viên chức', 'Chỉ thị số 26/CT-TTg']],
    ['Ông viện dẫn Luật Đất đai và nghị định hướng dẫn thi hành.', ['Luật Đất đai']],
  ])('where a name ends: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A rule book issued by a decision: its title runs, commas and all, to the end of the clause.
    ['Quyết định số 52/QĐ-UBND về việc ban hành Quy định quản lý, sử dụng vỉa hè, lòng đường thuộc địa bàn TP.HCM có hiệu lực.', 'Quy định quản lý, sử dụng vỉa hè, lòng đường thuộc địa bàn TP.HCM'],
    ['Ủy ban ban hành Quy chế phối hợp giữa Sở Y tế và Công an tỉnh trong việc quản lý các cơ sở cai nghiện; quy chế có hiệu lực ngay.', 'Quy chế phối hợp giữa Sở Y tế và Công an tỉnh trong việc quản lý các cơ sở cai nghiện'],
    ['Tỉnh ủy ban hành Quy định tiếp công dân của cán bộ lãnh đạo, Quy định này áp dụng từ năm nay.', 'Quy định tiếp công dân của cán bộ lãnh đạo'],
  ])('an issued title: %s', (sentence, want) => {
    expect(texts('document', sentence)).toContain(want);
  });

  it.each([
    // A rule or conclusion opening a sentence is the common noun.
    ['Quy định về sức khỏe không cho phép người bệnh lái xe.'],
    ['Kết luận về vụ việc sẽ được công bố sau.'],
    // A company's resolutions.
    ['Công ty chia cổ tức theo Nghị quyết ĐHĐCĐ thường niên 2017 và Nghị quyết HĐQT.'],
  ])('no document in %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });

  it.each([
    // A whole proper name ends a declaration's name; a lone capitalised syllable goes on ("Liên hợp quốc").
    ['Các nước thông qua Tuyên bố Bắc Kinh chống tham nhũng.', ['Tuyên bố Bắc Kinh']],
    ['Hai bên tôn trọng Hiến chương Liên hợp quốc và luật pháp quốc tế.', ['Hiến chương Liên hợp quốc']],
    ['ASEAN và Trung Quốc cam kết thực hiện đầy đủ DOC.', ['DOC']],
    ['Bị cáo bị truy tố theo khoản 2 Điều 194 BLHS.', ['BLHS']],
    // A subject in words closed by a year; "của" before a capital; a transliterated name; a law naming two bodies.
    ['Theo Công ước Viên về quan hệ ngoại giao năm 1961, đại sứ được miễn trừ.', ['Công ước Viên về quan hệ ngoại giao năm 1961']],
    ['Mỹ rút khỏi Hiệp định Paris về biến đổi khí hậu, ông nói.', ['Hiệp định Paris']],
    ['Sau khi Hiệp định Giơ-ne-vơ được ký kết, đất nước tạm chia cắt.', ['Hiệp định Giơ-ne-vơ']],
    ['Các bên tuân thủ Công ước của Liên hợp quốc về Luật Biển.', ['Công ước của Liên hợp quốc về Luật Biển']],
    ['Cuộc bầu cử theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015.', ['Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015']],
  ])('a treaty\'s name and short name: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    ['Tuyên bố với báo chí, ông Lâm khẳng định quan điểm.'],
    ['Độc giả đón đọc Kế hoạch “trộm long tráo phụng” của băng cướp.'],
    ['Doc là một từ tiếng Anh, còn Tpp chỉ là chữ viết tắt.'],
  ])('a verb, a ploy in quotes and words that only look like short names are no documents: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });

  it.each([
    // A pair of parties ends a treaty's name; a title after "và" is none of it.
    ['Hai bên sẽ triển khai Hiệp định Thương mại tự do Việt Nam - Hàn Quốc giúp tăng kim ngạch.', ['Hiệp định Thương mại tự do Việt Nam - Hàn Quốc']],
    ['Ông đề nghị sớm phê chuẩn Hiệp định Thương mại tự do Việt Nam - EU và hoan nghênh Thủ tướng Italy thăm Việt Nam.', ['Hiệp định Thương mại tự do Việt Nam - EU']],
    // A law's name stops before an adverb or verb of the clause.
    ['Theo ông, Luật Biểu tình rất quan trọng để quản lý nhà nước.', ['Luật Biểu tình']],
    ['Các trường hợp tại Điều 22 Luật Đấu thầu bao gồm ba loại gói thầu.', ['Luật Đấu thầu']],
    ['Luật Đất đai và Luật Đầu tư lại quy định khác nhau.', ['Luật Đất đai', 'Luật Đầu tư']],
  ])('the name ends where the clause goes on: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // "Luật" inside a person's, a school's or a firm's name; the common noun opening a sentence.
    ['Trung vệ Đình Luật nhận thẻ đỏ ở phút 80.'],
    ['Ông là giáo sư Trường ĐH Luật Harvard từ năm ngoái.'],
    ['Luật sư của Cty TNHH Luật Minh Khuê cho biết như vậy.'],
    ['Luật hạn chế việc nhập cư của người lao động nước ngoài được ban hành.'],
    // Lower-case "luật" that is not a law's name: a country's law, a law firm, a professor of law, religious law, a lost full stop.
    ['Hành vi đó trái với luật Mỹ và luật quốc tế.'],
    ['Ông làm việc cho công ty luật Baker trong nhiều năm.'],
    ['Theo giáo sư luật Josh Smith, Nhà Trắng có ba lựa chọn.'],
    ['Nhóm vũ trang áp đặt luật Hồi giáo hà khắc.'],
    ['Tài xế nhờn luật Từ cuối năm ngoái, báo chí liên tục phản ánh.'],
    // A lower-case "quyết định" with a bare number is still no document: the verb "decide".
    ['Hội đồng quyết định 3 người được thưởng.'],
    // "Luật chơi", "Luật pháp", "Luật lệ": common words with "luật", written with a capital.
    ['Các hãng phải theo Luật chơi mới của thị trường.'],
    ['Mọi quốc gia cần tôn trọng Luật pháp quốc tế về biển.'],
    // Without a verb that names it, a resolution's long run of words before "về" is the clause's.
    ['Ông nói Nghị quyết gia hạn nộp thuế về đất đai nông nghiệp là cần.'],
  ])('no document in %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });

  it('a plan needs a number; the ministry of planning is no document', () => {
    expect(texts('document', 'Bộ Kế hoạch và Đầu tư trình Kế hoạch năm 2023.')).toEqual([]);
  });

  it('a short name in brackets after a document is the document wherever it stands', () => {
    const t = texts('document', 'Việt Nam tham gia Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP). Nhờ CPTPP, xuất khẩu tăng.');
    expect(t).toEqual(['Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', 'CPTPP', 'CPTPP']);
  });

  it('a plan needs its period; an abbreviation inside a name is no short name of it', () => {
    expect(texts('document', 'Chương trình biểu diễn nghệ thuật đường phố diễn ra hàng tuần.')).toEqual([]);
    expect(texts('document', 'Chiến lược phát triển ngành (PTN) đường thủy được bàn thảo.')).toEqual([]);
  });

  it('a session reference needs its number; a plan of three years is no plan by number', () => {
    expect(texts('document', 'Tờ trình gửi Trung ương. Kế hoạch 3 năm được thông qua.')).toEqual([]);
  });

  it.each([
    ['Sở đã gửi công văn số 412/SXD-QLN tới các quận.', 'công văn số 412/SXD-QLN'],
    ['Việc này thực hiện theo quyết định số 2150 của UBND tỉnh.', 'quyết định số 2150'],
    ['Bộ nhắc lại văn bản 57/BTC-QLCS về tài sản công.', 'văn bản 57/BTC-QLCS'],
    ['Theo đó, Văn bản số 88/UBND-KT nêu rõ thời hạn.', 'Văn bản số 88/UBND-KT'],
    ['Ban Bí thư ra Thông báo kết luận số 12-TB/TW về việc này.', 'Thông báo kết luận số 12-TB/TW'],
  ])('a lower-case head with "số" or a code: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it('a lower-case head with a bare number is no document', () => {
    expect(texts('document', 'Xe chở vượt quy định 4 người; lãi thấp hơn kế hoạch 20 tỷ đồng.')).toEqual([]);
  });

  it('a document inside another\'s subject is marked on its own', () => {
    expect(texts('document', 'Bộ soạn Chỉ thị về thực hiện Nghị quyết số 19/NQ-CP năm nay.')).toEqual(['Nghị quyết số 19/NQ-CP']);
  });

  it.each([
    ['Nước này muốn gia nhập tổ chức Hiệp ước Bắc Đại Tây Dương trong năm tới.'],
    ['Luật sư đề nghị Tòa án Hiến pháp xem xét lại.'],
    ['Ông từng giảng dạy tại Trung tâm Luật Đại học Harvard.'],
    ['Trả lời báo Pháp Luật TP.HCM, ông cho biết thêm.'],
  ])('a head inside a body\'s name is no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });

  it('does not take a lawyer or a lower-case resolution', () => {
    expect(texts('document', 'Luật sư Nguyễn Văn An cho biết quốc hội ban hành nghị quyết về việc này.')).toEqual([]);
  });
});

describe('documents named by their code', () => {
  it.each([
    ['Theo điểm b khoản 2 Điều 8 số 24/2019/TT-BTC, doanh nghiệp phải kê khai.', ['số 24/2019/TT-BTC']],
    ['Các sở căn cứ số 310-HD/BTCTW để triển khai.', ['số 310-HD/BTCTW']],
    ['Bộ ban hành Thông tư 07/2016/TT-BXD, sau đó thay bằng số 11/2021/TT-BXD về định mức.', ['Thông tư 07/2016/TT-BXD', 'số 11/2021/TT-BXD']],
    ['Ban Bí thư có Kết luận số 14, số 15 và số 16 của năm nay.', ['Kết luận số 14', 'số 15', 'số 16']],
    ['Quyết định số 905/QĐ-UBND và số 906/QĐ-UBND của tỉnh được công bố.', ['Quyết định số 905/QĐ-UBND', 'số 906/QĐ-UBND']],
    ['Nghị định 82/2018/NĐ-CP và 35/2022/NĐ-CP quy định về khu công nghiệp.', ['Nghị định 82/2018/NĐ-CP', '35/2022/NĐ-CP']],
  ])('a code alone, or in a list after a document: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    ['Anh sống ở số 7/45/1 đường Lê Văn Việt, quận 9.'],
    ['Gói thầu số 6- lô số 1 có giá 36 tỷ đồng.'],
    ['Đội nhà thắng với tỉ số 3-0, sau đó là số 4-1.'],
    ['Thông tư 15 đã hết hiệu lực, và số 20 doanh nghiệp vẫn áp dụng.'],
  ])('an address, a score or a count is no document: %s', (sentence) => {
    expect(texts('document', sentence).filter((d) => !d.startsWith('Thông tư'))).toEqual([]);
  });

  it.each([
    ['Theo Thông tư 03/2019 - BTC, mức thu được điều chỉnh.', 'Thông tư 03/2019 - BTC'],
    ['Bệnh viện áp dụng thông tư 13/2019- BYT từ tháng tới.', 'thông tư 13/2019- BYT'],
    ['Nghị định 15/2020/NĐ-CP - Chính phủ ban hành năm ngoái.', 'Nghị định 15/2020/NĐ-CP'],
    ['Quyết định 120/QĐ-UBND - UBND tỉnh ký ngày 3/2.', 'Quyết định 120/QĐ-UBND'],
  ])('an issuer after a loose dash closes a dated code: %s', (sentence, want) => {
    expect(texts('document', sentence)[0]).toBe(want);
  });

  it('a name in capitals ends a law\'s name when a lost heading runs into the next sentence', () => {
    expect(texts('document', 'Chậm hơn lộ trình của Luật BHXH Mức đóng tăng từ tháng sau.')).toEqual(['Luật BHXH']);
    expect(texts('document', 'Theo Luật BHXH năm 2014, người lao động được hưởng.')).toEqual(['Luật BHXH năm 2014']);
    expect(texts('document', 'Căn cứ Hiến pháp nước CHXHCN Việt Nam, Quốc hội quyết định.')).toEqual(['Hiến pháp nước CHXHCN Việt Nam']);
  });

  it('"và" before another document\'s head ends a treaty\'s name', () => {
    expect(texts('document', 'Hai nước ký Hiệp định Hợp tác Quốc phòng và Thỏa thuận về chống khủng bố.')[0]).toBe('Hiệp định Hợp tác Quốc phòng');
    expect(texts('document', 'Hai bên kỷ niệm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Campuchia năm nay.')).toEqual(['Hiệp ước Hữu nghị và Hợp tác Việt Nam - Campuchia']);
  });
});

describe('documents named in words: lists, issued titles, treaties', () => {
  it.each([
    ['Bộ ban hành Nghị định về xử lý chất thải y tế, nước thải và bùn thải đô thị.', 'Nghị định về xử lý chất thải y tế, nước thải và bùn thải đô thị'],
    ['Thủ tướng phê duyệt Đề án phát triển nông nghiệp, nông thôn vùng Tây Nguyên đến năm 2030.', 'Đề án phát triển nông nghiệp, nông thôn vùng Tây Nguyên đến năm 2030'],
    ['Quốc hội thông qua Nghị quyết về dự toán ngân sách, phân bổ vốn và thu chi năm 2021.', 'Nghị quyết về dự toán ngân sách, phân bổ vốn và thu chi năm 2021'],
    ['Thí sinh cần đọc kỹ Quy chế tuyển sinh trung cấp hệ chính quy, tuyển sinh cao đẳng nhóm ngành sức khỏe.', 'Quy chế tuyển sinh trung cấp hệ chính quy, tuyển sinh cao đẳng nhóm ngành sức khỏe'],
  ])('a list inside the name, closed by "và", a period or a repeated first word: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it.each([
    ['Ban hành Nghị định về xử phạt, doanh nghiệp và người dân phải tuân thủ nghiêm.', 'Nghị định về xử phạt'],
    ['Chỉ thị về phòng chống dịch, các sở và ngành phải thực hiện ngay.', 'Chỉ thị về phòng chống dịch'],
    ['Theo Quy định về hoạt động của Hội đồng, Quy tắc ứng xử và nội quy trường, sinh viên phải tuân thủ.', 'Quy định về hoạt động của Hội đồng'],
  ])('a comma that opens the next clause or names the next thing ends the name: %s', (sentence, want) => {
    expect(texts('document', sentence)[0]).toBe(want);
  });

  it.each([
    ['Bộ Y tế ban hành Thông tư quản lý chất lượng xét nghiệm với 50 tiêu chí.', 'Thông tư quản lý chất lượng xét nghiệm'],
    ['Chính phủ vừa ban hành Nghị định kinh doanh xăng dầu với nhiều điểm mới.', 'Nghị định kinh doanh xăng dầu'],
  ])('a legal document issued under its title in words: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it('a decision is described, not named, after "ban hành"', () => {
    expect(texts('document', 'UBND tỉnh ban hành Quyết định thành lập ban chỉ đạo phòng chống dịch.')).toEqual([]);
  });

  it.each([
    ['Hai bên thúc đẩy Hiệp định Bảo hộ đầu tư (EVIPA) trong năm nay.', ['Hiệp định Bảo hộ đầu tư', 'EVIPA']],
    ['Hai nước ký Hiệp định Hợp tác nghề cá (FCA) năm ngoái.', ['Hiệp định Hợp tác nghề cá', 'FCA']],
  ])('a treaty bounded by its short name: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it('lower-case laws whose names open with a verb, and the set phrase of merit', () => {
    expect(texts('document', 'Chủ đầu tư vi phạm luật Xây dựng và luật Đất đai.')).toEqual(['luật Xây dựng', 'luật Đất đai']);
    expect(texts('document', 'Theo Pháp lệnh Ưu đãi người có công với cách mạng, thân nhân được trợ cấp.')).toEqual(['Pháp lệnh Ưu đãi người có công với cách mạng']);
    expect(texts('document', 'Hắn coi thường luật Từ đó gây ra tai nạn.')).toEqual([]);
  });
});

describe('compounds and bodies inside documents\' names', () => {
  it.each([
    ['Quốc hội thông qua Kế hoạch phát triển kinh tế - xã hội năm 2022 tại kỳ họp.', 'Kế hoạch phát triển kinh tế - xã hội năm 2022'],
    ['Ban hành Nghị quyết về phát triển văn hóa - thể thao của tỉnh, huyện triển khai ngay.', 'Nghị quyết về phát triển văn hóa - thể thao'],
    ['Sửa đổi Điều lệ MTTQ Việt Nam tại đại hội lần này.', 'Điều lệ MTTQ Việt Nam'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)[0]).toBe(want);
  });

  it('a dash before a capital or a function word joins no compound', () => {
    expect(texts('document', 'Theo Kế hoạch phát triển kinh tế - Chủ tịch tỉnh cho biết thêm.')).toEqual(['Kế hoạch phát triển kinh tế']);
    expect(texts('document', 'Theo Kế hoạch phát triển kinh tế - và các chỉ tiêu khác.')).toEqual(['Kế hoạch phát triển kinh tế']);
  });
});

describe('party resolutions by session in lower case, and subjects closed by a period', () => {
  it.each([
    ['Các chi bộ học tập nghị quyết Trung ương 6 khóa XIII trong tháng này.', 'nghị quyết Trung ương 6 khóa XIII'],
    ['Cấp ủy kiểm điểm việc thực hiện nghị quyết Trung ương 4 khóa 12 của Đảng.', 'nghị quyết Trung ương 4 khóa 12'],
    ['Đảng viên quán triệt Nghị quyết Trung ương 8 (khóa 11) về bảo vệ Tổ quốc.', 'Nghị quyết Trung ương 8 (khóa 11)'],
    ['Ban hành Nghị quyết của Bộ Chính trị về phát triển vùng Đông Nam Bộ đến năm 2030, tầm nhìn đến năm 2045.', 'Nghị quyết của Bộ Chính trị về phát triển vùng Đông Nam Bộ đến năm 2030, tầm nhìn đến năm 2045'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it('a lower-case resolution without its session stays a common noun', () => {
    expect(texts('document', 'Hội đồng thông qua nghị quyết trung ương về việc này.')).toEqual([]);
  });
});

describe('abbreviated heads and short names with their year', () => {
  it.each([
    ['Người vi phạm bị phạt theo NĐ 168/2024/NĐ-CP từ năm nay.', 'NĐ 168/2024/NĐ-CP'],
    ['Ngân hàng cho vay theo TT 02/2023/TT-NHNN về cơ cấu nợ.', 'TT 02/2023/TT-NHNN'],
    ['Bị cáo bị truy tố theo khoản 2 Điều 174 BLHS năm 2015.', 'BLHS năm 2015'],
    ['Ông bị xử theo Điều 360 Bộ luật Hình sự 2015 (sửa đổi, bổ sung năm 2017) về tội thiếu trách nhiệm.', 'Bộ luật Hình sự 2015 (sửa đổi, bổ sung năm 2017)'],
    ['Kết luận Kiểm toán số 88/KL-KTNN chỉ ra nhiều sai sót.', 'Kết luận Kiểm toán số 88/KL-KTNN'],
    ['Quốc hội bàn dự án Luật Đơn vị hành chính - kinh tế đặc biệt năm nay.', 'Luật Đơn vị hành chính - kinh tế đặc biệt'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it.each([
    ['Đội tuyển TT 5 điểm sau vòng đấu.'],
    ['Xe mang biển QĐ 123 đỗ trước cổng.'],
  ])('an abbreviation before a bare number is no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('treaties named by parties, subjects and short names', () => {
  it.each([
    ['Hai bên ra Thông cáo chung Việt Nam - Nhật Bản sau hội đàm.', ['Thông cáo chung Việt Nam - Nhật Bản']],
    ['Hai nước đã ký Hiệp định về dẫn độ và tương trợ tư pháp.', ['Hiệp định về dẫn độ và tương trợ tư pháp']],
    ['Thỏa thuận về trao đổi hàng hóa cư dân biên giới đã có hiệu lực.', ['Thỏa thuận về trao đổi hàng hóa cư dân biên giới']],
    ['Các nước tuân thủ Tuyên bố về cách ứng xử của các bên ở Biển Đông (DOC) năm 2002.', ['Tuyên bố về cách ứng xử của các bên ở Biển Đông', 'DOC']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    ['Các nhà lãnh đạo ra Thông cáo chung của Hội nghị bàn tròn tại Bắc Kinh.'],
    ['Hai nước chưa có Hiệp định Thương mại tự do (FTA) song phương.'],
    ['Ông ký Công ước về bảo tồn các vùng đất ngập nước quan trọng.'],
  ])('a communiqué without parties, the kind "free trade agreement", a subject cut short are no documents: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a law with its number', () => {
  it.each([
    ['Theo Luật Đấu thầu số 22/2023/QH15, nhà thầu phải bảo lãnh.', 'Luật Đấu thầu số 22/2023/QH15'],
    ['Bộ luật Dân sự số 91/2015/QH13 quy định về thừa kế.', 'Bộ luật Dân sự số 91/2015/QH13'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it('"số" that starts "số đông" (most) is no number of the law', () => {
    expect(texts('document', 'Theo Luật Đất đai số đông người dân chưa hiểu.')).toEqual(['Luật Đất đai']);
  });
});

describe('long treaty titles', () => {
  it.each([
    ['Hai khối ký Hiệp định khung về đối tác kinh tế toàn diện ASEAN - Nhật Bản năm đó.', 'Hiệp định khung về đối tác kinh tế toàn diện ASEAN - Nhật Bản'],
    ['Các nước ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) năm 2018.', 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương'],
    ['Hội nghị thông qua Nghị quyết về hợp tác phát triển Hà Nội - Hải Phòng.', 'Nghị quyết về hợp tác phát triển Hà Nội - Hải Phòng'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)[0]).toBe(want);
  });
});

describe('rules of procedure', () => {
  it.each([
    ['Theo Nội quy kỳ họp Quốc hội, đại biểu đăng ký phát biểu trước.', 'Nội quy kỳ họp Quốc hội'],
    ['Hội đồng thông qua Nội quy làm việc của Hội đồng nhân dân tỉnh.', 'Nội quy làm việc của Hội đồng nhân dân tỉnh'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it('"Nội quy" opening a sentence is the common noun', () => {
    expect(texts('document', 'Nội quy cơ quan quy định giờ làm việc.')).toEqual([]);
  });
});

describe('set phrases and stray spaces inside documents', () => {
  it.each([
    ['Quốc hội bàn dự án Luật Hỗ trợ doanh nghiệp nhỏ và vừa; Chính phủ giải trình.', 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa'],
    ['Thủ tướng phê duyệt Đề án hỗ trợ doanh nghiệp nhỏ và vừa đến năm 2025.', 'Đề án hỗ trợ doanh nghiệp nhỏ và vừa đến năm 2025'],
    ['Bộ đã ký công văn số 512/ BTC-NSNN gửi các tỉnh.', 'công văn số 512/ BTC-NSNN'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it('"và vừa" (and just) after a law is the clause going on', () => {
    expect(texts('document', 'Ông nhắc đến Luật Đất đai và vừa ký quyết định.')[0]).toBe('Luật Đất đai');
  });
});

describe('abbreviated decisions by a bare number, plan horizons, titles quoted by another document, short law names, permits', () => {
  it.each([
    ['Nhiều hộ xây nhà sau QĐ 45 nên không được tách thửa.', 'QĐ 45'],
    ['Xe khách bị phạt theo NĐ 86 về kinh doanh vận tải.', 'NĐ 86'],
    ['Tỉnh trình dự thảo thay thế Quyết định (QĐ) 12/2016 về giá đất.', 'Quyết định (QĐ) 12/2016'],
    ['Dự án phải phù hợp Quy hoạch phát triển điện lực đến năm 2025 và tầm nhìn đến năm 2035 đã duyệt.', 'Quy hoạch phát triển điện lực đến năm 2025 và tầm nhìn đến năm 2035'],
    ['Bộ trình Chiến lược phát triển ngành thủy sản đến năm 2030, định hướng đến năm 2045 trong tháng này.', 'Chiến lược phát triển ngành thủy sản đến năm 2030, định hướng đến năm 2045'],
    ['Vốn cấp theo quyết định về việc phê duyệt Đề án cải tạo, nâng cấp trạm y tế xã vùng khó khăn, sử dụng vốn vay ODA.', 'Đề án cải tạo, nâng cấp trạm y tế xã vùng khó khăn, sử dụng vốn vay ODA'],
    ['Theo quyết định về việc phê duyệt Đề án hỗ trợ nông dân, các huyện phải báo cáo.', 'Đề án hỗ trợ nông dân'],
    ['Cơ quan thuế làm sai các quy định của luật NSNN về hoàn thuế.', 'luật NSNN'],
    ['Người lao động được hưởng theo luật BHXH năm 2014.', 'luật BHXH năm 2014'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual([want]);
  });

  it.each([
    ['Sở cấp giấy phép khai thác đá tại mỏ đá Núi Bé số 45/GP-UBND cho công ty.'],
    ['Hai bên ký hợp đồng thuê đất số 12/HĐ-TĐ từ năm ngoái.'],
    ['Xe mang số hiệu NQ 77 chạy tuyến Bắc Nam.'],
    ['Kỷ luật CSGT vi phạm.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a number with its year of issue, a name the article then shortens, a plan named after a person or place abroad', () => {
  it.each([
    ['Ngân hàng đóng bảo hiểm theo Nghị định 146 năm 2018 của Chính phủ.', 'Nghị định 146 năm 2018'],
    ['Hai nước cùng là thành viên Công ước về buôn bán quốc tế các loài động vật hoang dã nguy cấp (gọi tắt là Công ước CITES).', 'Công ước về buôn bán quốc tế các loài động vật hoang dã nguy cấp'],
    ['Châu Âu được tái thiết nhờ Kế hoạch Marshall, theo các sử gia.', 'Kế hoạch Marshall'],
    ['Nhiều sinh viên sang học theo Kế hoạch Colombo mới.', 'Kế hoạch Colombo mới'],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)[0]).toBe(want);
  });

  it.each([
    ['Chiến lược Trung Quốc ở khu vực đã thay đổi.', []],
    ['Nghị định 105 năm nay chưa được sửa.', ['Nghị định 105']],
  ])('a country is no plan\'s name, "năm nay" no year of issue: %s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a law named by parallel halves that end in the same syllable', () => {
  it.each([
    ['Bệnh viện làm theo Luật Khám bệnh, chữa bệnh để xác định nguyên nhân.', ['Luật Khám bệnh, chữa bệnh']],
    ['Người nước ngoài làm thủ tục theo Luật Nhập cảnh, xuất cảnh, quá cảnh của Việt Nam.', ['Luật Nhập cảnh, xuất cảnh, quá cảnh']],
    ['Theo Luật Đầu tư, doanh nghiệp phải đăng ký.', ['Luật Đầu tư']],
    ['Theo Luật Đất đai, đất đai thuộc sở hữu toàn dân.', ['Luật Đất đai']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('court papers named by their number take their head', () => {
  it.each([
    ['Bản án số 45/2018/HS-PT của TAND tỉnh đã có hiệu lực.', ['Bản án số 45/2018/HS-PT']],
    ['Theo cáo trạng số 12/CT-VKSND, bị can đã nhận tội.', ['cáo trạng số 12/CT-VKSND']],
    ['Tòa tuyên bản án 20 năm tù với bị cáo.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('plans with a count of years, a dash compound before their period, a verb after "về", "nông thôn mới"', () => {
  it.each([
    ['Quốc hội thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.', ['Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025']],
    ['Tỉnh trình Kế hoạch đầu tư công trung hạn 5 năm giai đoạn 2021-2025 lên Bộ.', ['Kế hoạch đầu tư công trung hạn 5 năm giai đoạn 2021-2025']],
    ['Xã về đích Chương trình mục tiêu quốc gia về xây dựng nông thôn mới.', ['Chương trình mục tiêu quốc gia về xây dựng nông thôn mới']],
    ['Tỉnh ban hành Kế hoạch 5 năm về phát triển du lịch.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a congress resolution keeps its term after its number', () => {
  it.each([
    ['Huyện thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025, đạt nhiều kết quả.', ['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025']],
    ['Nghị quyết Đại hội XIII, nhiệm vụ năm nay là phát triển.', ['Nghị quyết Đại hội XIII']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a treaty named by a kind in lower-case words and its year', () => {
  it.each([
    ['Vụ thử tên lửa không vi phạm Hiệp ước hạt nhân năm 2015 mà Iran đã ký.', ['Hiệp ước hạt nhân năm 2015']],
    ['Hai nước ký Hiệp định thương mại song phương năm 2000 tại Washington.', ['Hiệp định thương mại song phương năm 2000']],
    ['Hiệp định này năm nay mới có hiệu lực.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a map scale after "Quy hoạch" names a kind of plan', () => {
  it.each([
    ['Dự án chưa có Quy hoạch 1/500 nên chưa được cấp phép.', []],
    ['Theo Quy hoạch số 12/QH-UBND, khu đất dành cho trường học.', ['Quy hoạch số 12/QH-UBND']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a subject closed by a count of years and their period', () => {
  it.each([
    ['Đại hội thông qua Nghị quyết về phương hướng, nhiệm vụ 5 năm 2020-2025.', ['Nghị quyết về phương hướng, nhiệm vụ 5 năm 2020-2025']],
    ['Quốc hội ban hành Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.', ['Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025']],
    ['Nghị quyết về phát triển du lịch 5 năm tới được thông qua.', ['Nghị quyết về phát triển du lịch']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a share that qualifies a noun stays inside a subject; an amount the clause states does not', () => {
  it.each([
    ['Bộ trình Nghị định về chuyển doanh nghiệp 100% vốn nhà nước thành công ty cổ phần.', ['Nghị định về chuyển doanh nghiệp 100% vốn nhà nước thành công ty cổ phần']],
    ['Nghị định về thuế môi trường tăng 10% so với năm ngoái.', ['Nghị định về thuế môi trường tăng']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('an amendment mark without brackets belongs to a law only with its year', () => {
  it.each([
    ['Tòa căn cứ Điều 104 Bộ luật Hình sự năm 1999, sửa đổi, bổ sung năm 2009 để tuyên án.', ['Bộ luật Hình sự năm 1999, sửa đổi, bổ sung năm 2009']],
    ['Theo Bộ luật hình sự năm 1999 sửa đổi bổ sung năm 2009, tội này bị phạt tù.', ['Bộ luật hình sự năm 1999 sửa đổi bổ sung năm 2009']],
    ['Hiến pháp 1992 (sửa đổi, bổ sung năm 2001) quy định rõ quyền này.', ['Hiến pháp 1992 (sửa đổi, bổ sung năm 2001)']],
    ['Luật Du lịch sửa đổi sẽ được trình vào kỳ họp tới.', ['Luật Du lịch']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a law amending several laws names them all', () => {
  it.each([
    ['Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương.', ['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương']],
    ['Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế có hiệu lực.', ['Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế']],
    ['Quốc hội biểu quyết Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch.', ['Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch']],
    // A decree after "và" is a document of its own.
    ['Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Nghị định 43 được bàn thảo.', ['Luật sửa đổi, bổ sung một số điều của Luật Đất đai', 'Nghị định 43']],
    // No amended law this rule can bound: no truncated "Luật sửa đổi, bổ sung".
    ['Quốc hội sẽ xem xét Luật sửa đổi, bổ sung các luật về thuế.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a document whose whole title stands in quotes runs to the closing quote', () => {
  it.each([
    ['Hội nghị thông qua “Kế hoạch hành động phòng chống buôn lậu 2019-2020 của ASEAN”, biến cam kết thành hành động.', ['Kế hoạch hành động phòng chống buôn lậu 2019-2020 của ASEAN']],
    ['Tỉnh dành 184 tỷ đồng cho “Chương trình cung cấp nước sinh hoạt và vệ sinh môi trường nông thôn tỉnh Bắc Ninh giai đoạn 2016-2020”.', ['Chương trình cung cấp nước sinh hoạt và vệ sinh môi trường nông thôn tỉnh Bắc Ninh giai đoạn 2016-2020']],
    // A show's title, and a quoted sentence that opens with a law.
    ['Khán giả đón xem “Chương trình Giai điệu tự hào” tối nay.', []],
    ['Ông nói: “Luật Đất đai 2013 đã có quy định rõ ràng về việc này”.', ['Luật Đất đai 2013']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('party rules and conclusions cited in lower case by a bare number', () => {
  it.each([
    ['Ban Tổ chức hướng dẫn thực hiện quy định 102 của Bộ Chính trị.', ['quy định 102']],
    ['Theo kết luận 21 về công tác cán bộ, các tổ chức đảng phải kiểm điểm.', ['kết luận 21']],
    ['Các cấp ủy thực hiện quy định 181 ngày 30/3/2013 của Bộ Chính trị.', ['quy định 181']],
    // Counts after the verbs "quy định", "kết luận".
    ['Luật quy định 10 ngày làm việc để trả lời.', []],
    ['Nghị định quy định 15% thuế suất.', []],
    ['Đoàn kiểm tra kết luận 12 trường hợp vi phạm.', []],
    ['Luật quy định 10, 20 hoặc 30 ngày tùy trường hợp.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a decision named by its kind in words and a bare number that its date, issuer or target follows', () => {
  it.each([
    ['Cơ quan điều tra ra quyết định không khởi tố vụ án hình sự số 58 đối với đơn tố giác.', ['quyết định không khởi tố vụ án hình sự số 58']],
    ['Viện kiểm sát phê chuẩn quyết định khởi tố bị can số 12 ngày 5/6/2018 của Cơ quan điều tra.', ['quyết định khởi tố bị can số 12']],
    ['Đối tượng bị truy nã theo quyết định truy nã số 07 của Công an tỉnh Nghệ An.', ['quyết định truy nã số 07']],
    // The verb "quyết định" (decide) before a shirt number.
    ['HLV quyết định chọn số 7 làm đội trưởng.', []],
    ['Ban tổ chức quyết định tăng số 10 lên đầu danh sách.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('the code of conduct and the Party platform are documents', () => {
  it.each([
    ['Các nước đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC) trong năm nay.', ['Bộ Quy tắc ứng xử ở Biển Đông', 'COC']],
    ['Hai bên thúc đẩy sớm đạt được Bộ quy tắc ứng xử ở Biển Đông hiệu quả.', ['Bộ quy tắc ứng xử ở Biển Đông']],
    ['Ông tham gia chấp bút Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội.', ['Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội']],
    ['Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011) khẳng định rõ.', ['Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)']],
    ['Cương lĩnh chính trị đầu tiên của Đảng ra đời năm 1930.', ['Cương lĩnh chính trị']],
    ['Cương lĩnh tranh cử của ứng viên gây tranh cãi.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it('takes "Bộ Quy tắc" from the bodies', () => {
    expect(texts('organization', 'Các nước đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC) trong năm nay.')).toEqual([]);
  });
});

describe('a rule book keeps its body\'s term; a law keeps a verb joined by a comma; compounds do not cut a subject', () => {
  it.each([
    ['Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX đã được thông qua.', ['Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX']],
    ['Quy chế làm việc của Tỉnh ủy nhiệm kỳ 2020-2025 được ban hành.', ['Quy chế làm việc của Tỉnh ủy nhiệm kỳ 2020-2025']],
    ['Quốc hội thảo luận dự án Luật Quản lý, sử dụng tài sản công.', ['Luật Quản lý, sử dụng tài sản công']],
    ['Chính phủ ban hành Nghị quyết về hỗ trợ đồng bào dân tộc thiểu số vùng cao.', ['Nghị quyết về hỗ trợ đồng bào dân tộc thiểu số vùng cao']],
    // A conclusion about implementing a resolution: the resolution is marked, no truncated "Kết luận về tiếp tục thực".
    ['Bộ Chính trị đã có Kết luận về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X.', ['Nghị quyết Trung ương 7 khóa X']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('plenums listed in one term, lower-case plenums, a rule book\'s full term, "luật" inside a word in capitals', () => {
  it.each([
    ['Thực hiện các Nghị quyết Trung ương 4, 5, 6 khóa XII, tỉnh đã đạt nhiều kết quả.', ['Nghị quyết Trung ương 4, 5, 6 khóa XII']],
    ['Chi bộ học tập Nghị quyết Trung ương 7 và 8 khóa XII trong tháng này.', ['Nghị quyết Trung ương 7 và 8 khóa XII']],
    ['Ban Thường vụ tiếp tục thực hiện nghị quyết trung ương 4 khóa XII.', ['nghị quyết trung ương 4 khóa XII']],
    ['Các đồng chí thực hiện theo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2015-2020.', ['Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2015-2020']],
    ['KỶ LUẬT CÁN BỘ VI PHẠM QUY ĐỊNH 102', ['QUY ĐỊNH 102']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a subject in words keeps "một số", "các" before a noun, "quy hoạch", "trong lĩnh vực", and compounds split by a comma', () => {
  it.each([
    ['Ban Bí thư ban hành Chỉ thị về tăng cường công tác phòng, chống tham nhũng trong tình hình mới.', ['Chỉ thị về tăng cường công tác phòng, chống tham nhũng trong tình hình mới']],
    ['Chính phủ ban hành Nghị định về xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt.', ['Nghị định về xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt']],
    ['Tỉnh ủy ra Nghị quyết về xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược.', ['Nghị quyết về xây dựng đội ngũ cán bộ các cấp']],
    ['Nghị quyết về công tác quy hoạch cán bộ đã chỉ ra nhiều hạn chế.', ['Nghị quyết về công tác quy hoạch cán bộ']],
    ['Quốc hội ban hành Nghị quyết về thí điểm một số cơ chế đặc thù cho thành phố.', ['Nghị quyết về thí điểm một số cơ chế đặc thù']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a party circular ("Thông tri") is named by its number', () => {
  it.each([
    ['Ban Bí thư ban hành Thông tri số 03-TT/TW về lãnh đạo đại hội.', ['Thông tri số 03-TT/TW']],
    ['Thực hiện Thông tri 19-TT/TW của Ban Bí thư, các cấp ủy tổ chức kiểm điểm.', ['Thông tri 19-TT/TW']],
    ['Các cấp ủy thực hiện thông tri số 05-TT/TU của Tỉnh ủy.', ['thông tri số 05-TT/TU']],
    ['Thông tri này nhắc nhở các cấp ủy.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a plenum\'s resolution abbreviated', () => {
  it.each([
    ['Đảng bộ tiếp tục thực hiện NQTW4 khóa XII gắn với Chỉ thị 05.', ['NQTW4 khóa XII', 'Chỉ thị 05']],
    ['Các chi bộ học tập NQ TW4 khóa XII.', ['NQ TW4 khóa XII']],
    ['Nghị quyết T.Ư 4 khóa XII đã chỉ ra 27 biểu hiện.', ['Nghị quyết T.Ư 4 khóa XII']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a subject closed by a stage and its years', () => {
  it.each([
    ['Chính phủ trình dự thảo Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2016-2020.', ['Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2016-2020']],
    ['HĐND ban hành Nghị quyết về hỗ trợ giống cây trồng giai đoạn 2021 – 2025 cho nông dân.', ['Nghị quyết về hỗ trợ giống cây trồng giai đoạn 2021 – 2025']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a subject keeps whom it is for, "không chuyên trách" and a level after "ở"', () => {
  it.each([
    ['HĐND tỉnh thông qua Nghị quyết về mức chi hỗ trợ cho cán bộ không chuyên trách ở xã.', ['Nghị quyết về mức chi hỗ trợ cho cán bộ không chuyên trách ở xã']],
    ['Chính phủ ban hành Nghị định về thực hiện dân chủ ở cơ sở.', ['Nghị định về thực hiện dân chủ ở cơ sở']],
    // "cho phép", "cho biết" are verbs of the clause.
    ['Nghị quyết về chính sách cho phép doanh nghiệp vay vốn đã có hiệu lực.', ['Nghị quyết về chính sách']],
    ['Nghị định về xử phạt cho biết mức phạt tăng gấp đôi.', ['Nghị định về xử phạt']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a treaty or bill in lower case named by the proper name after its head', () => {
  it.each([
    ['Phe ly khai cáo buộc quân chính phủ vi phạm thỏa thuận Minsk.', ['thỏa thuận Minsk']],
    ['London kích hoạt Điều 50 hiệp ước Lisbon để bắt đầu đàm phán.', ['hiệp ước Lisbon']],
    ['Hạ viện bỏ phiếu thông qua dự luật Brexit tối thứ Tư.', ['dự luật Brexit']],
    ['Washington và Moskva bàn gia hạn thỏa thuận New START.', ['thỏa thuận New START']],
    ['Quốc hội Mỹ nới lỏng dự luật Dodd-Frank năm 2010.', ['dự luật Dodd-Frank năm 2010']],
    ['Hạ viện thông qua Dự luật trừng phạt Nga 2018 với đa số phiếu.', ['Dự luật trừng phạt Nga 2018']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A country alone says whose deal; a title-cased phrase, a title and a body's head are no name.
    ['Ông nói thỏa thuận Mỹ đề xuất là không công bằng.'],
    ['Hai bên ký kết thỏa thuận Hợp tác chiến lược với ngân hàng.'],
    ['Ông cho biết thỏa thuận Tổng thống Duterte đưa ra vẫn còn hiệu lực.'],
    ['Tổ chức hiệp ước An ninh tập thể họp tại Moskva.'],
    ['Iran vẫn tuân thủ thỏa thuận hạt nhân với nhóm P5+1.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a signed document titled by its two parties', () => {
  it.each([
    ['Hai Bộ trưởng ký Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Y tế Hàn Quốc.', ['Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Y tế Hàn Quốc']],
    ['Hai nước ký Hiệp định hợp tác văn hóa giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Cộng hòa Pháp.', ['Hiệp định hợp tác văn hóa giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Cộng hòa Pháp']],
    ['Lễ ký Hiệp định tín dụng ưu đãi cho Dự án cầu Cần Thơ 2 giữa Bộ Tài chính Việt Nam và Ngân hàng Hợp tác quốc tế Nhật Bản diễn ra sáng nay.', ['Hiệp định tín dụng ưu đãi cho Dự án cầu Cần Thơ 2 giữa Bộ Tài chính Việt Nam và Ngân hàng Hợp tác quốc tế Nhật Bản']],
    ['Bản ghi nhớ hợp tác giai đoạn 2018 - 2022 giữa Đại học Quốc gia Hà Nội và Đại học Tokyo đã được trao.', ['Bản ghi nhớ hợp tác giai đoạn 2018 - 2022 giữa Đại học Quốc gia Hà Nội và Đại học Tokyo']],
    ['Hiệp định giữa Việt Nam và Campuchia về hợp tác phòng chống tội phạm có hiệu lực từ năm sau.', ['Hiệp định giữa Việt Nam và Campuchia về hợp tác phòng chống tội phạm']],
    // A memorandum named by its subject and period; "trên biển" (at sea) inside a subject.
    ['Hai bên ký Bản ghi nhớ về đào tạo nguồn nhân lực giai đoạn 2019-2023.', ['Bản ghi nhớ về đào tạo nguồn nhân lực giai đoạn 2019-2023']],
    ['Hai bên ký Thỏa thuận về những nguyên tắc chỉ đạo hợp tác nghề cá trên biển.', ['Thỏa thuận về những nguyên tắc chỉ đạo hợp tác nghề cá trên biển']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A clause between the head and "giữa" says the document was signed, it is not its title.
    ['Hiệp định này được ký giữa Việt Nam và Lào năm 1977.'],
    ['Hai công ty thỏa thuận giữa Tập đoàn A và Công ty B về giá bán.'],
    ['Bản ghi nhớ này có giá trị trong năm năm.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('compounds and set phrases inside a title', () => {
  it.each([
    // "phòng, chống" is one compound: its comma does not end a plan's name.
    ['Chính phủ phê duyệt Chiến lược quốc gia phòng, chống ma túy đến năm 2030.', ['Chiến lược quốc gia phòng, chống ma túy đến năm 2030']],
    // "không được làm" (must not do) and "nêu gương" (setting an example) are the rules' own words.
    ['Đảng viên đó vi phạm Quy định về những điều đảng viên không được làm.', ['Quy định về những điều đảng viên không được làm']],
    ['Ban Bí thư ban hành Quy định về trách nhiệm nêu gương của cán bộ, công chức.', ['Quy định về trách nhiệm nêu gương của cán bộ, công chức']],
    // "và" between lower-case words inside a treaty's name that reaches its capitalised part.
    ['Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương đã có hiệu lực.', ['Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương']],
    // A programme named by its number, then its stage.
    ['Xã thực hiện Chương trình 135 giai đoạn II rất hiệu quả.', ['Chương trình 135']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('codes with a loose dash before the issuer, abbreviated heads with "số", documents given to a whole body', () => {
  it.each([
    ['UBND huyện ban hành Quyết định số 1520/QĐ - UBND ngày 3/8.', ['Quyết định số 1520/QĐ - UBND']],
    ['Chính phủ ban hành Nghị định số 31/2016/NĐ – CP về giống cây trồng.', ['Nghị định số 31/2016/NĐ – CP']],
    ['Các đơn vị thực hiện NQ số 19 của Chính phủ.', ['NQ số 19']],
    // A stray space before the slash.
    ['UBND quận ban hành Quyết định số 4521 /QĐ-UBND về việc thu hồi đất.', ['Quyết định số 4521 /QĐ-UBND']],
    // "Chính phủ", "Quốc hội" are whole bodies: a plan or law after them is handed to them, not part of their name.
    ['Bộ Nông nghiệp trình Chính phủ Đề án phát triển cây ăn quả đến năm 2030.', ['Đề án phát triển cây ăn quả đến năm 2030']],
    // Compounds split by a comma inside a name.
    ['Quốc hội thông qua Luật Tín ngưỡng, tôn giáo với đa số phiếu.', ['Luật Tín ngưỡng, tôn giáo']],
    ['Hội nghị thông qua Nghị quyết về tăng cường xây dựng, chỉnh đốn Đảng; các cấp ủy quán triệt.', ['Nghị quyết về tăng cường xây dựng, chỉnh đốn Đảng']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A car's plate and a model are no documents.
    ['Chiếc xe mang biển QĐ số 12 đã bị thu giữ.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a subject that holds a plan\'s head, its year, and whose rights', () => {
  it.each([
    // A head that names no document of its own ("Chương trình giám sát") is the subject's word; the year closes the subject.
    ['Quốc hội thông qua Nghị quyết về Chương trình giám sát của Quốc hội năm 2019 với đa số phiếu.', ['Nghị quyết về Chương trình giám sát của Quốc hội năm 2019']],
    ['HĐND tỉnh thông qua Nghị quyết về kế hoạch đầu tư công năm 2018.', ['Nghị quyết về kế hoạch đầu tư công năm 2018']],
    ['Việt Nam đã phê chuẩn Công ước về quyền của người lao động di cư.', ['Công ước về quyền của người lao động di cư']],
    // A document of its own inside the subject is still marked alone.
    ['Bộ ban hành Chỉ thị về triển khai Nghị quyết số 19/NQ-CP trong toàn ngành.', ['Nghị quyết số 19/NQ-CP']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('"dịch vụ theo yêu cầu" inside a title; a how-to is no guidance document', () => {
  it.each([
    ['Bộ ban hành Thông tư quy định về giá dịch vụ theo yêu cầu tại bệnh viện công.', ['Thông tư quy định về giá dịch vụ theo yêu cầu']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    ['Thí sinh tham khảo Hướng dẫn giải đề thi tốt nghiệp năm 2018 trên báo.'],
    ['Bạn đọc xem Hướng dẫn cách khai thuế thu nhập cá nhân 2019 dưới đây.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a formal treaty in lower case named by its kind and its pair of parties', () => {
  it.each([
    ['Hai bên nỗ lực sớm ký hiệp định thương mại tự do Việt Nam - Liên minh châu Âu trong năm nay.', ['hiệp định thương mại tự do Việt Nam - Liên minh châu Âu']],
    ['Doanh nghiệp tận dụng hiệp định đối tác kinh tế Việt Nam - Nhật Bản để xuất khẩu.', ['hiệp định đối tác kinh tế Việt Nam - Nhật Bản']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A firms' deal, "between" and "first" are no treaty's kind.
    ['Hai công ty ký thỏa thuận hợp tác Viettel - FPT hôm qua.'],
    ['Ông bình luận về hiệp định giữa Nga - Mỹ.'],
    ['Đây là hiệp định đầu tiên Việt Nam - EU cùng ký.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a declaration named by its place, then what it declares', () => {
  it.each([
    ['Các bộ trưởng thông qua Tuyên bố Hà Nội về tăng cường hợp tác ứng phó thiên tai.', ['Tuyên bố Hà Nội về tăng cường hợp tác ứng phó thiên tai']],
    ['Các nhà lãnh đạo ra Tuyên bố chung Manila về phát triển bền vững.', ['Tuyên bố chung Manila về phát triển bền vững']],
    // A name closed by its year keeps the subject out, as the dev gold does for treaties.
    ['Hội nghị thông qua Tuyên bố Viên 1993 về quyền con người.', ['Tuyên bố Viên 1993']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('two documents joined by "và" before a short name in brackets', () => {
  it.each([
    // The bracket names the second document only; "và" before another head never joins one name.
    ['Hai bên tái khẳng định Hiến chương Liên hợp quốc và Hiệp ước Không phổ biến vũ khí hạt nhân (NPT) là nền tảng.', ['Hiến chương Liên hợp quốc', 'Hiệp ước Không phổ biến vũ khí hạt nhân', 'NPT']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a programme or plan named by its number before the clause goes on', () => {
  it.each([
    ['Huyện đã giải ngân Chương trình 134 đúng tiến độ.', ['Chương trình 134']],
    ['Ủy ban Dân tộc cho biết Chương trình 135 hỗ trợ 2.000 xã.', ['Chương trình 135']],
    ['Bộ Công an khẳng định Đề án 06 mang lại nhiều lợi ích cho người dân.', ['Đề án 06']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A round number before a noun counts ("500 suất quà"); a unit of time or money after it measures the plan.
    ['Hội tổ chức Chương trình 500 suất quà cho hộ nghèo.'],
    ['Xã xây dựng Kế hoạch 5 năm phát triển kinh tế.'],
    ['Tỉnh triển khai Chương trình 12 tỷ đồng cho thôn bản.'],
    ['Lãnh đạo xã cho biết kế hoạch 135 hộ được hỗ trợ.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('plans whose names hold a verb with its object or its preposition', () => {
  it.each([
    ['Tỉnh ưu tiên vốn cho Chương trình mục tiêu quốc gia giảm nghèo bền vững trong năm tới.', ['Chương trình mục tiêu quốc gia giảm nghèo bền vững']],
    ['Thành phố ban hành Kế hoạch thích ứng với biến đổi khí hậu giai đoạn 2021-2025.', ['Kế hoạch thích ứng với biến đổi khí hậu giai đoạn 2021-2025']],
    ['Bộ xây dựng Đề án tái cơ cấu ngành gắn với đổi mới mô hình tăng trưởng giai đoạn 2017-2020.', ['Đề án tái cơ cấu ngành gắn với đổi mới mô hình tăng trưởng giai đoạn 2017-2020']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a treaty named by its place and "năm" with its year', () => {
  it.each([
    ['Hai bên nhắc lại tinh thần Hiệp định Genève năm 1954 về Đông Dương.', ['Hiệp định Genève năm 1954']],
    ['Học giả phân tích Hiệp ước Versailles năm 1919 trong hội thảo.', ['Hiệp ước Versailles năm 1919']],
    // A short name in capitals is dated by the clause, not named by the year.
    ['Hiệp định EVFTA năm 2020 đã có hiệu lực.', ['Hiệp định EVFTA']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a law named by a list of what it rules', () => {
  it.each([
    ['Luật Quản lý, sử dụng pháo, vật liệu nổ và công cụ hỗ trợ được Bộ Công an chủ trì soạn thảo.', ['Luật Quản lý, sử dụng pháo, vật liệu nổ và công cụ hỗ trợ']],
    ['Ủy ban thẩm tra Luật Đo đạc, bản đồ và viễn thám và Luật Thủy lợi tại phiên họp.', ['Luật Đo đạc, bản đồ và viễn thám', 'Luật Thủy lợi']],
    ['Quốc hội thông qua Nghị quyết về Chương trình xây dựng luật, pháp lệnh năm 2019.', ['Nghị quyết về Chương trình xây dựng luật, pháp lệnh năm 2019']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A lower-case word after the comma that no "và" closes opens the clause.
    ['Theo Luật Đầu tư, doanh nghiệp được miễn thuế hai năm.', ['Luật Đầu tư']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a decree or circular by a bare number before its own verb', () => {
  it.each([
    ['Doanh nghiệp áp dụng thông tư 78 hướng dẫn hóa đơn điện tử từ tháng 7.', ['thông tư 78']],
    ['Nghị định 15 quy định chi tiết Luật An toàn thực phẩm.', ['Nghị định 15', 'Luật An toàn thực phẩm']],
    ['Theo ông, nghị quyết 68 thay thế nhiều chính sách cũ.', ['nghị quyết 68']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it.each([
    // A count of rules is no document's number.
    ['Bộ đã ban hành 120 quy định mới trong năm.'],
  ])('no document: %s', (sentence) => {
    expect(texts('document', sentence)).toEqual([]);
  });
});

describe('a body named at the end of a treaty owns the short name in brackets', () => {
  it.each([
    // What a founding treaty founds is a body: its initials are no document.
    ['Các nước ký Công ước thành lập Tổ chức Hàng hải Quốc tế (IMO) tại Genève.', ['Công ước thành lập Tổ chức Hàng hải Quốc tế']],
    ['Hội nghị sửa đổi Hiệp định thành lập Quỹ Tiền tệ Quốc tế (IMF) sau chiến tranh.', ['Hiệp định thành lập Quỹ Tiền tệ Quốc tế']],
    ['Nga phê chuẩn Hiệp ước Minsk thành lập Liên minh Kinh tế Á - Âu năm 2014.', ['Hiệp ước Minsk thành lập Liên minh Kinh tế Á - Âu']],
    // A treaty's own short name stays a document.
    ['Hai nước thúc đẩy Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) có hiệu lực.', ['Hiệp định Đối tác kinh tế toàn diện khu vực', 'RCEP']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a document named by its date and its issuer', () => {
  it.each([
    ['Các tỉnh miền Trung thực hiện Công điện ngày 3/11 của Thủ tướng Chính phủ về ứng phó bão.', ['Công điện ngày 3/11 của Thủ tướng Chính phủ']],
    ['Theo Chỉ thị ngày 12-1-2019 của Ban Thường vụ Thành ủy, cán bộ không đi lễ chùa trong giờ hành chính.', ['Chỉ thị ngày 12-1-2019 của Ban Thường vụ Thành ủy']],
    ['Bộ Y tế ban hành Quyết định ngày 5 tháng 3 năm 2020 của Bộ trưởng Bộ Y tế về phòng dịch.', ['Quyết định ngày 5 tháng 3 năm 2020 của Bộ trưởng Bộ Y tế']],
    ['Xã đã cưỡng chế theo quyết định ngày 4/8 của UBND huyện.', ['quyết định ngày 4/8 của UBND huyện']],
    ['Công điện khẩn ngày 21/10 của Bộ Nông nghiệp yêu cầu gia cố đê.', ['Công điện khẩn ngày 21/10 của Bộ Nông nghiệp']],
    ['Chi cục thuế làm theo văn bản ngày 2/8 của Bộ Tài chính.', ['văn bản ngày 2/8 của Bộ Tài chính']],
    ['Thực hiện Công điện hôm 10/10 vừa qua của Bộ Quốc phòng, các đơn vị trực 100% quân số.', ['Công điện hôm 10/10 vừa qua của Bộ Quốc phòng']],
    // The issuer before the date.
    ['Thực hiện Kế hoạch của UBND tỉnh ngày 2/3/2020, các trường cho học sinh nghỉ.', ['Kế hoạch của UBND tỉnh ngày 2/3/2020']],
    // A legal document's date of issue names it when the issuer is the clause's subject.
    ['Chủ tịch tỉnh đã ký Quyết định ngày 9/6/2018, giao đất cho hợp tác xã.', ['Quyết định ngày 9/6/2018']],
    ['Bộ Công Thương gửi Công văn ngày 17/10 đề nghị các địa phương kiểm tra giá xăng.', ['Công văn ngày 17/10']],
    ['Thủ tướng vừa ký công điện ngày 8/11 về việc ứng phó bão.', ['công điện ngày 8/11']],
    // A plan's date may be the day it is for; an issuer alone names no one document.
    ['Kế hoạch ngày 15/3 gồm ba hoạt động chính.', []],
    ['Ông cho biết chỉ thị của tỉnh ủy rất rõ ràng.', []],
    // "quyết định" the verb.
    ['Hội đồng quyết định ngày 20/5 sẽ khai mạc giải đấu.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it('leaves the date and the issuer to be marked', () => {
    const s = 'Sở triển khai Công điện ngày 3/11 của Thủ tướng Chính phủ và Quyết định ngày 7/4 của UBND tỉnh Hà Tĩnh.';
    expect(texts('date', s)).toEqual(['3/11', '7/4']);
    expect(texts('organization', s)).toContain('UBND tỉnh Hà Tĩnh');
  });
});

describe('a bare number with its issuer after it names a document', () => {
  it.each([
    ['Theo QĐ 2013 của Thủ tướng, người nghèo được vay vốn.', ['QĐ 2013']],
    ['Xã thu hồi đất theo quyết định 358 của UBND huyện Đông Anh.', ['quyết định 358']],
    ['Sở đã có công văn 1864 của Sở Tài chính trả lời doanh nghiệp.', ['công văn 1864']],
    // An abbreviated head glued by a hyphen to its number and issuer.
    ['Các tàu vỏ thép đóng theo NĐ-89/CP đều được bảo hành.', ['NĐ-89/CP']],
    ['Mẫu tàu NQ-5 được trưng bày.', []],
    // No issuer: a bare number after a lower-case "quyết định" stays a count or a year.
    ['Hội đồng quyết định 2 việc quan trọng trong năm 2016.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a law named by a list of what it rules and whom, to their country', () => {
  it.each([
    ['Quốc hội sửa Luật Xuất cảnh, nhập cảnh của công dân Việt Nam trong năm nay.', ['Luật Xuất cảnh, nhập cảnh của công dân Việt Nam']],
    ['Bộ Công an trình Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam (sửa đổi).', ['Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam (sửa đổi)']],
    ['Viện kiểm sát áp dụng Luật Thi hành tạm giữ, tạm giam từ năm 2018.', ['Luật Thi hành tạm giữ, tạm giam']],
    // A comma that opens the clause, and "của" a country alone, stay out.
    ['Theo Luật Đất đai, người dân của tỉnh Quảng Nam được cấp sổ đỏ.', ['Luật Đất đai']],
    ['Luật Hình sự của Nhật Bản rất nghiêm khắc.', ['Luật Hình sự']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a subject listed with "và" keeps the setting after its list', () => {
  it.each([
    ['Tỉnh ủy quán triệt Nghị quyết về công tác giáo dục, đào tạo và bồi dưỡng nhân tài trong tình hình mới.', ['Nghị quyết về công tác giáo dục, đào tạo và bồi dưỡng nhân tài trong tình hình mới']],
    ['Ban Bí thư ra Chỉ thị về xây dựng đội ngũ trí thức trong thời kỳ mới.', ['Chỉ thị về xây dựng đội ngũ trí thức trong thời kỳ mới']],
    // Any other "trong" after the list ends the subject.
    ['Trường áp dụng Quy định về công tác thi đua, khen thưởng và kỷ luật trong trường học.', ['Quy định về công tác thi đua, khen thưởng và kỷ luật']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a subject keeps two words a comma pairs as one', () => {
  it.each([
    ['Huyện triển khai Chỉ thị về tăng cường công tác phòng cháy, chữa cháy.', ['Chỉ thị về tăng cường công tác phòng cháy, chữa cháy']],
    ['Tỉnh ủy quán triệt Nghị quyết về xây dựng, phát triển tỉnh Bắc Giang.', ['Nghị quyết về xây dựng, phát triển tỉnh Bắc Giang']],
    ['Quốc hội bàn Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Vinh.', ['Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Vinh']],
    ['Ban Bí thư ra Chỉ thị về đổi mới quản trị theo hướng nâng cao chất lượng, hiệu quả.', ['Chỉ thị về đổi mới quản trị theo hướng nâng cao chất lượng, hiệu quả']],
    // A comma before a clause's verb, and a pair no title joins, end the subject.
    ['Tỉnh ban hành Nghị quyết về phát triển du lịch, đánh dấu bước ngoặt.', ['Nghị quyết về phát triển du lịch']],
    ['Sở thực hiện Chỉ thị về quản lý đất đai, cán bộ phải kiểm tra hằng tuần.', ['Chỉ thị về quản lý đất đai']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a treaty named by a body in lower-case syllables, then its subject', () => {
  it.each([
    ['Hà Nội cam kết thực thi Công ước Liên hợp quốc về chống tham nhũng.', ['Công ước Liên hợp quốc về chống tham nhũng']],
    // The year a country joined stays out, as after a capitalised subject.
    ['Nước này phê chuẩn Công ước Liên hợp quốc về quyền của người khuyết tật năm 2014.', ['Công ước Liên hợp quốc về quyền của người khuyết tật']],
    // No subject after "về": the body's name ends it.
    ['Công ước Liên hợp quốc về việc này thì chưa rõ.', ['Công ước Liên hợp quốc']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a decree named by what it regulates, after a verb that names it', () => {
  it.each([
    ['Bộ Tài chính trình dự thảo Nghị định quy định một số cơ chế, chính sách đặc thù về đầu tư, tài chính của thành phố Cần Thơ.', ['Nghị định quy định một số cơ chế, chính sách đặc thù về đầu tư, tài chính của thành phố Cần Thơ']],
    ['Cần ban hành Nghị định quy định một số cơ chế tài chính đặc thù đối với tỉnh Quảng Trị để tạo đà phát triển.', ['Nghị định quy định một số cơ chế tài chính đặc thù đối với tỉnh Quảng Trị']],
    ['Chính phủ vừa ban hành Nghị định quy định về lưu chiểu đối với báo in, báo nói và tạp chí điện tử độc lập với cơ quan chủ quản.', ['Nghị định quy định về lưu chiểu đối với báo in, báo nói và tạp chí điện tử độc lập với cơ quan chủ quản']],
    ['Quốc hội ban hành Nghị quyết về tổ chức chính quyền đô thị tại thành phố Huế.', ['Nghị quyết về tổ chức chính quyền đô thị tại thành phố Huế']],
    // The decree doing the regulating (no verb names it), and a document inside the title, are not named this way.
    ['Nghị định quy định một số trường hợp được miễn thuế.', []],
    ['Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Thủy lợi.', ['Luật Thủy lợi']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a plan or a subject keeps the direction it takes', () => {
  it.each([
    ['Thủ tướng duyệt Đề án tái cơ cấu ngành thủy sản theo hướng nâng cao hiệu quả.', ['Đề án tái cơ cấu ngành thủy sản theo hướng nâng cao hiệu quả']],
    // "theo hướng dẫn" is "as guided": the plan's name ends before it.
    ['Xã triển khai Đề án phát triển làng nghề truyền thống theo hướng dẫn của Sở.', ['Đề án phát triển làng nghề truyền thống']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe("a bare year right after a document's short name in brackets is the document's, no date", () => {
  it.each([
    ['Hai nước cam kết tôn trọng Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982 trên thực địa.', []],
    // A year with "năm", or after a body's short name, stays a date.
    ['Hai nước ký Hiệp định Thương mại tự do (FTA) năm 2015 tại Hà Nội.', ['năm 2015']],
    ['Ngân hàng Thế giới (WB) 2016 dự báo tăng trưởng chậm lại.', ['2016']],
  ])('%s', (sentence, want) => {
    expect(texts('date', sentence)).toEqual(want);
  });
});

describe('a cable named by its subject', () => {
  it.each([
    ['Chủ tịch tỉnh vừa ký Công điện hỏa tốc về việc sơ tán dân khỏi vùng sạt lở.', ['Công điện hỏa tốc về việc sơ tán dân khỏi vùng sạt lở']],
    ['Bộ Nông nghiệp gửi Công điện về phòng, chống dịch lở mồm long móng tới các tỉnh miền núi.', ['Công điện về phòng, chống dịch lở mồm long móng']],
    // The cable doing the saying, with no subject, is no name.
    ['Công điện nêu rõ, các xã phải trực ban 24/24 giờ.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a notice of conclusions named by its owner and subject', () => {
  it.each([
    ['Văn phòng Tỉnh ủy phát hành Thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác giải phóng mặt bằng.', ['Thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác giải phóng mặt bằng']],
    // The notice doing the saying, with no subject, is no name.
    ['Thông báo kết luận nêu rõ, các sở phải báo cáo trước ngày 15.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a document named by the office that issues it and its subject', () => {
  it.each([
    ['Các bộ quán triệt Chỉ thị của Thủ tướng Chính phủ về chấn chỉnh kỷ cương hành chính.', ['Chỉ thị của Thủ tướng Chính phủ về chấn chỉnh kỷ cương hành chính']],
    ['Huyện chấp hành Quyết định của Chủ tịch UBND tỉnh về việc thu hồi đất.', ['Quyết định của Chủ tịch UBND tỉnh về việc thu hồi đất']],
    // The office holder named after the title: no document named this way.
    ['Xã thực hiện Quyết định của Chủ tịch tỉnh Lê Văn Ba về việc thu hồi đất.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a declaration named by a meeting keeps whose meeting it is and its number', () => {
  it.each([
    ['Các nước ra Tuyên bố chung Hội nghị cấp cao Mê Kông - Lan Thương lần thứ 2 tại Phnom Penh.', ['Tuyên bố chung Hội nghị cấp cao Mê Kông - Lan Thương lần thứ 2']],
    ['Các ngoại trưởng nhất trí Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51.', ['Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });

  it('a name after the title is the host, an official, no part of the declaration\'s name', () => {
    expect(texts('official', 'Hai bên ký Tuyên bố chung Hội nghị Thủ tướng Lê Văn Ba.')).toEqual(['Lê Văn Ba']);
  });
});

describe('a subject may open with a noun of "quy" ("quy hoạch", "quy chế"); only "quy định" is the clause\'s verb', () => {
  it.each([
    ['HĐND tỉnh thông qua Nghị quyết về quy hoạch mạng lưới chợ đến năm 2030.', ['Nghị quyết về quy hoạch mạng lưới chợ đến năm 2030']],
    ['Hai tỉnh ký Thỏa thuận về quy chế phối hợp quản lý rừng giáp ranh.', ['Thỏa thuận về quy chế phối hợp quản lý rừng giáp ranh']],
    ['Bộ vừa có Thông tư về quy trình kiểm định xe cơ giới.', ['Thông tư về quy trình kiểm định xe cơ giới']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe("a foreign act's translated name runs to its short name in brackets", () => {
  it.each([
    ['Hạ viện Mỹ thông qua Đạo luật Bảo vệ người tiêu dùng khỏi gian lận qua điện thoại (TCPA) vào tuần trước.', ['Đạo luật Bảo vệ người tiêu dùng khỏi gian lận qua điện thoại', 'TCPA']],
    // A clause before the bracket ("được … thông qua") is no part of the name.
    ['Đạo luật Dream được Thượng viện (SEN) thông qua.', ['Đạo luật Dream']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a treaty of cooperation named by its subject', () => {
  it.each([
    ['Hai tỉnh ký Bản ghi nhớ hợp tác về phát triển du lịch biên giới.', ['Bản ghi nhớ hợp tác về phát triển du lịch biên giới']],
    ['Hai bộ ký Hiệp định hợp tác về phòng, chống mua bán người vào tháng trước.', ['Hiệp định hợp tác về phòng, chống mua bán người']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a code with a stray space by the slash before its year', () => {
  it.each([
    ['Bộ ban hành Thông tư số 08 /2018/TT-BGDĐT về đánh giá học sinh.', ['Thông tư số 08 /2018/TT-BGDĐT']],
    ['Người vi phạm bị phạt theo Nghị định 100/ 2019/NĐ-CP từ năm nay.', ['Nghị định 100/ 2019/NĐ-CP']],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a capitalised regulation named by its words inside a sentence', () => {
  it.each([
    ['Ông bị kỷ luật theo Quy định xử lý kỷ luật đảng viên vi phạm do Ban Chấp hành ban hành.', ['Quy định xử lý kỷ luật đảng viên vi phạm']],
    ['Trường áp dụng Quy định quản lý học sinh nội trú từ học kỳ này.', ['Quy định quản lý học sinh nội trú']],
    // Opening a sentence, the head is the common noun; "Quy định hiện hành" names none.
    ['Quy định xử phạt nghiêm các hành vi vi phạm. Theo Quy định hiện hành, mức phạt thấp.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});

describe('a rule book of the things one may not do is titled by who and what, to the modal and its verb', () => {
  it.each([
    ['Chi bộ nhắc nhở thực hiện Quy định những điều đảng viên không được làm trong dịp lễ.', ['Quy định những điều đảng viên không được làm']],
    ['Ai vi phạm Quy định những điều cán bộ, công chức không được làm, sẽ bị kỷ luật.', ['Quy định những điều cán bộ, công chức không được làm']],
    // "những điều này" points back: no title.
    ['Theo Quy định những điều này là bắt buộc.', []],
  ])('%s', (sentence, want) => {
    expect(texts('document', sentence)).toEqual(want);
  });
});
