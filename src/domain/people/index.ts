import type { Article } from '../article/types';
import { appearancesIn, foldRole, type Appearance } from './appearances';
import { clusterAppearances } from './cluster';
import { nameSlug } from './slug';
import type { NameGroup, Person, PersonSummary, RoleSpan } from './types';

export type { NameGroup, Person, PersonMention, PersonSummary, RoleSpan } from './types';
export { nameOfSlug, nameSlug } from './slug';
export { placesIn } from './places';

/** Newest first, undated last, then by title so the order is stable. */
function newestFirst(a: { published: string | null; title: string }, b: { published: string | null; title: string }): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'vi');
}

/** Role history: one span per distinct role; a role contained in a longer one of theirs counts as it. */
export function roleHistory(appearances: readonly Appearance[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan & { key: string }>();
  for (const a of appearances) {
    for (const role of a.roles) {
      const key = foldRole(role);
      const span = spans.get(key) ?? { key, role, from: null, to: null, articles: 0 };
      span.articles++;
      if (a.published) {
        if (span.from === null || a.published < span.from) span.from = a.published;
        if (span.to === null || a.published > span.to) span.to = a.published;
      }
      spans.set(key, span);
    }
  }
  const all = [...spans.values()];
  const kept = all.filter((s) => !all.some((o) => o !== s && o.key.includes(s.key)));
  for (const s of all) {
    if (kept.includes(s)) continue;
    const into = kept.filter((o) => o.key.includes(s.key)).sort((x, y) => y.articles - x.articles)[0]!;
    into.articles += s.articles;
    if (s.from && (!into.from || s.from < into.from)) into.from = s.from;
    if (s.to && (!into.to || s.to > into.to)) into.to = s.to;
  }
  return kept
    .sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || b.articles - a.articles)
    .map(({ role, from, to, articles }) => ({ role, from, to, articles }));
}

function toPerson(slug: string, name: string, appearances: Appearance[]): Person {
  const mentions = [...appearances].sort(newestFirst).map((a) => ({
    articleId: a.articleId,
    title: a.title,
    published: a.published,
    source: a.source,
    role: a.roles[0] ?? null,
    sentence: a.sentence,
  }));
  return { slug, name, places: [...new Set(appearances.flatMap((a) => a.places))].sort(), roles: roleHistory(appearances), mentions };
}

/** Every official across the articles, grouped by full name; namesakes split as clusterAppearances decides. */
export function buildPeople(articles: Iterable<Article>): NameGroup[] {
  const byName = new Map<string, Appearance[]>();
  for (const article of articles) {
    for (const a of appearancesIn(article)) {
      const key = nameSlug(a.name);
      const list = byName.get(key) ?? [];
      list.push(a);
      byName.set(key, list);
    }
  }
  const groups: NameGroup[] = [];
  for (const [base, appearances] of byName) {
    // The person with the most articles keeps the plain slug; namesakes get their province (or a number).
    const clusters = clusterAppearances(appearances).sort((a, b) => b.length - a.length || newestFirst(a[0]!, b[0]!));
    const used = new Set<string>();
    const persons = clusters.map((members, i) => {
      let slug = base;
      if (i > 0) {
        const place = [...new Set(members.flatMap((m) => m.places))].sort()[0];
        slug = place ? `${base}--${nameSlug(place)}` : `${base}--${i + 1}`;
        while (used.has(slug)) slug = `${slug}-${i + 1}`;
      }
      used.add(slug);
      return toPerson(slug, mostCommon(members.map((m) => m.name)), members);
    });
    groups.push({ name: persons[0]!.name, persons });
  }
  return groups;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The /people list: most-mentioned first, then by name. */
export function peopleSummaries(groups: readonly NameGroup[]): PersonSummary[] {
  return groups
    .flatMap((g) => g.persons)
    .map((p) => ({ slug: p.slug, name: p.name, places: p.places, roles: p.roles, articles: p.mentions.length }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'vi') || a.slug.localeCompare(b.slug));
}

/** The person of a name group who appears in an article (what an article's person card links to). */
export function personInArticle(group: NameGroup, articleId: string): Person | undefined {
  return group.persons.find((p) => p.mentions.some((m) => m.articleId === articleId));
}
