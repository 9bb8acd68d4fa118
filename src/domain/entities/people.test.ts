import { describe, expect, it } from 'vitest';
import type { Entity } from '../article/types';
import { extractEntities } from './index';
import { firstOfficial, of, para } from './helpers.test-util';

const officials = (...paragraphs: string[]): Entity[] =>
  extractEntities(paragraphs.map(para)).filter((e) => e.type === 'official');

const brief = (es: Entity[]) => es.map((e) => [e.text, e.name, e.role]);

describe('officials', () => {
  it.each([
    ['Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị.', 'Nguyễn Hồ Hải', 'Phó Bí thư Thành ủy TPHCM'],
    ['Đồng chí Nguyễn Mạnh Cường, Bí thư Quận ủy Quận 5 cho biết.', 'Nguyễn Mạnh Cường', 'Bí thư Quận ủy Quận 5'],
    ['Báo cáo tại hội nghị, Phó trưởng Ban Tổ chức Thành ủy TPHCM Lê Thị Thanh Thúy cho biết.', 'Lê Thị Thanh Thúy', 'Phó trưởng Ban Tổ chức Thành ủy TPHCM'],
    ['Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ Nguyễn Xuân Phúc dự.', 'Nguyễn Xuân Phúc', 'Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ'],
    ['Ông Nguyễn Thành Phong - Chủ tịch UBND TPHCM khẳng định.', 'Nguyễn Thành Phong', 'Chủ tịch UBND TPHCM'],
    ['Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Đình Xứng phê duyệt.', 'Nguyễn Đình Xứng', 'Chủ tịch UBND tỉnh Thanh Hóa'],
    ['Theo ông Đào Văn Học (đại diện Tổng công ty 319), khu đất chia hai phần.', 'Đào Văn Học', 'đại diện Tổng công ty 319'],
    ['Bà Nguyễn Hoài Thu, đại diện một doanh nghiệp du lịch tại TPHCM chia sẻ.', 'Nguyễn Hoài Thu', 'đại diện một doanh nghiệp du lịch tại TPHCM'],
    ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng cho biết.', 'Mai Tiến Dũng', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'],
    ['Tỉnh ủy họp. Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi chủ trì.', 'Nguyễn Văn Lợi', 'Bí thư Tỉnh ủy Bình Dương'],
    ['Cùng dự có đồng chí Phan Văn Mãi, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM; đồng chí Lệ.', 'Phan Văn Mãi', 'Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM'],
    ['Trung tướng Trần Đức Tài, Giám đốc Công an TPHCM báo cáo.', 'Trần Đức Tài', 'Giám đốc Công an TPHCM'],
    ['Ông Nguyễn Văn A, phó chủ tịch UBND huyện Củ Chi, cho biết.', 'Nguyễn Văn A', 'phó chủ tịch UBND huyện Củ Chi'],
    ['Giám đốc Sở Y tế TP.HCM Tăng Chí Thượng cho biết.', 'Tăng Chí Thượng', 'Giám đốc Sở Y tế TP.HCM'],
    ['Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.', 'Đào Xuân Cơ', 'Giám đốc Bệnh viện Bạch Mai'],
    ['Bị cáo Trương Mỹ Lan (SN 1956), Chủ tịch Tập đoàn Vạn Thịnh Phát, hầu tòa.', 'Trương Mỹ Lan', 'Chủ tịch Tập đoàn Vạn Thịnh Phát'],
    ['Phát biểu, đại biểu Quốc hội Nguyễn Thị Xuân Thu (đoàn Khánh Hòa) đề nghị.', 'Nguyễn Thị Xuân Thu', 'đại biểu Quốc hội'],
    // Foreign leaders after a title and a country, Vietnamese-shaped or not; a place before a name.
    ['Thủ tướng Singapore Lý Hiển Long đón đoàn.', 'Lý Hiển Long', 'Thủ tướng Singapore'],
    ['Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.', 'Ursula von der Leyen', 'Chủ tịch Ủy ban châu Âu'],
    ['Tổng thống Hợp chúng quốc Hoa Kỳ Joe Biden tới Hà Nội.', 'Joe Biden', 'Tổng thống Hợp chúng quốc Hoa Kỳ'],
    ['Tổng thư ký Liên hợp quốc (UN) Antonio Guterres cảnh báo.', 'Antonio Guterres', 'Tổng thư ký Liên hợp quốc (UN)'],
    ['Chủ tịch Ủy ban châu Âu Jean-Claude Juncker phát biểu.', 'Jean-Claude Juncker', 'Chủ tịch Ủy ban châu Âu'],
    ['Phó Chủ tịch UBND tỉnh Lê Văn Sơn ký văn bản.', 'Lê Văn Sơn', 'Phó Chủ tịch UBND tỉnh'],
    ['Chủ tịch Tôn Đức Thắng từng sống tại đây.', 'Tôn Đức Thắng', 'Chủ tịch'],
    ['Giám đốc Sở Y tế Hà Tĩnh Nguyễn Văn Tài Chiều nay 3/4 cho biết.', 'Nguyễn Văn Tài', 'Giám đốc Sở Y tế Hà Tĩnh'],
    // A department in lower case, a rarer family name, an envoy of a state's long form, "mới" after a title.
    ['Giám đốc sở Công Thương Lê Minh Hòa cho biết.', 'Lê Minh Hòa', 'Giám đốc sở Công Thương'],
    ['Bí thư Huyện ủy Đậu Văn Lâm chủ trì.', 'Đậu Văn Lâm', 'Bí thư Huyện ủy'],
    ['Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Pháp Nguyễn Thiệp trình quốc thư.', 'Nguyễn Thiệp', 'Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Pháp'],
    ['Thủ tướng mới Theresa May nhậm chức.', 'Theresa May', 'Thủ tướng mới'],
    // "Tp.HCM"; titles joined by a dash; "hiện là" before an apposition's title; a body's other name in brackets.
    ['Phó Bí thư Thành ủy Tp.HCM Võ Văn Hải dự.', 'Võ Văn Hải', 'Phó Bí thư Thành ủy Tp.HCM'],
    ['Phó Chủ tịch Quốc hội - Chủ tịch Hội Nông dân Lê Minh Tâm phát biểu.', 'Lê Minh Tâm', 'Phó Chủ tịch Quốc hội - Chủ tịch Hội Nông dân'],
    ['Bà Lê Thu Hà - hiện là Giám đốc Sở Tư pháp, cho biết.', 'Lê Thu Hà', 'Giám đốc Sở Tư pháp'],
    ['Chủ tịch Ủy ban Quốc phòng Hội đồng Liên bang (Thượng viện) Nga Viktor Bondarev phát biểu.', 'Viktor Bondarev', 'Chủ tịch Ủy ban Quốc phòng Hội đồng Liên bang (Thượng viện) Nga'],
    ['Cố vấn An ninh Quốc gia Herbert McMaster trả lời.', 'Herbert McMaster', 'Cố vấn An ninh Quốc gia'],
    ['Chủ tịch danh dự Hội Khuyến học Nguyễn Thị Lan phát biểu.', 'Nguyễn Thị Lan', 'Chủ tịch danh dự Hội Khuyến học'],
    ['Tổng chưởng lý Mỹ Jeff Sessions trả lời báo chí.', 'Jeff Sessions', 'Tổng chưởng lý Mỹ'],
    // "cố" (the late) before a title belongs to the role as written, as "nguyên" and "cựu" do.
    ['Nhiều người nhớ lời cố Thủ tướng Phan Văn Khải về doanh nghiệp.', 'Phan Văn Khải', 'cố Thủ tướng'],
    // Found by reading the corpus audit: honorifics, oceans, hyphenated names, places after their unit.
    ['Ông Trịnh Văn Quang, Phó Chủ tịch UBND quận Hai Bà Trưng cho biết.', 'Trịnh Văn Quang', 'Phó Chủ tịch UBND quận Hai Bà Trưng'],
    ['Tư lệnh Hạm đội Thái Bình Dương Scott Swift thị sát.', 'Scott Swift', 'Tư lệnh Hạm đội Thái Bình Dương'],
    ['Cựu Tổng thống Hàn Quốc Park Geun-hye ra tòa.', 'Park Geun-hye', 'Cựu Tổng thống Hàn Quốc'],
    ['Chính quyền Thủ tướng Anh Boris Johnson tuyên bố.', 'Boris Johnson', 'Thủ tướng Anh'],
    // Found reading misses in the corpus: a bare unit after a title, a name after a province, an
    // honorific after the title's comma, a party committee written in lower case.
    ['Phó Chủ tịch huyện Trần Thị Mai Hoa kiểm tra đê.', 'Trần Thị Mai Hoa', 'Phó Chủ tịch huyện'],
    // A committee named by its subject after "về" and its owner, before the name or in an apposition.
    ['Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội Trần Thị Lan phát biểu.', 'Trần Thị Lan', 'Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội'],
    ['Ông Hà Văn Bình, Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội, cho biết.', 'Hà Văn Bình', 'Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội'],
    // The state's honorary titles written out stand before the name as a rank does, in no role.
    ['Giám đốc Sở Văn hóa, Nghệ sĩ Ưu tú Trịnh Văn Long cho biết.', 'Trịnh Văn Long', 'Giám đốc Sở Văn hóa'],
    ['Giám đốc Sở Y tế, Thầy thuốc Nhân dân Phạm Thị Hoa cho biết.', 'Phạm Thị Hoa', 'Giám đốc Sở Y tế'],
    // A hospital's unit ("Đơn vị") is a body: its head's role runs over it and the hospital after the comma.
    ['Theo bác sĩ Lê Minh Tâm, Trưởng Đơn vị Hồi sức, Bệnh viện Chợ Rẫy, bệnh nhân đã tỉnh.', 'Lê Minh Tâm', 'Trưởng Đơn vị Hồi sức, Bệnh viện Chợ Rẫy'],
    // The same committee written "Ủy ban Các vấn đề …", its field in title case or not.
    ['Phó Chủ nhiệm Ủy ban Các vấn đề xã hội của Quốc hội Đỗ Thị Hoa cho biết.', 'Đỗ Thị Hoa', 'Phó Chủ nhiệm Ủy ban Các vấn đề xã hội của Quốc hội'],
    ['Bà Lý Thị Hà, Ủy viên Ủy ban Các vấn đề Xã hội của Quốc hội, cho rằng.', 'Lý Thị Hà', 'Ủy viên Ủy ban Các vấn đề Xã hội của Quốc hội'],
    // After the title's comma, a rank in lower case ("bác sĩ", "tiến sĩ") or an honorary title in capitals ("NGƯT") before the name.
    ['Giám đốc Bệnh viện Phổi, bác sĩ Đặng Văn Khoa cho biết.', 'Đặng Văn Khoa', 'Giám đốc Bệnh viện Phổi'],
    ['Giám đốc Sở Giáo dục, NGƯT Trần Văn Bình cho biết.', 'Trần Văn Bình', 'Giám đốc Sở Giáo dục'],
    ['Phó hiệu trưởng Trường ĐH Vinh, PGS. TS Hồ Văn Sum được đề nghị.', 'Hồ Văn Sum', 'Phó hiệu trưởng Trường ĐH Vinh'],
    // A school named after a person ("Trường" + level + name) is the role's body, in an apposition or before "ông".
    ['Ông Hồ Văn Tâm, Hiệu trưởng Trường THPT Phan Bội Châu, cho biết.', 'Hồ Văn Tâm', 'Hiệu trưởng Trường THPT Phan Bội Châu'],
    ['Hiệu trưởng Trường Tiểu học Kim Đồng, bà Lý Thị Vân cho biết.', 'Lý Thị Vân', 'Hiệu trưởng Trường Tiểu học Kim Đồng'],
    // A theatre company named after a person, then a comma and an honorary title before its director's name.
    ['Giám đốc Nhà hát Cải lương Trần Hữu Trang, NSƯT Lê Thị Mai cho biết.', 'Lê Thị Mai', 'Giám đốc Nhà hát Cải lương Trần Hữu Trang'],
    // A commander's unit with its number, the number right after the unit's head.
    ['Thiếu tướng Hồ Văn Nam, Chính ủy Lữ đoàn 170, dự lễ.', 'Hồ Văn Nam', 'Chính ủy Lữ đoàn 170'],
    // A name whose first syllables also name a township ("Đinh Văn", "Tân Phú") after a unit in the title.
    ['Chủ tịch tỉnh Đinh Văn Toàn đã gửi văn bản tới Sở.', 'Đinh Văn Toàn', 'Chủ tịch tỉnh'],
    ['Phó Chủ tịch UBND xã Đinh Văn Lợi ký quyết định.', 'Đinh Văn Lợi', 'Phó Chủ tịch UBND xã'],
    ['Giám đốc Sở Y tế Lạng Sơn Khuất Văn Hùng cho biết.', 'Khuất Văn Hùng', 'Giám đốc Sở Y tế Lạng Sơn'],
    ['Tổng Giám đốc Vinaconex, ông Lê Văn Tâm, trả lời.', 'Lê Văn Tâm', 'Tổng Giám đốc Vinaconex'],
    ['Bí thư huyện ủy Kỳ Anh Trần Xuân Lộc phát biểu.', 'Trần Xuân Lộc', 'Bí thư huyện ủy Kỳ Anh'],
    // A photo caption glued to the next sentence: the name ends before a capitalised verb of speech.
    ['Giám đốc Sở Xây dựng Lê Quang Huy Cho biết thêm, dự án sẽ khởi công.', 'Lê Quang Huy', 'Giám đốc Sở Xây dựng'],
    ['Phó Chủ tịch UBND tỉnh Hồ Văn Niên Phát biểu tại hội nghị, ông nhấn mạnh.', 'Hồ Văn Niên', 'Phó Chủ tịch UBND tỉnh'],
    // Members of foreign legislatures.
    ['Thượng nghị sĩ Cộng hòa Lindsey Graham phản đối dự luật.', 'Lindsey Graham', 'Thượng nghị sĩ Cộng hòa'],
    ['Hạ nghị sĩ Nancy Pelosi lên tiếng.', 'Nancy Pelosi', 'Hạ nghị sĩ'],
    // Foreign names after an honorific or a title: Arabic articles, words that are no Vietnamese syllable.
    ['Ông Khalid al-Harbi, người phát ngôn của Bộ Ngoại giao, bác bỏ tin đồn.', 'Khalid al-Harbi', 'người phát ngôn của Bộ Ngoại giao'],
    ['Ngoại trưởng Oman Yusuf bin Alawi đến Hà Nội.', 'Yusuf bin Alawi', 'Ngoại trưởng Oman'],
    ['Thủ tướng Iraq al-Abadi phát biểu.', 'al-Abadi', 'Thủ tướng Iraq'],
    ['Bà Ngozi Okonjo Iweala, Tổng giám đốc WTO, phát biểu.', 'Ngozi Okonjo Iweala', 'Tổng giám đốc WTO'],
    ['Ông Ksor Phước, Chủ tịch Hội đồng Dân tộc, dự lễ.', 'Ksor Phước', 'Chủ tịch Hội đồng Dân tộc'],
    ['Đại diện Thương mại Hoa Kỳ Katherine Tai thăm Việt Nam.', 'Katherine Tai', 'Đại diện Thương mại Hoa Kỳ'],
    ['Ngoại trưởng Anh - Ông David Cameron trả lời.', 'David Cameron', 'Ngoại trưởng Anh'],
    ['Phó Chánh án phụ trách Tòa án nhân dân tỉnh Kon Tum Lê Thị Hạnh ký quyết định.', 'Lê Thị Hạnh', 'Phó Chánh án phụ trách Tòa án nhân dân tỉnh Kon Tum'],
    ['CEO Vietjet Nguyễn Thị Phương Thảo phát biểu.', 'Nguyễn Thị Phương Thảo', 'CEO Vietjet'],
    ['CEO Netflix Reed Hastings đến Hà Nội.', 'Reed Hastings', 'CEO Netflix'],
    // Family names of ethnic minorities, and any family name before "Thị"/"Văn".
    ['Phó Bí thư Tỉnh ủy Lào Cai Giàng Seo Phử dự lễ.', 'Giàng Seo Phử', 'Phó Bí thư Tỉnh ủy Lào Cai'],
    ['Bí thư Huyện ủy Mường Nhé Pờ Văn Hùng kiểm tra.', 'Pờ Văn Hùng', 'Bí thư Huyện ủy Mường Nhé'],
    ['Phó Chủ tịch Hội đồng Bộ trưởng Võ Văn Kiệt thăm nhà máy.', 'Võ Văn Kiệt', 'Phó Chủ tịch Hội đồng Bộ trưởng'],
    ['Bà Trần Thu Hà (Phó Giám đốc Cty Việt - Úc) cho biết.', 'Trần Thu Hà', 'Phó Giám đốc Cty Việt - Úc'],
    ['Ông Lý Văn Tâm, Tổng giám đốc Công ty cổ phần thép Hòa Bình, cho biết.', 'Lý Văn Tâm', 'Tổng giám đốc Công ty cổ phần thép Hòa Bình'],
    ['Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân Trong phiên họp sáng nay đã trả lời.', 'Lê Vĩnh Tân', 'Bộ trưởng Bộ Nội vụ'],
    ['Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu chúc mừng.', 'Phạm Quang Hiệu', 'Đại sứ Việt Nam tại Nhật Bản'],
    ['Tổng lãnh sự Hàn Quốc tại Đà Nẵng Kim Sung Ho gặp gỡ.', 'Kim Sung Ho', 'Tổng lãnh sự Hàn Quốc tại Đà Nẵng'],
    ['Ông Đỗ Văn Sơn, nguyên Tổng giám đốc Tổng công ty Sông Đà (SCG), bị bắt.', 'Đỗ Văn Sơn', 'nguyên Tổng giám đốc Tổng công ty Sông Đà (SCG)'],
    ['Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Trần Hồng Minh nêu ý kiến.', 'Trần Hồng Minh', 'Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội'],
    ['Ông Lê Văn Khoa, Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính đã giải thích thêm.', 'Lê Văn Khoa', 'Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính'],
    ['Tư lệnh Hạm đội Ấn Độ Dương Anh John Clark thị sát.', 'John Clark', 'Tư lệnh Hạm đội Ấn Độ Dương Anh'],
    ['Bà Lê Thu Hà, Tổng giám đốc công ty Hưng Long Phát cho biết.', 'Lê Thu Hà', 'Tổng giám đốc công ty Hưng Long Phát'],
    // A body whose name has lower-case descriptive words, before the name and in an apposition.
    ['Giám đốc Bệnh viện đa khoa tỉnh Nam Định Trần Văn Hòa cho biết.', 'Trần Văn Hòa', 'Giám đốc Bệnh viện đa khoa tỉnh Nam Định'],
    ['Ông Phạm Đức Long, Phó Chủ tịch Hiệp hội nuôi ong Lâm Đồng nói.', 'Phạm Đức Long', 'Phó Chủ tịch Hiệp hội nuôi ong Lâm Đồng'],
    ['Bà Võ Thị Lan, Trưởng khoa Nhi, Bệnh viện đa khoa tỉnh Bình Định cho biết.', 'Võ Thị Lan', 'Trưởng khoa Nhi, Bệnh viện đa khoa tỉnh Bình Định'],
    // A word for the country between title and name; a middle initial; a hyphenated given name.
    ['Sau đó Thủ tướng nước này Mark Rutte cho biết.', 'Mark Rutte', 'Thủ tướng'],
    ['Khi đó cựu Tổng thống John F Kennedy phát biểu.', 'John F Kennedy', 'cựu Tổng thống'],
    ['Tổng thống Yoon Suk-yeol đến Hà Nội.', 'Yoon Suk-yeol', 'Tổng thống'],
    // Abbreviated titles, staff of a body, party committee members, a bracketed short name and a parent body.
    ['Bà Trần Thu Hằng (TGĐ Công ty Sao Mai) chia sẻ.', 'Trần Thu Hằng', 'TGĐ Công ty Sao Mai'],
    ['Chị Lê Thị Mơ, cán bộ Sở Tư pháp Quảng Nam, cho biết.', 'Lê Thị Mơ', 'cán bộ Sở Tư pháp Quảng Nam'],
    // A civil servant's grade before the body speaks for it, as "cán bộ" does.
    ['Anh Kim Văn Tuấn, chuyên viên Sở Nội vụ tỉnh Bình Dương, cho hay.', 'Kim Văn Tuấn', 'chuyên viên Sở Nội vụ tỉnh Bình Dương'],
    ['Chuyên viên chính Vụ Pháp chế Đào Thị Hạnh giải thích thêm.', 'Đào Thị Hạnh', 'Chuyên viên chính Vụ Pháp chế'],
    ['Ông Hồ Văn Kỳ, Tỉnh ủy viên, Bí thư Huyện ủy Đức Phổ cho biết.', 'Hồ Văn Kỳ', 'Tỉnh ủy viên, Bí thư Huyện ủy Đức Phổ'],
    ['Đại úy Đỗ Văn Lực, cán bộ Phòng cảnh sát môi trường (PC49), Công an tỉnh Hải Dương cho biết.', 'Đỗ Văn Lực', 'cán bộ Phòng cảnh sát môi trường (PC49), Công an tỉnh Hải Dương'],
    // A title ending in the body's noun, then that body's name in lower case; a caption glued after a name.
    ['Ủy viên Bộ Chính trị, Trưởng Ban tổ chức Trung ương Lê Văn Tám dự.', 'Lê Văn Tám', 'Ủy viên Bộ Chính trị, Trưởng Ban tổ chức Trung ương'],
    ['Trưởng ban quản lý Khu kinh tế Vân Phong, ông Trần Văn Tư cho biết.', 'Trần Văn Tư', 'Trưởng ban quản lý Khu kinh tế Vân Phong'],
    ['Bộ trưởng Bộ Y tế Nguyễn Văn Hùng Ngành y tế cần đổi mới.', 'Nguyễn Văn Hùng', 'Bộ trưởng Bộ Y tế'],
    ['Bà Lê Thị Hoa, Trưởng phòng quản lý lao động thuộc Hepza cho biết.', 'Lê Thị Hoa', 'Trưởng phòng quản lý lao động thuộc Hepza'],
    ['BS Trần Văn Đức, Trưởng Khoa Nội, Bệnh viện Đa khoa Hòa Bình lý giải như sau.', 'Trần Văn Đức', 'Trưởng Khoa Nội, Bệnh viện Đa khoa Hòa Bình'],
    // A foreign name an apposition's title follows; a listed name keeps its own apposition.
    ['Đoàn có các Ủy viên Trung ương Đảng: Viengthong Siphandone, Bộ trưởng Bộ Tài chính; và các quan chức.', 'Viengthong Siphandone', 'Bộ trưởng Bộ Tài chính'],
    ['Theo New York Times, Tổng thống Joe Biden đã ký.', 'Joe Biden', 'Tổng thống'],
    // A press secretary's role names the leader; a body's head after a foreign name; a place after its unit.
    ['Thư ký báo chí Tổng thống Nga Dmitry Peskov nói.', 'Dmitry Peskov', 'Thư ký báo chí Tổng thống Nga'],
    ['Cựu Bộ trưởng Quốc phòng Nhật Bản Taro Kono Đài NHK dẫn lời.', 'Taro Kono', 'Cựu Bộ trưởng Quốc phòng Nhật Bản'],
    ['Theo ông Trần Quốc Thái - Phó Giám đốc Sở Y tế tỉnh Đăk Nông, dịch đã giảm.', 'Trần Quốc Thái', 'Phó Giám đốc Sở Y tế tỉnh Đăk Nông'],
    // Staff of a titled person, then a comma and an honorific; lower-case titles in an apposition.
    ['Cố vấn an ninh của Tổng thống Pháp Emmanuel Macron, ông Bernard Roux đã đề nghị.', 'Emmanuel Macron', 'Tổng thống Pháp'],
    ['Trợ lý của Thủ tướng, ông Trần Văn Bảo cho biết.', 'Trần Văn Bảo', 'Trợ lý của Thủ tướng'],
    ['Ông Kenji Sato –đội trưởng đội pháo hoa Nhật Bản nói.', 'Kenji Sato', 'đội trưởng'],
    ['Bà Lê Thị Thanh (hiệu trưởng trường THPT Lê Lợi) cho biết.', 'Lê Thị Thanh', 'hiệu trưởng trường THPT Lê Lợi'],
    // A head that is also a name syllable, after a title: the person, not a body.
    ['Nhà lưu niệm Tổng Bí thư Trường Chinh mở cửa.', 'Trường Chinh', 'Tổng Bí thư'],
  ])('%s', (sentence, name, role) => {
    const [first] = of('official', sentence);
    expect(first?.text).toBe(name);
    expect(first?.name).toBe(name);
    expect(first?.role).toBe(role);
  });

  it('gives the staff phrase to the person after the comma, not the leader it names', () => {
    const es = officials('Cố vấn an ninh của Tổng thống Pháp Emmanuel Macron, ông Bernard Roux đã đề nghị.');
    expect(brief(es)).toEqual([
      ['Emmanuel Macron', 'Emmanuel Macron', 'Tổng thống Pháp'],
      ['Bernard Roux', 'Bernard Roux', 'Cố vấn an ninh của Tổng thống Pháp Emmanuel Macron'],
    ]);
  });

  it('a foreign family name alone before the full name is that person, with the full mention\'s role', () => {
    const es = officials('Tân Thủ tướng Canada Carney thăm Hà Nội.', 'Thủ tướng Canada Mark Carney đến Hà Nội chiều qua.');
    expect(es.map((e) => [e.text, e.name, e.role])).toEqual([
      ['Carney', 'Mark Carney', 'Thủ tướng Canada'],
      ['Mark Carney', 'Mark Carney', 'Thủ tướng Canada'],
    ]);
  });

  it('a bare title before two names joined by "và" is both names\' (not one with its own apposition)', () => {
    expect(brief(officials('Hai nước được Thủ tướng Lý Văn Sáu và Hoàng Minh Đức lãnh đạo.'))).toEqual([
      ['Lý Văn Sáu', 'Lý Văn Sáu', 'Thủ tướng'],
      ['Hoàng Minh Đức', 'Hoàng Minh Đức', 'Thủ tướng'],
    ]);
    expect(brief(officials('Dự có Bộ trưởng Lý Văn Sáu và Hoàng Minh Đức, Giám đốc Sở Y tế.'))).toEqual([
      ['Lý Văn Sáu', 'Lý Văn Sáu', 'Bộ trưởng'],
      ['Hoàng Minh Đức', 'Hoàng Minh Đức', 'Giám đốc Sở Y tế'],
    ]);
  });

  it('a chain with its body and a name right after it is that name\'s, not the name before it', () => {
    const es = officials('Dự lễ có Phó Chủ tịch Quốc hội Trần Văn Bình, Bí thư Tỉnh ủy Hà Nam Lê Thị Thu cùng nhiều đại biểu.');
    expect(brief(es)).toEqual([
      ['Trần Văn Bình', 'Trần Văn Bình', 'Phó Chủ tịch Quốc hội'],
      ['Lê Thị Thu', 'Lê Thị Thu', 'Bí thư Tỉnh ủy Hà Nam'],
    ]);
    const [first] = officials('Dự lễ có Trần Văn Bình, Bí thư Tỉnh ủy Hà Nam Lê Thị Thu.');
    expect(first?.text).toBe('Lê Thị Thu');
  });

  it('links a foreign leader written with an initial or the family name alone', () => {
    const es = officials('Thủ tướng Úc Anthony Albanese đến Hà Nội.', 'Thủ tướng Úc A. Albanese cảm ơn. Thủ tướng Úc Albanese nói thêm.');
    expect(es.map((e) => e.name)).toEqual(['Anthony Albanese', 'Anthony Albanese', 'Anthony Albanese']);
  });

  it('an apposition title followed by another honorific and name is not that name\'s role', () => {
    const es = officials('Dự có ông Lê Văn A – Phó Chủ tịch Hội Nông dân tỉnh, bà Trần Thị B – Giám đốc Sở Tư pháp.');
    expect(es.map((e) => [e.name, e.role])).toEqual([
      ['Lê Văn A', 'Phó Chủ tịch Hội Nông dân tỉnh'],
      ['Trần Thị B', 'Giám đốc Sở Tư pháp'],
    ]);
  });

  it('a bare title with its own name after a comma is that name\'s, not the previous one\'s', () => {
    const es = officials('Đại sứ Mỹ Mark Knapper gặp Ngài John Smith, Thủ tướng Phạm Minh Chính cảm ơn ông.');
    expect(es.map((e) => [e.name, e.role])).toEqual([
      ['Mark Knapper', 'Đại sứ Mỹ'],
      ['Phạm Minh Chính', 'Thủ tướng'],
    ]);
  });

  it('after a relative, the title is the relative\'s and the name after the comma gets none', () => {
    const es = officials('Con gái Tổng thống Mỹ Joe Biden, bà Ashley Biden, tới thăm.');
    expect(es.map((e) => [e.name, e.role])).toEqual([['Joe Biden', 'Tổng thống Mỹ']]);
  });

  it.each([
    ['Hai Phó Giám đốc Sở Y tế là ông Đỗ Văn Hiếu và bà Lê Thị Mai đã ký.', 'Phó Giám đốc Sở Y tế'],
    ['Các Phó Chủ tịch UBND tỉnh: ông Đỗ Văn Hiếu, bà Lê Thị Mai cùng dự.', 'Phó Chủ tịch UBND tỉnh'],
  ])('a plural title gives its role to listed names after honorifics too: %s', (sentence, role) => {
    expect(brief(officials(sentence))).toEqual([
      ['Đỗ Văn Hiếu', 'Đỗ Văn Hiếu', role],
      ['Lê Thị Mai', 'Lê Thị Mai', role],
    ]);
  });

  it('after a plural, every listed name holds the title', () => {
    const es = officials('Hai Phó Chủ tịch UBND tỉnh Lê Văn Hòa và Đinh Thị Lan cùng kiểm tra đê.');
    expect(es.map((e) => [e.name, e.role])).toEqual([
      ['Lê Văn Hòa', 'Phó Chủ tịch UBND tỉnh'],
      ['Đinh Thị Lan', 'Phó Chủ tịch UBND tỉnh'],
    ]);
  });

  it('an initial glued to a foreign family name is a name, and the same person as the full one', () => {
    const es = officials('Thủ tướng Canada Justin Trudeau nói. Sau đó, Thủ tướng Canada J.Trudeau rời Hà Nội.');
    expect(es.map((e) => [e.text, e.name])).toEqual([
      ['Justin Trudeau', 'Justin Trudeau'],
      ['J.Trudeau', 'Justin Trudeau'],
    ]);
  });

  it('a building named after an office gives no role', () => {
    const es = officials('Tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki.');
    expect(es.map((e) => [e.name, e.role])).toEqual([
      ['Lương Cường', 'Chủ tịch nước'],
      ['Ito Naoki', 'Đại sứ Nhật Bản'],
    ]);
  });

  it('a year of the sixty-year cycle is no person', () => {
    expect(officials('Xuân Canh Tý, Bí thư Tỉnh ủy chúc Tết. Năm Kỷ Hợi, Chủ tịch Mậu Tuất khen thưởng.')).toEqual([]);
  });

  it('a place is never a person, even with a family name first', () => {
    expect(officials('Chủ tịch UBND tỉnh Hà Giang cho biết. Bí thư Huyện ủy Đông Anh phát biểu.')).toEqual([]);
  });

  it('keeps honorifics and ranks out of name and role', () => {
    const es = officials(
      'Đến dự có PGS.TS Trương Thị Hiền – Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam.',
      'Ngày 17/10, thượng tướng Lê Chiêm, Thứ trưởng Quốc phòng ký biên bản.',
    );
    expect(brief(es)).toEqual([
      ['Trương Thị Hiền', 'Trương Thị Hiền', 'Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam'],
      ['Lê Chiêm', 'Lê Chiêm', 'Thứ trưởng Quốc phòng'],
    ]);
  });

  it('an apposition chain ends before the verb', () => {
    const [e] = officials('Báo cáo do ông Phùng Quốc Hiển, Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Tài chính - Ngân sách trình bày.');
    expect(e?.role).toBe('Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Tài chính - Ngân sách');
  });

  it('links later mentions to the first full name', () => {
    const es = officials(
      'Bộ trưởng Bộ Tài chính Đinh Tiến Dũng trình bày báo cáo.',
      'Theo Bộ trưởng Dũng, thu ngân sách giảm. Ông Dũng cho biết thêm.',
      'Đồng chí Đinh Tiến Dũng yêu cầu rà soát.',
    );
    expect(brief(es)).toEqual([
      ['Đinh Tiến Dũng', 'Đinh Tiến Dũng', 'Bộ trưởng Bộ Tài chính'],
      ['Dũng', 'Đinh Tiến Dũng', 'Bộ trưởng'],
      ['Dũng', 'Đinh Tiến Dũng', 'Bộ trưởng Bộ Tài chính'],
      ['Đinh Tiến Dũng', 'Đinh Tiến Dũng', 'Bộ trưởng Bộ Tài chính'],
    ]);
  });

  it('links "ông Hải" to the most recent Hải and tolerates a tone-mark slip', () => {
    const es = officials(
      'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì. Ông Đinh Viết Khanh – Chủ tịch Hội Khuyến học TP Cần Thơ dự.',
      'Theo ông Hải, cần rà soát. Theo ông Đinh Viết Khánh, cần cố gắng.',
    );
    expect(brief(es).slice(2)).toEqual([
      ['Hải', 'Nguyễn Hồ Hải', 'Phó Bí thư Thành ủy TPHCM'],
      ['Đinh Viết Khánh', 'Đinh Viết Khanh', 'Chủ tịch Hội Khuyến học TP Cần Thơ'],
    ]);
  });

  it('people without a position are not officials', () => {
    expect(officials('Ông Nguyễn Văn An cho biết gia đình đã ở đây 20 năm. Ảnh: Lê Hoàng.')).toEqual([]);
  });

  it('places are not people', () => {
    expect(officials('Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung cho biết.').map((e) => e.text)).toEqual(['Nguyễn Đức Chung']);
  });

  it('a given name links only on an exact match, never from inside an organisation', () => {
    const es = officials(
      'Chủ tịch UBND thành phố Lê Trung Chinh dự lễ. Theo ông Chinh, công trình dài 2,3 km.',
      'Trước đó, Thủ tướng Chính phủ Phạm Minh Chính đã ký quyết định. Thủ tướng Chính yêu cầu đẩy nhanh.',
    );
    expect(brief(es)).toEqual([
      ['Lê Trung Chinh', 'Lê Trung Chinh', 'Chủ tịch UBND thành phố'],
      ['Chinh', 'Lê Trung Chinh', 'Chủ tịch UBND thành phố'],
      ['Phạm Minh Chính', 'Phạm Minh Chính', 'Thủ tướng Chính phủ'],
      ['Chính', 'Phạm Minh Chính', 'Thủ tướng'],
    ]);
  });

  it('keeps "nguyên" and "tân" in the role as written and links later mentions', () => {
    const es = officials(
      'Kỷ luật ông Hồ Văn Tuấn, nguyên Phó Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện Quỳnh Lưu, do vi phạm.',
      'Ông Tuấn phải chịu trách nhiệm. Tân Bộ trưởng Bộ Y tế Đào Hồng Lan nhận nhiệm vụ.',
    );
    expect(brief(es)).toEqual([
      ['Hồ Văn Tuấn', 'Hồ Văn Tuấn', 'nguyên Phó Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện Quỳnh Lưu'],
      ['Tuấn', 'Hồ Văn Tuấn', 'nguyên Phó Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện Quỳnh Lưu'],
      ['Đào Hồng Lan', 'Đào Hồng Lan', 'Tân Bộ trưởng Bộ Y tế'],
    ]);
  });

  it('a rank after a comma stands between the role and the name', () => {
    const [e] = officials('Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng cho biết.');
    expect([e?.text, e?.role]).toEqual(['Lê Quốc Hùng', 'Thứ trưởng Bộ Công an']);
  });

  // GUIDELINE: every named person holding a position is an official, foreign ones too. A foreign
  // name is no Vietnamese name ("Kim Jong Un" is not read as family name + given names) and is only
  // taken right after a title (and a country or body).
  it('foreign officials after a title, their short mentions, and Vietnamese names abroad', () => {
    const es = officials(
      'Tổng thống Mỹ Joe Biden và Chủ tịch Triều Tiên Kim Jong Un. Tổng thống Biden cho biết.',
      'Thủ tướng Singapore Lý Hiển Long gửi điện mừng. Ông Nguyễn Văn B, Giám đốc Công ty X, dự.',
    );
    expect(brief(es)).toEqual([
      ['Joe Biden', 'Joe Biden', 'Tổng thống Mỹ'],
      ['Kim Jong Un', 'Kim Jong Un', 'Chủ tịch Triều Tiên'],
      ['Biden', 'Joe Biden', 'Tổng thống'],
      ['Lý Hiển Long', 'Lý Hiển Long', 'Thủ tướng Singapore'],
      ['Nguyễn Văn B', 'Nguyễn Văn B', 'Giám đốc Công ty X'],
    ]);
  });

  it('foreign words with no title before them are no people', () => {
    expect(officials('Ông Trần Văn C, Giám đốc Ngân hàng Standard Chartered, cho biết. Tập đoàn Samsung Electronics mở nhà máy.').map((e) => e.name)).toEqual(['Trần Văn C']);
    expect(officials('Chủ tịch Tập đoàn Samsung Electronics đến thăm. Đội tuyển gặp Manchester United.')).toEqual([]);
  });

  it('author lines at the top or the end are no officials', () => {
    const es = officials(
      'Bài và ảnh: Lê Minh Trung',
      'Giám đốc Sở Giao thông vận tải Lê Minh Trung cho biết.',
      'Ông Trung nói thêm.',
      'TS Lê Văn Tám (Viện trưởng Viện Kinh tế Việt Nam)',
    );
    expect(brief(es)).toEqual([
      ['Lê Minh Trung', 'Lê Minh Trung', 'Giám đốc Sở Giao thông vận tải'],
      ['Trung', 'Lê Minh Trung', 'Giám đốc Sở Giao thông vận tải'],
    ]);
  });
});

