/**
 * Organisations: a head ("Bộ", "UBND", "Thành ủy", "Hội đồng" …) and the name after it, the longest
 * name as written. A head alone is no entity ("Quận ủy", "Hội", "UBND quận" are generic), except the
 * bodies that are their own name ("Chính phủ", "Bộ Chính trị").
 */
import type { BlockCtx } from './context';
import * as headless from './headless';
import * as lexicons from './lexicons';
import * as places from './places';
import * as phrases from './phrases';
import * as textModule from './text';
import { Trie } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { ADMIN_UNITS, DOC_HEADS, HONORIFICS, LONG_NAME_HEADS, LOWERCASE_HEADS, LOWER_NAMED_HEADS, NOT_ORG_AFTER_HEAD, NOT_ORG_ACRONYMS, ORG_ACRONYMS, ORG_NOUNS, PREFIX_HEADS, REPORT_VERBS, SELF_NAMED, STOPWORDS, SURNAMES } = lexicons;
const { COUNTRIES, MAJOR_PLACES, isKnownPlace } = places;
const { SCHOOL_LEVEL_NAMES, namedAfterPerson, numberClosesName, scanComplement, schoolNameAt, taskNameEnd, wordsBeforeName } = phrases;
const { NUM, PUNCT, WORD, foldKey, isVietnameseSyllable } = textModule;
const { headlessBodyAt, listedFirmAt, palaceAt, possessiveAt } = headless;

export interface TokenSpan {
  i: number;
  j: number;
}

function headKey(ctx: BlockCtx, i: number, len: number): string {
  let k = ctx.tokens[i]!.k;
  for (let q = i + 1; q < i + len; q++) k += ' ' + ctx.tokens[q]!.k;
  return k;
}

/** "VPBank", "SeABank", "PetroVietnam": a word with capitals inside it is a brand. */
function camelBrand(s: string): boolean {
  return s.length >= 4 && /^\p{Lu}\p{L}*\p{Ll}/u.test(s) && /^.\p{L}*\p{Lu}/u.test(s) && /\p{Ll}/u.test(s);
}

/** A title-case word that is no Vietnamese syllable and long enough to be a brand ("Agribank"). */
function brandShaped(k: string, title: boolean): boolean {
  return title && k.length >= 5 && !isVietnameseSyllable(k);
}

