import { AFTER_HEAD, BEFORE_HEAD, BODIES, HEADS, NAMED_PLACES, PLACE_KINDS, type BodyEntry, type HeadEntry } from './table';

/**
 * English renderings of Vietnamese official titles, built from their parts with the reviewed table
 * (table.ts): "Phó Bí thư Thường trực Thành ủy TPHCM" → modifier "Phó" + head "Bí thư" + modifier
 * "Thường trực" + body "Thành ủy" + place "TPHCM" → "Standing Deputy Secretary of the Ho Chi Minh
 * City Party Committee". A title of several offices ("Ủy viên Bộ Chính trị, Phó Thủ tướng") is done
 * office by office. What the table does not know is never guessed: it stays in Vietnamese in the
 * rendering, and is listed in `untranslated`.
 */
export interface TitleTranslation {
  /** The English rendering (may contain Vietnamese where parts are unknown). */
  en: string;
  /** The Vietnamese parts kept as they are; empty when the whole title is translated. */
  untranslated: string[];
}

type Words = string[];

/** Matching key: NFC, lower case, old-style tone placement (uỷ, hoá) as the new style (ủy, hóa). */
const TONE_FOLD: Record<string, string> = { uý: 'úy', uỳ: 'ùy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy', oá: 'óa', oà: 'òa', oả: 'ỏa', oã: 'õa', oạ: 'ọa' };
function key(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/u[ýỳỷỹỵ]|o[áàảãạ]/g, (m) => TONE_FOLD[m] ?? m);
}

function words(text: string): Words {
  return text
    .normalize('NFC')
    .replace(/\s*[-–—]\s*/g, ' - ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** The number of words of `phrase` that `ws` starts with at `at`, or 0. */
function startsWith(ws: Words, at: number, phrase: string): number {
  const p = words(phrase);
  if (at + p.length > ws.length) return 0;
  return p.every((w, i) => key(w) === key(ws[at + i]!)) ? p.length : 0;
}

function longest<T>(ws: Words, at: number, entries: readonly T[], phrases: (e: T) => string[]): { entry: T; length: number } | null {
  let best: { entry: T; length: number } | null = null;
  for (const entry of entries) {
    for (const phrase of phrases(entry)) {
      const length = startsWith(ws, at, phrase);
      if (length > 0 && (!best || length > best.length)) best = { entry, length };
    }
  }
  return best;
}

const capitalised = (w: string) => /^[\p{Lu}\d]/u.test(w);

/** A place from `at` to the end of the words, or null. */
function place(ws: Words, at: number): { noun: string; adjective: string } | null {
  const named = longest(ws, at, NAMED_PLACES, (p) => p.vi);
  if (named && at + named.length === ws.length) return { noun: named.entry.en, adjective: named.entry.en };
  const kind = longest(ws, at, PLACE_KINDS, (k) => k.vi);
  if (!kind) return null;
  const name = ws.slice(at + kind.length);
  if (name.length === 0 || !name.every(capitalised)) return null;
  const n = name.join(' ');
  return { noun: kind.entry.noun(n), adjective: kind.entry.adjective(n) };
}

interface Chain {
  bodies: BodyEntry[];
  place: { noun: string; adjective: string } | null;
  /** Words not understood, from the first one the table does not know. */
  rest: string;
}

function chain(ws: Words, at: number): Chain {
  const bodies: BodyEntry[] = [];
  let i = at;
  while (i < ws.length) {
    const p = place(ws, i);
    if (p) return { bodies, place: p, rest: '' };
    const body = longest(ws, i, BODIES, (b) => b.vi);
    if (!body) break;
    bodies.push(body.entry);
    i += body.length;
  }
  return { bodies, place: null, rest: ws.slice(i).join(' ').replace(/ - /g, ' – ') };
}

function bodyEnglish(b: BodyEntry, last: boolean, p: Chain['place']): string {
  if (last && p) return `${p.adjective} ${b.en}`;
  return b.bare ?? b.en;
}

/** "the X of the Y", or the place alone ("Hải Phòng City"), plus any Vietnamese left over. */
function chainEnglish(c: Chain): string {
  const parts = c.bodies.map((b, i) => `the ${bodyEnglish(b, i === c.bodies.length - 1, c.place)}`);
  if (c.bodies.length === 0 && c.place) parts.push(c.place.noun);
  if (c.rest !== '') parts.push(c.rest);
  return parts.join(' of ');
}

function headEnglish(head: HeadEntry, deputy: boolean, firstBody: BodyEntry | undefined): string {
  if (head.vi === 'Chủ tịch' && firstBody?.president) return deputy ? 'Vice President' : 'President';
  if (!deputy) return head.en;
  return head.deputy ?? `Deputy ${head.en}`;
}

function office(segment: string): TitleTranslation {
  const ws = words(segment);
  let i = 0;
  const before = Object.keys(BEFORE_HEAD).find((m) => startsWith(ws, 0, m) > 0 && longest(ws, words(m).length, HEADS, (h) => [h.vi]));
  if (before) i += words(before).length;
  const head = longest(ws, i, HEADS, (h) => [h.vi]);
  if (!head) return { en: segment.trim(), untranslated: [segment.trim()] };
  i += head.length;
  const after: string[] = [];
  for (;;) {
    const m = Object.keys(AFTER_HEAD).find((a) => startsWith(ws, i, a) > 0);
    if (!m) break;
    after.push(AFTER_HEAD[m]!);
    i += words(m).length;
  }
  let c = chain(ws, i);
  const h = head.entry;
  // "Bộ trưởng Bộ Tài chính", "Thứ trưởng Quốc phòng": the minister of a field, not of a ministry.
  let title = headEnglish(h, before !== undefined, c.bodies[0]);
  if (h.ministerial && c.bodies[0]?.ministry) {
    title = `${title} of ${c.bodies[0].ministry}`;
    c = { ...c, bodies: c.bodies.slice(1) };
  }
  if (h.absorbs && c.bodies.length === 1 && !c.place && c.rest === '' && h.absorbs.some((a) => c.bodies[0]!.vi.includes(a))) {
    c = { ...c, bodies: [] };
  }
  const of = chainEnglish(c);
  const en = [...after, title].join(' ') + (of === '' ? '' : ` of ${of}`);
  return { en, untranslated: c.rest === '' ? [] : [c.rest] };
}

/** The English rendering of a title such as an entity's `role`. */
export function translateTitle(title: string): TitleTranslation {
  const offices = title.split(/\s*[,;]\s*(?=\p{Lu})/u).filter((s) => s.trim() !== '');
  const done = offices.map(office);
  return { en: done.map((d) => d.en).join(', '), untranslated: done.flatMap((d) => d.untranslated) };
}
