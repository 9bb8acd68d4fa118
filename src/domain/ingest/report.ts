/** What a corpus-scale ingest run did, for its one-line-per-file output and closing summary. */
export type SkipReason = 'no body' | 'not UTF-8' | 'duplicate' | 'unreadable' | 'invalid JSON' | 'invalid record';

/** How each reason reads in the summary ("17 with no body", "3 duplicates"). */
const PHRASE: Record<SkipReason, (n: number) => string> = {
  'no body': (n) => `${fmt(n)} with no body`,
  'not UTF-8': (n) => `${fmt(n)} not UTF-8`,
  duplicate: (n) => `${fmt(n)} duplicate${n === 1 ? '' : 's'}`,
  unreadable: (n) => `${fmt(n)} unreadable`,
  'invalid JSON': (n) => `${fmt(n)} not valid JSON`,
  'invalid record': (n) => `${fmt(n)} invalid record${n === 1 ? '' : 's'}`,
};

const fmt = (n: number) => n.toLocaleString('en-US');

export interface RunCounts {
  written: number;
  unchanged: number;
  skipped: Partial<Record<SkipReason, number>>;
}

/** "1,971 written, 29 skipped: 17 with no body, 9 not UTF-8, 3 duplicates" (biggest reason first). */
export function summaryLine({ written, unchanged, skipped }: RunCounts): string {
  const reasons = (Object.entries(skipped) as [SkipReason, number][]).filter(([, n]) => n > 0);
  const order = Object.keys(PHRASE);
  reasons.sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
  const total = reasons.reduce((n, [, k]) => n + k, 0);
  const parts = [`${fmt(written)} written`];
  if (unchanged > 0) parts.push(`${fmt(unchanged)} unchanged`);
  let line = parts.join(', ');
  if (total > 0) line += `, ${fmt(total)} skipped: ${reasons.map(([r, n]) => PHRASE[r](n)).join(', ')}`;
  return line;
}

export interface IdCandidate {
  /** The id the title gives (slugify). */
  slug: string;
  /** Hash of the article's text: the stable suffix when two different texts share a slug. */
  contentHash: string;
  /** The id this input had in the previous run, if any: it keeps it. */
  previousId?: string;
}

/**
 * Final ids, aligned with the input: the bare slug goes to the input that held it before (else the
 * first); the others get "-" and the first 6+ hex digits of their content hash, which do not change
 * when inputs are added, removed or reordered.
 */
export function assignStableIds(candidates: readonly IdCandidate[], taken: ReadonlySet<string> = new Set()): string[] {
  const bySlug = new Map<string, number[]>();
  candidates.forEach((c, i) => bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), i]));
  const ids: string[] = new Array<string>(candidates.length);
  const used = new Set(taken);
  for (const [slug, members] of bySlug) {
    const holder = members.find((i) => candidates[i]!.previousId === slug) ?? members[0]!;
    if (!used.has(slug)) {
      ids[holder] = slug;
      used.add(slug);
    }
    for (const i of members) {
      if (ids[i] !== undefined) continue;
      const hash = candidates[i]!.contentHash;
      let n = 6;
      while (used.has(`${slug}-${hash.slice(0, n)}`) && n < hash.length) n++;
      ids[i] = `${slug}-${hash.slice(0, n)}`;
      used.add(ids[i]);
    }
  }
  return ids;
}