/** A brand written with capitals inside: "VnExpress", "VietNamNet", "CafeF". */
const CAMEL_BRAND = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** The organisation starting at token i, or null. */
export function orgAt(ctx: BlockCtx, i: number, depth = 0, lowerHead = false): TokenSpan | null {
  const t = ctx.tok(i);
  if (!t || t.kind !== WORD) return null;
  const h = ctx.headLen[i]!;
  if (h === 0) {
    // "IMF", and brand names written in title case ("Agribank", "Vietcombank").
    // The set lookup first: this runs for every word that starts no head. A capitalised word after a
    // camel-case brand makes a longer name, found as such ("VietJet Air").
    if (ORG_ACRONYMS.has(t.k) && (t.acr || brandShaped(t.k, t.title) || (CAMEL_BRAND.test(t.s) && !ctx.tok(i + 1)?.title)) && !NOT_ORG_ACRONYMS.has(t.k) && (!ctx.isPunct(i + 1, '-') || ctx.tokens[i + 1]!.sp)) {
      // "Hyundai Group": a known brand and a company suffix are one name.
      const firm = foreignCompanyAt(ctx, i);
      if (firm) return firm;
      // "Kyodo News": an agency's name and the word that says it is news.
      if (ctx.tok(i + 1)?.title && MEDIA_WORDS.has(ctx.keys[i + 1] ?? '')) return { i, j: i + 2 };
      // "MTTQ Việt Nam", "BHXH Việt Nam": a body's short name and its country.
      return { i, j: i + 1 + countryClosing(ctx, i + 1) };
    }
    return null;
  }
  const key = headKey(ctx, i, h);
  // "98 Chi cục Hải quan": a count of bodies names none of them.
  if (i > 1 && ctx.tokens[i - 1]!.kind === NUM && /^\d{1,3}$/.test(ctx.tokens[i - 1]!.s) && ctx.tokens[i - 1]!.s !== '1' && countBefore(ctx, i - 2)) return null;
  // "dự án Trung tâm thương mại …", "công trình Bệnh viện …": a project or a work to be built is no body.
  if (i > 1 && !ctx.tokens[i - 1]!.cap && PROJECT_WORDS.has(`${ctx.keys[i - 2]} ${ctx.keys[i - 1]}`)) return null;
  // "Cơ quan Công an", "Cơ quan giáo dục": an agency is named by capitals that are no other body's head.
  if (key === 'cơ quan' && (!ctx.tok(i + h)?.cap || ctx.headLen[i + h]! > 0)) return null;
  // "Tòa nhà", "tòa soạn": a building or a newsroom, no court.
  if (key === 'tòa' && COURT_NOT.has(ctx.keyAt(i + 1) ?? '')) return null;
  // "trái phiếu Chính phủ": the government's bonds, no body the text speaks of.
  if (key === 'chính phủ' && i > 1 && ctx.keys[i - 1] === 'phiếu' && (ctx.keys[i - 2] === 'trái' || ctx.keys[i - 2] === 'tín')) return null;
  // "khi Hàn Quốc có Chính phủ mới", "chính phủ khóa tới": a government yet to come is no body the text names.
  if (key === 'chính phủ' && newGovernment(ctx, i + h)) return null;
  // "Ban Giám hiệu", "Ban giám đốc": a body's own board, named only with the body after it.
  if (key === 'ban' && OWN_BOARDS.match(ctx.keys, i + 1) > 0 && !ctx.tok(i + 1 + OWN_BOARDS.match(ctx.keys, i + 1))?.cap) return null;
  // "03/CĐ-UBND": an acronym head glued to a slash or dash is part of a code.
  if (t.acr && !t.sp && i > 0 && (ctx.isPunct(i - 1, '/') || (ctx.isPunct(i - 1, '-') && i > 1 && (ctx.tokens[i - 2]!.acr || ctx.tokens[i - 2]!.kind === NUM)))) return null;
  // "trên ĐH 27%": a school level before a number is no university.
  if ((key === 'đh' || key === 'cđ') && ctx.tok(i + h)?.kind === NUM) return null;
  if (key === 'đảng' && !partyNameAt(ctx, i)) return null;
  if (h === 1 && personNamedAt(ctx, i)) return null;
  // "Vụ De Gea": "vụ" before a foreign name is a case, not a department.
  if (key === 'vụ' && [1, 2].some((d) => ctx.tok(i + d)?.title && !isVietnameseSyllable(ctx.keys[i + d] ?? ''))) return null;
  // "đấu trường AFF Cup", "thị trường Mỹ": "trường" closing a compound word is no school.
  if (key === 'trường' && !t.cap && i > 0 && TRUONG_COMPOUNDS.has(ctx.keys[i - 1] ?? '')) return null;
  // "Trường Hải", "Trường Giang": a capitalised "Trường" before a plain name word is a name's syllable, not a school.
  if (key === 'trường' && t.title && !schoolNameAt(ctx, i + 1)) return null;
  if (placeNamedAt(ctx, i, h)) return null;
  // "FORMAT TOÀN BỘ Ổ CỨNG": a head word in capitals is shouting, not a body — unless it opens the run and a
  // body noun follows ("BỘ Y TẾ KHUYẾN CÁO"), and then the body is those words alone.
  if (t.acr && isVietnameseSyllable(t.k)) return shoutedBodyAt(ctx, i, h);
  // "cơ sở mầm non tư thục Sen Vàng", "trường tiểu học dân lập Đoàn Thị Điểm": who owns it in lower case, then its name.
  const owned = ownedSchoolEnd(ctx, i, h, key);
  if (owned > 0) return { i, j: owned };
  // "chi cục Thuế quận Hoàn Kiếm", "trạm Y tế xã Nghi Phong": a local office in lower case, its field, its unit and place.
  const local = !t.cap && !lowerHead ? localOfficeEnd(ctx, i, h, key) : 0;
  if (local > 0) return { i, j: local };
  // "tỉnh ủy Bình Định": a party committee written in lower case before its place.
  const lowerCommittee = !t.cap && PARTY_COMMITTEES.match(ctx.keys, i) === h && h === 2 && !!ctx.tok(i + h)?.title;
  if (!t.cap && (key === 'đảng' || lowerCommittee || lowerCompanyAt(ctx, i, key, h))) {
    // "đảng Dân chủ", "công ty Chí Linh": a party's or a company's name after a lower-case head.
  } else if (!t.cap && !lowerHead) {
    // "bộ GTVT", "sở GD-ĐT": a lower-case head before an acronym.
    const next = ctx.tok(i + h);
    if (!LOWERCASE_HEADS.has(key) || !next || next.kind !== WORD || !next.acr) return null;
    if (NOT_ORG_ACRONYMS.has(next.k) && next.k !== 'gtvt') return null;

  }
  if (ctx.titleLen[i]! > h) return null;
  const after = ctx.tok(i + h);
  if (after && after.kind === WORD && !after.cap && NOT_ORG_AFTER_HEAD.has(after.k) && h === 1) return null;
  if (key === 'hội' && festivalAt(ctx, i + h)) return null;

  // "Trưởng ban Tổ chức Thành ủy": "Tổ chức" after a lower-case "ban" belongs to that board's name.
  if (key === 'tổ chức' && i > 0 && ctx.keys[i - 1] === 'ban') return null;
  // "Ban tổ chức Trung ương", "Ban tổ chức Tỉnh ủy": the party's organisation board in lower case.
  if (key === 'ban' && ctx.keyAt(i + 1) === 'tổ' && ctx.keyAt(i + 2) === 'chức' && !ctx.tokens[i + 1]!.cap && ctx.tok(i + 3)?.cap) {
    const c = ctx.keyAt(i + 3) === 'trung' ? 2 * Number(ctx.keyAt(i + 4) === 'ương') : PARTY_COMMITTEES.match(ctx.keys, i + 3);
    if (c > 0) return { i, j: scanComplement(ctx, i + 3).end };
  }
  // "Nhóm Al Shabaab", "Lực lượng Bảo vệ Bờ biển Nhật Bản": a group or a force is named by a proper name;
  // "Nhóm 1", "Nhóm thanh niên", "Lực lượng CSGT", "Lực lượng Nga" are a count, a description or any unit.
  if (GROUP_HEADS.has(key) && !groupNamedAt(ctx, i + h, key)) {
    const e = lowerNameBeforeAcronym(ctx, i + h, MAX_GROUP_WORDS);
    return e > i + h && ctx.isWord(i + h) && !ctx.tokens[i + h]!.cap ? { i, j: e } : null;
  }
  // "Trạm thu phí Bến Thủy", "Trạm biến áp Hòa Khánh": a facility, no body.
  // "nút giao Trạm 2": a number names a place, no station's body.
  if (key === 'trạm' && (FACILITIES.match(ctx.keys, i + h) > 0 || ctx.tok(i + h)?.kind === NUM)) return null;
  // "Tạp chí Mỹ Foreign Policy": the magazine's country, then its own name (no Vietnamese name follows).
  if (key === 'tạp chí' && COUNTRIES.match(ctx.keys, i + h) > 0) return null;
  if (PREFIX_HEADS.has(key)) {
    // "Ban Thường vụ Quận ủy", "Thường trực Chính phủ", "Trung ương Hội Khuyến học Việt Nam".
    const inner = depth < 3 ? orgAt(ctx, i + h, depth + 1) : null;
    if (inner && ctx.tokens[i + h]!.cap) return { i, j: inner.j };
    // "Thường trực Tỉnh ủy": the standing body of a committee the article is about, named by its head.
    const bare = ctx.tokens[i + h]?.cap ? PARTY_COMMITTEES.match(ctx.keys, i + h) : 0;
    if (bare > 0 && !ctx.tok(i + h + bare)?.cap) return { i, j: i + h + bare };
    // "Tổ chức Y tế thế giới": a body named "Tổ chức …" mid-sentence (at the start, "Tổ chức" is the verb).
    if (key === 'tổ chức' && !ctx.startsSentence(i) && ctx.tok(i + h)?.title) {
      const c = scanComplement(ctx, i + h);
      if (c.substance && c.end > i + h + 1) return { i, j: c.end };
    }
    if (key !== 'ban thường vụ' && key !== 'ban chấp hành') return null;
  }

  // "Đại sứ quán Việt Nam tại Trung Quốc", "ĐSQ Mỹ", "Đại sứ quán": a mission, its state and where it is.
  if (EMBASSY_HEADS.has(key)) {
    if (!t.cap) return null;
    let j = i + h + COUNTRIES.match(ctx.keys, i + h);
    const at = ctx.keyAt(j) === 'tại' && ctx.tok(j + 1)?.cap ? Math.max(COUNTRIES.match(ctx.keys, j + 1), MAJOR_PLACES.match(ctx.keys, j + 1)) : 0;
    if (at > 0) j += 1 + at;
    // "Đại sứ quán một số nước", "đại sứ quán nước ngoài": missions of many states name no one body.
    if (j === i + h && (PLURALS.has(ctx.keyAt(j) ?? '') || ctx.keyAt(j) === 'nước')) return null;
    return { i, j };
  }
  if (COMPANY_HEADS.has(key)) {
    const e = companyNameEnd(ctx, i, i + h);
    if (e > 0) return { i, j: e };
  }
  // "Hội đồng Bộ trưởng", "Hội đồng Tổng thống": a council named by the office of its members.
  if (key === 'hội đồng' && ctx.tok(i + h)?.cap && ctx.titleLen[i + h]! >= 2) {
    const e = i + h + ctx.titleLen[i + h]!;
    if (!ctx.tok(e)?.cap || ctx.nameEnd[e]! > 0) return { i, j: e };
  }
  // "Chính phủ Tổng thống Juan Manuel Santos": a body that is its own name, then a leader's title.
  if (SELF_NAMED.has(key) && ctx.tok(i + h)?.cap && ctx.titleLen[i + h]! > 0) return { i, j: i + h };
  // "trình Quốc hội Đề án …": a body that is its own name, then a document given to it.
  if (SELF_NAMED.has(key) && ctx.tok(i + h)?.cap && DOC_HEADS.match(ctx.keys, i + h) > 0) return { i, j: i + h };
  // "Tỉnh ủy 2 nhiệm kỳ": a party committee is never named by a number.
  if (ctx.tok(i + h)?.kind === NUM && PARTY_COMMITTEES.match(ctx.keys, i) === h) return null;
  // "Viện Phan Châu Trinh", "Quỹ Lê Văn Tám": an institute or a fund named after a person.
  if (ctx.nameEnd[i + h]! > 0 && namedAfterPerson(ctx, i + h)) return { i, j: ctx.nameEnd[i + h]! };
  const team = numberedTeamEnd(ctx, key, i + h);
  if (team > 0) return { i, j: team };
  // "Tòa án nhân dân cấp cao tại Hà Nội", "VKSND cấp cao tại TP HCM": a high court is named by the city it sits in.
  if (COURT_HEADS.has(key) && t.cap && ctx.keyAt(i + h) === 'cấp' && ctx.keyAt(i + h + 1) === 'cao') return { i, j: highCourtEnd(ctx, i + h + 2) };
  // "Ban Quản lý (BQL) Hoàng thành Thăng Long": the head's own initials in brackets, then the name.
  if (t.cap && h >= 2 && ctx.isPunct(i + h, '(') && ctx.tok(i + h + 1)?.acr && ctx.isPunct(i + h + 2, ')') && initialsOf(ctx, i, i + h) === foldKey(ctx.keys[i + h + 1]!)) {
    const named = scanComplement(ctx, i + h + 3, { longName: true });
    // "(HTX) H’Mông": a name glued to an apostrophe is cut in the middle; leave it whole to the grammar.
    const glued = ctx.tok(named.end);
    if (named.substance && named.end > i + h + 3 && !(glued && glued.kind === PUNCT && !glued.sp && glued.s !== ',' && glued.s !== '.')) return { i, j: named.end };
  }
  // "Văn phòng Chủ tịch nước", "Văn phòng Tổng Bí thư": the office of a head of state or party, named by the title whole.
  const office = key === 'văn phòng' && t.cap && ctx.tok(i + h)?.cap ? ctx.titleLen[i + h]! : 0;
  if (office > 0 && STATE_OFFICES.has(headKey(ctx, i + h, office))) return { i, j: i + h + office };
  // "Đoàn thanh niên" mid-sentence: the Youth Union, named by its head ("Đoàn thanh niên tình nguyện" is a team;
  // "Bí thư Đoàn Thanh niên" names the title's unit, no body).
  if (key === 'đoàn thanh niên' && t.cap && !ctx.startsSentence(i) && !(ctx.isWord(i + h) && !ctx.tokens[i + h]!.cap && !STOPWORDS.has(ctx.keys[i + h]!)) && !inTitle(ctx, i)) return { i, j: i + h };
  const c = scanComplement(ctx, i + h, { councilHead: LOWER_NAMED_HEADS.has(key), longName: LONG_NAME_HEADS.match(ctx.keys, i) === h });
  let j = c.end;
  // "Ban Chỉ đạo quốc gia vận động hiến máu", "Ban Chỉ đạo phòng, chống tham nhũng": a steering board's task in lower case.
  if (key === 'ban chỉ đạo' && t.cap && ctx.isWord(j) && !ctx.tokens[j]!.cap) {
    // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": the task after "về".
    const about = ctx.keyAt(j) === 'về' ? 1 : 0;
    const scope = about > 0 || (j > i + h && lowerRunBefore(ctx, i + h, j));
    const task = taskNameEnd(ctx, j + about, scope);
    if (task > j) return { i, j: task };
  }
  // "trường tiểu học Hoa Sen": after a school level in lower case, the school's name.
  const level = SCHOOL_HEADS.has(key) && !t.cap ? SCHOOL_LEVEL_NAMES.match(ctx.keys, i + h) : 0;
  if (level > 0 && j <= i + h + level && ctx.tok(i + h + level)?.title) {
    const named = scanComplement(ctx, i + h + level);
    if (named.substance) j = named.end;
  }
  // "Trường tiểu học Lương Thế Vinh", "trường Lương Thế Vinh": a school level in lower case (or none after a
  // lower-case head), then the person the school is named after.
  const lowerLevel = SCHOOL_HEADS.has(key) && j <= i + h + 2 && ctx.isWord(i + h) && !ctx.tokens[i + h]!.cap ? SCHOOL_LEVEL_NAMES.match(ctx.keys, i + h) : 0;
  if (lowerLevel > 0 && ctx.nameEnd[i + h + lowerLevel]! > 0) return { i, j: ctx.nameEnd[i + h + lowerLevel]! };
  if (key === 'trường' && !t.cap && ctx.nameEnd[i + h]! > 0) return { i, j: ctx.nameEnd[i + h]! };
  const schoolNamed = level > 0 && j > i + h + level;
  // "Trường THPT Chu Văn An": a school is named after a person.
  if (SCHOOL_HEADS.has(key) && j > i + h && ctx.nameEnd[j]! > 0 && SCHOOL_LEVELS.has(ctx.keys[j - 1] ?? '')) j = ctx.nameEnd[j]!;
  // "Trường THPT chuyên Lê Quý Đôn": a gifted school, "chuyên" before the person it is named after.
  else if (SCHOOL_HEADS.has(key) && j > i + h && ctx.keyAt(j) === 'chuyên' && ctx.nameEnd[j + 1]! > 0 && SCHOOL_LEVELS.has(ctx.keys[j - 1] ?? '')) {
    j = ctx.nameEnd[j + 1]!;
  }
  // "Văn phòng Luật sư Nguyễn Anh": a law office is named after its lawyer.
  if (key === 'văn phòng' && j === i + h + 2 && ctx.keyAt(i + h) === 'luật' && ctx.keyAt(i + h + 1) === 'sư' && ctx.nameEnd[j]! > 0) j = ctx.nameEnd[j]!;
  // "Thượng viện Mỹ", "Nhà Trắng": a foreign house takes a country at most, never the name after it.
  if (FOREIGN_HOUSES.has(key)) j = i + h + COUNTRIES.match(ctx.keys, i + h);
  // "đảng Dân chủ Rosa DeLauro": after a party's first word, a foreign word starts a person's name.
  if (key === 'đảng') for (let q = i + h + 1; q < j; q++) if (ctx.tokens[q]!.title && !isVietnameseSyllable(ctx.keys[q]!)) j = q;
  // "Quốc hội tỉnh" is the province's deputies, not a body: a national body takes no bare unit.
  if (SELF_NAMED.has(key) && j > i + h && ADMIN_UNITS.match(ctx.keys, i + h) === j - i - h) j = i + h;
  // "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào": a national body and its state's full name.
  if (SELF_NAMED.has(key) && j === i + h && ctx.keyAt(j) === 'nước' && ctx.tok(j + 1)?.cap) {
    const state = scanComplement(ctx, j + 1);
    if (state.substance) j = state.end;
  }
  let substance = c.substance || schoolNamed;
  // "Sở Thông tin và truyền thông tỉnh Nghệ An", "Bộ Tài nguyên và môi trường": a second field after "và" in lower case.
  if (t.cap && c.substance) j = secondFieldEnd(ctx, j);
  // "Chính phủ đoàn kết dân tộc (GNA)": a capitalised head, lower-case words and the body's short name in brackets.
  if (j === i + h && t.cap) {
    const e = lowerNameBeforeAcronym(ctx, j);
    if (e > j) {
      j = e;
      substance = true;
    }
  }
  // "Trung tâm lưu trữ quốc gia", "Hội đồng chức danh giáo sư Nhà nước": lower-case words closed by the body's scope.
  if (!substance && t.cap && (LONG_NAME_HEADS.match(ctx.keys, i) === h || SCOPED_HEADS.has(key))) {
    const scoped = scopedNameEnd(ctx, i + h);
    if (scoped > 0) {
      j = scoped;
      substance = true;
    }
  }
  if (!substance && LOWER_NAMED_HEADS.has(key) && !ctx.startsSentence(i)) {
    // "Hội phụ nữ", "Hội người cao tuổi": a mass organisation named in lower case.
    const noun = ORG_NOUNS.match(ctx.keys, i + h);
    const w = ctx.tok(i + h);
    if (noun > 0 && w && !STOPWORDS.has(w.k)) {
      j = i + h + noun;
      substance = true;
    }
  }
  // "Ủy ban về các vấn đề xã hội của Quốc hội": a committee named by its subject in lower case and its owner.
  const about = ABOUT_HEADS.has(key) ? subjectOffset(ctx, i + h) : -1;
  if (about === 0 || (about === 1 && !substance)) {
    let q = i + h + about;
    // Lower-case words first; a place may stand among them ("về người Việt Nam ở nước ngoài").
    while (q < ctx.n && q - i < MAX_SUBJECT_WORDS && ctx.isWord(q) && (q > i + h + about || about === 0 || !ctx.tokens[q]!.cap)) {
      // A field word in lower case (or in the capitalised form's title case) is taken whole: a head inside it is none ("xã hội" is society, no association).
      const field = ctx.tokens[q]!.cap && about > 0 ? 0 : ORG_NOUNS.match(ctx.keys, q);
      if (field > 1) q += field;
      else if (ctx.headLen[q]! === 0 && ctx.nameEnd[q]! === 0 && ctx.keys[q] !== 'của') q++;
      else break;
    }
    const owner = ctx.keyAt(q) === 'của' && ctx.tok(q + 1)?.cap ? ctx.headLen[q + 1]! : 0;
    // A person's name may follow the owner: the committee's head is named after it ("… của Quốc hội Nguyễn Thúy Anh").
    const after = q + 1 + owner;
    if (q > i + h + 1 + about && owner > 0 && SELF_NAMED.has(headKey(ctx, q + 1, owner)) && (!ctx.tok(after)?.cap || ctx.nameEnd[after]! > 0)) return { i, j: after };
    // "Ủy ban Các vấn đề xã hội đã …": with no owner the capitalised form's name is its field words.
    if (about === 0) {
      const fields = fieldWordsEnd(ctx, i + h + 3);
      if (fields > i + h + 3) return { i, j: fields };
    }
  }
  // "quyết định được Tỉnh ủy thông qua": a capitalised party committee alone, no title's body, is the one
  // the article is about ("Bí thư Tỉnh ủy", "các Tỉnh ủy" name none).
  if (!substance && j === i + h && t.title && PARTY_COMMITTEES.match(ctx.keys, i) === h && bareCommitteeStands(ctx, i)) substance = true;
  if (!substance && !SELF_NAMED.has(key)) return null;
  // "các trường CĐ", "10 trường TCCN", "trường Mầm non": a school level alone names a class of schools.
  if (!t.cap && SCHOOL_HEADS.has(key) && SCHOOL_LEVEL_NAMES.match(ctx.keys, i + h) === j - i - h) return null;
  // "bệnh viện tỉnh": a lower-case head and a bare unit is the kind of body, not its name.
  if (!t.cap && j > i + h && ADMIN_UNITS.match(ctx.keys, i + h) === j - i - h) return null;
  // "các công ty Nhật Bản": a lower-case company head and a country or province is no name.
  // "công ty Nhà nước": nor a name word alone.
  // "báo Thanh Niên", "báo Người Lao Động": a paper's name is a noun written in title case, syllable by syllable.
  const paperName = key === 'báo' && titleCase(ctx, i + h, j);
  // "sở Tài chính": a department is named by its field, a name word in title case.
  const department = key === 'sở' && !!ctx.tok(i + h)?.title;
  if (!t.cap && key !== 'đảng' && !lowerCommittee && (COUNTRIES.exact(ctx.keys, i + h, j) || MAJOR_PLACES.exact(ctx.keys, i + h, j) || (ORG_NOUNS.match(ctx.keys, i + h) === j - i - h && ctx.headLen[i + h]! === 0 && !paperName && !department))) return null;
  j = Math.max(j, i + h);
  // "Đội Cảnh sát điều tra tội phạm về ma túy": a police unit's field of crime after "về" (or of order:
  // "Phòng Cảnh sát quản lý hành chính về trật tự xã hội").
  if (ctx.keyAt(j) === 'về' && j >= 2 && ((ctx.keys[j - 2] === 'tội' && ctx.keys[j - 1] === 'phạm') || (ctx.keys[j - 2] === 'hành' && ctx.keys[j - 1] === 'chính'))) {
    // "trật tự, an toàn xã hội": order and safety, the comma between them inside the field.
    const orderAndSafety = ctx.keyAt(j + 1) === 'trật' && ctx.keyAt(j + 2) === 'tự' && ctx.isPunct(j + 3, ',') && CRIME_AREAS.match(ctx.keys, j + 4) === 4 && ctx.keyAt(j + 4) === 'an' ? 7 : 0;
    const area = orderAndSafety || CRIME_AREAS.match(ctx.keys, j + 1);
    if (area > 0) j += 1 + area;
    // "… về ma túy Công an huyện Mường Lát": the police force the unit belongs to, right after, is the name's too.
    const force = area > 0 && ctx.tok(j)?.cap && policeForceAt(ctx, j) ? orgAt(ctx, j, depth + 1) : null;
    if (force) j = force.j;
  }
  // "Tòa án nhân dân cấp cao tại Hà Nội", "VKSND cấp cao tại TP HCM": a high court is named by the city it sits in.
  // "Đội Cảnh sát giao thông số 5", "Trường Tiểu học số 2": a unit numbered after its name.
  if (NUMBERED_HEADS.has(key) && j > i + h && ctx.keyAt(j) === 'số' && ctx.tok(j + 1)?.kind === NUM && /^\d{1,2}$/.test(ctx.tokens[j + 1]!.s)) {
    const after = ctx.tok(j + 2);
    if (!after || after.sp || after.kind !== PUNCT || after.s === ',' || after.s === '.') j += 2;
  }
  // "Đội Cảnh sát 113", "Phòng Cảnh sát 141": a unit numbered right after its name, before a pause, a place or a verb.
  else if (NUMBERED_HEADS.has(key) && j > i + h && ctx.tok(j)?.kind === NUM && ctx.tokens[j]!.sp && /^\d{1,3}$/.test(ctx.tokens[j]!.s) && numberClosesName(ctx, j + 1)) j += 1;
  // "Cục C50", "Nhà máy Z199": a unit's code is a capital letter glued to its number, then the body it belongs to may follow.
  if (j > i + h && ctx.tokens[j - 1]!.cap && ctx.tokens[j - 1]!.s.length === 1 && ctx.tok(j)?.kind === NUM && !ctx.tokens[j]!.sp && /^\d{2,3}$/.test(ctx.tokens[j]!.s)) {
    j += 1;
    // "Cục A62B": a letter glued after the number is the code's too.
    if (ctx.tok(j)?.cap && !ctx.tokens[j]!.sp && ctx.tokens[j]!.s.length === 1) j += 1;
    const parent = ctx.tok(j)?.cap && ctx.tokens[j]!.sp ? scanComplement(ctx, j) : null;
    if (parent?.substance && ctx.headLen[j]! > 0) j = parent.end;
  }
  // "Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam": the short name in brackets, then the country that ends the name.
  if (ctx.isPunct(j, '(') && ctx.tok(j + 1)?.acr && ctx.isPunct(j + 2, ')')) {
    const c = countryClosing(ctx, j + 3);
    if (c > 0) j += 3 + c;
  }
  // "Trung tâm nghiên cứu an ninh Mỹ mới (CNAS)", "Cao ủy Liên hợp quốc về người tị nạn (UNHCR)": lower-case
  // words between a capitalised name and its short name in brackets are the name's (a subject after "về" too).
  if (j > i + h && t.cap && ctx.isWord(j) && !ctx.tokens[j]!.cap) {
    const from = ABOUT_HEADS.has(key) && ctx.keyAt(j) === 'về' ? j + 1 : j;
    const e = lowerNameBeforeAcronym(ctx, from, from > j ? 5 : 2);
    if (e > from && !initialsBefore(ctx, e, ctx.keys[e + 1]!)) j = e;
  }
  // "Ủy ban Quốc hội về An ninh Nội địa", "Trung tâm Nghiên cứu về Biển Đông": the body's subject after "về".
  if (ABOUT_HEADS.has(key) && ctx.keyAt(j) === 'về' && ctx.tok(j + 1)?.cap && DOC_HEADS.match(ctx.keys, j + 1) === 0 && ctx.headLen[j + 1]! === 0) {
    const subject = scanComplement(ctx, j + 1);
    if (subject.substance && !ctx.tok(subject.end)?.cap) j = subject.end;
  }
  // "Ủy ban Quốc phòng và An ninh của Quốc hội": a committee of a body that is its own name.
  if (ctx.keyAt(j) === 'của' && ctx.tok(j + 1)?.cap && !SELF_NAMED.has(key)) {
    const owner = ctx.headLen[j + 1]!;
    const after = j + 1 + owner;
    // "Ủy ban Nông nghiệp của Hạ viện Mỹ": the owner may carry its country.
    const end = after + (FOREIGN_HOUSES.has(headKey(ctx, j + 1, owner)) ? countryClosing(ctx, after) : 0);
    const next = ctx.tok(end);
    if (owner > 0 && SELF_NAMED.has(headKey(ctx, j + 1, owner)) && (!next?.cap || ctx.nameEnd[end]! > 0 || (end > after && !isVietnameseSyllable(next.k)))) return { i, j: end };
  }
  // "Công ty bảo hiểm mà …", "Công ty thực phẩm đến mua …": a company head and lower-case trade words alone is any such firm.
  if (COMPANY_HEADS.has(key) && key !== 'ngân hàng' && j > i + h && lowerRunBefore(ctx, i + h, j)) return null;
  // "lực lượng Cảnh sát giao thông", "Cảnh sát cơ động": a branch of the police named by its field alone is a force
  // (its unit's code in brackets, "Cảnh sát hình sự (PC45)", names the unit).
  if (key === 'cảnh sát' && j > i + h && fieldOnly(ctx, i + h, j) && !(ctx.isPunct(j, '(') && ctx.tok(j + 1)?.acr)) return null;
  // "Tòa án quân sự các cấp", "cán bộ Tòa án quân sự": a military court with no region or "Trung ương" is the class of courts.
  if (COURT_HEADS.has(key) && j === i + h + 2 && ctx.keys[i + h] === 'quân' && ctx.keys[i + h + 1] === 'sự') return null;
  // "báo The Washington Post": a lower-case "báo" is the classifier of a foreign paper's name, as "tờ" is.
  if (key === 'báo' && !t.cap && j > i + h && foreignRun(ctx, i + h, j)) return { i: i + h, j };
  return { i, j };
}

