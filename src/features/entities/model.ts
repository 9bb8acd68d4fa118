/**
 * What the entities UI shows, worked out from an article's mentions. Pure: no React, no DOM, so it
 * is unit-tested on its own and shared by the legend, the cards and the "In this article" panel.
 */
import { ENTITY_TYPES, type Article, type Entity, type EntityType } from '../../domain/article/types';
import { sentenceStarts } from '../../domain/ingest/sentences';

/** One distinct entity (a person, an organisation, a figure …) and every place it is mentioned. */
export interface EntityGroup {
  /** Stable within an article: `<type>:<key>`. */
  id: string;
  type: EntityType;
  /** What is shown: the person's name, or the text as written. */
  label: string;
  /** Indices into `article.entities`, in reading order. */
  mentions: number[];
  /** Officials: the first non-null role among the person's mentions. */
  role: string | null;
  /** Officials: the organisation named inside the role. */
  org: string | null;
  /** Figures: the parsed value of the first mention. */
  value: number | null;
}

export interface EntityModel {
  groups: EntityGroup[];
  byType: Record<EntityType, EntityGroup[]>;
  /** Mentions per type (what the legend counts: what is highlighted). */
  mentionCounts: Record<EntityType, number>;
  /** The group of each entity index. */
  groupOf: (EntityGroup | undefined)[];
}

const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function groupKey(e: Entity): string {
  // People by name; bodies by their fullest spelling in the article ("Thành ủy TP" is "Thành ủy TPHCM").
  return (e.type === 'official' || e.type === 'organization') && e.name ? nfc(e.name) : nfc(e.text);
}

function byReadingOrder(entities: readonly Entity[]) {
  return (a: number, b: number) => {
    const x = entities[a]!;
    const y = entities[b]!;
    return x.block - y.block || x.start - y.start || a - b;
  };
}

/** Groups mentions into distinct entities (a person by name, anything else by its text). */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const order = entities.map((_, i) => i).sort(byReadingOrder(entities));
  const groups = new Map<string, EntityGroup>();
  for (const i of order) {
    const e = entities[i]!;
    const key = groupKey(e);
    const id = `${e.type}:${key}`;
    let g = groups.get(id);
    if (!g) {
      g = { id, type: e.type, label: key, mentions: [], role: null, org: null, value: null };
      groups.set(id, g);
    }
    g.mentions.push(i);
    if (e.type === 'official' && g.role === null && e.role) g.role = nfc(e.role);
    if (e.type === 'figure' && g.value === null && typeof e.value === 'number' && Number.isFinite(e.value)) {
      g.value = e.value;
    }
  }
  return [...groups.values()];
}

// Cache: the model is derived from the (immutable) article, once.
const cache = new WeakMap<Article, EntityModel>();

/** The article's entity model, computed once per article object. */
export function entityModel(article: Article): EntityModel {
  const hit = cache.get(article);
  if (hit) return hit;
  const groups = groupEntities(article.entities);
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as EntityGroup[]])) as Record<
    EntityType,
    EntityGroup[]
  >;
  const mentionCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const groupOf: (EntityGroup | undefined)[] = new Array(article.entities.length);
  for (const g of groups) {
    byType[g.type].push(g);
    mentionCounts[g.type] += g.mentions.length;
    for (const m of g.mentions) groupOf[m] = g;
  }
  const orgNames = byType.organization.map((g) => g.label);
  for (const g of byType.official) g.org = g.role ? orgFromRole(g.role, orgNames) : null;
  const model = { groups, byType, mentionCounts, groupOf };
  cache.set(article, model);
  return model;
}

/**
 * Words that start an organisation's name inside a title ("Phó Bí thư *Thành ủy TPHCM*",
 * "Giám đốc *Sở Y tế*"). Capitalised heads must be followed by a capitalised word or a digit so that
 * "Bộ trưởng" or "Ban chỉ đạo" in lower case do not count; the acronyms stand alone.
 */
