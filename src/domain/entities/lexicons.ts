/**
 * General Vietnamese news vocabulary used by the entity rules. Every entry is a lower-case key as
 * produced by `keyOf` (NFC, lower case, new-style tone placement: "ủy", "hóa"); multi-word entries
 * are space-separated syllables. Nothing here names a particular person or article.
 */
import { Trie } from './trie';

const words = (s: string): string[] =>
  s
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w !== '');

/** Vietnamese family names (the first syllable of a person's name). */
export const SURNAMES = new Set(
  words(
    'nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đinh|phùng|trương|' +
    'lương|đoàn|mai|tạ|lâm|hà|cao|châu|tô|trịnh|la|uông|chu|thái|kiều|khúc|quách|thân|triệu|lục|' +
    'mạc|nghiêm|ninh|khổng|kim|lưu|doãn|đàm|khiếu|lò|nông|quan|tôn|thạch|ung|vi|viên|tống|vương|' +
    'diệp|đào|lã|lại|hứa|mẫn|mạch|nhữ|phí|sầm|thiều|giáp|cù|hầu|bạch|bế|cấn|chử|hàn|kha|khương|' +
    'thôi|tiết|vòng|tăng|lữ|mã|âu|khuất|tòng|lường|giàng|sùng|thào|điêu|cầm|quàng|lầu|mùa|' +
    'tất|đậu|bành|biện|lạc|trình|quản|' +
    // Rarer Kinh and Hoa family names, ethnic-minority ones (Hmong, Dao, Jrai, Stiêng) and "Thích" of Buddhist monks' names.
    'bàng|tào|mông|lâu|vàng|điểu|siu|ksor|rơ|kpă|rmah|puih|thích|' +
    // Chinese family names as Vietnamese writes them ("Tập Cận Bình", "Mao Trạch Đông").
    'tập|mao|tưởng',
  ),
);

/** The most frequent family names: mid-run, one of these starts a person rather than ends a place. */
export const MAJOR_SURNAMES = new Set(
  words('nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đinh|trương|đoàn|lương'),
);

/**
 * Place names whose first syllable is also a family name: a capitalised run that is one of these
 * is a place, not a person ("Hà Nội", "Cao Bằng").
 */
export const SURNAME_PLACES = new Set(
  words(
    'hà nội|hà đông|hà tĩnh|hà nam|hà giang|hà tiên|hà long|cao bằng|cao lãnh|lâm đồng|hồ chí minh|' +
      'phan thiết|phan rang|thái bình|thái nguyên|thái lan|mai châu|lý sơn|tô lịch|hoàng mai|hoàng sa|' +
      'ninh bình|ninh thuận|ninh kiều|kim bảng|giang nam|đồng nai|đồng tháp|đồng hới|đồng xoài|lạng sơn|' +
      'sơn la|sơn trà|tăng nhơn phú|quan hóa|lâm hà|đào duy từ|lê lợi|trần hưng đạo|nguyễn huệ|lê duẩn|' +
      'hồ tây|hồ gươm|võ nhai|thạch thất|thạch hà|đông anh|trà vinh|lò gạch|la gi|la hai|quan sơn|' +
      'đoàn kết|trương định|hoàng văn thụ|phan đình phùng|lý thường kiệt|hà trung|cao phong|kim sơn|' +
      'châu đốc|châu thành|châu phi|châu âu|châu á|châu mỹ|châu úc|văn lâm|văn giang|văn yên|yên bái|yên bình|' +
      'yên lạc|yên mỹ|yên thế|phú thọ|đồng văn|đồng hỷ|lục nam|lục ngạn|giang thành',
  ),
);

/** Words before a name that are not part of it: honorifics and forms of address. */
export const HONORIFICS = new Trie(words('ông|bà|đồng chí|anh|chị|cô|chú|bác|cụ|em|ngài|quý ông|quý bà|cháu|thầy|sư thầy'));

/**
 * Academic, military and police ranks: never part of a name or role ("PGS.TS", "Thượng tướng").
 * Multi-part abbreviations are matched after removing dots ("pgs.ts" → "pgsts").
 */
export const RANKS = new Trie(
  words(
    'gs|pgs|ts|ths|bs|ks|ls|tskh|gsts|pgsts|gstskh|pgstskh|bsckii|bscki|nsnd|nsưt|nghệ sĩ nhân dân|' +
      'giáo sư|phó giáo sư|tiến sĩ|thạc sĩ|bác sĩ|kỹ sư|luật sư|nhà giáo|' +
      'đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|' +
      'trung úy|thiếu úy|đô đốc|phó đô đốc|chuẩn đô đốc|anh hùng|liệt sĩ|cố|' +
      // Buddhist clergy's ranks stand before the monk's name as a general's do.
      'hòa thượng|thượng tọa|đại đức|ni sư|ni trưởng|' +
      // The state's honorary titles for artists, teachers and doctors, written out ("Nghệ sĩ Ưu tú").
      'nghệ sĩ ưu tú|nghệ sỹ ưu tú|nghệ sỹ nhân dân|nhà giáo ưu tú|nhà giáo nhân dân|thầy thuốc ưu tú|thầy thuốc nhân dân|ngưt|ngnd|ttưt|ttnd',
  ),
);

/** Ranks written as glued abbreviations, dots removed: "PGS.TS" → "pgsts". */
export const RANK_ABBREVIATIONS = new Set(
  words('gs|pgs|ts|ths|bs|ks|ls|tskh|gsts|pgsts|gstskh|pgstskh|bsckii|bscki|nsnd|nsưt|bsck|ttưt|ttnd|nsut'),
);

/**
 * Titles (positions). A role starts with one of these. The trie takes the longest match, so
 * "Phó Bí thư Thường trực" wins over "Phó Bí thư".
 */
