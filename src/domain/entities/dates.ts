/**
 * Dates: explicit calendar references. "12/11", "1/7/2021", "8-19/9", "ngày 25 tháng 1 năm 2022",
 * "tháng 5/2021", "tháng 9", "quý IV/2020", "quý I năm 2014", "năm 2010", "năm 2011-2013",
 * "năm học 2019 - 2020", "2016 - 2021", a bare year ("2021"). Not durations ("10 năm qua").
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import type { TokenSpan } from './organizations';
import * as textModule from './text';

// Bound once: namespace lookups stay out of the hot loops.
const { DATE_CUES, MULTIPLIERS, NOUN_EXCEPTIONS, STOPWORDS, TIME_UNITS, UNITS, VERB_NOUNS } = lexicons;
/** Words before a year that keep it a date when capitalised at a sentence start. */
const MONTH_WORDS = new Set(['tháng', 'năm', 'quý', 'mùa', 'cuối', 'đầu', 'giữa', 'hết']);
/** Seasons, Tết and the earthly branches of lunar years: "Xuân 1969", "Tết Đinh Dậu 2017" are calendar references. */
const SEASONS = new Set(['xuân', 'hè', 'hạ', 'thu', 'đông', 'tết', 'tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']);
const { WORD, NUM, PUNCT } = textModule;

const ROMAN = /^[IVX]+$/;
const QUARTERS = new Set(['I', 'II', 'III', 'IV']);
const PLAIN = /^\d{1,4}$/;
/** Words right before a day/month that make it a date whatever follows ("ngày 9/11 chuyên gia …"). */
const STRONG_CUES = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'khuya', 'mùng', 'mồng']);

function num(ctx: BlockCtx, j: number): number | null {
  const t = ctx.tok(j);
  return t && t.kind === NUM && PLAIN.test(t.s) ? Number(t.s) : null;
}

function isYear(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  if (!t || t.kind !== NUM || !/^\d{4}$/.test(t.s)) return false;
  const y = Number(t.s);
  return y >= 1000 && y <= 2999;
}

/** "/" glued on both sides. */
function slashAt(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  return !!t && t.s === '/' && !t.sp && !!ctx.tok(j + 1) && !ctx.tokens[j + 1]!.sp;
}

function dashAt(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  return !!t && t.kind === PUNCT && '-–'.includes(t.s);
}

/** Year, or year range "2016 - 2021" / "2012- 2015" starting at j. */
function yearRangeEnd(ctx: BlockCtx, j: number): number {
  if (!isYear(ctx, j)) return 0;
  // "2016 - 2021", and written out "2016 đến 2020", "năm 2016 đến năm 2020".
  // "năm 2016 đến năm 2020" names two whole years: two dates.
  const word = (ctx.keyAt(j + 1) === 'đến' || ctx.keyAt(j + 1) === 'tới') && ctx.keyAt(j + 2) !== 'năm';
  const y2 = j + 2;
  if ((dashAt(ctx, j + 1) || word) && isYear(ctx, y2) && !gluedAfter(ctx, y2 + 1)) {
    const a = Number(ctx.tokens[j]!.s);
    const b = Number(ctx.tokens[y2]!.s);
    if (b > a && b - a <= 100) return y2 + 1;
  }
  // "niên vụ 2019/2020", "năm học 2019/2020": a season across two years, the slash glued.
  const slash = ctx.tok(j + 1);
  if (slash && slash.s === '/' && !slash.sp && isYear(ctx, y2) && !ctx.tokens[y2]!.sp && Number(ctx.tokens[y2]!.s) === Number(ctx.tokens[j]!.s) + 1 && !gluedAfter(ctx, y2 + 1)) return y2 + 1;
  return j + 1;
}

/** Something glued before the number makes it a code ("QĐ-2021", "T3"). */
function gluedBefore(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tokens[j]!;
  if (t.sp || j === 0) return false;
  const prev = ctx.tokens[j - 1]!;
  return prev.kind === WORD || prev.kind === NUM || prev.s === '-' || prev.s === '/' || prev.s === '.';
}

function gluedAfter(ctx: BlockCtx, e: number): boolean {
  const t = ctx.tok(e);
  return !!t && !t.sp && (t.kind === WORD || t.kind === NUM || t.s === '/' || (t.s === '-' && ctx.tok(e + 1)?.sp === false));
}

