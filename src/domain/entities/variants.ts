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
  return standsForKeys(words(short).map(foldKey), words(long).map(foldKey));
}

/** standsFor over spellings already split into folded words. */
function standsForKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length > b.length) return false;
  // The head and name agree word for word up to the short spelling's last word…
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  const last = a[a.length - 1]!;
  const there = b[a.length - 1]!;
  // …which is the same word with the place after it ("UBND tỉnh" → "UBND tỉnh Yên Bái"), or a short
  // place that the long spelling writes out ("TP" → "TPHCM", "TP.HCM").
  if (last === there) return a.length < b.length && (SHORT_PLACES.has(last) || SHORT_PLACES.has(a.slice(-2).join(' ')));
  return (last === 'tp' || last === 'tp.') && there.startsWith('tp') && a.length === b.length;
}

export function mergeOrgVariants(entities: Entity[]): void {
  const spellings = new Map<string, { text: string; keys: string[] }>(); // fold → first spelling as written
  const foldOf = new Map<Entity, string>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const keys = words(e.text).map(foldKey);
    const k = keys.join(' ');
    foldOf.set(e, k);
    if (!spellings.has(k)) spellings.set(k, { text: e.text.normalize('NFC'), keys });
  }
  if (spellings.size < 2) return;
  const all = [...spellings.values()];
  // A fuller spelling shares the short one's first word, except a lone "TP" written out ("TPHCM"):
  // comparing within first words keeps long articles' hundreds of bodies from a square of comparisons.
  const byFirst = new Map<string, typeof all>();
  for (const v of all) {
    const list = byFirst.get(v.keys[0]!);
    if (list) list.push(v);
    else byFirst.set(v.keys[0]!, [v]);
  }
  const canonical = new Map<string, string>();
  for (const s of all) {
    const candidates = s.keys.length === 1 && (s.keys[0] === 'tp' || s.keys[0] === 'tp.') ? all : byFirst.get(s.keys[0]!)!;
    const fuller = candidates.filter((l) => l !== s && standsForKeys(s.keys, l.keys));
    // The fullest of the fuller spellings, when they all agree on one body.
    const longest = fuller.sort((x, y) => y.text.length - x.text.length)[0];
    if (longest && fuller.every((f) => f === longest || standsForKeys(f.keys, longest.keys))) canonical.set(s.text, longest.text);
  }
  for (const [e, k] of foldOf) {
    const first = spellings.get(k)!.text;
    const name = canonical.get(first) ?? first;
    if (name !== e.text.normalize('NFC')) e.name = name;
  }
}
