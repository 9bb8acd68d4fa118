/**
 * One body under several spellings in one article: "Thành ủy TP" and "Thành ủy TPHCM", "UBND tỉnh" and
 * "UBND tỉnh Yên Bái", "UBND TP Hà nội" and "UBND TP Hà Nội". Each organisation mention gets `name`:
 * the fullest spelling in the article that its own spelling stands for. A short spelling only merges
 * when exactly one fuller spelling fits it, so two provinces' committees never merge.
 */
import type { Entity } from '../article/types';
import { foldKey } from './text';

/** Short place words a body's name may end with while meaning the place named elsewhere. */
const SHORT_PLACES = new Set(['tp', 'tp.', 'tỉnh', 'thành phố', 'quận', 'huyện', 'xã', 'phường', 'thị xã'].map(foldKey));

const words = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');

/** Does the short spelling stand for the long one? Both as words, case and tone marks aside. */
export function standsFor(short: string, long: string): boolean {
  const a = words(short).map(foldKey);
  const b = words(long).map(foldKey);
  if (a.length > b.length || a.join(' ') === b.join(' ')) return false;
  // The head and name agree word for word up to the short spelling's last word…
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  const last = a[a.length - 1]!;
  const there = b[a.length - 1]!;
  // …which is the same word with the place after it ("UBND tỉnh" → "UBND tỉnh Yên Bái"), or a short
  // place that the long spelling writes out ("TP" → "TPHCM", "TP.HCM").
  if (last === there) return SHORT_PLACES.has(last) || SHORT_PLACES.has(a.slice(-2).join(' '));
  return (last === 'tp' || last === 'tp.') && there.startsWith('tp') && a.length === b.length;
}

export function mergeOrgVariants(entities: Entity[]): void {
  const spellings = new Map<string, string>(); // fold → first spelling as written
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const k = words(e.text).map(foldKey).join(' ');
    if (!spellings.has(k)) spellings.set(k, e.text.normalize('NFC'));
  }
  if (spellings.size < 2) return;
  const all = [...spellings.values()];
  const canonical = new Map<string, string>();
  for (const s of all) {
    const fuller = all.filter((l) => standsFor(s, l));
    // The fullest of the fuller spellings, when they all agree on one body.
    const longest = fuller.sort((x, y) => y.length - x.length)[0];
    if (longest && fuller.every((f) => standsFor(f, longest) || f === longest || words(f).map(foldKey).join(' ') === words(longest).map(foldKey).join(' '))) {
      canonical.set(s, longest);
    }
  }
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const first = spellings.get(words(e.text).map(foldKey).join(' '))!;
    const name = canonical.get(first) ?? first;
    if (name !== e.text.normalize('NFC')) e.name = name;
  }
}