/**
 * Where a committee's subject starts after its head at j: 1 after "về", 0 for the subject written
 * capitalised without it ("Ủy ban Các vấn đề xã hội của Quốc hội"), -1 for none.
 */
function subjectOffset(ctx: BlockCtx, j: number): number {
  if (ctx.keyAt(j) === 'về') return 1;
  return ctx.tok(j)?.title && ctx.keys[j] === 'các' && ctx.keyAt(j + 1) === 'vấn' && ctx.keyAt(j + 2) === 'đề' ? 0 : -1;
}

/** From j: field words, "và" between them ("xã hội", "kinh tế và tài chính"); their end, or j. */
function fieldWordsEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  for (;;) {
    const field = ORG_NOUNS.match(ctx.keys, e);
    if (field === 0) return e;
    e += field;
    const joined = ctx.keyAt(e) === 'và' ? ORG_NOUNS.match(ctx.keys, e + 1) : 0;
    if (joined === 0) return e;
    e += 1;
  }
}

/** Does a title in any case cover token i or end right before it? */
function inTitle(ctx: BlockCtx, i: number): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (ctx.titleLen[i - k]! >= k) return true;
  return false;
}

/** Compass words that name a region after "miền" ("miền Bắc", "miền Nam"). */
const REGION_COMPASS = new Set(['bắc', 'nam', 'trung', 'tây', 'đông']);

/** Are [i, j) field words only ("giao thông", "Cơ động", "đường bộ - đường sắt"): no place, unit, number or owner? */
function fieldOnly(ctx: BlockCtx, i: number, j: number): boolean {
  let q = i;
  while (q < j) {
    const noun = ORG_NOUNS.match(ctx.keys, q);
    if (noun > 0 && q + noun <= j) q += noun;
    else if (q > i && ctx.isPunct(q, '-–')) q++;
    else return false;
  }
  return true;
}

/** Titles whose holder's office is a body of the state or the party ("Văn phòng Chủ tịch nước"). */
const STATE_OFFICES = new Set(['chủ tịch nước', 'tổng bí thư']);

/** Heads besides the long-name ones that a scope may close after lower-case words ("Hội đồng … Nhà nước"). */
const SCOPED_HEADS = new Set(['hội đồng', 'ủy ban']);
/** Scopes that close a name in sentence case: the nation, the state, the centre, the world. */
const NAME_SCOPES = new Trie(['quốc gia', 'nhà nước', 'trung ương', 'quốc tế', 'thế giới', 'toàn cầu']);
const MAX_SCOPED_WORDS = 6;

/**
 * From j right after a capitalised head: up to six lower-case words ("và" between two of them), then a scope in
 * either case that ends the clause's noun ("Trung tâm khí tượng và thủy văn Trung ương"). Its end, or 0.
 */
function scopedNameEnd(ctx: BlockCtx, j: number): number {
  let q = j;
  while (q < ctx.n && q - j < MAX_SCOPED_WORDS) {
    const scope = q > j ? NAME_SCOPES.match(ctx.keys, q) : 0;
    if (scope > 0) {
      const next = ctx.tok(q + scope);
      // "… quốc gia Hàn Quốc", "… quốc tế về …": a name or more words after the scope are left to the grammar.
      return next && next.kind === WORD && ctx.keys[q + scope - 1] !== 'ương' && (next.cap || ORG_NOUNS.match(ctx.keys, q + scope) > 0) ? 0 : q + scope;
    }
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || t.cap || !t.sp) return 0;
    if (t.k === 'và' && q > j && ctx.isWord(q + 1) && !ctx.tokens[q + 1]!.cap && !STOPWORDS.has(ctx.keys[q + 1]!)) {
      q++;
      continue;
    }
    if (STOPWORDS.has(t.k) || REPORT_VERBS.match(ctx.keys, q) > 0 || ctx.titleLen[q]! > 0 || ctx.headLen[q]! > 0 || ADMIN_UNITS.match(ctx.keys, q) > 0) return 0;
    q++;
  }
  return 0;
}

/** Fields of state work a body's name may join with "và" in lower case ("… và truyền thông"); no class of people. */
const SECOND_FIELDS = new Trie(['truyền thông', 'môi trường', 'công nghiệp', 'thể thao', 'du lịch', 'đào tạo', 'xã hội', 'công nghệ', 'phát triển nông thôn', 'đầu tư', 'dịch vụ', 'gia đình', 'vận tải', 'xây dựng', 'kỹ thuật', 'thủy sản', 'thủy lợi', 'lâm nghiệp', 'quốc phòng', 'ngân sách', 'văn hóa', 'giáo dục', 'khoa học', 'thông tin', 'công nghệ thông tin', 'xuất khẩu', 'nhập khẩu']);

/**
 * After a name in sentence case ending at j with a lower-case syllable ("Thông tin"): "và", a field in lower case,
 * and the unit and place the name may close with. Returns the new end, or j.
 */
function secondFieldEnd(ctx: BlockCtx, j: number): number {
  if (ctx.keyAt(j) !== 'và' || !ctx.isWord(j - 1) || ctx.tokens[j - 1]!.cap || !ctx.isWord(j + 1) || ctx.tokens[j + 1]!.cap) return j;
  const field = SECOND_FIELDS.match(ctx.keys, j + 1);
  if (field === 0) return j;
  const e = j + 1 + field;
  const next = ctx.tok(e);
  // The name ends there: a pause, a verb, a place; not more lower-case name words ("… và du lịch sinh thái").
  if (next && next.kind === WORD && !next.cap && ADMIN_UNITS.match(ctx.keys, e) === 0 && ORG_NOUNS.match(ctx.keys, e) > 0) return j;
  if (ADMIN_UNITS.match(ctx.keys, e) > 0 || next?.title) {
    const place = scanComplement(ctx, e);
    if (place.substance && place.end > e) return place.end;
  }
  return e;
}

/** Capitalised words after "Hội" that make it a festival ("Hội Xuân Yên Tử", "Hội Đền Hùng", "Hội Làng Sình"). */
const FESTIVAL_WORDS = new Set(['xuân', 'đền', 'chùa', 'làng', 'đình', 'vật']);

/**
 * "Hội Lim", "Hội Gióng được tổ chức …", "Hội Xuân Yên Tử": after "Hội", a festival word in capitals, or one
 * title-case syllable alone (then a pause, a number, a function word or "ngày") is a festival named by its
 * village — an association is named by a field or its members, two syllables at least ("Hội Nông dân").
 */
function festivalAt(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  if (!t || t.kind !== WORD || !t.title) return false;
  if (FESTIVAL_WORDS.has(t.k)) return true;
  if (!isVietnameseSyllable(t.k) || ctx.headLen[j]! > 0 || ORG_NOUNS.match(ctx.keys, j) > 0 || MAJOR_PLACES.match(ctx.keys, j) > 0) return false;
  const next = ctx.tok(j + 1);
  if (!next || next.kind === PUNCT || next.kind === NUM) return true;
  const pair = `${next.k} ${ctx.keyAt(j + 2) ?? ''}`;
  return next.kind === WORD && (STOPWORDS.has(next.k) || STOPWORDS.has(pair) || next.k === 'ngày') && (!next.cap || next.title);
}

/** Armed services, named by their country ("Hải quân Mỹ", "Không quân Nhân dân Việt Nam"). */
const FORCE_HEADS = new Set(['hải quân', 'không quân', 'lục quân']);

/** A capitalised service at q ("Hải quân"): its length, or 0. No head: "Bộ trưởng Hải quân X" stays a title. */
function forceLen(ctx: BlockCtx, q: number): number {
  return ctx.tok(q)?.title && ctx.isWord(q + 1) && FORCE_HEADS.has(`${ctx.keys[q]} ${ctx.keys[q + 1]}`) ? 2 : 0;
}

/**
 * "Hải quân Mỹ", "Không quân Hải quân Nga", "Hải quân Nhân dân Việt Nam": an armed service is named by its
 * country alone ("Bộ trưởng Hải quân Ray Mabus" names a person after it).
 */
function forceAt(ctx: BlockCtx, i: number): TokenSpan | null {
  let q = i + forceLen(ctx, i);
  if (q === i || ctx.titleLen[i]! > 0) return null;
  q += forceLen(ctx, q);
  if (ctx.keyAt(q) === 'nhân' && ctx.keyAt(q + 1) === 'dân') q += 2;
  const c = ctx.tok(q)?.cap ? COUNTRIES.match(ctx.keys, q) : 0;
  return c > 0 ? { i, j: q + c } : null;
}

/** Heads of groups and forces, which only a proper name (or lower-case words and a short name) names. */
const GROUP_HEADS = new Set(['nhóm', 'lực lượng']);
const MAX_GROUP_WORDS = 8;

/**
 * After "Nhóm" or "Lực lượng" at j: a capitalised word that starts no other body, place or shout, and no
 * acronym of a kind of unit ("Lực lượng CSGT") unless a known body's.
 */
function groupNamedAt(ctx: BlockCtx, j: number, key: string): boolean {
  const n = ctx.tok(j);
  if (!n || n.kind !== WORD || !n.cap || ctx.headLen[j]! > 0 || ctx.titleLen[j]! > 0) return false;
  if (COUNTRIES.match(ctx.keys, j) > 0 || MAJOR_PLACES.match(ctx.keys, j) > 0 || NOT_ORG_ACRONYMS.has(n.k)) return false;
  if (n.acr && (isVietnameseSyllable(n.k) || (key === 'lực lượng' && !ORG_ACRONYMS.has(n.k)))) return false;
  return true;
}

