/**
 * Articles the built people index does not know (the reader's own, stored in the browser) added to
 * one name's group as buildPeople would have placed them, except that people already in the index
 * keep their slugs, so their addresses stay valid.
 */
import type { Appearance } from './appearances';
import { overlap, roleWords } from './cluster';
import { mentionOf, mergeSpans, nameGroup, newestFirst } from './build';
import type { NameGroup, Person } from './types';

/** The indexed person an appearance belongs to, by clusterAppearances' rules; null: someone new. */
function personFor(persons: readonly Person[], a: Appearance): Person | null {
  if (a.places.length > 0) {
    const sharing = persons.find((p) => p.places.some((pl) => a.places.includes(pl)));
    if (sharing) return sharing;
    // A name known only without a province is one person with anyone of that name (as in cluster).
    return persons.length === 1 && persons[0]!.places.length === 0 ? persons[0]! : null;
  }
  if (persons.length === 1) return persons[0]!;
  const placed = persons.filter((p) => p.places.length > 0);
  const words = roleWords(a.roles);
  const scores = placed.map((p) => overlap(words, roleWords(p.roles.map((r) => r.role))));
  const best = Math.max(0, ...scores);
  if (best > 0 && scores.filter((s) => s === best).length === 1) return placed[scores.indexOf(best)]!;
  // Among namesakes with no clear match it joins the index's person without a province, if any.
  return persons.find((p) => p.places.length === 0) ?? null;
}

function addTo(person: Person, extra: readonly Appearance[]): Person {
  return {
    ...person,
    places: [...new Set([...person.places, ...extra.flatMap((a) => a.places)])].sort(),
    roles: mergeSpans([...person.roles, ...extra.flatMap((a) => a.roles.map((role) => ({ role, from: a.published, to: a.published, articles: 1 })))]),
    mentions: [...person.mentions, ...extra.map(mentionOf)].sort(newestFirst),
  };
}

/** `built`: the name's group from the index (null when the index has no one of that name). */
export function withExtra(base: string, built: NameGroup | null, extra: readonly Appearance[]): NameGroup | null {
  if (extra.length === 0) return built;
  if (!built || built.persons.length === 0) return nameGroup(base, extra);
  const joined = new Map<Person, Appearance[]>();
  const alone: Appearance[] = [];
  for (const a of extra) {
    const p = personFor(built.persons, a);
    if (p) joined.set(p, [...(joined.get(p) ?? []), a]);
    else alone.push(a);
  }
  const persons = built.persons.map((p) => (joined.has(p) ? addTo(p, joined.get(p)!) : p));
  if (alone.length > 0) persons.push(...nameGroup(base, alone, new Set(persons.map((p) => p.slug))).persons);
  return { name: built.name, persons };
}