/** "D/M", "D/M/Y", "D-D/M[/Y]" from j; returns [end, hasYear] or null. */
function dayMonth(ctx: BlockCtx, j: number): { end: number; year: boolean } | null {
  const d = num(ctx, j);
  if (d === null || d < 1 || d > 31) return null;
  let k = j + 1;
  if (dashAt(ctx, k) && !ctx.tokens[k]!.sp && num(ctx, k + 1) !== null && !ctx.tokens[k + 1]!.sp) {
    const d2 = num(ctx, k + 1)!;
    if (d2 <= d || d2 > 31) return null;
    k += 2;
  }
  if (!slashAt(ctx, k)) return null;
  const m = num(ctx, k + 1);
  if (m === null || m < 1 || m > 12 || ctx.tokens[k + 1]!.s.length > 2) return null;
  let end = k + 2;
  let year = false;
  if (slashAt(ctx, end) && isYear(ctx, end + 1)) {
    end += 2;
    year = true;
  }
  // "26/1-07/2/2017", "9/5/2016-8/5/2017": a range across months or years, the dash glued.
  if (glued(ctx, end, '-–') && ctx.tok(end + 1)?.sp === false && slashAt(ctx, end + 2)) {
    const second = dayMonth(ctx, end + 1);
    if (second) return { end: second.end, year: year || second.year };
  }
  if (gluedAfter(ctx, end)) return null;
  return { end, year };
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/;
/** Words before a dotted or dashed day-month that make it a date ("chiều 14.6", "từ 1-6", "trước ngày 30-6"). */
const SEP_CUES = new Set([...STRONG_CUES, 'từ', 'đến', 'tới', 'trước', 'sau', 'nay', 'vào', 'lúc', 'hạn']);

/**
 * "14.6", "10.11.2016" (one number token: news that writes dates with dots) and "25-5", "30-3-2013"
 * (dashes). A day-month without a year needs a cue before it (SEP_CUES, "Chiều nay, 6-6") or brackets
 * around it ("(6.2)"): alone, "16-17" is a range and "2.5" a decimal. Never before "%" or a unit.
 */
function separatedDate(ctx: BlockCtx, i: number): number {
  const t = ctx.tokens[i]!;
  let end: number;
  let year = false;
  const m = DOTTED.exec(t.s);
  if (m) {
    if (!validDm(Number(m[1]), Number(m[2]))) return 0;
    end = i + 1;
    year = m[3] !== undefined;
  } else {
    const d = num(ctx, i);
    if (d === null || t.s.length > 2 || !glued(ctx, i + 1, '-') || ctx.tok(i + 2)?.kind !== NUM || ctx.tokens[i + 2]!.sp) return 0;
    // "11-12.12.1961": a range of days, then the second day dotted with its month.
    const dotted = DOTTED.exec(ctx.tokens[i + 2]!.s);
    if (dotted && Number(dotted[1]) > d && validDm(Number(dotted[1]), Number(dotted[2]))) {
      const prevKey = i > 0 ? ctx.keyAt(i - 1) : null;
      return (dotted[3] !== undefined || (prevKey !== null && SEP_CUES.has(prevKey))) && !gluedAfter(ctx, i + 3) ? i + 3 : 0;
    }
    const mo = ctx.tokens[i + 2]!.s;
    if (!/^\d{1,2}$/.test(mo) || !validDm(d, Number(mo))) return 0;
    end = i + 3;
    if (glued(ctx, end, '-') && isYear(ctx, end + 1) && !ctx.tokens[end + 1]!.sp) {
      end += 2;
      year = true;
    }
  }
  if (gluedAfter(ctx, end)) return 0;
  const next = ctx.tok(end);
  if (next && (next.s === '%' || (next.kind === WORD && (MULTIPLIERS.has(next.k) || UNITS.match(ctx.keys, end) > 0)))) return 0;
  if (year) return end;
  const prev = i > 0 ? ctx.tokens[i - 1]! : undefined;
  const prevKey = i > 0 ? ctx.keyAt(i - 1) : null;
  if (prevKey !== null && SEP_CUES.has(prevKey)) return end;
  if (prev && prev.s === ',' && i > 1 && ctx.keyAt(i - 2) === 'nay') return end;
  if (prev && prev.s === '(' && ctx.isPunct(end, ')')) return end;
  return 0;
}

/** "21 - 28.2", "5 – 10.3.2017": a day, a spaced dash, and a later day dotted with its month. Returns the end or 0. */
function spacedDottedEnd(ctx: BlockCtx, i: number): number {
  const d = num(ctx, i);
  if (d === null || d < 1 || d > 31 || !dashAt(ctx, i + 1) || !ctx.tokens[i + 1]!.sp) return 0;
  const m = DOTTED.exec(ctx.tok(i + 2)?.s ?? '');
  if (!m || Number(m[1]) <= d || !validDm(Number(m[1]), Number(m[2])) || gluedAfter(ctx, i + 3)) return 0;
  const next = ctx.tok(i + 3);
  return next && (next.s === '%' || (next.kind === WORD && (MULTIPLIERS.has(next.k) || UNITS.match(ctx.keys, i + 3) > 0))) ? 0 : i + 3;
}

/** "25.1 - 3.2", "28.12.2016 – 2.1.2017": a dotted date after a dotted date and a dash ends a range. Returns its end, or `end`. */
function dottedRangeEnd(ctx: BlockCtx, i: number, end: number): number {
  if (end !== i + 1 || !DOTTED.test(ctx.tokens[i]!.s) || !dashAt(ctx, end)) return end;
  const second = DOTTED.exec(ctx.tok(end + 1)?.s ?? '');
  if (!second || !validDm(Number(second[1]), Number(second[2])) || gluedAfter(ctx, end + 2)) return end;
  const next = ctx.tok(end + 2);
  if (next && (next.s === '%' || (next.kind === WORD && (MULTIPLIERS.has(next.k) || UNITS.match(ctx.keys, end + 2) > 0)))) return end;
  return end + 2;
}

function validDm(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** The punctuation `chars` glued to the token before it at j. */
function glued(ctx: BlockCtx, j: number, chars: string): boolean {
  const t = ctx.tok(j);
  return !!t && t.kind === PUNCT && !t.sp && chars.includes(t.s);
}

/**
 * A second date after a dash ends a range across months or years: "28/6 - 2/7", "tháng 11/2018 –
 * 3/2019". Returns the end of the second date, or `end` when none follows.
 */
function rangeEnd(ctx: BlockCtx, end: number): number {
  // "28/6 đến 2/7" with "đến" joins two whole dates: each stays a date of its own.
  if (!dashAt(ctx, end)) return end;
  const j = end + 1;
  const dm = dayMonth(ctx, j);
  if (dm) return dm.end;
  const my = monthYear(ctx, j);
  return my || end;
}

/** "M/YYYY" ("5/2021"). */
function monthYear(ctx: BlockCtx, j: number): number {
  const m = num(ctx, j);
  if (m === null || m < 1 || m > 12) return 0;
  if (!slashAt(ctx, j + 1) || !isYear(ctx, j + 2)) return 0;
  return gluedAfter(ctx, j + 3) ? 0 : j + 3;
}

/** "6-2016" after "tháng" or "quý": papers that write dates with dashes ("tháng 6-2016", "quý I-2017"). */
function dashYear(ctx: BlockCtx, j: number): number {
  if (!glued(ctx, j, '-–') || ctx.tokens[j + 1]?.sp !== false || !isYear(ctx, j + 1)) return 0;
  return gluedAfter(ctx, j + 2) ? 0 : j + 2;
}

/**
 * A word that counts: a lower-case noun ("2/3 đại biểu", "9/12 chỉ tiêu") or a title ("5/9 Ủy viên")
 * after a number makes it a ratio, not a date.
 */
function countedNounAt(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  if (!t || t.kind !== WORD) return false;
  if (t.cap) return ctx.titleLen[j]! > 0;
  if (lunarAt(ctx, j)) return false; // "10/1 âm lịch" is a day of the lunar calendar
  return (!STOPWORDS.has(t.k) || NOUN_EXCEPTIONS.match(ctx.keys, j) > 0 || VERB_NOUNS.match(ctx.keys, j) > 0) && t.k !== 'năm';
}

/** "âm lịch", "dương lịch": the calendar named after a day or month. */
function lunarAt(ctx: BlockCtx, j: number): boolean {
  return (ctx.keyAt(j) === 'âm' || ctx.keyAt(j) === 'dương') && ctx.keyAt(j + 1) === 'lịch';
}
/** Lunar months named in words: "tháng Giêng", "tháng Chạp". */
const LUNAR_MONTHS = new Set(['giêng', 'chạp', 'một']);

/**
 * "mùng 10 tháng Giêng", "mồng 5 tháng 5 âm lịch", "mùng 10 âm lịch tháng giêng", "mùng 3 Tết": a day of
 * the lunar calendar with its month or Tết. "mùng 10" alone names no month and is no date.
 */
function lunarDay(ctx: BlockCtx, i: number): TokenSpan | null {
  const d = num(ctx, i + 1);
  if (d === null || d < 1 || d > 30 || gluedAfter(ctx, i + 2)) return null;
  let e = i + 2;
  if (lunarAt(ctx, e)) e += 2;
  if (ctx.keyAt(e) === 'tết') return { i, j: e + 1 };
  if (ctx.keyAt(e) !== 'tháng') return e > i + 2 ? { i, j: e } : null;
  const m = num(ctx, e + 1);
  if (!((m !== null && m >= 1 && m <= 12) || LUNAR_MONTHS.has(ctx.keyAt(e + 1) ?? ''))) return e > i + 2 ? { i, j: e } : null;
  e += 2;
  if (lunarAt(ctx, e)) e += 2;
  return { i, j: e };
}

export function dateAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tokens[i]!;
  if (t.kind === WORD) {
    const k = t.k;
    if (k === 'ngày') {
      // "ngày 25 tháng 1 năm 2022"
      const d = num(ctx, i + 1);
      if (d !== null && d >= 1 && d <= 31 && ctx.keyAt(i + 2) === 'tháng') {
        const m = num(ctx, i + 3);
        if (m !== null && m >= 1 && m <= 12) {
          let e = i + 4;
          if (ctx.keyAt(e) === 'năm' && isYear(ctx, e + 1)) e += 2;
          return { i, j: e };
        }
      }
      // "ngày 23-24 tháng 1 (năm 2017)": a range of days with the month in words.
      if (d !== null && glued(ctx, i + 2, '-–') && ctx.keyAt(i + 4) === 'tháng') {
        const d2 = num(ctx, i + 3);
        const m = num(ctx, i + 5);
        if (d2 !== null && d2 > d && d2 <= 31 && m !== null && m >= 1 && m <= 12) {
          let e = i + 6;
          if (ctx.keyAt(e) === 'năm' && isYear(ctx, e + 1)) e += 2;
          return { i, j: e };
        }
      }
      // "ngày 11 đến 17/11" is one range, like "11-17/11"; "ngày 8 và 9/9" two days, the first before a full date.
      const link = ctx.keyAt(i + 2);
      // "ngày 10 đến ngày 15/3": the second day may repeat "ngày".
      const second = ctx.keyAt(i + 3) === 'ngày' ? i + 4 : i + 3;
      const dm2 = d !== null && d >= 1 && d <= 31 ? dayMonth(ctx, second) : null;
      if (dm2 && (link === 'đến' || link === 'tới')) return { i: i + 1, j: dm2.end };
      if (dm2 && link === 'và') return { i, j: i + 2 };
      // "ngày 5 - 10/5/2017": a range of days with a spaced dash is one date, like "5-10/5".
      if (d !== null && d >= 1 && d <= 31 && dashAt(ctx, i + 2) && ctx.tokens[i + 2]!.sp) {
        const dm = dayMonth(ctx, i + 3);
        if (dm && Number(ctx.tokens[i + 3]!.s) > d) return { i: i + 1, j: dm.year ? rangeEnd(ctx, dm.end) : dm.end };
        // "ngày 21 - 28.2": the second day dotted with its month.
        const dotted = spacedDottedEnd(ctx, i + 1);
        if (dotted) return { i: i + 1, j: dotted };
      }
      return null;
    }
    if (k === 'tháng') {
      const my = monthYear(ctx, i + 1);
      if (my) return { i, j: rangeEnd(ctx, my) };
      // "tháng 10-12/2018", "tháng 9 đến 10/2015", "tháng 9 đến tháng 10/2015": a range of months in one year.
      const m1 = num(ctx, i + 1);
      const to = ctx.keyAt(i + 2) === 'đến' || ctx.keyAt(i + 2) === 'tới';
      if (to && m1 !== null && m1 >= 1 && m1 <= 12) {
        const my2 = monthYear(ctx, ctx.keyAt(i + 3) === 'tháng' ? i + 4 : i + 3);
        if (my2) return { i, j: my2 };
      }
      if (m1 !== null && m1 >= 1 && m1 <= 12 && glued(ctx, i + 2, '-–') && !ctx.tokens[i + 3]?.sp) {
        const my2 = monthYear(ctx, i + 3);
        if (my2) return { i, j: my2 };
      }
      // "tháng 2.2017": papers that write dates with dots write the month's year so too.
      const dotted = /^(\d{1,2})\.(\d{4})$/.exec(ctx.tok(i + 1)?.s ?? '');
      if (dotted && Number(dotted[1]) >= 1 && Number(dotted[1]) <= 12 && !gluedAfter(ctx, i + 2)) {
        const y = Number(dotted[2]);
        if (y >= 1900 && y <= 2100) return { i, j: i + 2 };
      }
      const m = num(ctx, i + 1);
      const dashed = m !== null && m >= 1 && m <= 12 ? dashYear(ctx, i + 2) : 0;
      if (dashed) return { i, j: dashed };
      if (m !== null && m >= 1 && m <= 12 && !gluedAfter(ctx, i + 2)) {
        let e = i + 2;
        if (ctx.keyAt(e) === 'năm' && isYear(ctx, e + 1)) e += 2;
        return { i, j: e };
      }
      return null;
    }
    if (k === 'mùng' || k === 'mồng') return lunarDay(ctx, i);
    // "Q4/2016", "Q1/2017": a quarter abbreviated, its year after a slash.
    if (t.s === 'Q' && ctx.tok(i + 1)?.kind === NUM && !ctx.tokens[i + 1]!.sp && /^[1-4]$/.test(ctx.tokens[i + 1]!.s) && slashAt(ctx, i + 2) && isYear(ctx, i + 3) && !gluedAfter(ctx, i + 4)) return { i, j: i + 4 };
    if (k === 'quý') {
      const r = ctx.tok(i + 1);
      // "quý IV", or "quý 2/2018" with a digit for the quarter.
      const digit = !!r && r.kind === NUM && /^[1-4]$/.test(r.s);
      // "quý 4.2016": papers that write dates with dots write the quarter's year so too.
      const dotted = r && r.kind === NUM ? /^[1-4]\.(\d{4})$/.exec(r.s) : null;
      if (dotted) return Number(dotted[1]) >= 1900 && Number(dotted[1]) <= 2100 && !gluedAfter(ctx, i + 2) ? { i, j: i + 2 } : null;
      if (!r || !((r.kind === WORD && ROMAN.test(r.s)) || digit)) return null;
      if (slashAt(ctx, i + 2) && isYear(ctx, i + 3)) return { i, j: i + 4 };
      const dashed = dashYear(ctx, i + 2);
      if (dashed) return { i, j: dashed };
      // "quý II-III/2016": a range of quarters in one year.
      if (r.kind === WORD && glued(ctx, i + 2, '-–') && QUARTERS.has(ctx.tok(i + 3)?.s ?? '') && slashAt(ctx, i + 4) && isYear(ctx, i + 5)) return { i, j: i + 6 };
      // "quý 4 của công ty": a quarter in digits alone, like "quý IV".
      if (digit) return ctx.keyAt(i + 2) === 'năm' && isYear(ctx, i + 3) ? { i, j: i + 4 } : gluedAfter(ctx, i + 2) || ctx.tok(i + 2)?.kind === NUM || countedNounAt(ctx, i + 2) ? null : { i, j: i + 2 };
      if (ctx.keyAt(i + 2) === 'năm' && isYear(ctx, i + 3)) return { i, j: i + 4 };
      // "quý III" alone: the quarter of the year in question.
      return QUARTERS.has(r.s) && !gluedAfter(ctx, i + 2) ? { i, j: i + 2 } : null;
    }
    if (k === 'năm') {
      let j = i + 1;
      if (ctx.keyAt(j) === 'học') j++;
      else if (ctx.keyAt(j) === 'tài' && ctx.keyAt(j + 1) === 'chính') j += 2;
      const e = yearRangeEnd(ctx, j);
      return e && !gluedAfter(ctx, e) ? { i, j: e } : null;
    }
    return null;
  }
  if (t.kind !== NUM || gluedBefore(ctx, i)) return null;
  const prevKey = i > 0 ? ctx.keyAt(i - 1) : null;
  if (prevKey === 'số') return null;

  // "từ 25 đến 30/4": a range of days written out, one date like "25-30/4".
  const d1 = num(ctx, i);
  if (prevKey === 'từ' && d1 !== null && d1 >= 1 && d1 <= 31 && (ctx.keyAt(i + 1) === 'đến' || ctx.keyAt(i + 1) === 'tới')) {
    const dm2 = dayMonth(ctx, ctx.keyAt(i + 2) === 'ngày' ? i + 3 : i + 2);
    if (dm2) return { i, j: dm2.end };
  }
  // "từ 21 - 28.2": a range of days, the second dotted with its month.
  if (prevKey !== null && SEP_CUES.has(prevKey)) {
    const dotted = spacedDottedEnd(ctx, i);
    if (dotted) return { i, j: dotted };
  }
  // "vòng 1/8": the round of sixteen, no date; "chiếm 1/2 chi phí": a share.
  if (prevKey === 'vòng' || prevKey === 'chiếm') return null;
  if (scoreAt(ctx, i)) return null;
  // "xếp thứ 2/11", "đứng hạng 3/10": a rank out of a whole after a verb of ranking, not a weekday's date.
  if ((prevKey === 'thứ' || prevKey === 'hạng') && i > 1 && (RANK_VERBS.has(ctx.keyAt(i - 2) ?? '') || ctx.keyAt(i - 2) === 'trí')) return null;
  const dm = dayMonth(ctx, i);
  if (dm) {
    if (dm.year) return { i, j: rangeEnd(ctx, dm.end) };
    const strong = prevKey !== null && STRONG_CUES.has(prevKey);
    // "với tỷ lệ 9/9", "số phiếu 45/47", "đạt 5/5": a share out of a whole after a word of counting.
    if (!strong && dm.end === i + 3 && prevKey !== null && SHARE_WORDS.has(prevKey) && Number(t.s) <= Number(ctx.tokens[i + 2]!.s)) return null;
    // "hoạt động 24/7": round the clock.
    if (!strong && dm.end === i + 3 && t.s === '24' && ctx.tokens[i + 2]!.s === '7') return null;
    if (!strong && countedNounAt(ctx, dm.end)) return null; // "5/5 hạng mục": a ratio
    if (!strong && tableCell(ctx, i, dm.end)) return null;
    return { i, j: rangeEnd(ctx, dm.end) };
  }
  const sep = separatedDate(ctx, i);
  if (sep) return { i, j: dottedRangeEnd(ctx, i, sep) };
  const my = monthYear(ctx, i);
  if (my) return { i, j: rangeEnd(ctx, my) };
  // "9 tháng đầu năm 2019", "6 tháng năm 2017": a reporting period of the year.
  const period = reportingPeriod(ctx, i);
  if (period) return { i, j: period };
  if (isYear(ctx, i)) {
    const e = yearRangeEnd(ctx, i);
    if (gluedAfter(ctx, e)) return null;
    const next = ctx.tok(e);
    // "2000 tỷ đồng", "2020%": a quantity, not a year.
    if (next && (next.s === '%' || (next.kind === WORD && (MULTIPLIERS.has(next.k) || UNITS.match(ctx.keys, e) > 0)))) {
      return null;
    }
    const y = Number(t.s);
    if (y < 1900 || y > 2100) return null;
    // "Tổng đài 1900 1234", "1800 6868": a phone number's prefix, a bare number after it.
    if (e === i + 1 && ctx.tok(e)?.kind === NUM && /^\d{3,}$/.test(ctx.tokens[e]!.s) && prevKey !== 'năm') return null;
    if (e === i + 1 && namesYear(ctx, i)) return null;
    return { i, j: e };
  }
  return null;
}

/**
 * "Năm APEC 2017", "Việt Nam - Lào 2017", "Mazda3 2017": a lone year right after a capitalised
 * name word is the name's edition, not a calendar reference (the dev gold leaves them out). A birth
 * year after "SN", a season or lunar year ("Tết Đinh Dậu 2017") and a year after a capitalised
 * function word at a sentence start ("Từ 2016") stay dates.
 */
function namesYear(ctx: BlockCtx, i: number): boolean {
  if (i === 0) return false;
  const prev = ctx.tokens[i - 1]!;
  if (prev.kind !== WORD || !prev.cap) return false;
  return prev.k !== 'sn' && !STOPWORDS.has(prev.k) && !DATE_CUES.has(prev.k) && !MONTH_WORDS.has(prev.k) && !SEASONS.has(prev.k);
}

const RANK_VERBS = new Set(['xếp', 'đứng']);
/** Words before a share out of a whole ("tỷ lệ 9/9", "số phiếu 45/47", "đạt 5/5"). */
const SHARE_WORDS = new Set(['lệ', 'phiếu', 'đạt']);
/** Words before a match's score: "thắng 7-2", "dẫn 2-0", "hòa 1-1". */
const SCORE_WORDS = new Set(['thắng', 'thua', 'hòa', 'hoà', 'dẫn', 'set', 'ván', 'hiệp']);

/** A score after a word of the match, or in brackets after another score ("7-6 (7-2)"). */
function scoreAt(ctx: BlockCtx, i: number): boolean {
  if (i < 4) return i > 0 && SCORE_WORDS.has(ctx.keyAt(i - 1) ?? '');
  const prev = ctx.keyAt(i - 1);
  if (prev !== null && SCORE_WORDS.has(prev)) return true;
  return ctx.isPunct(i - 1, '(') && ctx.tok(i - 2)?.kind === NUM && ctx.isPunct(i - 3, '-') && ctx.tok(i - 4)?.kind === NUM;
}

/**
 * "… 54% 1/2 Cứu Break 4/7 8 …": a day/month written next to a bare number or a percentage, with no
 * cue, is a cell of a table of statistics.
 */
function tableCell(ctx: BlockCtx, i: number, end: number): boolean {
  const prev = i > 0 ? ctx.tok(i - 1) : undefined;
  const next = ctx.tok(end);
  // A clock time before it ("2:45 8/2") dates a fixture; a bare number or a percentage is the previous cell.
  if (prev && ctx.tokens[i]!.sp && (prev.s === '%' || (prev.kind === NUM && !ctx.isPunct(i - 2, ':') && !/[:hg]/.test(prev.s)))) return true;
  // A number after it that no unit of time follows ("15/8 10 giờ" is a date and an hour).
  const unit = ctx.keyAt(end + 1);
  return !!next && next.kind === NUM && next.sp && !(unit !== null && (TIME_UNITS.has(unit) || unit === 'giờ' || unit === 'h'));
}

/** "9 tháng đầu năm 2019", "6 tháng cuối năm 2020", "6 tháng năm 2017": months of a year reported on ("4 tháng đầu năm" alone is left out, as the dev gold does). */
function reportingPeriod(ctx: BlockCtx, i: number): number {
  const n = num(ctx, i);
  if (n === null || n < 1 || n > 11 || ctx.keyAt(i + 1) !== 'tháng') return 0;
  let j = i + 2;
  if (ctx.keyAt(j) === 'đầu' || ctx.keyAt(j) === 'cuối') j++;
  if (ctx.keyAt(j) !== 'năm') return 0;
  if (isYear(ctx, j + 1)) return gluedAfter(ctx, j + 2) ? 0 : j + 2;
  return 0;
}

/** Dates in a block, skipping tokens marked in `taken` (documents, organisations). */
export function findDates(ctx: BlockCtx, taken: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < ctx.n; ) {
    const d = taken[i] === 1 ? null : dateAt(ctx, i);
    if (d) {
      out.push(d);
      i = d.j;
    } else i++;
  }
  return out;
}