/** Facilities a "Trạm" may name: toll gates, substations, pumps, water works, rest stops, space stations. */
const FACILITIES = new Trie(['thu phí', 'biến áp', 'bơm', 'cấp nước', 'dừng nghỉ', 'xăng', 'sạc', 'trộn', 'phát sóng', 'radar', 'ra đa', 'quan trắc', 'vũ trụ', 'không gian', 'xử lý', 'cân', 'xe buýt']);

/** "mới" closing the clause, or "khóa tới"/"khóa mới", right after a government's head. */
function newGovernment(ctx: BlockCtx, j: number): boolean {
  const k = ctx.keyAt(j);
  if (k === 'khóa') return ctx.keyAt(j + 1) === 'tới' || ctx.keyAt(j + 1) === 'mới';
  if (k !== 'mới') return false;
  const next = ctx.tok(j + 1);
  return !next || next.kind === PUNCT;
}

/** Are [i, j) lower-case words ("quốc gia", "liên ngành")? */
function lowerRunBefore(ctx: BlockCtx, i: number, j: number): boolean {
  for (let q = i; q < j; q++) if (!ctx.isWord(q) || ctx.tokens[q]!.cap) return false;
  return true;
}

/** Lower-case words from j (1–5, no function word, title or verb of speech) right before "(ACR)"; their end or j. */
function lowerNameBeforeAcronym(ctx: BlockCtx, j: number, max = 5): number {
  let q = j;
  while (q < ctx.n && q - j < max && ctx.isWord(q) && !ctx.tokens[q]!.cap && (!STOPWORDS.has(ctx.keys[q]!) || innerConnector(ctx, q, j)) && ctx.titleLen[q]! === 0 && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
  // "… an ninh Mỹ mới (CNAS)": "mới" right before the bracket is the name's adjective, no adverb.
  if (q - j < max && ctx.keys[q] === 'mới' && ctx.isPunct(q + 1, '(')) q++;
  const t = ctx.tok(q + 1);
  return q > j && ctx.isPunct(q, '(') && !!t?.acr && !NOT_ORG_ACRONYMS.has(t.k) && ctx.isPunct(q + 2, ')') ? q : j;
}

/** "về", "và", "của" inside a lower-case name ("… chính sách về phụ nữ và kinh tế (PPWE)"): between two content words. */
function innerConnector(ctx: BlockCtx, q: number, j: number): boolean {
  if (q === j || !NAME_CONNECTORS.has(ctx.keys[q]!)) return false;
  const next = ctx.tok(q + 1);
  return !!next && next.kind === WORD && !next.cap && !STOPWORDS.has(next.k);
}
const NAME_CONNECTORS = new Set(['về', 'và', 'của']);

/** Length of a country at j that ends a name: no capitalised word but a person's name goes on after it. */
function countryClosing(ctx: BlockCtx, j: number): number {
  const c = COUNTRIES.match(ctx.keys, j);
  const next = ctx.tok(j + c);
  // A foreign word after the country starts a person's name ("Hạ viện Mỹ Rick Crawford"); a year after
  // it makes an event of the whole ("Năm APEC Việt Nam 2017").
  if (c === 0 || (next?.cap && ctx.nameEnd[j + c]! === 0 && isVietnameseSyllable(next.k)) || next?.kind === NUM) return 0;
  return c;
}

/** A word of [i, j) has no Vietnamese shape ("The Washington Post"). */
function foreignRun(ctx: BlockCtx, i: number, j: number): boolean {
  for (let q = i; q < j; q++) if (ctx.isWord(q) && !ctx.tokens[q]!.acr && ctx.keys[q] !== 'tp' && !isVietnameseSyllable(ctx.keys[q]!)) return true;
  return false;
}

/** Every word of [i, j) is in title case ("Người Lao Động"), and there are two or more. */
function titleCase(ctx: BlockCtx, i: number, j: number): boolean {
  if (j - i < 2) return false;
  for (let q = i; q < j; q++) if (!ctx.tokens[q]!.title) return false;
  return true;
}

/** A police force a unit named by its field of crime belongs to starts at j ("Công an tỉnh …", "Bộ Công an")? */
function policeForceAt(ctx: BlockCtx, j: number): boolean {
  const k = headKey(ctx, j, ctx.headLen[j]!);
  return k === 'công an' || (k === 'bộ' && ctx.keyAt(j + 1) === 'công' && ctx.keyAt(j + 2) === 'an');
}

/** Fields of crime that name police units ("Cảnh sát điều tra tội phạm về ma túy"). */
const CRIME_AREAS = new Trie(['ma túy', 'trật tự an toàn xã hội', 'an toàn xã hội', 'tham nhũng', 'kinh tế', 'buôn lậu', 'môi trường', 'chức vụ', 'trật tự xã hội', 'ttxh', 'công nghệ cao', 'kinh tế và tham nhũng', 'kinh tế và chức vụ', 'trật tự quản lý kinh tế', 'trật tự quản lý kinh tế và chức vụ', 'sử dụng công nghệ cao']);

/** Bodies named by what they deal with, after "về": committees, councils, research centres and institutes. */
const ABOUT_HEADS = new Set(['ủy ban', 'hội đồng', 'trung tâm', 'viện', 'ban chỉ đạo', 'tiểu ban', 'cao ủy']);
const MAX_SUBJECT_WORDS = 10;

/**
 * "Đảng Dân chủ Tự do Nhật Bản", "đảng Cộng hòa": a party is "Đảng" and a title-case name that is no
 * body, committee, place or acronym ("ban Đảng Trung ương", "Khối Dân – Chính – Đảng TPHCM" are not).
 */
function partyNameAt(ctx: BlockCtx, i: number): boolean {
  const next = ctx.tok(i + 1);
  if (!next || next.kind !== WORD || !next.title || ctx.headLen[i + 1]! > 0 || ctx.titleLen[i + 1]! > 0) return false;
  if (MAJOR_PLACES.match(ctx.keys, i + 1) > 0 || (i > 0 && ctx.isPunct(i - 1, '-–—'))) return false;
  return true;
}

function shoutedBodyAt(ctx: BlockCtx, i: number, h: number): TokenSpan | null {
  const prev = i > 0 ? ctx.tokens[i - 1]! : undefined;
  if (prev && prev.kind === WORD && prev.acr) return null;
  const noun = ORG_NOUNS.match(ctx.keys, i + h);
  return noun > 0 && ctx.tokens[i + h]!.cap ? { i, j: i + h + noun } : null;
}

/**
 * "Đài Loan", "quần đảo Trường Sa", "phố cổ Hội An": a head that is the first syllable of a country or a
 * place — the whole run of title-case words a known place — is no body.
 */
function placeNamedAt(ctx: BlockCtx, i: number, h: number): boolean {
  if (COUNTRIES.match(ctx.keys, i) > h || MAJOR_PLACES.match(ctx.keys, i) > h) return true;
  if (!ctx.tokens[i]!.title) return false;
  let end = i + 1;
  while (end < ctx.n && end - i < 4 && ctx.tokens[end]!.title && ctx.tokens[end]!.sp) end++;
  return end - i >= 2 && isKnownPlace(ctx.keys, i, end);
}

/** Middle names that make "Đoàn …" a person's name: "Đoàn Thị Hoa", "Đoàn Văn Hậu". */
const PERSON_MIDDLES = new Set(['thị', 'văn', 'hữu', 'đức', 'ngọc', 'minh', 'xuân', 'quang', 'trọng', 'duy']);

/**
 * "bà Đoàn Thị Hoa", "anh Hội Văn Nam", "Chủ tịch Đoàn Văn Hậu": a one-word head that starts a person's
 * name — 2–4 title-case Vietnamese syllables, no body noun among them ("chị Hội Phụ nữ"), after an
 * honorific, or a family-name head and a middle name in a run of three or more — is no body.
 */
function personNamedAt(ctx: BlockCtx, i: number): boolean {
  if (!ctx.tokens[i]!.title) return false;
  let end = i + 1;
  while (end < ctx.n && end - i <= 4) {
    const t = ctx.tokens[end]!;
    if (!t.title || !t.sp || !isVietnameseSyllable(t.k) || ctx.headLen[end]! > 0 || ctx.titleLen[end]! > 0) break;
    end++;
  }
  if (end - i < 2 || end - i > 4 || ORG_NOUNS.match(ctx.keys, i + 1) > 0) return false;
  if ((i >= 1 && HONORIFICS.match(ctx.keys, i - 1) === 1) || (i >= 2 && HONORIFICS.match(ctx.keys, i - 2) === 2)) return true;
  // "Tổng Bí thư Trường Chinh": a head that is also a name syllable, one more syllable, then a pause
  // or a function word, right after a capitalised title.
  if (end - i === 2 && NAME_HEADS.has(ctx.keys[i]!) && titleEndsAt(ctx, i) && !isKnownPlace(ctx.keys, i, end)) {
    const next = ctx.tok(end);
    if (!next || next.kind !== WORD || STOPWORDS.has(next.k) || REPORT_VERBS.match(ctx.keys, end) > 0) return true;
  }
  if (end - i >= 3 && SURNAMES.has(ctx.keys[i]!) && PERSON_MIDDLES.has(ctx.keys[i + 1]!)) return true;
  // "… Công ty Cổ phần Hoàng Anh Gia Lai Đoàn Nguyên Đức cho biết": right after a body's capitalised name,
  // a family-name head and two more syllables that speak are its holder ("Đoàn Công Tác cho biết" alone is a body).
  const prev = ctx.tok(i - 1);
  const afterName = !!prev && prev.kind === WORD && prev.title && !STOPWORDS.has(prev.k);
  return afterName && end - i === 3 && NAME_HEADS.has(ctx.keys[i]!) && SURNAMES.has(ctx.keys[i]!) && REPORT_VERBS.match(ctx.keys, end) > 0 && !isKnownPlace(ctx.keys, i + 1, end);
}

/** Heads that are also syllables of people's names ("Trường Chinh", "Đoàn Khuê", "Sở Điềm"). */
const NAME_HEADS = new Set(['trường', 'đoàn', 'sở']);

// Titles written out reach six or seven words ("Phó Chủ tịch Hội đồng quản trị").
const MAX_TITLE_WORDS = 8;

/** Does a capitalised title end right before token i? */
function titleEndsAt(ctx: BlockCtx, i: number): boolean {
  for (let k = 1; k <= MAX_TITLE_WORDS && i - k >= 0; k++) if (ctx.titleLen[i - k] === k && ctx.tokens[i - k]!.cap) return true;
  return false;
}

/**
 * A bare party committee at i stands alone: no title in any case covers it or ends before it ("Bí thư
 * Tỉnh ủy", "Chánh văn phòng Tỉnh ủy"), and a pause or a word that introduces a party is before it
 * ("Ban Tuyên giáo Thành ủy", "các Tỉnh ủy", "quy hoạch Quận ủy" are longer names or any committee).
 */
function bareCommitteeStands(ctx: BlockCtx, i: number): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (ctx.titleLen[i - k]! >= k) return false;
  if (i === 0) return true;
  const prev = ctx.tokens[i - 1]!;
  // After a pause or a word that introduces a party ("được", "của", "với"); "quy hoạch Quận ủy" is the plan of any.
  return prev.kind !== WORD || BEFORE_BODY.has(prev.k);
}
const BEFORE_BODY = new Set(['của', 'được', 'bởi', 'với', 'và', 'ở', 'tại', 'cho', 'từ', 'đến', 'tới', 'theo', 'cùng', 'do', 'là', 'giữa', 'gửi']);

/** "đường Trường Sa", "phố Hội Vũ": after a street word a head is part of the street's name. */
const STREET_WORDS = new Set(['đường', 'phố', 'ngõ', 'hẻm', 'kiệt', 'lộ']);
/** "các Hội Du lịch", "những Tập đoàn Nhà nước": a head after a plural names a class of bodies. */
const PLURAL_CLASS = new Set(['các', 'những']);

/** News words after an agency's name ("Kyodo News"). */
const MEDIA_WORDS = new Set(['news', 'times', 'post', 'press', 'daily', 'herald', 'tribune', 'journal']);
/** Words before a number that make it a count of what follows ("có 98 Chi cục", "với 8 Công an tỉnh"). */
const COUNT_WORDS = new Set(['có', 'gồm', 'với', 'và', 'cùng', 'cả', 'hơn', 'gần', 'khoảng', 'trên']);
/**
 * The word at q before a number makes it a count of the bodies after it: a counting word ("có 98 Chi cục"),
 * a preposition or a verb that hands work to or merges bodies ("sáp nhập 24 BQL", "giao 2 sở"); not a word
 * a number names one thing after ("Kỳ họp 39 Ủy ban …", "quận 5 Công an").
 */
function countBefore(ctx: BlockCtx, q: number): boolean {
  const k = ctx.keys[q] ?? '';
  return COUNT_WORDS.has(k) || COUNT_VERBS.has(k);
}
/** Prepositions and verbs before a count of bodies. */
const COUNT_VERBS = new Set(['nhập', 'lập', 'giao', 'về', 'của', 'tại', 'ở', 'từ', 'cho', 'tới', 'đến', 'thuộc']);

/** Words before a head that make the name a project's ("dự án Bệnh viện Nhi", "công trình Trụ sở …"). */
const PROJECT_WORDS = new Set(['dự án', 'công trình']);
/** Words after "tòa" that make it no court ("tòa nhà", "tòa soạn", "tòa tháp"). */
const COURT_NOT = new Set(['nhà', 'soạn', 'tháp', 'thị', 'lâu']);
/** A body's own boards: "Ban Giám hiệu", "Ban giám đốc", "Ban lãnh đạo". */
const OWN_BOARDS = new Trie(['giám hiệu', 'giám đốc', 'lãnh đạo', 'điều hành']);