export const TITLES = new Trie(
  words(
    'bí thư|phó bí thư|phó bí thư thường trực|bí thư thứ nhất|tổng bí thư|thường trực ban bí thư|' +
      'chủ tịch|phó chủ tịch|phó chủ tịch thường trực|chủ tịch nước|phó chủ tịch nước|' +
      'chủ tịch hội đồng quản trị|chủ tịch hđqt|chủ tịch hội đồng thành viên|' +
      'thủ tướng|phó thủ tướng|phó thủ tướng thường trực|' +
      'bộ trưởng|thứ trưởng|thứ trưởng thường trực|trưởng ban|phó trưởng ban|phó trưởng ban thường trực|' +
      'trưởng|phó trưởng|phó ban|ủy viên|ủy viên thường vụ|ủy viên dự khuyết|' +
      'chủ nhiệm|phó chủ nhiệm|phó chủ nhiệm thường trực|giám đốc|phó giám đốc|tổng giám đốc|' +
      'phó tổng giám đốc|quyền giám đốc|quyền chủ tịch|quyền bộ trưởng|cục trưởng|phó cục trưởng|' +
      'tổng cục trưởng|phó tổng cục trưởng|vụ trưởng|phó vụ trưởng|viện trưởng|phó viện trưởng|' +
      'chánh án|phó chánh án|chánh văn phòng|phó chánh văn phòng|chánh thanh tra|phó chánh thanh tra|' +
      'tổng thanh tra|phó tổng thanh tra|tổng kiểm toán|phó tổng kiểm toán|hiệu trưởng|phó hiệu trưởng|' +
      'trưởng phòng|phó trưởng phòng|phó phòng|phó khoa|trưởng khoa|phó trưởng khoa|trưởng đoàn|phó trưởng đoàn|' +
      'trưởng công an|phó trưởng công an|thống đốc|phó thống đốc|tổng thư ký|phó tổng thư ký|thư ký|' +
      'cố vấn an ninh quốc gia|tổng chưởng lý|chưởng lý|tư lệnh|phó tư lệnh|chính ủy|phó chính ủy|tham mưu trưởng|tổng tham mưu trưởng|chỉ huy trưởng|' +
      'đại sứ|đại sứ đặc mệnh toàn quyền|tổng lãnh sự|lãnh sự|công sứ|tham tán|trưởng đại diện|người phát ngôn|phát ngôn viên|phó phát ngôn viên|' +
      'tổng biên tập|phó tổng biên tập|' +
      'ngoại trưởng|tổng thống|phó tổng thống|thủ hiến|thị trưởng|thượng nghị sĩ|hạ nghị sĩ|nghị sĩ|thượng nghị sỹ|hạ nghị sỹ|nghị sỹ|hiệu phó|chủ tọa|chủ tọa phiên tòa|phó cố vấn an ninh quốc gia|' +
      'trưởng thôn|trưởng ấp|trưởng khu phố|trưởng bản|kế toán trưởng|đại diện|' +
      'người đứng đầu|giám đốc điều hành|ceo|trưởng phòng cảnh sát|đội trưởng|phó đội trưởng|' +
      'thủ lĩnh|nhà lãnh đạo|lãnh đạo|trưởng nhóm|phó trưởng nhóm|tổ trưởng|tổ phó|đội phó|trạm phó|phó chánh|trưởng trạm|trạm trưởng|phó trạm trưởng|đồn trưởng|phó đồn trưởng|nhà sáng lập|nhà đồng sáng lập|đồng sáng lập|hạt trưởng|chi cục trưởng|phó chi cục trưởng|trưởng chi nhánh|đại biểu|đb|' +
      'tgđ|phó tgđ|gđ|pgđ|chủ tịch hđtv|cán bộ|người đồng cấp|thẩm phán|kiểm sát viên|điều tra viên|cảnh sát trưởng|chánh tòa|phó chánh tòa|thành ủy viên|tỉnh ủy viên|huyện ủy viên|quận ủy viên|đảng ủy viên|thư ký báo chí|' +
      // Found by mining the corpus for words in the title slot: unit + "phó", envoys, the State Counsellor.
      'cục phó|vụ phó|viện phó|chi cục phó|đặc phái viên|đặc sứ|cố vấn nhà nước|' +
      // A member of a company's board holds a seat; a member of a party or a team holds none.
      'thành viên hđqt|thành viên hội đồng quản trị|thành viên bks|thành viên ban kiểm soát|thành viên hđtv|' +
      // A deputy of the National Assembly by its acronym; lay judges of a trial.
      'đbqh|hội thẩm|hội thẩm nhân dân|' +
      // Founders named as "người" ("người sáng lập công ty …").
      'người sáng lập|người đồng sáng lập|người phụ trách|' +
      // Heads of an investigating agency, a prison, an army, a foreign province; a Buddhist patriarch; a king.
      'thủ trưởng|phó thủ trưởng|giám thị|phó giám thị|tổng tư lệnh|phó chỉ huy trưởng|phó tổng tham mưu trưởng|tỉnh trưởng|phó tỉnh trưởng|pháp chủ|phó pháp chủ|quốc vương|' +
      // A civil servant's grade speaks for the body named after it, as "cán bộ" does ("chuyên viên Sở Nội vụ").
      'chuyên viên|chuyên viên chính|chuyên viên cao cấp',
  ),
);

/** Words before a title that belong to the role as written: "nguyên Chủ tịch", "tân Bộ trưởng". */
export const ROLE_MODIFIERS = new Set(words('nguyên|tân|cựu|quyền|cố'));

