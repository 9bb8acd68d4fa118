import type { Article } from '../article/types';
import { appearancesIn, foldRole, type Appearance } from './appearances';
import { clusterAppearances } from './cluster';
import { nameSlug } from './slug';
import type { NameGroup, Person, PersonMention, PersonSummary, RoleSpan } from './types';

/** Newest first, undated last, then by title so the order is stable. */
export function newestFirst(a: { published: string | null; title: string }, b: { published: string | null; title: string }): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'vi');
}

/** Role history: one span per distinct role; a role contained in a longer one of theirs counts as it. */
export function roleHistory(appearances: readonly Appearance[]): RoleSpan[] {
  return mergeSpans(appearances.flatMap((a) => a.roles.map((role) => ({ role, from: a.published, to: a.published, articles: 1 }))));
}

/** Spans of one role (folded) added up; a role contained in a longer one is folded into it. Oldest first. */
export function mergeSpans(input: readonly RoleSpan[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan & { key: string }>();
  const widen = (into: RoleSpan, s: RoleSpan) => {
    into.articles += s.articles;
    if (s.from && (!into.from || s.from < into.from)) into.from = s.from;
    if (s.to && (!into.to || s.to > into.to)) into.to = s.to;
  };
  for (const s of input) {
    const key = foldRole(s.role);
    const span = spans.get(key);
    if (span) widen(span, s);
    else spans.set(key, { key, role: s.role, from: s.from, to: s.to, articles: s.articles });
  }
  const all = [...spans.values()];
  const kept = all.filter((s) => !all.some((o) => o !== s && o.key.includes(s.key)));
  for (const s of all) {
    if (kept.includes(s)) continue;
    widen(kept.filter((o) => o.key.includes(s.key)).sort((x, y) => y.articles - x.articles)[0]!, s);
  }
  return kept
    .sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || b.articles - a.articles)
    .map(({ role, from, to, articles }) => ({ role, from, to, articles }));
}

/** What a person's page shows of one appearance. */
export function mentionOf(a: Appearance): PersonMention {
  return { articleId: a.articleId, title: a.title, published: a.published, source: a.source, role: a.roles[0] ?? null, sentence: a.sentence };
}

function toPerson(slug: string, name: string, appearances: Appearance[]): Person {
  const mentions = [...appearances].sort(newestFirst).map(mentionOf);
  return { slug, name, places: [...new Set(appearances.flatMap((a) => a.places))].sort(), roles: roleHistory(appearances), mentions };
}

/** Every official across the articles, grouped by full name; namesakes split as clusterAppearances decides. */
export function buildPeople(articles: Iterable<Article>): NameGroup[] {
  return [...appearancesByName(articles)].map(([base, appearances]) => nameGroup(base, appearances));
}

/** Every official's appearances in the articles, by name slug. */
export function appearancesByName(articles: Iterable<Article>): Map<string, Appearance[]> {
  const byName = new Map<string, Appearance[]>();
  for (const article of articles) {
    for (const a of appearancesIn(article)) {
      const key = nameSlug(a.name);
      const list = byName.get(key) ?? [];
      list.push(a);
      byName.set(key, list);
    }
  }
  return byName;
}

/**
 * The persons of one full name. The person with the most articles keeps the plain slug; namesakes get
 * their province (or a number); `taken` are slugs already used (by the built index) to keep clear of.
 */
export function nameGroup(base: string, appearances: readonly Appearance[], taken: ReadonlySet<string> = new Set()): NameGroup {
  const clusters = clusterAppearances(appearances).sort((a, b) => b.length - a.length || newestFirst(a[0]!, b[0]!));
  const used = new Set(taken);
  const persons = clusters.map((members, i) => {
    let slug = base;
    if (i > 0 || used.has(slug)) {
      const place = [...new Set(members.flatMap((m) => m.places))].sort()[0];
      slug = place ? `${base}--${nameSlug(place)}` : `${base}--${i + 1}`;
      while (used.has(slug)) slug = `${slug}-${i + 1}`;
    }
    used.add(slug);
    return toPerson(slug, mostCommon(members.map((m) => m.name)), members);
  });
  return { name: persons[0]?.name ?? base, persons };
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