/** Syllables that "trường" closes a common word with ("thị trường", "môi trường", "đấu trường"). */
const TRUONG_COMPOUNDS = new Set(['đấu', 'thị', 'môi', 'chiến', 'quảng', 'hiện', 'lập', 'phi', 'trực', 'điện', 'pháp', 'ngư', 'nông', 'lâm', 'từ', 'sa', 'xưởng', 'công', 'phim']);

/** Schools, and the level words after which a person's name is the school's name. */
const SCHOOL_HEADS = new Set(['trường', 'trường đại học', 'đại học', 'học viện']);
// "Chuyên" capitalised ends the level of a gifted school ("Trường THPT Chuyên Lê Quý Đôn"); boarding schools for ethnic minorities are "PTDTNT".
/** Heads of local state offices that news writes in lower case before their field ("chi cục Thuế", "trạm Y tế"). */
const LOCAL_OFFICE_HEADS = new Set(['phòng', 'trạm', 'chi cục', 'cục', 'hạt kiểm lâm', 'ban', 'văn phòng', 'đội', 'tòa án nhân dân', 'viện kiểm sát nhân dân', 'trạm y tế', 'chi nhánh']);
const FIELDLESS_OFFICES = new Set(['tòa án nhân dân', 'viện kiểm sát nhân dân', 'trạm y tế', 'hạt kiểm lâm']);

/**
 * A lower-case local office head, then a field in capitals, then an administrative unit and its place that end the
 * name ("phòng Tài chính - Kế hoạch huyện Yên Thành"; "tòa án nhân dân huyện Thạch Hà" needs no field): its end, or 0.
 */
function localOfficeEnd(ctx: BlockCtx, i: number, h: number, key: string): number {
  if (!LOCAL_OFFICE_HEADS.has(key) || (i > 0 && PLURALS.has(ctx.keys[i - 1] ?? ''))) return 0;
  // "bộ đội", "biên phòng", "văn phòng": the syllable closes a word before it ("cán bộ phòng …" is the office's staff).
  if (h === 1 && i > 0 && UNIT_COMPOUNDS.has(ctx.keys[i - 1] ?? '') && !(ctx.keys[i - 1] === 'bộ' && ctx.keyAt(i - 2) === 'cán')) return 0;
  const next = ctx.tok(i + h);
  if (!next || next.kind !== WORD) return 0;
  const fieldless = FIELDLESS_OFFICES.has(key);
  if (!fieldless && (!next.title || !isVietnameseSyllable(next.k) || ctx.nameEnd[i + h]! > 0 || ctx.headLen[i + h]! > 0)) return 0;
  const c = scanComplement(ctx, i + h);
  if (!c.substance) return 0;
  // The name ends with a unit in lower case and its place ("huyện Yên Thành", "xã Nghi Phong").
  for (let q = c.end - 2; q > i + h - (fieldless ? 1 : 0); q--) {
    const unit = ctx.tokens[q]!.cap ? 0 : ADMIN_UNITS.match(ctx.keys, q);
    if (unit > 0 && q + unit < c.end && ctx.tokens[q + unit]!.cap) return c.end;
  }
  return 0;
}

/** Kindergartens named by "cơ sở" ("cơ sở mầm non Sen Vàng"), and the ownership a school's or kindergarten's name may carry. */
const KINDERGARTEN_HEADS = new Set(['cơ sở mầm non', 'cơ sở giáo dục mầm non']);
const SCHOOL_OWNERSHIP = new Trie(['tư thục', 'dân lập', 'công lập', 'bán công', 'độc lập tư thục']);

/**
 * A kindergarten ("cơ sở mầm non [tư thục] Sen Vàng") or a school whose level is followed by its ownership
 * ("trường mầm non tư thục Hoa Mai"), then a name in title case: its end, or 0.
 */
function ownedSchoolEnd(ctx: BlockCtx, i: number, h: number, key: string): number {
  let q = i + h;
  if (!KINDERGARTEN_HEADS.has(key)) {
    if (!SCHOOL_HEADS.has(key)) return 0;
    const level = SCHOOL_LEVEL_NAMES.match(ctx.keys, q);
    if (level === 0 || ctx.tokens[q]!.cap) return 0;
    q += level;
    if (SCHOOL_OWNERSHIP.match(ctx.keys, q) === 0) return 0;
  }
  const own = ctx.isWord(q) && !ctx.tokens[q]!.cap ? SCHOOL_OWNERSHIP.match(ctx.keys, q) : 0;
  q += own;
  const name = ctx.tok(q);
  // "cơ sở Mầm non S. V.": an initial is a name cut short, no name to mark.
  if (!name || name.kind !== WORD || !name.title || name.s.length < 2 || STOPWORDS.has(name.k)) return 0;
  if (ctx.nameEnd[q]! > 0) return ctx.nameEnd[q]!;
  if (ctx.headLen[q]! > 0) return 0;
  const c = scanComplement(ctx, q);
  return c.substance && c.end > q ? c.end : 0;
}

const SCHOOL_LEVELS = new Set(['thpt', 'thcs', 'th', 'pthh', 'ptth', 'ptcs', 'học', 'non', 'đẳng', 'đh', 'cđ', 'trung', 'tccn', 'tc', 'chuyên', 'ptdtnt', 'dtnt']);


/** Houses and seats of foreign governments, named by their head alone. */
const FOREIGN_HOUSES = new Set(['thượng viện', 'hạ viện', 'nhà trắng', 'lầu năm góc', 'điện kremlin']);

/** Party committees named by their head alone ("Tỉnh ủy"): only after a prefix head. */
const PARTY_COMMITTEES = new Trie(['tỉnh ủy', 'thành ủy', 'quận ủy', 'huyện ủy', 'thị ủy', 'đảng ủy', 'quân ủy trung ương']);

/** Company heads that name a company in lower case too ("công ty Chí Linh", "tập đoàn BRG"). */
const LOWER_COMPANY_HEADS = new Set(['công ty', 'tập đoàn', 'tổng công ty', 'báo', 'bệnh viện', 'phòng khám', 'trường', 'trường đại học', 'xí nghiệp', 'hợp tác xã']);
/** Heads of units, police, universities and unions that take a name in lower case too ("đội Cảnh sát hình sự", "công đoàn Công ty …"). */
const LOWER_UNIT_HEADS = new Set(['đội', 'phòng', 'hội', 'công an', 'đại học', 'sở', 'công đoàn']);
/** Syllables that "đội", "phòng" or "hội" closes a word with ("bộ đội", "biên phòng", "xã hội", "cơ hội"). */
const UNIT_COMPOUNDS = new Set(['xã', 'cơ', 'trụ', 'đại', 'lễ', 'hiệp', 'giáo', 'hạm', 'bộ', 'quân', 'đồng', 'tiểu', 'trung', 'đại', 'liên', 'biên', 'quốc', 'văn', 'dự', 'đề', 'nhà', 'buồng', 'giải', 'tự', 'phòng', 'đối', 'hàng', 'đặt']);
/** Words before a head that make it a class of bodies ("các công ty Nhật Bản"). */
const PLURALS = new Set(['các', 'những', 'nhiều', 'một', 'mọi', 'hai', 'ba', 'vài']);

/** Words before a lower-case "báo" that make it a newspaper ("theo báo Dân Việt"), not "cảnh báo", "nhà báo". */
const BEFORE_PAPER = new Set(['tờ', 'theo', 'trên', 'của', 'với', 'và', 'cho', 'tại', 'từ', 'ở', 'vào', 'đến', 'thuộc', 'học', 'viên', 'được', 'là', 'cùng']);

function lowerCompanyAt(ctx: BlockCtx, i: number, key: string, h: number): boolean {
  if (i > 0 && PLURALS.has(ctx.keys[i - 1] ?? '')) return false;
  if (LOWER_UNIT_HEADS.has(key)) {
    // "bộ đội Biên phòng", "quốc phòng", "văn phòng": the syllable closes a word, it heads no unit.
    // ("cán bộ phòng Cảnh sát …": "bộ" closes a word with "đội" only.)
    if (h === 1 && i > 0 && UNIT_COMPOUNDS.has(ctx.keys[i - 1] ?? '') && (ctx.keys[i - 1] !== 'bộ' || key === 'đội' || ctx.keyAt(i - 2) !== 'cán')) return false;
    const unit = key === 'công an' ? ADMIN_UNITS.match(ctx.keys, i + h) : 0;
    // "công an huyện Mỹ Hào": the police of a named place; "đại học Harvard": a school's name.
    // "công an TP. Hải Phòng": the city's abbreviation and its full stop before the name.
    const stop = unit > 0 && ctx.keys[i + h] === 'tp' && ctx.isPunct(i + h + unit, '.') && !ctx.tokens[i + h + unit]!.sp ? 1 : 0;
    if (key === 'công an') return unit > 0 && !!ctx.tok(i + h + unit + stop)?.title;
    if (key === 'đại học') return !!ctx.tok(i + h)?.title;
    // "sở Xây dựng", "sở Tài chính": a department's name in title case after a lower-case "sở".
    if (key === 'sở') return !!ctx.tok(i + h)?.title && ctx.nameEnd[i + h]! === 0 && !isKnownPlace(ctx.keys, i + h, i + h + 2);
    // "đội Cảnh sát hình sự", "phòng Giáo dục - Đào tạo", "hội Nông dân": a unit's name is a body's head, a
    // name word or an acronym (a team's name, "đội U19", is another matter).
    const next = ctx.tok(i + h);
    return !!next && next.kind === WORD && next.cap && next.s.length > 1 && (ctx.headLen[i + h]! > 0 || ORG_NOUNS.match(ctx.keys, i + h) > 0 || next.acr);
  }
  // "ngân hàng Agribank", "ngân hàng Goldman Sachs": a lower-case "ngân hàng" before a bank's brand is part of its
  // name ("ngân hàng Việt Nam", "ngân hàng Nga" name none).
  if (key === 'ngân hàng') {
    const brand = ctx.tok(i + h);
    return !!brand && brand.kind === WORD && (brandShaped(brand.k, brand.title) || camelBrand(brand.s)) && !NOT_ORG_ACRONYMS.has(brand.k);
  }
  if (!LOWER_COMPANY_HEADS.has(key)) return false;
  // "cảnh báo", "thị trường", "môi trường": only after a preposition is the syllable a body's head.
  // After a capitalised title it is the body the title heads ("Hiệu trưởng trường Mầm non …").
  // "trường mầm non Sen Vàng", "trường tiểu học Nam Trung Yên": a school level, then the school's name.
  const level = key === 'trường' ? SCHOOL_LEVEL_NAMES.match(ctx.keys, i + h) : 0;
  if (level > 0 && ctx.tok(i + h + level)?.title) return true;
  // "trường Đại học Sân khấu Điện ảnh": the university's own capitalised name after a lower-case "trường".
  if (key === 'trường đại học' && ctx.tokens[i + 1]!.cap && !!ctx.tok(i + h)?.title) return true;
  if ((key === 'báo' || key === 'trường') && !(i > 0 && (BEFORE_PAPER.has(ctx.keys[i - 1] ?? '') || ctx.tokens[i - 1]!.kind === PUNCT || titleEndsAt(ctx, i)))) return false;
  const next = ctx.tok(i + h);
  // "bệnh viện đa khoa huyện Thạch Thất": a hospital's descriptive name in lower case (the name grammar decides).
  if ((key === 'bệnh viện' || key === 'phòng khám') && next && next.kind === WORD && !next.cap) return true;
  return !!next && next.kind === WORD && (next.title || (LEGAL_FORMS.match(ctx.keys, i + h) > 0 && !!ctx.tok(i + h + LEGAL_FORMS.match(ctx.keys, i + h))?.cap));
}

/** Diplomatic missions: named by their state and the place they are in, or by their head alone. */
const EMBASSY_HEADS = new Set(['đại sứ quán', 'đsq', 'tổng lãnh sự quán', 'lãnh sự quán']);

/** Heads of companies: a legal form and a trade name in any case may follow ("Công ty Cổ phần gỗ MDF Nghệ An"). */
const COMPANY_HEADS = new Set(['công ty', 'tổng công ty', 'cty', 'tcty', 'ctcp', 'tập đoàn', 'ngân hàng', 'xí nghiệp', 'hợp tác xã']);
const LEGAL_FORMS = new Trie(['cổ phần', 'tnhh', 'trách nhiệm hữu hạn', 'cp', 'tnhh mtv', 'tnhh một thành viên', 'một thành viên', 'thương mại cổ phần', 'tmcp']);
const MAX_TRADE_WORDS = 9;

/**
 * A company's name: an optional legal form ("Cổ phần", "TNHH"), then up to eight lower-case trade words
 * (no function word but "và", verb of speech or title) that must end in a capitalised name, an acronym or a
 * number ("xây dựng công trình giao thông 4", "gỗ MDF Nghệ An", "thương mại và dịch vụ ABC"); or a
 * capitalised name at once. Returns the end, or 0 when no name follows (a bare "Công ty Cổ phần" is generic).
 */