/** Titles that need an organisation after them to be a role ("trưởng Ban …", "Phó trưởng Phòng …"). */
export const BARE_TITLES = new Set(words('chánh|phó chánh|trưởng|phó trưởng|người đứng đầu|đại biểu|đb|cán bộ|chuyên viên|chuyên viên chính|chuyên viên cao cấp'));

/** Titles that may also be written in lower case in an apposition ("…, đại diện Tổng công ty 319"). */
export const LOWERCASE_APPOSITION_TITLES = new Set(
  words('đại diện|giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|trưởng phòng|trưởng ban|bí thư|phó bí thư|tổng giám đốc|người phát ngôn|người đứng đầu|cán bộ|' +
    'lãnh đạo|nhà lãnh đạo|thủ lĩnh|trưởng nhóm|kế toán trưởng|giám đốc điều hành|tổng giám đốc điều hành|đội trưởng|phó đội trưởng|đội phó|tổ trưởng|trưởng khoa|phó trưởng khoa|hiệu trưởng|phó hiệu trưởng|viện trưởng|cục trưởng|vụ trưởng|chánh văn phòng|tổng biên tập|phát ngôn viên|' +
    // Found by mining the corpus for "Name, <title in lower case>": the same offices as their capitalised forms.
    'phó tổng giám đốc|chủ tịch hđqt|chủ tịch hội đồng quản trị|chủ tịch hđtv|thành viên hđqt|hiệu phó|chủ tọa|chủ tọa phiên tòa|chánh án|phó chánh án|thẩm phán|' +
    'chủ nhiệm|phó chủ nhiệm|trưởng đoàn|phó trưởng đoàn|phó trưởng phòng|phó phòng|phó trưởng ban|phó ban|phó khoa|phó cục trưởng|phó viện trưởng|phó vụ trưởng|' +
    'chánh thanh tra|phó chánh thanh tra|trưởng công an|phó trưởng công an|trưởng thôn|trưởng ấp|trưởng bản|trưởng khu phố|chỉ huy trưởng|trưởng trạm|trạm trưởng|' +
    'hạt trưởng|chi cục trưởng|phó chi cục trưởng|đồn trưởng|trưởng chi nhánh|phó tổng biên tập|thư ký báo chí|tổng thư ký|phó tổng thư ký|đại sứ|trưởng đại diện|' +
    'nhà sáng lập|nhà đồng sáng lập|đồng sáng lập|người sáng lập|người đồng sáng lập|người phụ trách|chuyên viên|chuyên viên chính|chuyên viên cao cấp'),
);

/**
 * Titles that may be written in lower case before a person's name when a body follows them
 * ("giám đốc Sở Tài nguyên và Môi trường Hà Nội Nguyễn Huy Cường", "đại biểu Quốc hội …").
 */
export const LOWERCASE_PREFIX_TITLES = new Set(
  words(
    'giám đốc|phó giám đốc|tổng giám đốc|phó tổng giám đốc|chủ tịch|phó chủ tịch|bí thư|phó bí thư|' +
      'bộ trưởng|thứ trưởng|cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|chánh án|trưởng phòng|trưởng ban|' +
      'phó trưởng ban|chủ nhiệm|phó chủ nhiệm|đại biểu|' +
      // Spokespeople and founders name their body or brand next ("phát ngôn viên Nhà Trắng", "nhà sáng lập Uber").
      'phát ngôn viên|phó phát ngôn viên|người phát ngôn|nhà sáng lập|nhà đồng sáng lập|đồng sáng lập|người sáng lập|người đồng sáng lập',
  ),
);

/**
 * Offices that name their holder in lower case with no body after them, right before the name
 * ("nguyên thủ tướng Nguyễn Tấn Dũng", "bộ trưởng Nguyễn Chí Dũng", "thẩm phán James Robart").
 */
export const LOWERCASE_BARE_TITLES = new Set(
  words(
    'thủ tướng|phó thủ tướng|tổng thống|phó tổng thống|tổng bí thư|chủ tịch nước|phó chủ tịch nước|bộ trưởng|thứ trưởng|' +
      'ngoại trưởng|thẩm phán|kiểm sát viên|điều tra viên|hội thẩm|hội thẩm nhân dân|chánh án|thượng nghị sĩ|hạ nghị sĩ|thượng nghị sỹ|hạ nghị sỹ|chủ tọa phiên tòa|thị trưởng|thống đốc|tổng thư ký|cảnh sát trưởng|' +
      // Leaders named by what they lead ("nhà lãnh đạo Triều Tiên Kim Jong-un", "thủ lĩnh phiến quân …").
      'thủ lĩnh|nhà lãnh đạo|lãnh đạo|' +
      // "người đồng cấp Brazil Michel Temer": a leader's counterpart abroad.
      'người đồng cấp',
  ),
);

/**
 * Organisation heads: the first word(s) of a named body. Most need a name after them
 * ("Sở Ngoại vụ", "UBND tỉnh Thanh Hóa"); see SELF_NAMED for the ones that stand alone.
 */