describe('officials named by offices the title lexicon lacked or wrote in lower case', () => {
  it.each([
    // Judges and court titles.
    ['Thẩm phán Sarah Miller bác đơn kháng cáo.', 'Sarah Miller', 'Thẩm phán'],
    ['Phán quyết của thẩm phán liên bang Peter Brown gây tranh cãi.', 'Peter Brown', 'thẩm phán liên bang'],
    ['Thẩm phán Trần Văn Nam, Chánh tòa Hình sự TAND tỉnh Long An, chủ tọa.', 'Trần Văn Nam', 'Thẩm phán'],
    ['Cảnh sát trưởng Pháp Laurent Nuñez ra lệnh.', 'Laurent Nuñez', 'Cảnh sát trưởng Pháp'],
    // A lower-case national office, after a lower-case modifier or alone, right before the name.
    ['Theo nguyên thủ tướng Phan Văn Khải, cần mở cửa.', 'Phan Văn Khải', 'nguyên thủ tướng'],
    ['Đoàn đã gặp bộ trưởng Lê Thành Long hôm qua.', 'Lê Thành Long', 'bộ trưởng'],
    ['Ông được cựu tổng thống Bill Clinton tiếp.', 'Bill Clinton', 'cựu tổng thống'],
    // The term of the office after the title.
    ['Tổng thống đương nhiệm Joko Widodo tái tranh cử.', 'Joko Widodo', 'Tổng thống đương nhiệm'],
    ['Tổng thống đắc cử Mỹ Joe Biden phát biểu.', 'Joe Biden', 'Tổng thống đắc cử Mỹ'],
    // A leader's counterpart abroad; a middle initial with its full stop.
    ['Ông đã điện đàm với người đồng cấp Pháp Emmanuel Macron.', 'Emmanuel Macron', 'người đồng cấp Pháp'],
    ['Khi đó Tổng thống John F. Kennedy thăm Berlin.', 'John F. Kennedy', 'Tổng thống'],
    // A body named by its lower-case head, then a comma, an honorific and the name.
    ['Phó Tổng giám đốc tập đoàn, ông Choi Kwang-mo, cho biết.', 'Choi Kwang-mo', 'Phó Tổng giám đốc tập đoàn'],
    ['Chủ tịch xã, bà Lò Thị Mai trả lời.', 'Lò Thị Mai', 'Chủ tịch xã'],
    // Lower-case particles inside a foreign name.
    ['Tổng thống Brazil Lula da Silva tới thăm.', 'Lula da Silva', 'Tổng thống Brazil'],
    // After a count the title is several people's: the name holds the title after the comma.
    ['Về việc bổ nhiệm 3 Phó Chánh án, Chủ nhiệm Ủy ban Pháp luật Trần Văn Khải cho biết.', 'Trần Văn Khải', 'Chủ nhiệm Ủy ban Pháp luật'],
    // A lower-case head glued to a capitalised syllable ("Quốc phòng") is that word's, not a body's before the name.
    ['Kế hoạch của Bộ trưởng Quốc phòng Peter Dutton bị phản đối.', 'Peter Dutton', 'Bộ trưởng Quốc phòng'],
    // A first name shaped like a Vietnamese syllable, then a family name that is not one.
    ['Bộ trưởng Lục quân Ray Dalton thị sát căn cứ.', 'Ray Dalton', 'Bộ trưởng Lục quân'],
    // A leader a street is named after is the leader after a title.
    ['Hồi đó Tổng Bí thư Lê Duẩn về thăm hợp tác xã.', 'Lê Duẩn', 'Tổng Bí thư'],
    // The office an appointment gives: after "được" + a verb of appointment, or after "làm"/"giữ chức".
    ['Bà Đinh Thị Hạnh vừa được bổ nhiệm làm Phó Giám đốc Sở Tư pháp tỉnh Hà Nam.', 'Đinh Thị Hạnh', 'Phó Giám đốc Sở Tư pháp tỉnh Hà Nam'],
    ['Hội nghị đã bầu ông Lương Văn Kiên giữ chức Bí thư Huyện ủy Quế Phong.', 'Lương Văn Kiên', 'Bí thư Huyện ủy Quế Phong'],
    ['Ông Tạ Quang Khải được điều động giữ chức vụ Chánh Văn phòng Tỉnh ủy.', 'Tạ Quang Khải', 'Chánh Văn phòng Tỉnh ủy'],
    // An office won by election makes an official, but is no title next to the name.
    ['Sau khi ông Matteo Renzi đắc cử Thủ tướng Italy, thị trường tăng.', 'Matteo Renzi', null],
    // A body that is its own name, then a foreign name whose first word looks Vietnamese.
    ['Người phát ngôn Nhà Trắng Sean Duffy không bình luận.', 'Sean Duffy', 'Người phát ngôn Nhà Trắng'],
    ['Người phát ngôn Điện Kremlin Yuri Ushakov cho biết.', 'Yuri Ushakov', 'Người phát ngôn Điện Kremlin'],
    // The standing member of the Secretariat is a title in a chain.
    ['Đồng chí Hoàng Văn Lâm, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự lễ.', 'Hoàng Văn Lâm', 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư'],
    // An honorific between a title with its body and the name.
    ['Tổng lãnh sự Pháp tại Đà Nẵng ông Laurent Blanc đã tới dự.', 'Laurent Blanc', 'Tổng lãnh sự Pháp tại Đà Nẵng'],
    ['Giám đốc Sở Công Thương bà Đào Thị Liên cho biết.', 'Đào Thị Liên', 'Giám đốc Sở Công Thương'],
    // A lower-case title the lexicon knows only in a longer form whose tail is the body's capitalised name.
    ['Đại úy Hồ Văn Mạnh, trưởng phòng Cảnh sát giao thông Công an tỉnh Bến Tre, cho biết.', 'Hồ Văn Mạnh', 'trưởng phòng Cảnh sát giao thông Công an tỉnh Bến Tre'],
    // A foreign family name with a capital inside ("McConnell", "DeWine") is part of the name.
    ['Thượng nghị sĩ Mitch McConnell phát biểu.', 'Mitch McConnell', 'Thượng nghị sĩ'],
    ['Hạ nghị sĩ Ron DeSantis ra tuyên bố.', 'Ron DeSantis', 'Hạ nghị sĩ'],
    // In an apposition, "của" and one acronym or foreign brand the clause closes.
    ['Ông Omar Khaled, người phát ngôn của SDF, bác bỏ tin đồn.', 'Omar Khaled', 'người phát ngôn của SDF'],
    ['Bà Lisa Su, Giám đốc điều hành của Intel, nói.', 'Lisa Su', 'Giám đốc điều hành của Intel'],
    // A body's short name in brackets, then its country, then the name.
    ['Chủ tịch Liên đoàn Lao động (LĐLĐ) Việt Nam Phan Văn Tâm phát biểu.', 'Phan Văn Tâm', 'Chủ tịch Liên đoàn Lao động (LĐLĐ) Việt Nam'],
    // A school's lower-case head after the title of its head.
    ['Cô Hà Thị Mận, Hiệu trưởng trường Mầm non Hoa Sen, trả lời.', 'Hà Thị Mận', 'Hiệu trưởng trường Mầm non Hoa Sen'],
    // A ward named after a person (the gazetteer knows it) is the body's place, not a person.
    ['Bà Lê Thị Hoa, Chủ tịch UBND phường Bùi Thị Xuân, cho biết.', 'Lê Thị Hoa', 'Chủ tịch UBND phường Bùi Thị Xuân'],
    // …but without its unit before it, a ward's name of three syllables is the person it names.
    ['Thiếu tá Bùi Thị Xuân, Phó trưởng Công an huyện Lục Yên, cho biết.', 'Bùi Thị Xuân', 'Phó trưởng Công an huyện Lục Yên'],
    ['Sau đó, phó phát ngôn viên Bộ Ngoại giao Emma Hardy trả lời.', 'Emma Hardy', 'phó phát ngôn viên Bộ Ngoại giao'],
    // A foreign name before an apposition: two words, only the last foreign-shaped; a country before the name.
    ['Sean Hardy - Tổng giám đốc Công ty Orbis cho biết.', 'Sean Hardy', 'Tổng giám đốc Công ty Orbis'],
    ['Nhà bình luận Pháp Pierre Laurent, Giám đốc Viện Montaigne, cho rằng.', 'Pierre Laurent', 'Giám đốc Viện Montaigne'],
    // A modifier capitalised only because it opens the sentence, then a lower-case title.
    ['Nguyên giám đốc Sở Tài chính tỉnh Lạng Sơn Hoàng Văn Minh bị khởi tố.', 'Hoàng Văn Minh', 'Nguyên giám đốc Sở Tài chính tỉnh Lạng Sơn'],
    ['Cựu giám đốc Cơ quan Tình báo Trung ương (CIA) John Brennan lên tiếng.', 'John Brennan', 'Cựu giám đốc Cơ quan Tình báo Trung ương (CIA)'],
    // A lower-case spokesman's or founder's title, then the body or brand, then a foreign name.
    ['Theo phát ngôn viên Lầu Năm Góc Jeff Davis, cuộc tập trận bị hoãn.', 'Jeff Davis', 'phát ngôn viên Lầu Năm Góc'],
    ['Bài viết của nhà sáng lập Microsoft Bill Gates gây chú ý.', 'Bill Gates', 'nhà sáng lập Microsoft'],
    // "đầu tiên" after a title is the office's term, as "mới" is.
    ['Ông Trần Văn Bình, Hiệu trưởng đầu tiên của trường, kể lại.', 'Trần Văn Bình', 'Hiệu trưởng đầu tiên'],
    // A body named by its generic lower-case head, then the name.
    ['Phó Giám đốc công ty Lê Quang Vinh cho biết.', 'Lê Quang Vinh', 'Phó Giám đốc công ty'],
    ['Chủ tịch xã Lò Văn Mạnh xác nhận.', 'Lò Văn Mạnh', 'Chủ tịch xã'],
    // A board's purpose in lower case ("và" inside), then the place it serves.
    ['Ông Vi Văn Tám, Trưởng ban chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn huyện Mường Tè, cho biết.', 'Vi Văn Tám', 'Trưởng ban chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn huyện Mường Tè'],
    // Head-of-unit titles built as unit + "trưởng".
    ['Ông Hồ Văn Lực, Trạm trưởng Trạm Y tế xã Tân Lập, cho biết.', 'Hồ Văn Lực', 'Trạm trưởng Trạm Y tế xã Tân Lập'],
    // A predecessor or successor in office holds one, with no title written next to the name.
    ['Bà bắt tay người kế nhiệm Olaf Brandt tại dinh thự.', 'Olaf Brandt', null],
    ['Ông trao lại chức vụ cho người tiền nhiệm Nguyễn Văn Hòa.', 'Nguyễn Văn Hòa', null],
    // A title with its body, "là", then the name that holds it.
    ['Chủ tịch UBND huyện Mèo Vạc là ông Sùng Mí Chá.', 'Sùng Mí Chá', 'Chủ tịch UBND huyện Mèo Vạc'],
    // Taking up an office, with the day written between the name and the verb: an official with no title written.
    ['Bà Giulia Conti ngày 2/6 đã nhậm chức thủ tướng Italy.', 'Giulia Conti', null],
    // Leaders named by what they lead; "lãnh đạo" after a collective noun is a leadership, not a title.
    ['Nhà lãnh đạo Cuba Raúl Castro phát biểu.', 'Raúl Castro', 'Nhà lãnh đạo Cuba'],
    ['Lãnh đạo CDU Friedrich Merz tuyên bố.', 'Friedrich Merz', 'Lãnh đạo CDU'],
    ['Gặp các lãnh đạo tỉnh Nghệ An, Bí thư Lê Văn Tám cho biết.', 'Lê Văn Tám', 'Bí thư'],
    // A unit's head ("Tổ trưởng", "Đội phó"), then the unit by its noun, purpose, number or place.
    ['Bà Nguyễn Thị Lụa, Tổ trưởng Tổ vệ sinh môi trường phường Hạ Long, cho biết.', 'Nguyễn Thị Lụa', 'Tổ trưởng Tổ vệ sinh môi trường phường Hạ Long'],
    ['Ông Lâm Văn Sáu, Đội phó Đội quản lý thị trường số 3, cho biết.', 'Lâm Văn Sáu', 'Đội phó Đội quản lý thị trường số 3'],
    // A body written as an acronym after a title that needs one, with its district.
    ['Thượng tá Hà Văn Phúc, Trưởng CAH Mê Linh, cho biết.', 'Hà Văn Phúc', 'Trưởng CAH Mê Linh'],
    // "Chánh" before an abbreviated body, then the body's province with its unit or the body it serves.
    ['Theo ông Đặng Quốc Khánh, Chánh TTGT tỉnh Phú Yên, đoàn đã lập biên bản.', 'Đặng Quốc Khánh', 'Chánh TTGT tỉnh Phú Yên'],
    ['Chánh VP Sở Nội vụ Vương Thị Hảo ký thông báo.', 'Vương Thị Hảo', 'Chánh VP Sở Nội vụ'],
    ['Ông Lưu Minh Đức, Phó Chánh VP UBND tỉnh Gia Lai, cho biết.', 'Lưu Minh Đức', 'Phó Chánh VP UBND tỉnh Gia Lai'],
    // A lower-case executive title, then a company named by "hãng" and its brand.
    ['Ông Kenji Mori, giám đốc điều hành hãng Sorato, nói.', 'Kenji Mori', 'giám đốc điều hành hãng Sorato'],
    // The body's short name or its parent in brackets, then a comma, an honorific and the name.
    ['Giám đốc Cơ quan Năng lượng Quốc tế (IEA), ông Fatih Birol, cảnh báo.', 'Fatih Birol', 'Giám đốc Cơ quan Năng lượng Quốc tế (IEA)'],
    ['Trưởng Phòng Nghiệp vụ (Sở Tư pháp Hải Dương), ông Vũ Đình Lâm cho biết.', 'Vũ Đình Lâm', 'Trưởng Phòng Nghiệp vụ (Sở Tư pháp Hải Dương)'],
    // A staff title with several words before "của" and the person served.
    ['Trợ lý đặc biệt phụ trách an ninh mạng của Tổng thống Pháp, ông Luc Moreau, nói.', 'Luc Moreau', 'Trợ lý đặc biệt phụ trách an ninh mạng của Tổng thống Pháp'],
    // A successor named in an apposition holds the office, with no title written.
    ['Ông Lê Văn Hòa, người kế nhiệm của ông Tám, nhận bàn giao.', 'Lê Văn Hòa', null],
    // "là" after a title whose body follows "của", or after a word of time.
    ['Giám đốc của công ty Minh Phát là ông Trịnh Văn Mười.', 'Trịnh Văn Mười', 'Giám đốc của công ty Minh Phát'],
    ['Thủ tướng Nhật Bản khi đó là ông Naoto Kan đã từ chức.', 'Naoto Kan', 'Thủ tướng Nhật Bản'],
    // After an honorific, a foreign first name makes the run a name whatever the rest looks like.
    ['Giám đốc Trung tâm Hợp tác, ông Mark Dao Vinh, cho biết.', 'Mark Dao Vinh', 'Giám đốc Trung tâm Hợp tác'],
    // A lower-case chief accountant's title in brackets.
    ['Bà Ngô Thị Yến (kế toán trưởng Công ty Phú Thịnh) cho biết.', 'Ngô Thị Yến', 'kế toán trưởng Công ty Phú Thịnh'],
    // Before the name, "của" and the body or brand, then a pause and an honorific.
    ['Tổng giám đốc của Lumitec - ông Ravi Menon cho biết.', 'Ravi Menon', 'Tổng giám đốc của Lumitec'],
    // Foreign names transliterated syllable by syllable with hyphens, after a transliterated country too.
    ['Chủ tịch nước tiếp Tổng thống Séc Mi-lô-xơ Dê-man tại Hà Nội.', 'Mi-lô-xơ Dê-man', 'Tổng thống Séc'],
    ['Thủ tướng Ô-xtrây-li-a Man-côm Tơn-bun thăm Việt Nam.', 'Man-côm Tơn-bun', 'Thủ tướng Ô-xtrây-li-a'],
    ['Theo nhà lãnh đạo Kim Jong-un, vụ phóng đã thành công.', 'Kim Jong-un', 'nhà lãnh đạo'],
    // Spelling variants and court and school offices the lexicon lacked ("sỹ" for "sĩ", "Hiệu phó", "chủ tọa phiên tòa").
    ['Thượng nghị sỹ Peter Lang phản đối.', 'Peter Lang', 'Thượng nghị sỹ'],
    ['Bà Lò Thị Hạnh, Hiệu phó trường Tiểu học Hòa Bình, cho biết.', 'Lò Thị Hạnh', 'Hiệu phó trường Tiểu học Hòa Bình'],
    ['Cuối phiên, chủ tọa phiên tòa Đặng Văn Tùng tuyên án.', 'Đặng Văn Tùng', 'chủ tọa phiên tòa'],
    // A former leader in a lower-case apposition; a team lead.
    ['Ông Lars Berg, cựu lãnh đạo Đảng Xanh, tuyên bố.', 'Lars Berg', 'cựu lãnh đạo Đảng Xanh'],
    ['Bà Nông Thị Hà, Trưởng nhóm nghiên cứu, cho biết.', 'Nông Thị Hà', 'Trưởng nhóm'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // A lower-case title that needs its body is no role before a bare name.
    'Anh được giám đốc Nguyễn Văn Hùng gọi lên.',
    // A lower-case office with no name after it names no one.
    'Ghế thủ tướng Nhật Bản vẫn bỏ trống. Chức bộ trưởng chưa có ai.',
    // A brand's "ambassador" is no envoy.
    'Đại diện thương hiệu là đại sứ du lịch Lê Thu Trang.',
    // A counterpart with no name after it; a lower-case head with no honorific after the comma.
    'Ông sẽ gặp người đồng cấp Nhật Bản tại Tokyo.',
    'Chủ tịch tập đoàn, người sáng lập Trần Văn Minh, không dự.',
    // A law office named after its lawyer is a body, not a person.
    'Hồ sơ được gửi tới Văn phòng Luật sư Trần Minh Hải, Đoàn Luật sư TP Hà Nội.',
    // "nguyên thủ quốc gia" is a head of state, not "nguyên" + "thủ tướng".
    'Các nguyên thủ quốc gia Lê Văn Minh tiếp đón.',
    // A town after "thành phố" is no name, whatever its shape; a company's trade name is no person.
    'Ông từng là Thị trưởng thành phố Le Mans.',
    'Vị Giám đốc điều hành Công ty Phú An Land cho biết.',
    // A street after a place word stays a street.
    'Cửa hàng nằm trên đường Lê Duẩn.',
    // A relative's honorific after a title is no title's name; a verb between title and honorific.
    'Con gái Tổng thống Mỹ bà Lisa Brown phát biểu.',
    'Phó Chủ tịch UBND tỉnh tiếp ông Lê Văn Nam tại trụ sở.',
    // The one who appoints, before an active verb, holds no office given here.
    'Hôm qua Giáo sư Trần Văn Lực bổ nhiệm làm mẫu một quy trình mới.',
    'Ông Đào Văn Tư làm việc tại xưởng. Bà Lê Thị Mơ làm giám đốc cái nhà ấy.',
    // A ward named after a person, after a body's unit, is the ward.
    'Chủ tịch UBND phường Lê Đại Hành cho biết.',
    // A sentence-initial word that is no modifier does not lift a lower-case title.
    'Giám đốc nói chuyện với giám đốc Trần Văn Bảy.',
    // A travel word and a foreign city before an apposition's title make a clause, not a name.
    'Sang Geneva, Ngoại trưởng sẽ gặp đối tác.',
    // "là" after a title with no name after it.
    'Chủ tịch UBND tỉnh là người chịu trách nhiệm chính.',
    // "Chánh" inside a place's name is no title.
    'Ông Lò Văn Sinh, học sinh trường THPT Lang Chánh, cho biết.',
    // A relative "of" a title, then a comma and an honorific: the relative, no official.
    'Vợ của Tổng thống, bà Lê Thị Hoa, phát biểu.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('officials named by a foreign family name alone after a head of state\'s or government\'s title', () => {
  it.each([
    ['Theo Ngoại trưởng Kowalski, hai bên đã đồng ý.', 'Kowalski', 'Ngoại trưởng'],
    ['Cựu Tổng thống Berlusconi bình luận về cuộc bầu cử.', 'Berlusconi', 'Cựu Tổng thống'],
    ['Hôm qua Thủ tướng Trudeau tiếp đoàn tại Ottawa.', 'Trudeau', 'Thủ tướng'],
    // Chinese family names as Vietnamese writes them start a name as Vietnamese ones do.
    ['Theo Chủ tịch Tập Cận Bình, hai nước cần tăng cường hợp tác.', 'Tập Cận Bình', 'Chủ tịch'],
    ['Cuốn sách kể về Chủ tịch Mao Trạch Đông thời trẻ.', 'Mao Trạch Đông', 'Chủ tịch'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // A body, a country or a town after the title; a lower-case title in a nickname; an office a company follows.
    'Thống đốc Fed cho biết lãi suất sẽ tăng.',
    'Thủ tướng Israel nói rằng sẽ đáp trả.',
    'Ngài thị trưởng Busan xuống sân tặng hoa.',
    'Báo chí gọi cố vấn của ông là “tổng thống Kowalski”.',
    'Chủ tịch Vinamex cho biết doanh thu tăng.',
    // A first name with the family name typed in lower case.
    'Đội ngũ tranh cử của Tổng thống Michael smith bị điều tra.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('offices found by mining the corpus title slot', () => {
  it.each([
    // A unit's deputy head written as unit + "phó", like "Cục trưởng".
    ['Ông Hà Minh Tuấn – Cục phó Cục Hải quan Bình Định cho biết.', 'Hà Minh Tuấn', 'Cục phó Cục Hải quan Bình Định'],
    // An envoy, with who sent them and on what before the name.
    ['Đặc phái viên của Tổng thống Pháp về vấn đề Libya Jean Morel tới Tripoli.', 'Jean Morel', 'Đặc phái viên của Tổng thống Pháp về vấn đề Libya'],
    ['Đặc phái viên Park Min-ho đã gặp Ngoại trưởng.', 'Park Min-ho', 'Đặc phái viên'],
    // A seat on a company's board.
    ['Bà Trịnh Thị Nga, Thành viên HĐQT, đăng ký bán 20.000 cổ phiếu.', 'Trịnh Thị Nga', 'Thành viên HĐQT'],
    ['Theo Cố vấn Nhà nước Myanmar Aung San Suu Kyi, hai bên nhất trí.', 'Aung San Suu Kyi', 'Cố vấn Nhà nước Myanmar'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // A member of a party or of a council's name holds no seat.
    'Thành viên Đảng Xanh Lê Văn Hòa phát biểu.',
    // A news agency's correspondent is no envoy of a state.
    'Theo Đặc phái viên TTXVN, hội nghị đã kết thúc.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });

  it('a council named "Hội đồng Thành viên" stays one body in the role', () => {
    const [first] = of('official', 'Ông Lê Văn Tâm, Chủ tịch Hội đồng Thành viên PVN, cho biết.');
    expect(first?.role).toBe('Chủ tịch Hội đồng Thành viên PVN');
  });
});

describe('titles given with "là", later, or on behalf of a body', () => {
  it.each([
    // "là" and a capitalised title right after the name.
    ['Ông Lê Văn Ba là Chủ tịch UBND xã Tân Lập.', 'Lê Văn Ba', 'Chủ tịch UBND xã Tân Lập'],
    ['Bà Phan Thị Yến hiện là Phó Hiệu trưởng Trường THCS Hòa Bình.', 'Phan Thị Yến', 'Phó Hiệu trưởng Trường THCS Hòa Bình'],
    // Acting for a body is no title of it: the apposition is the role.
    ['Thay mặt Ban Tổ chức, ông Lý Văn Hậu - Phó Chủ tịch Hội Nông dân tỉnh phát biểu.', 'Lý Văn Hậu', 'Phó Chủ tịch Hội Nông dân tỉnh'],
    // Deputies by acronym, prosecutors and lay judges in lower case.
    ['Phát biểu tại hội trường, ĐBQH Đặng Thị Nga (Bắc Ninh) cho rằng.', 'Đặng Thị Nga', 'ĐBQH'],
    ['Tại tòa, kiểm sát viên Vũ Thị Hạnh đề nghị mức án.', 'Vũ Thị Hạnh', 'kiểm sát viên'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it('a title given later to the given name makes the earlier full name an official', () => {
    expect(brief(officials('Ông Đỗ Văn Khang cho biết dự án chậm.', 'Ông Khang là Phó Giám đốc Sở Giao thông vận tải.'))).toEqual([
      ['Đỗ Văn Khang', 'Đỗ Văn Khang', null],
      ['Khang', 'Đỗ Văn Khang', 'Phó Giám đốc Sở Giao thông vận tải'],
    ]);
    expect(brief(officials('Bà Trịnh Thị Mơ nói thêm về kế hoạch.', 'Theo Giám đốc Mơ, doanh thu tăng.'))).toEqual([
      ['Trịnh Thị Mơ', 'Trịnh Thị Mơ', null],
      ['Mơ', 'Trịnh Thị Mơ', 'Giám đốc'],
    ]);
  });

  it.each([
    // "là" before no title, or before someone else's title.
    ['Ông Trần Văn Bảy là người dân xã Tân Lập.'],
    ['Anh Lê Văn Tư là con trai của Chủ tịch xã.'],
    // A body's syllable after a title is no given name that makes its namesake an official.
    ['Anh Hoàng Trung Thông cho biết.', 'Ông Lò Văn Vân, Trưởng phòng Thông tin Tuyên truyền, trả lời.'],
  ])('no new official: %s', (...paragraphs) => {
    const names = officials(...paragraphs).map((e) => e.name);
    expect(names.filter((n) => n !== 'Lò Văn Vân')).toEqual([]);
  });
});

describe('East Asian names: the family name, written first, stands for the person', () => {
  it('links the family name alone, before or after the full name, to the person', () => {
    const es = officials('Cựu Tổng thống Roh đã tới thăm.', 'Cựu Tổng thống Roh Tae-min ký văn bản.', 'Ông Roh nói thêm.');
    expect(es.map((e) => [e.text, e.name])).toEqual([
      ['Roh', 'Roh Tae-min'],
      ['Roh Tae-min', 'Roh Tae-min'],
      ['Roh', 'Roh Tae-min'],
    ]);
  });

  it('does not link a Western first name to a family name', () => {
    const es = officials('Ngoại trưởng Alan Kerr phát biểu.', 'Ông Alan nói thêm.');
    expect(es.map((e) => e.text)).toEqual(['Alan Kerr']);
  });
});

describe('a body with "tại"/"của" in its name between the title and the name', () => {
  it.each([
    ['Phó Bí thư Đảng ủy Việt Nam tại Cộng hòa Séc Lê Văn Hải dự lễ.', 'Lê Văn Hải', 'Phó Bí thư Đảng ủy Việt Nam tại Cộng hòa Séc'],
    ['Văn kiện được ký bởi Thủ tướng Chính phủ của Peru Luis Ortega hôm qua.', 'Luis Ortega', 'Thủ tướng Chính phủ của Peru'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it('stops at a capitalised honorific that opens the next clause', () => {
    const es = officials('Ông Lò Văn Quý được bầu làm Chủ tịch UBND tỉnh Lai Châu Ông Lò Văn Quý sinh năm 1970.');
    expect(es.map((e) => e.role)).toEqual(['Chủ tịch UBND tỉnh Lai Châu', 'Chủ tịch UBND tỉnh Lai Châu']);
  });
});

describe('a title many hold at once, shared by bare names listed after the first', () => {
  it('gives a deputy\'s or vice-minister\'s title to each bare listed name', () => {
    expect(brief(officials('Phó Chủ tịch HĐND tỉnh Lò Văn Chung, Hà Thị Mai và Vi Văn Đức dự họp.'))).toEqual([
      ['Lò Văn Chung', 'Lò Văn Chung', 'Phó Chủ tịch HĐND tỉnh'],
      ['Hà Thị Mai', 'Hà Thị Mai', 'Phó Chủ tịch HĐND tỉnh'],
      ['Vi Văn Đức', 'Vi Văn Đức', 'Phó Chủ tịch HĐND tỉnh'],
    ]);
    expect(brief(officials('Thứ trưởng Bộ Tài chính Đỗ Minh Khoa, Lê Thị Huệ dự hội nghị.')).map((r) => r[2])).toEqual(['Thứ trưởng Bộ Tài chính', 'Thứ trưởng Bộ Tài chính']);
  });

  it.each([
    // A title one person holds; a listed name with its own bracket or title.
    'Chủ tịch UBND huyện Mèo Vạc Đinh Văn Lâm, Bùi Thị Nga dự lễ.',
    'Phó Chủ tịch UBND xã Tân Lập Đinh Văn Lâm, Bùi Thị Nga (trú thôn 3) cùng đến.',
  ])('no shared title: %s', (sentence) => {
    expect(brief(officials(sentence)).map((r) => r[0])).toEqual(['Đinh Văn Lâm']);
  });
});

describe('a title inside the bracket after a birth year or an age', () => {
  it.each([
    ['Tòa tuyên phạt bị cáo Lưu Văn Mạnh (SN 1960, nguyên Giám đốc Công ty Thủy sản Bến Tre) 8 năm tù.', 'Lưu Văn Mạnh', 'nguyên Giám đốc Công ty Thủy sản Bến Tre'],
    ['Ông Đàm Văn Kha (48 tuổi, Phó Chủ tịch UBND xã Yên Hòa) bị đình chỉ.', 'Đàm Văn Kha', 'Phó Chủ tịch UBND xã Yên Hòa'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it('a unit\'s short name in brackets, then its parent body with no comma, closes the role', () => {
    const [first] = of('official', 'Trung tá Vũ Văn Lộc, trưởng phòng Cảnh sát kinh tế (PC46) Công an tỉnh Nam Định cho biết.');
    expect(first?.role).toBe('trưởng phòng Cảnh sát kinh tế (PC46) Công an tỉnh Nam Định');
  });

  it('a home or a job that is no title after the age makes no official', () => {
    expect(of('official', 'Anh Lục Văn Tư (30 tuổi, trú xã Tân Lập, lái xe) bị thương.')).toEqual([]);
  });
});

describe('a foreign name, a comma and a title written in lower case', () => {
  it.each([
    ['Theo Markus Feldberg, giám đốc điều hành Đại học Kỹ thuật Graz, kế hoạch sẽ đổi.', 'Markus Feldberg', 'giám đốc điều hành Đại học Kỹ thuật Graz'],
    ['Olga Petrenko - người phát ngôn Hiệp hội Bảo tồn Thiên nhiên Kiev, cho biết.', 'Olga Petrenko', 'người phát ngôn Hiệp hội Bảo tồn Thiên nhiên Kiev'],
    ['Theo Kevin Dorsey, cựu phát ngôn viên, mọi việc đã rõ.', 'Kevin Dorsey', 'cựu phát ngôn viên'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // A source opening the sentence, then a title with its own name after it: the title is that name's.
    'Theo Corriere Sport, chủ tịch Gandolfi đã chọn một hậu vệ.',
    // A two-word run with a Vietnamese-shaped last word is no foreign name before a lower-case title.
    'Tại Hàng Buồm, giám đốc đã ký.',
    // A lower-case title the apposition lexicon does not hold.
    'Theo Markus Feldberg, thẩm định viên của quỹ, kế hoạch sẽ đổi.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('apposition titles in lower case, founders, and a given name that is also a function word', () => {
  it.each([
    ['Ông Lê Văn Hòa, hiệu phó Trường THPT Lê Lợi cho biết.', 'Lê Văn Hòa', 'hiệu phó Trường THPT Lê Lợi'],
    ['Bà Đỗ Thị Lan, chủ tọa phiên tòa, tuyên án.', 'Đỗ Thị Lan', 'chủ tọa phiên tòa'],
    ['Ông Trịnh Văn Bá, phó chánh án TAND huyện Cờ Đỏ, cho biết.', 'Trịnh Văn Bá', 'phó chánh án TAND huyện Cờ Đỏ'],
    ['Ông Vũ Đình Long - trưởng thôn Đông Xá cho biết.', 'Vũ Đình Long', 'trưởng thôn Đông Xá'],
    ['Ông Phan Minh Đạt, người sáng lập Công ty Sao Mai, cho biết.', 'Phan Minh Đạt', 'người sáng lập Công ty Sao Mai'],
    ['Đó là tâm huyết của người sáng lập hãng Nordlicht – ông Erik Halvorsen.', 'Erik Halvorsen', 'người sáng lập hãng Nordlicht'],
    // "người phụ trách": the one in charge of a unit or a project.
    ['Theo bà Vương Thị Mến – người phụ trách dự án, công trình sẽ xong.', 'Vương Thị Mến', 'người phụ trách dự án'],
    // "Tuy" ends a name unless "nhiên" follows it ("Tuy nhiên").
    ['Ông Lê Đức Tuy, Phó Chủ tịch UBND huyện Đông Hải, đã đến thăm.', 'Lê Đức Tuy', 'Phó Chủ tịch UBND huyện Đông Hải'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // "Tuy nhiên" opens a clause after a name with no title.
    'Ông Lê Văn Hòa Tuy nhiên vẫn chưa trả lời.',
    // A lower-case title with no name before its comma names no one.
    'Trong phiên xử, chủ tọa phiên tòa, thư ký và hội thẩm đều có mặt.',
    // "người phụ trách" with no name next to it names no one.
    'Người phụ trách cho biết dự án sẽ xong.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('a company after another name\'s apposition of company offices is no person', () => {
  it('the apposed people hold the offices; the companies are not listed', () => {
    const es = of('official', 'Dự tiệc có Brian Keller, Chủ tịch kiêm Giám đốc điều hành Harlow Dynamics; Sophie Marchetti, Tổng giám đốc Vantor Systems, và nhiều khách mời.');
    expect(es.map((e) => [e.name, e.role])).toEqual([
      ['Brian Keller', 'Chủ tịch kiêm Giám đốc điều hành'],
      ['Sophie Marchetti', 'Tổng giám đốc'],
    ]);
  });

  it.each([
    // A title of state after a name's comma: the name after it is a second person.
    ['Tổng thư ký NATO Jens Olsen, Tổng thống Donald Trump đồng ý sẽ gặp.', 'Donald Trump', 'Tổng thống'],
    // With no apposition before it, a company office then a company then a name.
    ['Tổng giám đốc Vantorix Sophie Marchetti cho biết.', 'Sophie Marchetti', 'Tổng giám đốc Vantorix'],
  ])('%s', (sentence, name, role) => {
    const found = of('official', sentence).find((e) => e.name === name);
    expect(found?.role).toBe(role);
  });
});

describe('rarer family names, clergy ranks and titles', () => {
  it.each([
    // Family names of Kinh, Hoa and ethnic-minority people that are not among the frequent ones.
    ['Ông Bàng Quốc Khải, Giám đốc Sở Xây dựng, cho biết.', 'Bàng Quốc Khải', 'Giám đốc Sở Xây dựng'],
    ['Bà Lâu Kim Mến, Phó Chủ tịch UBND huyện Mường Nhé, phát biểu.', 'Lâu Kim Mến', 'Phó Chủ tịch UBND huyện Mường Nhé'],
    ['Ông Vàng Seo Dín, Chủ tịch UBND xã Tả Phìn, trả lời.', 'Vàng Seo Dín', 'Chủ tịch UBND xã Tả Phìn'],
    ['Ông Siu Hương, Phó Chủ tịch HĐND tỉnh, cho biết.', 'Siu Hương', 'Phó Chủ tịch HĐND tỉnh'],
    // A monk's name opens with "Thích"; his clergy rank stands before it as a general's does.
    ['Thượng tọa Thích Minh Tuệ - Trưởng ban Trị sự Giáo hội Phật giáo tỉnh Bến Tre đánh chuông.', 'Thích Minh Tuệ', 'Trưởng ban Trị sự Giáo hội Phật giáo tỉnh Bến Tre'],
    ['Hòa thượng Thích Quảng Đạo, Phó Pháp chủ Hội đồng Chứng minh, chứng minh buổi lễ.', 'Thích Quảng Đạo', 'Phó Pháp chủ Hội đồng Chứng minh'],
    // Heads of an investigating agency, a prison, an army.
    ['Thủ trưởng Cơ quan CSĐT Công an tỉnh Lê Văn Toản ký lệnh bắt.', 'Lê Văn Toản', 'Thủ trưởng Cơ quan CSĐT Công an tỉnh'],
    ['Ông Phạm Đức Lợi, Giám thị Trại giam Thủ Đức, cho biết.', 'Phạm Đức Lợi', 'Giám thị Trại giam Thủ Đức'],
    ['Tổng Tư lệnh Võ Văn Kiệt thăm đơn vị.', 'Võ Văn Kiệt', 'Tổng Tư lệnh'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('a body that ends in a bare administrative unit', () => {
  it.each([
    // The unit the article speaks of closes the body before a pause or a verb of speech.
    ['Ông Lò Văn Piếng, Chủ tịch UBND xã, cho biết.', 'Lò Văn Piếng', 'Chủ tịch UBND xã'],
    ['Bà Trần Thị Mơ - Phó Chủ tịch UBND huyện cho hay giá tăng.', 'Trần Thị Mơ', 'Phó Chủ tịch UBND huyện'],
    // After a body whose name ends in a lower-case syllable too.
    ['Ông Lê Hoàng Phi, Giám đốc Trung tâm Y tế huyện, cho biết.', 'Lê Hoàng Phi', 'Giám đốc Trung tâm Y tế huyện'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('a name set in capitals after an honorific', () => {
  it.each([
    ['Ông PHẠM VĂN LỘC, Giám đốc Sở Tư pháp, cho biết.', 'PHẠM VĂN LỘC', 'Giám đốc Sở Tư pháp'],
    ['Bà ĐỖ THU TRANG - Trưởng phòng GD&ĐT quận 5 trả lời.', 'ĐỖ THU TRANG', 'Trưởng phòng GD&ĐT quận 5'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });

  it('a later given name links to it; a photo credit in capitals is no one', () => {
    const es = of('official', 'Ảnh: HOÀNG MINH. Ông PHẠM VĂN LỘC, Giám đốc Sở Tư pháp, cho biết. Theo ông Lộc, hồ sơ đã đủ.');
    expect(es.map((e) => [e.text, e.name])).toEqual([
      ['PHẠM VĂN LỘC', 'PHẠM VĂN LỘC'],
      ['Lộc', 'PHẠM VĂN LỘC'],
    ]);
  });
});

describe('leaving an office, or being removed from it, shows it was held', () => {
  it.each([
    // Leaving: an office held, but no title written next to the name.
    ['Quốc hội cho ông Hồ Văn Lực thôi làm đại biểu Quốc hội.', 'Hồ Văn Lực', null],
    ['Ông Đào Quang Vinh thôi giữ chức Trưởng ban Dân vận Tỉnh ủy.', 'Đào Quang Vinh', null],
    // Removed: the office the person held.
    ['Ông Mai Văn Khang bị cách chức Chủ tịch UBND xã Hòa Lợi.', 'Mai Văn Khang', 'Chủ tịch UBND xã Hòa Lợi'],
    ['Bà Tạ Thị Hạnh được miễn nhiệm chức vụ Phó Giám đốc Sở Y tế.', 'Tạ Thị Hạnh', 'Phó Giám đốc Sở Y tế'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });

  it.each([
    // Leaving a job is no office.
    'Bà Kiều Thị Lan thôi việc từ tháng 3.',
    // "cách chức" done by the name, not to it.
    'Ông Trịnh Văn Sang cách chức Chủ tịch UBND xã vì sai phạm.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('a body\'s short name in brackets made of acronyms glued by "-" or "&"', () => {
  it.each([
    ['Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Trần Văn Mười cho hay trường đã nộp báo cáo.', 'Trần Văn Mười', 'Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT)'],
    ['Phó Giám đốc Sở Tài nguyên và Môi trường (TN&MT), ông Hồ Văn Chín, trả lời.', 'Hồ Văn Chín', 'Phó Giám đốc Sở Tài nguyên và Môi trường (TN&MT)'],
    ['Ông Lê Quang Tám, Giám đốc Sở Khoa học và Công nghệ (KH&CN), cho biết.', 'Lê Quang Tám', 'Giám đốc Sở Khoa học và Công nghệ (KH&CN)'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('a title with its body, a comma, then a bare name that speaks', () => {
  it.each([
    ['Phó phòng TN&MT quận 3, Lâm Văn Hòa cho rằng hồ sơ còn thiếu.', 'Lâm Văn Hòa', 'Phó phòng TN&MT quận 3'],
    ['Theo Giám đốc Sở Xây dựng, Ngô Đức Tín cho biết công trình đã xong.', 'Ngô Đức Tín', 'Giám đốc Sở Xây dựng'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });

  it.each([
    // After "với" the title is the other party's.
    'Trao đổi với Giám đốc Sở Y tế, Ngô Đức Tín cho biết công trình đã xong.',
    // A bare title is no body: the name after the comma is someone else.
    'Theo Thủ tướng, Ngô Đức Tín cho biết công trình đã xong.',
  ])('no official: %s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('Ê Đê and other Central Highlands names after an honorific', () => {
  it.each([
    // "Y" opens a man's name, "H" a woman's; the family name comes last.
    ['Ông Y Giang Niê, Bí thư Huyện ủy, phát biểu.', 'Y Giang Niê', 'Bí thư Huyện ủy'],
    ['Bà H Yâo Knul, Phó Chủ tịch UBND tỉnh, cho biết.', 'H Yâo Knul', 'Phó Chủ tịch UBND tỉnh'],
    // One foreign-shaped word among Vietnamese-shaped ones.
    ['Ông Y Biêr Niê, Chủ tịch HĐND tỉnh Đắk Lắk, cho biết.', 'Y Biêr Niê', 'Chủ tịch HĐND tỉnh Đắk Lắk'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('Hmong names after an administrative unit', () => {
  it.each([
    // Men's middle names "A" and "Seo" make a person, not the unit's place.
    ['Chủ tịch UBND huyện Giàng A Chinh cho biết đường đã thông.', 'Giàng A Chinh', 'Chủ tịch UBND huyện'],
    ['Chủ tịch UBND xã Thào Seo Lử cho biết đường đã thông.', 'Thào Seo Lử', 'Chủ tịch UBND xã'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('the body\'s place in brackets between the title and the name', () => {
  it.each([
    ['Trưởng thôn Tân Hòa (xã Hòa Bình, huyện Ea Kar) Lê Văn Sáu cho biết mưa đã tạnh.', 'Lê Văn Sáu', 'Trưởng thôn Tân Hòa (xã Hòa Bình, huyện Ea Kar)'],
    ['Phó Chủ tịch UBND xã Tân Lập (huyện Mộc Châu), ông Lò Văn Hải cho biết.', 'Lò Văn Hải', 'Phó Chủ tịch UBND xã Tân Lập (huyện Mộc Châu)'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('the term of an elected body, and a deputy\'s constituency, belong to the role', () => {
  it.each([
    ['Đại biểu Quốc hội khóa XIV Trần Văn Lượng phát biểu.', 'Trần Văn Lượng', 'Đại biểu Quốc hội khóa XIV'],
    ['Trưởng Đoàn đại biểu Quốc hội khóa XIV đơn vị tỉnh Quảng Nam Phan Việt Cường chủ trì.', 'Phan Việt Cường', 'Trưởng Đoàn đại biểu Quốc hội khóa XIV đơn vị tỉnh Quảng Nam'],
    ['Ông Lê Văn Hai, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, Bí thư Tỉnh ủy, phát biểu.', 'Lê Văn Hai', 'Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, Bí thư Tỉnh ủy'],
    // A full-time seat, maybe with its province.
    ['Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Lê Văn Hoàng dự.', 'Lê Văn Hoàng', 'Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh'],
    ['Đại biểu Quốc hội chuyên trách Lương Văn Hòa dự.', 'Lương Văn Hòa', 'Đại biểu Quốc hội chuyên trách'],
    ['Ông Lê Văn Hoàng, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Bình Định, phát biểu.', 'Lê Văn Hoàng', 'Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Bình Định'],
    // After a term, a body behind a comma opens the next clause.
    ['Đơn của ông Hồ Văn Ba, Phó Chủ tịch HĐND tỉnh, đại biểu Quốc hội khóa XIV, Ủy ban Thường vụ Quốc hội đã chấp thuận.', 'Hồ Văn Ba', 'Phó Chủ tịch HĐND tỉnh, đại biểu Quốc hội khóa XIV'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });
});

describe('highland names with a one-letter prefix glued by an apostrophe', () => {
  it.each([
    ['Ông K\'Mák, Chủ tịch UBND huyện, cho biết.', 'K\'Mák', 'Chủ tịch UBND huyện'],
    ['Bà H\'Hen Niê, Phó Bí thư Tỉnh đoàn, cho biết.', 'H\'Hen Niê', 'Phó Bí thư Tỉnh đoàn'],
    ['Bà Ksor H’Bơ Khăp, Phó Chủ tịch UBND tỉnh Gia Lai, cho biết.', 'Ksor H’Bơ Khăp', 'Phó Chủ tịch UBND tỉnh Gia Lai'],
  ])('%s', (sentence, name, role) => {
    expect(of('official', sentence).map((e) => [e.name, e.role])).toEqual([[name, role]]);
  });

  it('a foreign family name alone after an honorific is still no full name', () => {
    const es = of('official', 'Ông Macron nhậm chức. Tân Tổng thống Pháp Emmanuel Macron phát biểu.');
    expect(es.map((e) => [e.text, e.role])).toEqual([['Emmanuel Macron', 'Tân Tổng thống Pháp']]);
  });
});

describe('an armed rank before the name and the body alone after its comma: an officer with no title written', () => {
  it.each([
    ['Thượng úy Vi Văn Toàn, Đội CSGT số 2, cho biết đã xử phạt.', 'Vi Văn Toàn', null],
    ['Theo Trung tá Hồ Sĩ Lâm - Công an huyện Nghi Lộc, nghi phạm đã ra đầu thú.', 'Hồ Sĩ Lâm', null],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // An academic rank and a body after the name is an affiliation, not a post.
    'Tiến sĩ Nguyễn Thành Long, Viện Kinh tế Việt Nam, cho biết giá sẽ tăng.',
    // A rank, then a place, not a body.
    'Đại tá Nguyễn Văn Hạ, quê Nghệ An, đã về hưu.',
  ])('%s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('an apposition of "phụ trách", the field or unit, and the body', () => {
  it.each([
    ['Ông Đinh Công Bằng, phụ trách phòng kế hoạch của Công ty Cổ phần Thép Miền Trung, cho biết lò đã sửa xong.', 'Đinh Công Bằng', 'phụ trách phòng kế hoạch của Công ty Cổ phần Thép Miền Trung'],
    ['Bà Hứa Thị Nhàn, phụ trách Phòng Kỹ thuật, Công ty Cấp nước Kiên Giang, cho biết nước đã sạch.', 'Hứa Thị Nhàn', 'phụ trách Phòng Kỹ thuật, Công ty Cấp nước Kiên Giang'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // A field with no body is a chore, not a post.
    'Anh Hồ Văn Lực, phụ trách bếp, cho biết món ăn đã sẵn sàng.',
  ])('%s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('an honorific, the name and a body alone before the quote: the person speaks for the body', () => {
  it.each([
    ['Theo ông Tạ Quang Vinh, Hiệp hội Nhựa Việt Nam, giá hạt nhựa đã tăng.', 'Tạ Quang Vinh', null],
    ['Bà Khổng Thị Yến, Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn, cảnh báo: dịch có thể quay lại.', 'Khổng Thị Yến', null],
    ['Ông Âu Văn Thạch - Công ty Cấp nước Sóc Trăng cho biết nước sẽ cấp lại từ chiều.', 'Âu Văn Thạch', null],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // The body is the clause's subject, acting on the person's report.
    'Nhận tin báo của chị Đàm Thu Hiền, Công an huyện Hoài Đức đã vào cuộc.',
  ])('%s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('a staff grade, the field in lower case, then the body or the commune it serves', () => {
  it.each([
    ['Ông Hà Văn Lợi, cán bộ thú y xã Hòa Phong, cho biết đàn lợn đã được tiêm phòng.', 'Hà Văn Lợi', 'cán bộ thú y xã Hòa Phong'],
    ['Thiếu úy Vũ Đức Anh - cán bộ tuần tra Đội CSGT số 6 cho biết xe đã bị giữ.', 'Vũ Đức Anh', 'cán bộ tuần tra Đội CSGT số 6'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });

  it.each([
    // A retired cadre living in a commune holds no post there.
    'Ông Đào Văn Hiến, cán bộ hưu trí ở xã Đức Bồng, cho biết đê đã vỡ.',
  ])('%s', (sentence) => {
    expect(of('official', sentence)).toEqual([]);
  });
});

describe('rarer Vietnamese family names', () => {
  it.each([
    ['Theo Thượng tá Tào Đức Minh, Trưởng Công an huyện Hậu Lộc, vụ việc đã rõ.', 'Tào Đức Minh', 'Trưởng Công an huyện Hậu Lộc'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});

describe("a board's head, the board's purpose in lower case, then the capitalised rest of its name", () => {
  it.each([
    ['Ông Lý Thanh Sơn, Phó Giám đốc Sở Y tế, Trưởng ban chỉ đạo Tây Bắc cho biết.', 'Lý Thanh Sơn', 'Phó Giám đốc Sở Y tế, Trưởng ban chỉ đạo Tây Bắc'],
    ['Bà Tăng Thị Mỹ, Phó Trưởng Ban tổ chức Hội chợ Xuân, cho biết hội chợ mở cửa từ mùng 2.', 'Tăng Thị Mỹ', 'Phó Trưởng Ban tổ chức Hội chợ Xuân'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});

describe('"thầy" is an honorific as "cô" is: a teacher named after the school head\'s title and a comma', () => {
  it.each([
    ['Hiệu trưởng Trường THCS Quang Trung, thầy Đoàn Văn Khánh cho biết học sinh đã đi học lại.', 'Đoàn Văn Khánh', 'Hiệu trưởng Trường THCS Quang Trung'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});

describe('"thường trực" in lower case after a title is the office\'s standing, then its body', () => {
  it.each([
    ['Ông Lưu Đình Phong, Phó Giám đốc thường trực Sở Nội vụ tỉnh Hòa Bình, cho biết.', 'Lưu Đình Phong', 'Phó Giám đốc thường trực Sở Nội vụ tỉnh Hòa Bình'],
    ['Phó Viện trưởng thường trực Viện Pháp y Quốc gia Trịnh Xuân Khôi ký văn bản.', 'Trịnh Xuân Khôi', 'Phó Viện trưởng thường trực Viện Pháp y Quốc gia'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});

describe('a unit named in sentence case after a title ending in its noun ("khoa", "phòng", "ban")', () => {
  it.each([
    ['Bác sĩ Kiều Thị Nga, Trưởng khoa Hồi sức sơ sinh, Bệnh viện Sản Nhi Ninh Bình, cho biết.', 'Kiều Thị Nga', 'Trưởng khoa Hồi sức sơ sinh, Bệnh viện Sản Nhi Ninh Bình'],
    ['Thiếu tá Mạc Văn Sinh - Phó Trưởng phòng Cảnh sát môi trường cho biết đã lấy mẫu.', 'Mạc Văn Sinh', 'Phó Trưởng phòng Cảnh sát môi trường'],
    ['Trưởng khoa Chấn thương chỉnh hình Hà Đức Lộc cho biết ca mổ thành công.', 'Hà Đức Lộc', 'Trưởng khoa Chấn thương chỉnh hình'],
    // The lower-case words after the unit go on with the sentence: they are not the unit's.
    ['Ông Hồ Văn Dũng, Trưởng phòng Kỹ thuật tham gia đoàn kiểm tra.', 'Hồ Văn Dũng', 'Trưởng phòng Kỹ thuật'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});

describe('the chair of a members\' council, as of a board of directors', () => {
  it.each([
    ['Ông Kha Minh Trí, Chủ tịch Hội đồng thành viên Tổng công ty Lương thực miền Nam, cho biết.', 'Kha Minh Trí', 'Chủ tịch Hội đồng thành viên Tổng công ty Lương thực miền Nam'],
    // A title written out in six words, then the bare body and the holder: the name is the holder's, not the group's.
    ['Nói về kế hoạch, Chủ tịch Hội đồng thành viên Tập đoàn Trần Văn Hùng cho hay, sản lượng sẽ tăng.', 'Trần Văn Hùng', 'Chủ tịch Hội đồng thành viên Tập đoàn'],
    ['Theo Chủ tịch Hội đồng quản trị Tập đoàn Phạm Thị Lan, cổ tức sẽ được chia.', 'Phạm Thị Lan', 'Chủ tịch Hội đồng quản trị Tập đoàn'],
    // A holder whose family name is also a body's head ("Đoàn"), right after the company's name, speaking.
    ['Tổng Giám đốc Công ty Cổ phần Hoàng Anh Gia Lai Đoàn Nguyên Đức cho biết, dự án sẽ xong trong năm.', 'Đoàn Nguyên Đức', 'Tổng Giám đốc Công ty Cổ phần Hoàng Anh Gia Lai'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});

describe('"thì" after the subject closes an apposition of "phụ trách" too', () => {
  it.each([
    ['Ông Triệu Văn Long, phụ trách bán hàng Công ty Sữa Mộc Châu thì cho rằng giá sữa sẽ giảm.', 'Triệu Văn Long', 'phụ trách bán hàng Công ty Sữa Mộc Châu'],
  ])('%s', (sentence, name, role) => {
    expect(firstOfficial(sentence)).toEqual([name, role]);
  });
});