function companyNameEnd(ctx: BlockCtx, i: number, j0: number): number {
  // After a title, a person's name after the company is the holder's ("Giám đốc Công ty X Nguyễn Văn A").
  const titled = titleEndsAt(ctx, i);
  // "Công ty Cao Hưng Thịnh", "công ty Cao Hưng Thịnh": a company head and a name-shaped run at once, no title
  // in any case before it ("giám đốc công ty Nguyễn Văn A" names the holder).
  if (ctx.nameEnd[j0]! > 0 && !titled && !(i >= 2 && ctx.titleLen[i - 2] === 2) && !(i >= 1 && ctx.titleLen[i - 1] === 1)) return ctx.nameEnd[j0]!;
  let j = j0 + LEGAL_FORMS.match(ctx.keys, j0);
  const tradeStart = j;
  while (j < ctx.n && j - tradeStart < MAX_TRADE_WORDS) {
    const t = ctx.tokens[j]!;
    // "xây dựng" is a trade, though "xây" alone is a verb.
    if (t.k === 'xây' && ctx.keyAt(j + 1) === 'dựng') {
      j += 2;
      continue;
    }
    // "thương mại và dịch vụ": two trades joined by "và", both in lower case.
    if (t.k === 'và' && j > tradeStart && ctx.isWord(j + 1) && !ctx.tokens[j + 1]!.cap && !STOPWORDS.has(ctx.keys[j + 1]!)) {
      j++;
      continue;
    }
    if (t.kind !== WORD || t.cap || STOPWORDS.has(t.k) || ctx.titleLen[j]! > 0 || REPORT_VERBS.match(ctx.keys, j) > 0) break;
    j++;
  }
  const t = ctx.tok(j);
  if (!t) return 0;
  if (t.kind === NUM && /^\d+$/.test(t.s) && j > tradeStart) return j + 1;
  if (t.kind !== WORD || !t.cap) return 0;
  if (j === j0) return 0; // no legal form and no trade words: the ordinary grammar names it
  // "Công ty xổ số kiến thiết miền Bắc phát hành …": "miền" and a compass word close the trade words as a region.
  if (ctx.keys[j - 1] === 'miền' && t.title && REGION_COMPASS.has(t.k)) return j + 1;
  // "Xí nghiệp đóng tàu Công ty …": another body's head after the trade words starts that body
  // (not "ô tô Trường Hải": "Trường" before a plain name word is the name's syllable).
  if (j > tradeStart && ctx.headLen[j]! > 0 && !(t.title && ctx.keys[j] === 'trường' && !schoolNameAt(ctx, j + 1))) return 0;
  // "Công ty cổ phần Cao Hưng Thịnh", "công ty TNHH Nguyễn Hoàng": after a legal form or trade words a
  // name-shaped run is the company's name, whoever it may be named after.
  if (ctx.nameEnd[j]! > 0) return ctx.nameEnd[j]!;
  // "Công ty TNHH Khai thác vàng Bồng Miêu": a trade name in sentence case right after the legal form may run on
  // in lower case up to a place or a proper name, as other long names do (not after lower-case trade words:
  // "Công ty CP gốm sứ Bát Tràng đột ngột đóng cửa …" has its name already).
  const c = scanComplement(ctx, j, { longName: j === tradeStart && j > j0 });
  if (!c.substance) return 0;
  // "Công ty cổ phần Đầu tư Mai Linh": two name-shaped syllables after the trade name end it (a holder's
  // name has three, and follows a title).
  const e = ctx.nameEnd[c.end]!;
  if (e === c.end + 2 && (!titled || holderNamedBefore(ctx, i))) return e;
  return c.end;
}

/**
 * "Ông Trần Văn M, Giám đốc Công ty …", "ông M là Giám đốc Công ty …": the title before token i stands after its
 * holder's name (a comma or "là" between), so a name after the body is the body's, not the holder's.
 */
function holderNamedBefore(ctx: BlockCtx, i: number): boolean {
  let s = -1;
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (ctx.titleLen[i - k] === k) s = i - k;
  if (s < 2 || !(ctx.isPunct(s - 1, ',') || ctx.keys[s - 1] === 'là')) return false;
  for (let p = s - 2; p >= 0 && p >= s - 5; p--) if (ctx.nameEnd[p] === s - 1) return true;
  // "ông Tuấn là …": an honorific and a given name alone.
  return s >= 3 && !!ctx.tokens[s - 2]!.title && HONORIFICS.match(ctx.keys, s - 3) === 1;
}

/** After "cấp cao": "tại" and the city the court sits in ("tại TP. Đà Nẵng"), else nothing more. */
function highCourtEnd(ctx: BlockCtx, j: number): number {
  if (ctx.keyAt(j) !== 'tại') return j;
  let p = j + 1;
  if (ctx.keyAt(p) === 'tp') p += ctx.isPunct(p + 1, '.') ? 2 : 1;
  const city = ctx.keyAt(p) === 'hcm' || ctx.keyAt(p) === 'tphcm' ? 1 : MAJOR_PLACES.match(ctx.keys, p);
  return city > 0 && ctx.tokens[p]!.cap ? p + city : j;
}

/** Courts and procuracies, which "cấp cao tại" + a city names. */
const COURT_HEADS = new Set(['tòa án', 'tòa án nhân dân', 'tand', 'viện kiểm sát', 'viện kiểm sát nhân dân', 'vksnd', 'tòa']);

/** Units numbered after a name in capitals ("Đội Cảnh sát giao thông số 5", "Trường Tiểu học số 2"). */
const NUMBERED_HEADS = new Set(['đội', 'tổ', 'đoàn', 'trạm', 'đồn', 'trường', 'phòng', 'nhóm']);

/** "Đoàn kiểm tra số 471", "Tổ công tác số 3": a team named by its number. */
const TEAM_HEADS = new Set(['đoàn', 'tổ', 'tổ công tác', 'đội', 'nhóm']);

function numberedTeamEnd(ctx: BlockCtx, key: string, j0: number): number {
  if (!TEAM_HEADS.has(key)) return 0;
  // "Tổ công tác của Thủ tướng": a working group named by whom it serves.
  if (key === 'tổ công tác' && ctx.keyAt(j0) === 'của' && ctx.tok(j0 + 1)?.cap) {
    const owner = orgAt(ctx, j0 + 1);
    if (owner) return owner.j;
    const tl = ctx.titleLen[j0 + 1]!;
    if (tl > 0 && ctx.nameEnd[j0 + 1 + tl]! === 0) return j0 + 1 + tl;
  }
  let j = j0;
  // "Đội CSGT số 3": lower-case words or an acronym before "số".
  while (j < ctx.n && j - j0 < 3 && ctx.isWord(j) && (!ctx.tokens[j]!.cap || ctx.tokens[j]!.acr) && ctx.keys[j] !== 'số') j++;
  if (ctx.keyAt(j) !== 'số' || ctx.tok(j + 1)?.kind !== NUM) return 0;
  return j + 2;
}

/** Boards at the end of a title: the company after them is the organisation. */
const TITLE_BOARDS = new Trie(['hđqt', 'hđtv', 'hội đồng quản trị', 'hội đồng thành viên']);

export function findOrganizations(ctx: BlockCtx): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  let afterTitle = -1;
  while (i < ctx.n) {
    const title = ctx.isWord(i) ? ctx.titleLen[i]! : 0;
    const head = ctx.isWord(i) ? ctx.headLen[i]! : 0;
    if (title > head) {
      // Skip the title, but not a capitalised head at its end ("Phó trưởng Ban Tổ chức …").
      // A board the title names ("Chủ tịch HĐQT Tập đoàn …") belongs to the title.
      let q = i + 1;
      while (q < i + title && !(ctx.tokens[q]!.cap && !PREFIX_HEADS.has(ctx.tokens[q]!.k + ' ' + (ctx.keyAt(q + 1) ?? '')) && TITLE_BOARDS.match(ctx.keys, q) === 0 && orgAt(ctx, q))) q++;
      i = q;
      afterTitle = q;
      continue;
    }
    // Only a head or a capitalised word (an acronym, a brand, a site) may start a body.
    if (head === 0 && !(ctx.tokens[i]!.cap && ctx.tokens[i]!.kind === WORD)) {
      i++;
      continue;
    }
    // "phường Trường Thi", "xã Đội Bình": after a unit word a head is part of a place's name.
    const prevUnit =
      i > 0 &&
      !ctx.tokens[i - 1]!.cap &&
      (ADMIN_UNITS.exact(ctx.keys, i - 1, i) || (i > 1 && ADMIN_UNITS.exact(ctx.keys, i - 2, i)) || STREET_WORDS.has(ctx.keys[i - 1] ?? '') || PLURAL_CLASS.has(ctx.keys[i - 1] ?? ''));
    const span = prevUnit || insideName(ctx, i) ? null : (orgAt(ctx, i) ?? forceAt(ctx, i) ?? siteAt(ctx, i) ?? paperAt(ctx, i) ?? foreignCompanyAt(ctx, i) ?? foreignPaperAt(ctx, i) ?? officeAt(ctx, i) ?? headlessBodyAt(ctx, i) ?? palaceAt(ctx, i) ?? listedFirmAt(ctx, i));
    if (span && isCredit(ctx, span)) {
      i = span.j;
      continue;
    }
    if (span) {
      // Title + body + name: lower-case words up to the name are the body's ("… thị trường nông sản").
      if (i === afterTitle) span.j = wordsBeforeName(ctx, span.j) || span.j;
      span.j = abbreviationStop(ctx, span.j);
      span.j = gluedEnd(ctx, span.j);
      // "hãng kiểm toán Ernst & Young (E&Y)": foreign words joined by an ampersand are one name.
      if (ctx.isPunct(span.j, '&')) span.j = Math.max(span.j, headlessBodyAt(ctx, span.i)?.j ?? 0);
      // "hãng Moody's": an English possessive belongs to the firm's name.
      if (!ctx.tokens[span.j - 1]!.acr && !isVietnameseSyllable(ctx.keys[span.j - 1] ?? '')) span.j += possessiveAt(ctx, span.j);
      out.push(span);
      i = span.j;
    } else {
      i++;
    }
  }
  return addLongForms(ctx, out);
}

/**
 * "tổ chức khủng bố tự xưng Nhà nước Hồi giáo (IS)": a known body's short name in brackets after a run in
 * sentence case that no rule took — the run, from its first capital after two lower-case words or a pause,
 * is the body's long name. Returns the spans with those runs added, in order.
 */
function addLongForms(ctx: BlockCtx, spans: TokenSpan[]): TokenSpan[] {
  // Most blocks have no bracket at all: one native search instead of a walk over their tokens.
  if (!ctx.text.includes('(')) return spans;
  let added: TokenSpan[] | null = null;
  const tokens = ctx.tokens;
  for (let q = 2; q + 2 < ctx.n; q++) {
    // Plain field reads first: this runs over every token of every block.
    const open = tokens[q]!;
    if (open.kind !== PUNCT || open.s !== '(') continue;
    const acr = tokens[q + 1]!;
    if (!acr.acr || !ctx.isPunct(q + 2, ')')) continue;
    if (!ORG_ACRONYMS.has(acr.k) || spans.some((o) => o.i < q && o.j >= q)) continue;
    let start = q;
    // Back over capitalised words and the lower-case syllable each may carry ("Nhà nước Hồi giáo").
    while (start > 0 && ctx.isWord(start - 1) && (ctx.tokens[start - 1]!.cap || (start >= 2 && ctx.tokens[start - 2]!.title && ctx.isWord(start - 2)))) {
      start -= ctx.tokens[start - 1]!.cap ? 1 : 2;
    }
    // "Nga cách Nhà nước Hồi giáo (IS)": a place and a word of the clause before the name are not in it.
    const place = MAJOR_PLACES.match(ctx.keys, start);
    if (place > 0 && start + place < q) start += place + (ctx.tokens[start + place]!.cap ? 0 : 1);
    if (q - start < 2 || !ctx.tokens[start]!.title || ctx.startsSentence(start) || ctx.nameEnd[start]! > 0) continue;
    // "tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)": "tổ chức" right before the name is its first word.
    if (start >= 2 && ctx.keys[start - 2] === 'tổ' && ctx.keys[start - 1] === 'chức') start -= 2;
    if (COUNTRIES.exact(ctx.keys, start, q) || MAJOR_PLACES.exact(ctx.keys, start, q) || ctx.titleLen[start]! > 0) continue;
    (added ??= []).push({ i: start, j: q });
  }
  return added ? [...spans, ...added].sort((x, y) => x.i - y.i) : spans;
}

const CREDIT_WORDS = new Set(['ảnh', 'nguồn', 'họa', 'video', 'clip']);

/**
 * A photo credit or byline, not a body the text speaks of: "(Ảnh: Thống Nhất/TTXVN)", "Ảnh: Báo
 * Lào Cai", "Nguồn: Reuters", "Ngọc Hân/VOV", "Đức Dũng (TTXVN)" closing the text.
 */
function isCredit(ctx: BlockCtx, span: TokenSpan): boolean {
  let q = span.i - 1;
  if (q >= 0 && ctx.isPunct(q, '/-–')) {
    // A photographer's name or another agency before the slash or dash ("AFP/TTXVN").
    q--;
    let k = 0;
    while (q >= 0 && k < 4 && ctx.tokens[q]!.kind === WORD && ctx.tokens[q]!.cap) {
      q--;
      k++;
    }
    if (k > 0 && ctx.isPunct(span.i - 1, '/')) return true;
  }
  if (q >= 0 && ctx.isPunct(q, ':')) q--;
  if (q >= 0 && CREDIT_WORDS.has(ctx.keys[q] ?? '')) return true;
  // "(Theo Reuters, BBC)": the sources a text was compiled from, in brackets after "Theo".
  for (let k = span.i - 1; k >= 1 && span.i - k <= 8; k--) {
    const t = ctx.tokens[k]!;
    if (t.k === 'theo' && ctx.isPunct(k - 1, '(')) return true;
    if (!(t.cap || ctx.isPunct(k, ',') || t.k === 'và')) break;
  }
  // "… ngự trị trên đỉnh. Theo VnExpress": the source named after "Theo" at the very end of the block signs the text.
  // "… khoản vay. VnExpress", "… xứ Wales: VnExpress": a name standing alone after the last full stop or colon too.
  if (span.i >= 1 && ((ctx.keys[span.i - 1] === 'theo' && ctx.tokens[span.i - 1]!.title) || ctx.isPunct(span.i - 1, '.:')) && closesBlock(ctx, span.j)) return true;
  // "TTXVN/Tin Tức": an agency and an outlet joined by a slash sign a text.
  if (ctx.isPunct(span.j, '/') && ctx.tok(span.j + 1)?.cap) return true;
  // "(TTXVN)" closing the block after a name: the author's agency.
  return span.i >= 2 && ctx.isPunct(span.i - 1, '(') && ctx.isPunct(span.j, ')') && span.j + 1 >= ctx.n && ctx.tokens[span.i - 2]!.title;
}

/** Nothing but punctuation from j to the end of the block. */
function closesBlock(ctx: BlockCtx, j: number): boolean {
  for (let q = j; q < ctx.n; q++) if (ctx.tokens[q]!.kind !== PUNCT) return false;
  return true;
}