export const ORG_HEADS = new Trie(
  words(
    'thành ủy|tỉnh ủy|quận ủy|huyện ủy|thị ủy|đảng ủy|đảng bộ|đảng đoàn|ban cán sự đảng|chi bộ|' +
      'ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|ủy ban|ubmttq|ubmttqvn|mặt trận|mặt trận tổ quốc|' +
      'bộ|sở|ban|cục|tổng cục|chi cục|vụ|viện|học viện|trường|trường đại học|đại học|bệnh viện|' +
      'tòa án|tòa án nhân dân|viện kiểm sát|viện kiểm sát nhân dân|công an|tập đoàn|tổng công ty|' +
      'công ty|xí nghiệp|hợp tác xã|ngân hàng|hội|hội đồng|hiệp hội|liên hiệp|liên đoàn|tổng liên đoàn|liên minh|đoàn|' +
      'trung tâm|quỹ|văn phòng|kho bạc|thanh tra|kiểm toán nhà nước|sư đoàn|quân đoàn|quân khu|' +
      'bộ tư lệnh|bộ chỉ huy|binh đoàn|lữ đoàn|trung đoàn|cảnh sát|đài|thông tấn xã|tổng cục|' +
      'ban chấp hành|bch|ban thường vụ|thường trực|trung ương|ban chỉ đạo|ban quản lý|cảng vụ|' +
      'chính phủ|quốc hội|bộ chính trị|ban bí thư|văn phòng chính phủ|văn phòng quốc hội|' +
      'ủy ban thường vụ quốc hội|hđqt|hội đồng quản trị|phòng|chi nhánh|tổ chức|cơ quan cảnh sát điều tra|' +
      'cơ quan điều tra|cơ quan an ninh điều tra|cảnh sát điều tra|thành đoàn|tỉnh đoàn|quận đoàn|huyện đoàn|' +
      'đoàn thanh niên|liên đoàn lao động|tand|vksnd|đoàn đại biểu|đoàn đại biểu quốc hội|liên hợp quốc|' +
      'quân ủy|quân ủy trung ương|ubkt|ủy ban kiểm tra|báo|đội|tổ công tác|thường vụ|trung ương đảng|khoa|đh|cđ|sở giao dịch|' +
      'đảng cộng sản|đảng|thượng viện|hạ viện|nhà trắng|lầu năm góc|điện kremlin|quân đội|ub|bv|cty|tcty|ctcp|nội các|phong trào|' +
      'đại sứ quán|đsq|tổng lãnh sự quán|lãnh sự quán|câu lạc bộ|btv|bql|' +
      // Clinics, commune health stations, online papers, police investigators abbreviated, UN high commissioners.
      'phòng khám|trạm y tế|báo điện tử|cơ quan csđt|cao ủy|đơn vị|' +
      // Courts written "Tòa" ("Tòa phúc thẩm California"), parliaments abroad ("Nghị viện châu Âu").
      'tòa|nghị viện|' +
      // "Cơ quan An ninh Quốc gia": an agency, when a name in capitals follows ("cơ quan chức năng" names none).
      'cơ quan|' +
      // Heads mined from the corpus in the same slot (a capitalised noun, then a name): plants, publishers,
      // magazines, working groups, unions, services, border guards and posts, stations and sub-committees
      // ("Nhà hát" alone is left out: mostly a venue, "Nhà hát Lớn"; "Hải quân Mỹ" is organizations.ts's forceAt).
      'nhà máy|nhà xuất bản|nxb|tạp chí|nhóm|công đoàn|lđlđ|tổng lđlđ|quân chủng|' +
      // A theatre named by its art is a company that performs ("Nhà hát kịch nói Quân đội", "Nhà hát Chèo Việt Nam").
      'nhà hát kịch|nhà hát kịch nói|nhà hát chèo|nhà hát tuồng|nhà hát cải lương|nhà hát múa rối|nhà hát ca múa nhạc|' +
      'nhà hát giao hưởng|nhà hát giao hưởng nhạc vũ kịch|nhà hát nhạc vũ kịch|nhà hát ca kịch|nhà hát nghệ thuật|nhà hát ca múa|nhà hát múa|' +
      'bộ đội biên phòng|lực lượng|đồn biên phòng|đồn công an|trạm|tiểu ban|' +
      // "UBTƯ MTTQ Việt Nam": the central committee abbreviated before the front it heads.
      'ubtư|ubtw|' +
      // A general hospital by its initials ("BVĐK tỉnh Hà Giang"), as "BV" stands for a hospital.
      'bvđk|' +
      // Churches and their provincial boards ("Giáo hội Phật giáo Việt Nam", "Giáo hội Phật giáo tỉnh Quảng Ninh").
      'giáo hội|' +
      // Prisons, forest rangers' posts and the social insurance agency, named by a place or a unit and place
      // ("Trại giam Xuân Lộc", "Hạt Kiểm lâm huyện Quế Phong", "Bảo hiểm xã hội tỉnh Thái Bình").
      'trại giam|trại tạm giam|hạt kiểm lâm|bảo hiểm xã hội|' +
      // Kindergartens licensed as a "cơ sở" rather than a school ("cơ sở mầm non tư thục Sen Vàng").
      'cơ sở mầm non|cơ sở giáo dục mầm non|' +
      // A coast guard is named by its country ("Cảnh sát biển Việt Nam", "Cảnh sát biển Trung Quốc").
      'cảnh sát biển',
  ),
);

/** Heads that are a complete name on their own ("Chính phủ", "Bộ Chính trị"). */
export const SELF_NAMED = new Set(
  words(
    'chính phủ|quốc hội|bộ chính trị|ban bí thư|ủy ban thường vụ quốc hội|văn phòng chính phủ|' +
      'văn phòng quốc hội|mặt trận tổ quốc|kiểm toán nhà nước|thông tấn xã|liên hợp quốc|quân ủy trung ương|' +
      'trung ương đảng|thượng viện|hạ viện|nhà trắng|lầu năm góc|điện kremlin|nội các|nghị viện',
  ),
);

/** Heads that only make an organisation in front of another organisation ("Thường trực Chính phủ"). */
export const PREFIX_HEADS = new Set(words('thường trực|trung ương|ban thường vụ|ban chấp hành|bch|tổ chức|thường vụ|btv|ubtư|ubtw'));

/** Heads written in lower case that still start a name when a capitalised name or acronym follows. */
export const LOWERCASE_HEADS = new Set(
  words('bộ|sở|công ty|tập đoàn|tổng công ty|ngân hàng|trường|bệnh viện|ủy ban|ubnd|cục'),
);

