import { foldRole, type Appearance } from './appearances';

/**
 * Splits the appearances of one full name into persons.
 * 1. Appearances whose roles name provinces are one person when they share a province; a role that
 *    names two provinces ("nguyên Bí thư Nghệ An, nay Bí thư Hà Nội") links both.
 * 2. An appearance with no province (national roles, no role) joins the person of that name when
 *    there is at most one; among namesakes in several provinces it joins the one whose roles share
 *    the most words with its own, and stays a person of its own when none or several tie.
 */
export function clusterAppearances(appearances: readonly Appearance[]): Appearance[][] {
  const placed = appearances.filter((a) => a.places.length > 0);
  const unplaced = appearances.filter((a) => a.places.length === 0);

  const groups: { places: Set<string>; members: Appearance[] }[] = [];
  for (const a of placed) {
    const joined = groups.filter((g) => a.places.some((p) => g.places.has(p)));
    const merged = { places: new Set(a.places), members: [a] };
    for (const g of joined) {
      g.places.forEach((p) => merged.places.add(p));
      merged.members.push(...g.members);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }

  if (groups.length <= 1) {
    const all = [...(groups[0]?.members ?? []), ...unplaced];
    return all.length > 0 ? [all] : [];
  }

  const loners: Appearance[] = [];
  for (const a of unplaced) {
    const words = roleWords(a.roles);
    const scores = groups.map((g) => overlap(words, roleWords(g.members.flatMap((m) => m.roles))));
    const best = Math.max(...scores);
    const winners = scores.filter((s) => s === best).length;
    if (best > 0 && winners === 1) groups[scores.indexOf(best)]!.members.push(a);
    else loners.push(a);
  }
  const persons = groups.map((g) => g.members);
  if (loners.length > 0) persons.push(loners);
  return persons;
}

/** Words of roles that say what the post is (short function words and titles alone say little). */
export function roleWords(roles: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const r of roles) for (const w of foldRole(r).trim().split(' ')) if (w.length > 1) words.add(w);
  return words;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
