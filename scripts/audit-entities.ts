/**
 * npm run audit:entities [-- --n 200] [-- --seed 12] [-- --out docs/audit/sample.md]
 * A precision audit on unlabelled text: samples N articles of ../shared/corpus/baomoi-2017 with a
 * seeded choice (the same N and seed give the same sample), extracts entities from title and body,
 * and writes a report a person can read in a few minutes: each marked official with its role and
 * sentence, each organisation, each figure. Skips with a message when the corpus is absent.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Block, Entity } from '../src/domain/article/types';
import { extractEntities } from '../src/domain/entities';
import { parseRawArticle } from '../src/domain/ingest/parse';

const REPO = resolve(import.meta.dirname, '..');

/** ../shared next to the checkout, or next to the main checkout for a git worktree (/work/wt/x). */
export function findShared(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.MARGIN_SHARED, join(REPO, '..', 'shared'), join(REPO, '..', '..', 'shared')];
  for (const c of candidates) if (c && existsSync(join(c, 'corpus'))) return c;
  return null;
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const a = [...items];
  const next = rng(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, Math.min(n, a.length));
}

/** The sentence around [start, end) of a block, the entity in bold, at most ~240 characters. */
export function sentenceOf(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !(/[.!?…]/.test(text[s - 1]!) && /\s/.test(text[s] ?? ' ')) && start - s < 160) s--;
  let e = end;
  while (e < text.length && !/[.!?…]/.test(text[e]!) && e - end < 160) e++;
  const pre = (s > 0 && start - s >= 160 ? '…' : '') + text.slice(s, start).trimStart();
  const post = text.slice(end, Math.min(text.length, e + 1)) + (e < text.length && e - end >= 160 ? '…' : '');
  return `${pre}**${text.slice(start, end)}**${post}`.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

function args(argv: string[]): { n: number; seed: number; out: string } {
  const o = { n: 200, seed: 12, out: 'docs/audit/sample.md' };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === '--n' && v) o.n = Number(v);
    else if (argv[i] === '--seed' && v) o.seed = Number(v);
    else if (argv[i] === '--out' && v) o.out = v;
    else continue;
    i++;
  }
  if (!Number.isInteger(o.n) || o.n < 1) throw new Error(`--n must be a positive whole number, got ${o.n}`);
  return o;
}

function main(argv: string[]): number {
  let opts: ReturnType<typeof args>;
  try {
    opts = args(argv);
  } catch (e) {
    console.error(`audit:entities: ${(e as Error).message}`);
    return 2;
  }
  const shared = findShared();
  const corpus = shared && join(shared, 'corpus', 'baomoi-2017');
  if (!corpus || !existsSync(corpus)) {
    console.log('audit:entities: ../shared/corpus/baomoi-2017 is absent (set MARGIN_SHARED to its parent) — nothing to audit.');
    return 0;
  }
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const picked = sample(files, opts.n, opts.seed);
  const lines: string[] = [];
  const count = { official: 0, organization: 0, figure: 0, date: 0, document: 0, articles: 0, skipped: 0 };
  for (const f of picked) {
    let title: string;
    let blocks: Block[];
    try {
      const parsed = parseRawArticle(readFileSync(join(corpus, f), 'utf8'), f);
      title = parsed.title;
      blocks = [{ type: 'heading', text: parsed.title }, ...parsed.blocks];
    } catch {
      count.skipped++;
      continue;
    }
    count.articles++;
    const es = extractEntities(blocks);
    const marks = es.filter((e) => e.type === 'official' || e.type === 'organization' || e.type === 'figure');
    lines.push(`\n## ${f.replace('.txt', '')} — ${title.replace(/\|/g, '\\|')}\n`);
    if (marks.length === 0) {
      lines.push('(nothing marked)');
      continue;
    }
    const seen = new Set<string>();
    for (const e of es) count[e.type]++;
    for (const e of marks) {
      // One line per distinct official (by name) / organisation / figure text: the first mention.
      const key = `${e.type}:${e.type === 'official' ? e.name : e.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`- ${label(e)} — ${sentenceOf(blocks[e.block]!.text, e.start, e.end)}`);
    }
  }
  const head = [
    `# Entity audit: ${count.articles} corpus articles (seed ${opts.seed})`,
    '',
    `Generated by \`npm run audit:entities -- --n ${opts.n} --seed ${opts.seed}\` from ../shared/corpus/baomoi-2017`,
    `(${count.skipped} files without article text skipped). Marks in the sample: ${count.official} official, ${count.organization} organisation,`,
    `${count.figure} figure, ${count.date} date, ${count.document} document mentions. Each distinct official, organisation and`,
    'figure of an article is listed once, at its first mention, in its sentence (the mark in bold).',
  ];
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, head.join('\n') + '\n' + lines.join('\n') + '\n');
  console.log(`audit:entities: ${count.articles} articles → ${opts.out}`);
  return 0;
}

function label(e: Entity): string {
  if (e.type === 'official') return `**official** ${e.name}${e.role ? ` (${e.role})` : ' (no role)'}`;
  if (e.type === 'figure') return `**figure** ${e.text} = ${e.value}`;
  return `**org** ${e.text}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