/** Heads of boards and centres whose name may run on in lower case up to a place ("Ban Quản lý dự án
 * đầu tư xây dựng các công trình giao thông Đà Nẵng", "Bệnh viện đa khoa tỉnh Hà Tĩnh", "Hiệp hội chăn nuôi Đồng Nai"). */
export const LONG_NAME_HEADS = new Trie(
  words('ban|ban quản lý|trung tâm|viện|quỹ|chi cục|bệnh viện|bv|bvđk|hạt kiểm lâm|hiệp hội|hội|học viện|trường|cục|tổng cục|phòng|liên đoàn|liên hiệp|khoa|xí nghiệp|nhà máy|tập đoàn|công ty|sở giao dịch|ủy ban|tổng công ty|bql|phòng khám|trạm y tế|công đoàn|trạm|tiểu ban|lực lượng'),
);

/** Heads whose name may be plain lower-case words ("Hội phụ nữ", "Hội đồng thẩm định"). */
export const LOWER_NAMED_HEADS = new Set(words('hội|hội đồng|đoàn'));

/** Words that look like heads but name events or things ("Hội nghị", "Hội thảo"). */
export const NOT_ORG_AFTER_HEAD = new Set(
  words('nghị|thảo|chợ|viên|hợp|diễn|thi|trưởng|án|việc|phó|chủ|đồng hương|quán|sở|khoản|phận|phía|đội|đã|hồ sơ|cáo|chí|ngũ|tuyển|hình|viên chức|học|' +
    // Festivals: "Hội xuân", "Hội làng", "Hội vật", "Hội báo Xuân".
    'xuân|làng|vật|báo|hoa|đua|chọi|đền|chùa'),
);

/** Lower-case words that may continue an organisation's name ("Bộ Giao thông vận tải"). */
export const ORG_NOUNS = new Trie(
  words(
    'vận tải|kinh doanh|quốc tế|quốc gia|thanh niên|xung phong|thanh niên xung phong|nhân dân|nhà nước|' +
      'xã hội|đô thị|người cao tuổi|cao tuổi|phụ nữ|nông dân|cựu chiến binh|chữ thập đỏ|khuyến học|' +
      'công nghiệp|nông nghiệp|nông thôn|thương mại|du lịch|môi trường|tài nguyên|giáo dục|đào tạo|y tế|' +
      'khoa học|công nghệ|truyền thông|văn hóa|thể thao|an ninh|quốc phòng|tư pháp|tài chính|ngân sách|' +
      'giao thông|hình sự|kinh tế|chính trị|lao động|thương binh|bảo hiểm|hải quan|hành chính|trung ương|' +
      'dự án|nhà đầu tư|doanh nghiệp|dân tộc|tôn giáo|luật gia|nhà báo|sinh viên|học sinh|thiếu niên|' +
      'nhi đồng|công đoàn|cựu thanh niên xung phong|' +
      'tuyên giáo|dân vận|nội chính|đối ngoại|ngoại vụ|nội vụ|khu vực|miền nam|' +
      'miền bắc|miền trung|phía nam|phía bắc|đường sắt|đường bộ|hàng không|cảng biển|xuất nhập khẩu|' +
      'thủy sản|lâm nghiệp|thủy lợi|điện lực|dầu khí|viễn thông|bưu điện|chứng khoán|thống kê|' +
      'nhân quyền|nhân đạo|hữu nghị|hòa bình|phòng chống|tham nhũng|ma túy|tội phạm|thi hành án|dân sự|' +
      'người nghèo|kiến thiết|cảnh sát điều tra|tối cao|thị trường|đất đai|nông sản|thực phẩm|nhà ở|thế giới|đại biểu|xã hội chủ nghĩa|chủ nghĩa|' +
      'tự do|vốn nhà nước|nông sản|pháp chế|pháp luật|pháp lý|pháp y|mỹ thuật|mỹ nghệ|mỹ phẩm|chi nhánh|nhỏ và vừa|tiếng nói|' +
      'dự phòng|cứu hỏa|chữa cháy|phòng cháy|phòng cháy chữa cháy|cứu nạn|cứu hộ|cứu nạn cứu hộ|nhân văn|bất động sản|kỹ thuật|' +
      'liên bang|truy nã|cơ động|đặc nhiệm|liên kết|doanh nhân|nữ doanh nhân|nhà văn|kiến trúc sư|luật sư|giáo chức|văn nghệ|nghệ sĩ|xuất nhập cảnh|đường thủy|đường thủy nội địa|liên chính phủ|liên ngành|liên bộ|' +
      // Field words mined from the corpus where a body's name went on in lower case after the mark ended
      // ("Cục Văn hóa cơ sở", "Viện Vật lý địa cầu", "Báo Tri thức trực tuyến", "Cục Quản lý đấu thầu").
      'cơ sở|địa cầu|đá quý|chất lượng|nội địa|điện ảnh|trực tuyến|đấu thầu|hoàng gia|cây trồng|nhu cầu|nhân lực|tin học|huyết học|ứng dụng|xuất khẩu|dầu mỏ|' +
      // A ministry's departments are named by their field in sentence case, its first word capitalised
      // ("Vụ Tổ chức cán bộ", "Ban Thi đua khen thưởng Trung ương", "Phòng Giáo dục mầm non").
      'tổ chức cán bộ|tổ chức biên chế|thi đua khen thưởng|kế hoạch đầu tư|công chức viên chức|chính quyền địa phương|' +
      'cải cách hành chính|quan hệ lao động|khám bệnh chữa bệnh|giáo dục mầm non|giáo dục tiểu học|giáo dục trung học|' +
      'giáo dục đại học|giáo dục thường xuyên|quản lý dược|kiểm tra văn bản|quản lý công sản|quản lý giá|' +
      // Forces named by a word that starts with a head ("Bộ Tư lệnh Cảnh sát biển").
      'khu công nghiệp|khu kinh tế|khu chế xuất|khu công nghệ cao|cụm công nghiệp|tiền tệ|tín dụng|trong nước|ngoài nước|nước ngoài|phúc thẩm|sơ thẩm|hiến pháp|cảnh sát biển|cảnh sát giao thông|cảnh sát cơ động|cảnh sát hình sự|cảnh sát kinh tế|biên phòng|hải quân|không quân|' +
      // Fields of local boards and funds whose words start with a stop syllable or an honorific ("mặt bằng", "trẻ em"):
      // "Ban Bồi thường giải phóng mặt bằng quận …", "Quỹ Bảo trợ trẻ em tỉnh …", "Ban Chỉ huy phòng chống thiên tai …".
      'mặt bằng|giải phóng mặt bằng|trẻ em|thiên tai|tìm kiếm cứu nạn|' +
      // Weather services and vocational schools in sentence case ("Đài Khí tượng thủy văn khu vực Nam Bộ",
      // "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện …").
      'khí tượng thủy văn|thủy văn|khí tượng|nghề nghiệp|giáo dục nghề nghiệp|' +
      // The administrative police ("Cảnh sát quản lý hành chính về trật tự xã hội").
      'quản lý hành chính|' +
      // Military courts and procuracies, in lower case before their region ("Tòa án quân sự Quân khu 4").
      'quân sự',
  ),
);