/**
 * A head that is a syllable of another name: "Tây Ban Nha" (a country that starts before it), "Lưu Sở
 * Điềm" (a one-syllable head right after a family name is a person's middle name).
 */
function insideName(ctx: BlockCtx, i: number): boolean {
  for (let k = 1; k <= 2 && i - k >= 0; k++) if (MAJOR_PLACES.match(ctx.keys, i - k) > k) return true; // "Hải Phòng", "Tây Ban Nha"
  const prev = i > 0 ? ctx.tokens[i - 1]! : undefined;
  return !!prev && prev.title && ctx.headLen[i] === 1 && SURNAMES.has(prev.k) && ctx.tokens[i]!.sp && !ctx.tokens[i]!.acr;
}

/** Run of title-case words or acronyms from i, apart from each other, at most `max`. */
function capRunEnd(ctx: BlockCtx, i: number, max: number): number {
  let e = i;
  while (e < ctx.n && e - i < max && ctx.tokens[e]!.kind === WORD && ctx.tokens[e]!.cap && (e === i || ctx.tokens[e]!.sp) && ctx.nameEnd[e]! === 0) e++;
  return e;
}

/** Classifiers before a company's or a paper's name: "hãng Boeing", "hãng tin Reuters", "nhà mạng Viettel". */
const CLASSIFIERS = new Trie(['tờ', 'hãng', 'hãng tin', 'hãng thông tấn', 'hãng xe', 'hãng hàng không', 'hãng phim', 'hãng bay', 'nhà mạng']);

/** Media words before a paper's, a channel's or a broadcaster's foreign or acronym name. */
const MEDIA_CLASSIFIERS = new Trie(['nhật báo', 'tuần báo', 'tạp chí', 'đài', 'kênh truyền hình', 'đài truyền hình']);

/** A media word at c stands on its own: after a preposition, a pause or at the start ("khán đài", "lâu đài" are other words). */
function mediaWordStands(ctx: BlockCtx, c: number): boolean {
  return c === 0 || ctx.tokens[c - 1]!.kind === PUNCT || BEFORE_PAPER.has(ctx.keys[c - 1] ?? '') || ctx.startsSentence(c);
}

/** The classifier ending right before i, as its first token's index, or -1. */
function classifierBefore(ctx: BlockCtx, i: number): number {
  for (let k = 1; k <= 3 && i - k >= 0; k++) if (CLASSIFIERS.match(ctx.keys, i - k) === k) return i - k;
  // "hãng dầu khí Petrobras", "hãng điện tử Samsung": "hãng" and the trade in lower-case words.
  for (let q = i - 1; q >= 0 && i - q <= 4; q--) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || (t.cap && !(t.k === 'hãng' && ctx.startsSentence(q))) || STOPWORDS.has(t.k)) return -1;
    if (t.k === 'hãng') return q < i - 1 ? q : -1;
  }
  return -1;
}

/** "tờ Walla", "hãng Petrobras", "hãng tin AP": a paper or a company, named after its classifier. */
function paperAt(ctx: BlockCtx, i: number): TokenSpan | null {
  let c = classifierBefore(ctx, i);
  // "nhật báo Haaretz", "đài NBC", "tạp chí Forbes": a medium's word before a name no Vietnamese word is.
  if (c < 0) {
    const t = ctx.tokens[i]!;
    for (let k = 1; k <= 2 && c < 0 && i - k >= 0; k++) if (MEDIA_CLASSIFIERS.match(ctx.keys, i - k) === k && (t.acr || !isVietnameseSyllable(t.k)) && mediaWordStands(ctx, i - k)) c = i - k;
  }
  // "tờ USD": a banknote.
  if (c < 0 || !ctx.tokens[i]!.cap || NOT_ORG_ACRONYMS.has(ctx.keys[i]!)) return null;
  let e = capRunEnd(ctx, i, 4);
  // "Tờ JoongAng Ilbo Hàn Quốc": a country after a foreign name is where the paper is, not its name's.
  let f = i;
  while (f < e && allForeign(ctx, f, f + 1)) f++;
  if (f > i && f < e && COUNTRIES.exact(ctx.keys, f, e)) e = f;
  // "xã Đắk Tờ Re": a capitalised classifier mid-sentence is a syllable of a place's name — unless the
  // name after it is foreign ("Ảnh: Internet Tờ JoongAng Ilbo": a caption glued to the next sentence).
  if (ctx.tokens[c]!.cap && !ctx.startsSentence(c) && !allForeign(ctx, i, e)) return null;
  if (COUNTRIES.exact(ctx.keys, i, e) || MAJOR_PLACES.exact(ctx.keys, i, e)) return null;
  // "tờ Al-Masdar News": a name glued on by a hyphen is not cut at the hyphen.
  if (ctx.isPunct(e, '-') && !ctx.tokens[e]!.sp) return null;
  // "hãng thông tấn Hàn Quốc Yonhap": the country, then the agency's name.
  const country = COUNTRIES.match(ctx.keys, i);
  if (country > 0 && i + country < e) return { i: i + country, j: e };
  // "tờ Nhân dân Nhật báo": a Vietnamese name going on in lower case is not cut short.
  const next = ctx.tok(e);
  if (next && next.kind === WORD && !next.cap && isVietnameseSyllable(ctx.keys[e - 1]!) && !STOPWORDS.has(next.k)) return null;
  return { i, j: e };
}

/** Words that end a foreign company's name: its legal form or group ("LG Group", "KT Corp."). */
const COMPANY_SUFFIXES = new Set(['group', 'corp', 'corporation', 'co', 'inc', 'ltd', 'holdings', 'company', 'jsc', 'plc', 'llc', 'gmbh', 'ag', 'ratings', 'securities', 'airways',
  // Trades that close a foreign firm's name ("Hankyu Realty", "Toshin Development", "Sanyo Homes").
  'investment', 'investments', 'realty', 'development', 'railroad', 'railway', 'railways', 'homes', 'home', 'properties', 'capital', 'partners', 'logistics', 'energy', 'pharma', 'foods']);
/** Generic trade words before such a suffix ("Samsung Electronics Co."): the brand is the word before them. */
const TRADE_WORDS = new Set(['electronics', 'motor', 'motors', 'industries', 'heavy', 'chemical', 'steel', 'airlines']);
/** Suffixes written with a full stop ("Co.", "Corp.", "Inc.", "Ltd."). */
const ABBREVIATED_SUFFIXES = new Set(['co', 'corp', 'inc', 'ltd']);

/**
 * "LG Group", "KT Corp.", "Toyota Motor Corp": one to three foreign-shaped words or acronyms, then a
 * company suffix, is a company whatever head it lacks.
 */
function foreignCompanyAt(ctx: BlockCtx, i: number): TokenSpan | null {
  if (i > 0 && ctx.tokens[i - 1]!.kind === WORD && ctx.tokens[i - 1]!.cap && ctx.tokens[i]!.sp) return null; // inside a longer run
  const e = capRunEnd(ctx, i, 4);
  if (e - i < 2 || !COMPANY_SUFFIXES.has(ctx.keys[e - 1]!)) return null;
  for (let q = i; q < e - 1; q++) if (!ctx.tokens[q]!.acr && isVietnameseSyllable(ctx.keys[q]!)) return null;
  return { i, j: e };
}

/** Last words of foreign papers' and broadcasters' names ("The New York Times", "NBC News"). */
const PAPER_WORDS = new Set(['times', 'post', 'news', 'journal', 'herald', 'tribune', 'daily', 'guardian', 'telegraph', 'economist', 'independent', 'observer', 'chronicle', 'gazette', 'monitor', 'diplomat', 'review', 'today']);

/**
 * "The New York Times", "NBC News", "Business Insider": two to five title-case words or acronyms, none of
 * Vietnamese shape (an English "The" aside), ending in a word papers end in, name a paper whatever head it lacks.
 */
function foreignPaperAt(ctx: BlockCtx, i: number): TokenSpan | null {
  if (i > 0 && ctx.tokens[i - 1]!.kind === WORD && ctx.tokens[i - 1]!.cap && ctx.tokens[i]!.sp) return null; // inside a longer run
  if (i > 0 && ctx.isPunct(i - 1, '-') && !ctx.tokens[i]!.sp) return null; // "Al-Masdar News": glued to a word before
  let e = i;
  while (e < ctx.n && e - i < 5 && ctx.tokens[e]!.kind === WORD && ctx.tokens[e]!.cap && (e === i || ctx.tokens[e]!.sp)) e++;
  if (e - i < 2 || !PAPER_WORDS.has(ctx.keys[e - 1]!)) return null;
  // "Manchester City VTC News": an acronym inside the run starts the paper's name.
  for (let q = i + 1; q < e - 1; q++) if (ctx.tokens[q]!.acr) return null;
  for (let q = i; q < e; q++) if (!ctx.tokens[q]!.acr && isVietnameseSyllable(ctx.keys[q]!) && !(q === i && ctx.keys[q] === 'the')) return null;
  return { i, j: e };
}

/** Every word of [i, j) is an acronym or of no Vietnamese shape, and there is one at least. */
function allForeign(ctx: BlockCtx, i: number, j: number): boolean {
  if (j <= i) return false;
  for (let q = i; q < j; q++) if (!ctx.isWord(q) || (!ctx.tokens[q]!.acr && isVietnameseSyllable(ctx.keys[q]!))) return false;
  return true;
}

/**
 * "VTV3", "TF1": a channel's number glued to an acronym; "VOV.VN", "Zing.vn": a site's domain glued to its
 * name. Returns the end past them, or j.
 */
function gluedEnd(ctx: BlockCtx, j: number): number {
  const t = ctx.tok(j);
  if (!t || t.sp) return j;
  if (t.kind === NUM && ctx.tokens[j - 1]!.acr && /^\d{1,2}$/.test(t.s)) {
    const after = ctx.tok(j + 1);
    return !after || after.sp || after.kind === PUNCT ? j + 1 : j;
  }
  const tld = ctx.tok(j + 1);
  if (t.kind !== PUNCT || t.s !== '.' || !tld || tld.sp || !SITE_DOMAINS.has(tld.s.toLowerCase())) return j;
  return ctx.isPunct(j + 2, '.') && !ctx.tokens[j + 2]!.sp && ctx.tok(j + 3)?.k === 'vn' ? j + 4 : j + 2;
}

/** "Co." before a lower-case word: the full stop is the abbreviation's, not the sentence's. */
function abbreviationStop(ctx: BlockCtx, j: number): number {
  if (j === 0 || !ABBREVIATED_SUFFIXES.has(ctx.keys[j - 1] ?? '') || !ctx.isPunct(j, '.') || ctx.tokens[j]!.sp) return j;
  // "Co. đã công bố", "Co., khiến": a lower-case word or a pause after the stop.
  const next = ctx.tok(j + 1);
  return next && ((next.kind === WORD && !next.cap) || (next.kind === PUNCT && next.s !== '.')) ? j + 1 : j;
}

/** "Phủ Tổng thống Hàn Quốc", "Phủ Thủ tướng Nhật Bản": the office of a leader, and its country. */
function officeAt(ctx: BlockCtx, i: number): TokenSpan | null {
  // "văn phòng Tổng thống Hàn Quốc": the leader's office, in lower case too.
  const h = ctx.keys[i] === 'phủ' && ctx.tokens[i]!.title ? 1 : ctx.keys[i] === 'văn' && ctx.keyAt(i + 1) === 'phòng' ? 2 : 0;
  if (h === 0) return null;
  const tl = ctx.titleLen[i + h] ?? 0;
  if (tl === 0 || !ctx.tokens[i + h]!.cap || !OFFICE_TITLES.has(headKey(ctx, i + h, tl))) return null;
  const e = i + h + tl;
  const country = COUNTRIES.match(ctx.keys, e);
  // "Văn phòng Thủ tướng" alone may be the Vietnamese Government Office's head's title; a country names the office.
  return h === 1 || country > 0 ? { i, j: e + country } : null;
}
// Not "Phủ Chủ tịch": in Hà Nội that is the palace where leaders receive guests, a place.
const OFFICE_TITLES = new Set(['tổng thống', 'thủ tướng']);

/** "Zing.vn", "VnExpress.net": a news site named by its domain. */
function siteAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== WORD || !t.cap || !ctx.isPunct(i + 1, '.') || ctx.tokens[i + 1]!.sp) return null;
  const tld = ctx.tok(i + 2);
  if (!tld || tld.sp || !SITE_DOMAINS.has(tld.s)) return null;
  let j = i + 3;
  if (tld.s === 'com' && ctx.isPunct(j, '.') && !ctx.tokens[j]!.sp && ctx.tok(j + 1)?.s === 'vn') j += 2;
  return { i, j };
}
const SITE_DOMAINS = new Set(['vn', 'com', 'net', 'org']);

/**
 * "Tổng công ty Lương thực miền Nam (Vinafood 2)", "… Việt Nam (Agribank)": a short name in brackets
 * right after an organisation — an acronym or a brand-shaped word, maybe with a number — is the same
 * body's short name. Returns the span inside the brackets, or null.
 */