const CAPITAL_HEADS = [
  'Tổng cục',
  'Tổng công ty',
  'Chi cục',
  'Cục',
  'Bộ Tư lệnh',
  'Bộ',
  'Ban',
  'Sở',
  'Ủy ban',
  'Uỷ ban',
  'Hội đồng',
  'Hội',
  'Hiệp hội',
  'Liên đoàn',
  'Đoàn',
  'Viện',
  'Trường',
  'Bệnh viện',
  'Văn phòng',
  'Mặt trận',
  'Tòa án',
  'Toà án',
  'Công an',
  'Quân khu',
  'Ngân hàng',
  'Kho bạc',
  'Thanh tra',
  'Phòng',
  'Trung tâm',
  'Công ty',
  'Tập đoàn',
  'Đài',
  'Báo',
  'Đại học',
  'Học viện',
];
const STANDALONE_HEADS = [
  'Thành ủy',
  'Thành uỷ',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Quận ủy',
  'Quận uỷ',
  'Huyện ủy',
  'Huyện uỷ',
  'Thị ủy',
  'Thị uỷ',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng đoàn',
  'Ban cán sự',
  'UBND',
  'HĐND',
  'MTTQ',
  'UBMTTQ',
  'Quốc hội',
  'Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
];

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${STANDALONE_HEADS.map(escape).join('|')})(?![\\p{L}\\p{N}])` +
    `|(?:${CAPITAL_HEADS.map(escape).join('|')})\\s+(?=[\\p{Lu}\\p{N}]))`,
  'u',
);

/**
 * The organisation named inside a role: "Phó Bí thư Thành ủy TPHCM" → "Thành ủy TPHCM". An
 * organisation the article names that the role contains wins (the earliest, then the longest);
 * otherwise the role is cut at the first organisation head. Null when the role names none.
 */
export function orgFromRole(role: string, orgNames: readonly string[] = []): string | null {
  const r = nfc(role);
  const named: { at: number; name: string }[] = [];
  for (const raw of orgNames) {
    const name = nfc(raw);
    const at = name ? r.indexOf(name) : -1;
    if (at >= 0) named.push({ at, name });
  }
  named.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  const m = HEAD_RE.exec(r);
  if (!m) return named[0]?.name ?? null;
  // The article's own name for the body that starts at the head bounds it best.
  const same = named.find((n) => n.at === m.index);
  if (same) return same.name;
  const cut = r.slice(m.index).split(/[,;(]/u)[0]!.replace(/[\s.:–-]+$/u, '');
  return cut || null;
}

export type ChangeWord = 'tăng' | 'giảm';

/**
 * "tăng"/"giảm" standing just before a figure (in the same clause, within a few words), or leading
 * the figure's own text: "(tăng 2.185 đảng viên …)", "giảm xuống còn 5%". "tăng cường" is not a change.
 */
export function changeWord(blockText: string, start: number, mentionText = ''): ChangeWord | null {
  const own = nfc(mentionText).toLowerCase().match(/^(tăng|giảm)(?!\s*cường)(?![\p{L}])/u);
  if (own) return own[1] as ChangeWord;
  const before = nfc(blockText.slice(Math.max(0, start - 60), start)).toLowerCase();
  const clause = before.split(/[.;:!?,()\u201c\u201d"]/u).pop() ?? '';
  const words = clause.split(/\s+/u).filter(Boolean).slice(-4);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if ((w === 'tăng' || w === 'giảm') && words[i + 1] !== 'cường') return w;
  }
  return null;
}

/**
 * The sentence around [start, end) of a block's text, trimmed, and where the mention sits inside it.
 * A sentence ends at . ! ? … before a space and a capital, after a lower-case word (so "246.797"
 * and "TP. HCM" do not cut it); very long sentences are shortened around the mention with an ellipsis.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  max = 280,
): { text: string; start: number; end: number } {
  // Sentences as ingest splits long paragraphs (one splitter for the app): a boundary inside the mention does not count.
  let from = 0;
  let to = text.length;
  for (const s of sentenceStarts(text)) {
    if (s <= start) from = s;
    else if (s >= end) {
      to = s;
      break;
    }
  }
  while (from < start && /\s/u.test(text[from]!)) from++;
  while (to > end && /\s/u.test(text[to - 1]!)) to--;
  let prefix = '';
  let suffix = '';
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    const left = Math.min(start - from, Math.floor(room / 2));
    const right = Math.min(to - end, room - left);
    if (start - left > from) {
      from = start - left;
      const space = text.indexOf(' ', from);
      if (space > 0 && space < start) from = space + 1;
      prefix = '…';
    }
    if (end + right < to) {
      to = end + right;
      const space = text.lastIndexOf(' ', to);
      if (space > end) to = space;
      suffix = '…';
    }
  }
  return {
    text: prefix + text.slice(from, to) + suffix,
    start: prefix.length + start - from,
    end: prefix.length + end - from,
  };
}

const APPROX = /^(?:hơn|gần|khoảng|trên|dưới|xấp xỉ|chừng|ít nhất|tối đa|tới|đến|tăng|giảm)\s+/iu;
const MULTIPLIER_WORDS = /^(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])\s*/iu;
const NUMBER_PART = /^[\d.,]+(?:\s*[-–/]\s*[\d.,]+)*/u;

/** A figure's text cut into the number as written and what it counts: "2,5 tỷ đồng" → "2,5 tỷ" + "đồng". */
export function figureParts(text: string): { number: string; unit: string | null } {
  let rest = nfc(text);
  let m: RegExpExecArray | null;
  while ((m = APPROX.exec(rest))) rest = rest.slice(m[0].length);
  const num = NUMBER_PART.exec(rest);
  if (!num) return { number: rest, unit: null };
  let number = num[0];
  rest = rest.slice(number.length).trimStart();
  while ((m = MULTIPLIER_WORDS.exec(rest))) {
    number += ' ' + m[0].trim();
    rest = rest.slice(m[0].length);
  }
  const unit = rest.trim();
  return { number, unit: unit || null };
}

/** A parsed value in the reader's notation, with the short form for big numbers: "2.500.000.000 (2,5 tỷ)" / "2,500,000,000 (2.5 billion)". */
export function formatValue(value: number, locale = 'vi-VN'): string {
  const full = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  if (Math.abs(value) < 1e6) return full;
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
  return `${full} (${compact.format(value)})`;
}