/** Words that may only follow a council's head directly ("Hội đồng thẩm định"). */
export const COUNCIL_VERBS = new Trie(
  words('thẩm định|nghiệm thu|xét xử|bầu cử|thi đua|khen thưởng|thi đua khen thưởng|tư vấn|kỷ luật|giám sát|quản trị|thành viên|' +
    // Councils that sell or auction state assets, award prizes, review science.
    'đấu giá|bán đấu giá|đấu giá tài sản|bán đấu giá tài sản|giải thưởng|khoa học|' +
    // Statutory councils named by what they value or oversee ("Hội đồng thẩm định giá đất", "Hội đồng giám sát xổ số").
    'thẩm định giá đất|thẩm định bảng giá đất|giám sát xổ số|bồi thường giải phóng mặt bằng'),
);

/** Lower-case administrative units followed by a place name ("tỉnh Thanh Hóa", "quận Hải An"). */
export const ADMIN_UNITS = new Trie(words('tỉnh|thành phố|tp|quận|huyện|xã|phường|thị xã|thị trấn|thôn|ấp|bản|khu phố'));

/** Units that stand for "the" province or city when no name follows ("UBND tỉnh", "HĐND thành phố"). */
export const SPECIFIC_BARE_UNITS = new Set(words('tỉnh|thành phố|tp'));

/** Acronyms of well-known bodies that are organisations on their own. */
export const ORG_ACRONYMS = new Set(
  words(
    'asean|imf|wb|adb|wto|who|un|eu|apec|opec|nato|unesco|unicef|fao|ilo|oecd|undp|wef|fed|ecb|' +
      'acv|evn|pvn|vnpt|tkv|vna|mttq|ubmttq|ubmttqvn|nhnn|bhxh|vcci|vamc|scic|kbnn|tandtc|vksndtc|' +
      'bidv|vietcombank|vietinbank|agribank|viettel|mobifone|vinamilk|vingroup|petrolimex|vietjet|' +
      'sabeco|habeco|fpt|hđbt|cpv|đhqg|vff|vff|fifa|afc|ioc|uefa|jica|koica|usaid|giz|pvn|' +
      'ttxvn|vov|vtv|ipu|aipa|iaea|interpol|unhcr|unfpa|unep|unctad|icao|fbi|cia|nasa|brics|osce|icc|icj|' +
      'afp|reuters|xinhua|kyodo|yonhap|bbc|cnn|tass|bloomberg|ap|dpa|nhk|' +
      // Vietnamese news sites cited by their brand, as the agencies above are ("Theo VnExpress", "trả lời VietNamNet").
      'vnexpress|vietnamnet|vietnamplus|zingnews|infonet|vneconomy|cafef|kenh14|vtc|htv|' +
      'wfp|unaids|unodc|ohchr|unido|ifad|wipo|itu|wmo|unwto|iom|iea|is|isis|' +
      'sacombank|techcombank|vpbank|mbbank|shb|acb|eximbank|hdbank|tpbank|vib|seabank|oceanbank|scb|msb|ocb|' +
      'abbank|pvcombank|lienvietpostbank|baovietbank|saigonbank|vietabank|kienlongbank|vinacomin|vinaconex|vinachem|' +
      // Short names the corpus writes bare: the NA Standing Committee, the Front, agencies, firms (no clubs: a
      // club in brackets after a player, "A Hoàng (HAGL)", would make the player a long form).
      'ubtvqh|mttqvn|kcna|nsa|hsbc|doji|pnj',
  ),
);

/** Capitalised acronyms that are never organisations on their own (measures, currencies, places). */
export const NOT_ORG_ACRONYMS = new Set(
  words(
    'gdp|grdp|fdi|oda|usd|vnd|eur|cpi|ppp|tq|epc|bot|bt|tp|tphcm|hcm|hn|vn|covid|sars|ncov|' +
      'pgs|gs|ts|ths|bs|ks|atm|ceo|cfo|it|ai|tv|sms|ok|vip|hđnd|ubnd|bch|gtvt|xhht|hkqt|kcn|kkt|qđ|nđ|tt|dn|bđs',
  ),
);