export function aliasAfter(ctx: BlockCtx, org: TokenSpan): TokenSpan | null {
  if (!ctx.isPunct(org.j, '(')) return null;
  // "Tờ Marca (TBN)", "hãng Boeing (Mỹ)": after a classifier the bracket gives the country.
  if (classifierBefore(ctx, org.i) >= 0) return null;
  const t = ctx.tok(org.j + 1);
  if (!t || t.kind !== WORD || !t.cap || NOT_ORG_ACRONYMS.has(t.k)) return null;
  // "Quỹ châu Á (Asia Foundation)": the body's English name, two to four title-case words, one of foreign shape.
  const english = englishNameIn(ctx, org.j + 1);
  if (english > 0) return { i: org.j + 1, j: english };
  // "(V-Itasco)": a capital glued by a hyphen to a capitalised word is a short name too.
  const hyphenated = ctx.isPunct(org.j + 2, '-') && !ctx.tokens[org.j + 2]!.sp && !!ctx.tok(org.j + 3)?.cap && !ctx.tokens[org.j + 3]!.sp;
  if (!(t.acr || brandShaped(t.k, t.title) || hyphenated || camelBrand(t.s))) return null;
  // "dự án đầu tư xây dựng (ĐTXD)": the initials of the lower-case words before the bracket abbreviate those words.
  if (t.acr && initialsBefore(ctx, org.j, t.k)) return null;
  let j = org.j + 2;
  // "(V-Itasco)", "(PV-Gas)": parts glued by hyphens make one short name.
  while (ctx.isPunct(j, '-') && !ctx.tokens[j]!.sp && ctx.tok(j + 1)?.kind === WORD && ctx.tokens[j + 1]!.cap && !ctx.tokens[j + 1]!.sp) j += 2;
  if (ctx.tok(j)?.kind === NUM && /^\d+$/.test(ctx.tokens[j]!.s)) j++;
  // "(PV Power)", "(Vietnam Airlines)": a second word of the short name, foreign or in capitals.
  else if (ctx.tok(j)?.kind === WORD && ctx.tokens[j]!.cap && (ctx.tokens[j]!.acr || !isVietnameseSyllable(ctx.tokens[j]!.k))) j++;
  return ctx.isPunct(j, ')') ? { i: org.j + 1, j } : null;
}

/** Folded first letters of the words [i, j) ("Ban Quản lý" → "bql"). */
function initialsOf(ctx: BlockCtx, i: number, j: number): string {
  let out = '';
  for (let q = i; q < j; q++) out += foldKey(ctx.keys[q]![0]!);
  return out;
}

/** The end of 2–4 title-case words from i, one at least of no Vietnamese shape, closed by ")"; or 0. */
function englishNameIn(ctx: BlockCtx, i: number): number {
  let q = i;
  let foreign = false;
  while (q < ctx.n && q - i < 4 && ctx.tokens[q]!.kind === WORD && ctx.tokens[q]!.title && !ctx.tokens[q]!.acr) {
    if (!isVietnameseSyllable(ctx.keys[q]!)) foreign = true;
    q++;
  }
  return q - i >= 2 && foreign && ctx.isPunct(q, ')') ? q : 0;
}

/** Do the letters of `acr` spell the initials of the lower-case words right before index j? */
function initialsBefore(ctx: BlockCtx, j: number, acr: string): boolean {
  const letters = [...acr];
  if (letters.length < 2 || j - letters.length < 0) return false;
  for (let k = 0; k < letters.length; k++) {
    const w = ctx.tokens[j - letters.length + k]!;
    if (w.kind !== WORD || w.cap || foldKey(w.k[0]!) !== foldKey(letters[k]!)) return false;
  }
  return true;
}

function spanKey(ctx: BlockCtx, s: TokenSpan): string {
  let k = ctx.tokens[s.i]!.k;
  for (let q = s.i + 1; q < s.j; q++) k += ' ' + ctx.tokens[q]!.k;
  return k;
}

/**
 * "Tập đoàn BRG", "Tập đoàn Marriott International": a company whose name after its head (and legal
 * form) is one to three words in capitals or of no Vietnamese shape is named by those words alone
 * elsewhere in the article ("BRG và …"). Returns that name's span, or null.
 */
export function companyNameAlias(ctx: BlockCtx, org: TokenSpan): TokenSpan | null {
  const h = ctx.headLen[org.i]!;
  if (h === 0 || !ALIAS_HEADS.has(headKey(ctx, org.i, h))) return null;
  const named = org.i + h + LEGAL_FORMS.match(ctx.keys, org.i + h);
  let i = named;
  // "Công ty TNHH dệt Pacific Crystal": lower-case trade words before a foreign name are not the name's.
  while (i < org.j - 1 && ctx.isWord(i) && !ctx.tokens[i]!.cap) i++;
  if (i > named && !allForeign(ctx, i, org.j)) return null;
  if (org.j - i < 1 || org.j - i > 3 || ctx.nameEnd[i]! > 0) return null;
  // "Công ty cổ phần BSC Việt Nam": an acronym and the country it closes with.
  if (ctx.tokens[i]!.acr && !NOT_ORG_ACRONYMS.has(ctx.keys[i]!) && org.j - i > 1 && COUNTRIES.exact(ctx.keys, i + 1, org.j)) return { i, j: org.j };
  // One word only in capitals ("BRG"): a single foreign word may be a person's ("Tập đoàn Trump").
  if (org.j - i === 1 && !ctx.tokens[i]!.acr) return null;
  if (tradeName(ctx, i, org.j)) return { i, j: org.j };
  for (let q = i; q < org.j; q++) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || !t.cap || !(t.acr || !isVietnameseSyllable(t.k)) || NOT_ORG_ACRONYMS.has(t.k)) return null;
  }
  return { i, j: org.j };
}

/**
 * "Hòa Phát", "Nhã Khắc Lâm": a Vietnamese trade name of 2–3 title-case syllables after a company's
 * head, none a head, title or acronym, that no gazetteer knows as a place and that is shaped like no
 * person's name (no family name first).
 */
function tradeName(ctx: BlockCtx, i: number, j: number): boolean {
  if (j - i < 2) return false;
  for (let q = i; q < j; q++) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || !t.title || !t.sp || !isVietnameseSyllable(t.k) || ctx.headLen[q]! > 0 || ctx.titleLen[q]! > 0) return false;
  }
  if (SURNAMES.has(ctx.keys[i]!) || GEO_WORDS.has(ctx.keys[i]!) || isKnownPlace(ctx.keys, i, j) || MAJOR_PLACES.match(ctx.keys, i) > 0 || COUNTRIES.match(ctx.keys, i) > 0) return false;
  return !(ORG_NOUNS.match(ctx.keys, i) > 0);
}
/** Words that start the name of a river, a mountain, a bay or a bridge ("Sông Đà", "Núi Thành"). */
const GEO_WORDS = new Set(['sông', 'núi', 'hồ', 'đảo', 'vịnh', 'biển', 'cầu', 'chợ', 'đèo', 'hòn', 'mũi', 'cửa', 'bến', 'suối', 'thác', 'đồi', 'rừng', 'đồng', 'tây', 'đông', 'nam', 'bắc', 'miền']);
/**
 * "Tập đoàn Samsung Electronics Co.", "LG Group": the brand before the generic words that end a
 * foreign company's name is the company elsewhere in the article ("Samsung", "LG"). Returns it or null.
 */
export function brandAlias(ctx: BlockCtx, org: TokenSpan): TokenSpan | null {
  let j = org.j;
  if (ctx.isPunct(j - 1, '.')) j--;
  const end = j;
  while (j - 1 > org.i && (COMPANY_SUFFIXES.has(ctx.keys[j - 1] ?? '') || TRADE_WORDS.has(ctx.keys[j - 1] ?? ''))) j--;
  if (j === end) return null;
  const t = ctx.tokens[j - 1]!;
  // One word: an acronym or a brand-shaped word, after a head or at the start of the name.
  const start = j - 1;
  if (!(t.acr ? t.k.length >= 2 && !NOT_ORG_ACRONYMS.has(t.k) : brandShaped(t.k, t.title))) return null;
  if (start > org.i && ctx.headLen[org.i]! + LEGAL_FORMS.match(ctx.keys, org.i + ctx.headLen[org.i]!) !== start - org.i) return null;
  return { i: start, j };
}
const ALIAS_HEADS = new Set(['tập đoàn', 'công ty', 'tổng công ty', 'ngân hàng', 'cty', 'tcty', 'ctcp']);

/**
 * "Công ty Formosa Hà Tĩnh", "Tập đoàn Masan": a company named by one brand-shaped word (no Vietnamese
 * syllable), maybe with the province or country it works in, is that word alone elsewhere in the article
 * ("Formosa cam kết …"). Returns the word, or null. A person of that name is ruled out by the caller.
 */
function singleBrandAlias(ctx: BlockCtx, org: TokenSpan): TokenSpan | null {
  const h = ctx.headLen[org.i]!;
  if (h === 0 || !ALIAS_HEADS.has(headKey(ctx, org.i, h))) return null;
  const w = org.i + h + LEGAL_FORMS.match(ctx.keys, org.i + h);
  const t = ctx.tok(w);
  if (w >= org.j || !t || t.kind !== WORD || t.acr || !brandShaped(t.k, t.title) || NOT_ORG_ACRONYMS.has(t.k) || ctx.nameEnd[w]! > 0) return null;
  if (w + 1 < org.j && !MAJOR_PLACES.exact(ctx.keys, w + 1, org.j)) return null;
  return { i: w, j: w + 1 };
}

/** Is the word at q a person's here: after an honorific ("ông Trump") or a title ("Tổng thống Trump")? */
function personWordAt(ctx: BlockCtx, q: number): boolean {
  return q > 0 && ((HONORIFICS.match(ctx.keys, q - 1) === 1 && !ctx.tokens[q - 1]!.acr) || titleEndsAt(ctx, q));
}

/** Short names introduced in brackets anywhere in the article ("Vinafood 2"), as token keys. */
export function findAliases(ctxs: readonly BlockCtx[], orgsPerBlock: readonly (readonly TokenSpan[])[]): string[][] {
  const out = new Map<string, string[]>();
  const singles = new Set<string>();
  ctxs.forEach((ctx, b) => {
    for (const o of orgsPerBlock[b]!) {
      const named = companyNameAlias(ctx, o);
      if (named) {
        const key = spanKey(ctx, named);
        if (!out.has(key)) out.set(key, key.split(' '));
      }
      // "hãng Petrobras … Petrobras": a one-word name given after its classifier (and a country).
      const c = COUNTRIES.match(ctx.keys, o.i - 1) === 1 ? o.i - 1 : o.i - 2 >= 0 && COUNTRIES.match(ctx.keys, o.i - 2) === 2 ? o.i - 2 : o.i;
      if (o.j === o.i + 1 && classifierBefore(ctx, c) >= 0 && (ctx.tokens[o.i]!.acr || brandShaped(ctx.keys[o.i]!, ctx.tokens[o.i]!.title))) {
        const key = spanKey(ctx, o);
        if (!out.has(key)) out.set(key, [key]);
      }
      const brand = brandAlias(ctx, o);
      if (brand) {
        const key = spanKey(ctx, brand);
        if (!out.has(key)) out.set(key, key.split(' '));
      }
      const a = aliasAfter(ctx, o);
      if (a) {
        const key = spanKey(ctx, a);
        if (!out.has(key)) out.set(key, key.split(' '));
      }
      const single = singleBrandAlias(ctx, o);
      if (single) {
        singles.add(ctx.keys[single.i]!);
        // "Anycar Việt Nam" again is the whole name, before the word alone.
        const full = spanKey(ctx, { i: single.i, j: o.j });
        if (o.j > single.j && !out.has(full)) out.set(full, full.split(' '));
      }
    }
  });
  // A single brand word that also names a person somewhere in the article ("Tập đoàn Trump … ông Trump") is no alias.
  for (const w of [...singles]) {
    if (out.has(w) || ctxs.some((ctx) => ctx.keys.some((k, q) => k === w && personWordAt(ctx, q)))) singles.delete(w);
  }
  for (const w of singles) out.set(w, [w]);
  return [...out.values()];
}

/** Lower-case nouns of places that a name after them belongs to ("mỏ vàng", "làng", "khu"). */
const PLACE_NOUNS = new Set(['mỏ', 'làng', 'thôn', 'xã', 'núi', 'sông', 'khu', 'cầu', 'đường', 'phố', 'vùng', 'đảo', 'bãi', 'chợ', 'nhà máy', 'dự án']);

function placeNounBefore(ctx: BlockCtx, q: number): boolean {
  for (let k = 1; k <= 2 && q - k >= 0; k++) {
    const t = ctx.tokens[q - k]!;
    if (t.kind !== WORD || t.cap) return false;
    if (PLACE_NOUNS.has(t.k) || (k === 2 && PLACE_NOUNS.has(`${t.k} ${ctx.keys[q - 1]}`))) return true;
  }
  return false;
}

/** Adds every mention of a bracketed short name that no organisation covers yet; returns the sorted spans. */
export function addAliasMentions(ctx: BlockCtx, orgs: readonly TokenSpan[], aliases: readonly string[][]): TokenSpan[] {
  const covered = new Uint8Array(ctx.n + 1);
  for (const o of orgs) covered.fill(1, o.i, o.j);
  const added: TokenSpan[] = [];
  for (let q = 0; q < ctx.n; q++) {
    if (covered[q]) continue;
    for (const a of aliases) {
      if (ctx.keys[q] !== a[0]) continue;
      let m = 1;
      while (m < a.length && q + m < ctx.n && !covered[q + m] && (ctx.keys[q + m] ?? ctx.tokens[q + m]!.k) === a[m]) m++;
      if (m < a.length) continue;
      // Whole words only: "Vinafood 2" is not the start of "Vinafood 25"; "Hòa Phát" not of "Hòa Phát Dung Quất".
      const next = ctx.tok(q + m);
      if (next && !next.sp && next.kind !== PUNCT) continue;
      if (a.length > 1 && next && next.kind === WORD && next.title && next.sp) continue;
      // "Honda City", "Mazda Connect": a brand word before a title-case word that is no place names a product.
      if (a.length === 1 && next && next.kind === WORD && next.title && next.sp && brandShaped(a[0]!, true) && MAJOR_PLACES.match(ctx.keys, q + 1) === 0) continue;
      // A name is capitalised ("sự phú quý" is a word); "mỏ vàng Bồng Miêu" is the place the company is named after.
      if (!ctx.tokens[q]!.cap || placeNounBefore(ctx, q)) continue;
      // "Ảnh: AP", "(Theo Reuters)": a credit, not a body the text speaks of.
      if (isCredit(ctx, { i: q, j: q + m })) continue;
      added.push({ i: q, j: q + m });
      q += m - 1;
      break;
    }
  }
  if (added.length === 0) return orgs as TokenSpan[];
  return [...orgs, ...added].sort((x, y) => x.i - y.i);
}