/** Document heads (capitalised): "Chỉ thị số 10-CT/TW", "Luật Đất đai 2013". */
export const DOC_HEADS = new Trie(
  words(
    'luật|bộ luật|hiến pháp|pháp lệnh|nghị quyết|nghị quyết liên tịch|nghị định|quyết định|thông tư|' +
      'thông tư liên tịch|chỉ thị|kết luận|quy định|công văn|thông báo|hướng dẫn|công điện|quy chế|lệnh|' +
      'kế hoạch|tờ trình|chương trình|đề án|báo cáo|quy hoạch|điều lệ|hiệp định|hiệp ước|công ước|nghị định thư|' +
      'hiến chương|tuyên bố chung|văn kiện|chiến lược|kế hoạch hành động|chương trình hành động|chương trình mục tiêu|' +
      'thông báo kết luận|đạo luật|thỏa thuận|tuyên bố|sắc lệnh|tuyên ngôn|thông cáo chung|nội quy|bộ quy tắc|cương lĩnh|thông tri|bản ghi nhớ',
  ),
);

/** Treaties and charters: a document when a capitalised name follows ("Hiệp định Paris 2015"). */
export const TREATY_HEADS = new Set(words('hiệp định|hiệp ước|công ước|nghị định thư|hiến chương|tuyên bố chung|thông cáo chung|thỏa thuận|tuyên bố|tuyên ngôn|bộ quy tắc|bản ghi nhớ'));

/** Heads of rules a body makes for itself: "Quy chế làm việc của Tỉnh ủy", "Điều lệ Đảng". */
export const RULEBOOK_HEADS = new Set(words('quy chế|quy định|điều lệ|nội quy'));

/** Capitalised time words that start a clause when the full stop before them is lost ("… Luật Cảnh vệ Chiều nay"). */
export const TIME_STARTERS = new Set(words('sáng|chiều|tối|trưa|đêm|ngày|hôm|rạng sáng|khuya'));

/** Document heads that are a document only with a number ("Kế hoạch số 45/KH-SXD"). */
export const CODE_ONLY_DOC_HEADS = new Set(
  words(
    'kế hoạch|tờ trình|chương trình|đề án|báo cáo|quy hoạch|thông báo|hướng dẫn|chiến lược|kế hoạch hành động|' +
      'chương trình hành động|chương trình mục tiêu|thông báo kết luận|sắc lệnh|thông tri',
  ),
);

/** Document heads that are laws: a name in words follows ("Luật Ngân sách Nhà nước"). */
export const LAW_HEADS = new Set(words('luật|bộ luật|hiến pháp|pháp lệnh|đạo luật'));

/** Document heads that take a subject ("Nghị quyết về tổ chức chính quyền đô thị tại TPHCM", "Công điện khẩn về …"). */
export const SUBJECT_DOC_HEADS = new Set(words('nghị quyết|nghị định|quyết định|chỉ thị|thông tư|pháp lệnh|quy định|quy chế|kết luận|thông báo kết luận|công điện'));

/** Words that start a multiplier: "2,5 tỷ đồng", "500 nghìn". */
export const MULTIPLIERS = new Map<string, number>([
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['triệu', 1e6],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['vạn', 1e4],
  ['trăm', 1e2],
]);

/** Units of money and measure written after a number. */
export const UNITS = new Trie(
  words(
    'đồng|usd|vnd|vnđ|eur|euro|yen|yên|nhân dân tệ|bảng anh|đô la|đô la mỹ|đô|bảng|rúp|won|bath|baht|' +
      'ha|héc ta|hecta|km|km2|m|m2|m3|cm|mm|kg|g|gam|tấn|tạ|lít|ml|mw|kw|kwh|gw|gwh|mwh|teu|thùng|' +
      'ki lô mét|kilômét|mét|mét vuông|mét khối|ki lô gam|độ c|kv|kva|tuổi|gr|mg|oc|gb|tb|mb|mah|cc|hp|ghz|mhz|inch|lượng|l',
  ),
);

/** Time words: "5 năm", "37 tháng" are durations, not figures. */
export const TIME_UNITS = new Set(
  words('năm|tháng|ngày|tuần|giờ|phút|giây|quý|thập kỷ|thế kỷ|buổi|đêm|hôm|kỳ|khóa|nhiệm kỳ|tiếng'),
);

/** Approximators that may stand at the start of a figure: "hơn 1.200 hộ dân". */
export const APPROXIMATORS = new Trie(
  words(
    'hơn|gần|khoảng|trên|dưới|chừng|xấp xỉ|ước|ước tính|không quá|không dưới|ít nhất|tối đa|tối thiểu|' +
      'khoảng hơn|gần như|chưa đến|chưa tới|hơn gần|trên dưới|ngót|suýt|tới hơn|khoảng gần',
  ),
);

/**
 * Adjectives that make a following "hơn" comparative ("thấp hơn 1-2 điểm phần trăm": lower by, not
 * "more than"); such a "hơn" is no approximator.
 */
export const COMPARATIVES = new Set(
  words(
    'thấp|cao|nhiều|ít|lớn|nhỏ|dài|ngắn|rẻ|đắt|nhanh|chậm|tốt|kém|mạnh|yếu|sớm|muộn|trễ|xa|rộng|hẹp|' +
      'nặng|nhẹ|sâu|lâu|đông|giàu|nghèo|già|trẻ|khá|đắt đỏ',
  ),
);

/** Words before a number that make it part of a name or code ("Quận 10", "khóa XI", "điều 49"). */
export const CODE_WORDS = new Set(
  words(
    'quận|phường|huyện|xã|khóa|điều|khoản|chương|mục|số|thứ|lần|tổ|ấp|khu|lô|đường|quốc lộ|tỉnh lộ|' +
      'tuyến|lớp|trạm|phòng|kỳ|giai đoạn|đợt|top|nhóm|hạng|cấp|độ|ty|đoàn|ca|bệnh nhân|bn|tập|trang|' +
      'câu|bài|hình|bảng|phụ lục|kênh|cổng|ga|bến|cầu|tòa|block|căn hộ|nhà|hẻm|ngõ|ngách|kiệt|tổ dân phố|' +
      'sân|cảng|bến số|biển số|mã|model|version|phiên bản|series|chuyến|hiệu|dòng|chỉ thị|nghị định|' +
      'quyết định|thông tư|nghị quyết|luật|kết luận|đề án|dự án|chương trình|gói thầu|vòng|bảng|vị trí|' +
      'mức|mức độ|đứng thứ|lượt|năm thứ|tháng thứ|ngày thứ|quý|tháng|ngày|năm|mùng|mồng',
  ),
);

/** Words that mark a day/month number as a date: "chiều 30/10", "ngày 1/10". */
export const DATE_CUES = new Set(
  words('ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|từ|đến|tới|trước|sau|cuối|đầu|giữa|hạn|hết|vào|lúc|tháng'),
);

/**
 * Function words and common verbs: they end a counted noun ("240 được công nhận" is no figure) and
 * stop organisation and role names.
 */
export const STOPWORDS = new Set(
  words(
    'và|là|của|được|bị|có|đã|đang|sẽ|cho|tại|trong|từ|đến|tới|lên|xuống|tăng|giảm|đạt|so|với|như|kiêm|chính là|' +
      'nhưng|thì|mà|này|đó|kia|ấy|khi|để|theo|về|ở|bằng|hơn|vào|ra|chưa|không|cũng|đều|vẫn|còn|' +
      'trên|dưới|gồm|thuộc|cùng|nếu|hay|hoặc|trở|qua|sau|trước|mỗi|các|những|nhiều|ít|rất|quá|lại|' +
      'đi|vừa|mới|chỉ|nay|do|bởi|vì|nên|thế|nào|gì|ai|tham|cần|phải|muốn|nói|cho biết|cho rằng|' +
      'chia sẻ|khẳng định|nhấn mạnh|phát biểu|trình bày|đề nghị|yêu cầu|thông tin|giải thích|cam kết|' +
      'ký|trao|chủ trì|đánh giá|báo cáo|kiến nghị|lưu ý|bày tỏ|cho hay|xác nhận|thừa nhận|tiết lộ|' +
      'thì|mà|nhằm|trong đó|tuy|dù|song|rồi|đây|kể|kèm|từng|luôn|sắp|vốn|tức|hết|gần|khoảng|một|hai|' +
      'ba|bốn|năm|sáu|bảy|tám|chín|mười|người ta|chúng tôi|chúng ta|họ|mình|tôi|bạn|ông|bà|anh|chị|' +
      'cũng như|nữa|đến nay|hiện|hiện nay|tiếp tục|thực hiện|đi kèm|trong khi|ngay|lúc|hồi|mà còn|' +
      'quy định|xem xét|tham gia|phê duyệt|ban hành|phối hợp|làm|làm việc|gửi|nhận|đưa|mở|' +
      'đề xuất|tuyên bố|ghi nhận|kết luận|chỉ đạo|đạt được|dành|chiếm|bao gồm|tương đương|bình quân|' +
      'trung bình|liên quan|xây|rút|nộp|chờ|hoàn tất|vượt|đứng|sử dụng|lập tức|kéo dài|mua|bán|thuê|chi',
  ),
);

/** Nouns that start with a function word: "5 bị can", "18/20 chỉ tiêu", "12 chi bộ". */
export const NOUN_EXCEPTIONS = new Trie(
  words('bị can|bị cáo|bị hại|có công|cho vay|đồng chí|đồng bào|đồng hương|đồng nghiệp|chỉ tiêu|chỉ số|chi bộ|chi nhánh|chi cục|thuê bao|sao'),
);

/** Verbs that are nouns right after a number ("300 kiến nghị", "3 yêu cầu"), verbs after a noun ("12 dự án báo cáo"). */
export const VERB_NOUNS = new Trie(words('kiến nghị|đề xuất|báo cáo|quy định|kết luận|yêu cầu|cam kết|tuyên bố'));

/** Document words that make a following number a code only when capitalised ("Luật 5" vs "kỷ luật 5 đồng chí"). */
export const DOC_CODE_WORDS = new Set(
  words('chỉ thị|nghị định|quyết định|thông tư|nghị quyết|luật|kết luận|đề án|dự án|chương trình'),
);

/** Second syllables that are also function words but continue a capitalised word: "Đăng ký". */
export const CONTINUATION_OK = new Set(words('ký|chi|có|ra|làm'));

/** Verbs that end an apposition role written in lower case ("…, đại diện một doanh nghiệp … chia sẻ"). */
export const REPORT_VERBS = new Trie(
  words(
    'cho biết|cho rằng|cho hay|chia sẻ|nói|khẳng định|nhấn mạnh|phát biểu|trình bày|đề nghị|yêu cầu|' +
      'thông tin|giải thích|cam kết|kiến nghị|lưu ý|bày tỏ|xác nhận|thừa nhận|tiết lộ|đánh giá|báo cáo|' +
      'ký|trao|chủ trì|dự|đã|đang|sẽ|vừa|cũng|từng|mới|và|cùng|là|được|bị|tham dự|nêu|thừa|hướng dẫn|' +
      'lý giải|nhận định|nhận xét|phân tích|khuyến cáo|chỉ rõ|thông báo|trả lời|kể|tâm sự',
  ),
);
