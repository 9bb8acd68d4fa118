/**
 * npm run ingest -- <raw.txt> [more.txt ...] [--out DIR]
 * Raw article text → DIR/<id>.json, then DIR/index.json rebuilt from every article in DIR.
 * All inputs are read and checked before anything is written: one bad file writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { validateArticle } from '../src/domain/article/schema';
import type { Article } from '../src/domain/article/types';
import { assignUniqueIds, buildArticle, buildIndex, type SourceMeta } from '../src/domain/ingest/build';
import { extractEntities } from '../src/domain/entities';

export const DEFAULT_OUT = 'public/articles';

export function readMeta(rawPath: string): SourceMeta {
  const metaPath = rawPath.replace(/\.txt$/, '') + '.meta.json';
  if (!existsSync(metaPath)) return {};
  try {
    return JSON.parse(readFileSync(metaPath, 'utf8')) as SourceMeta;
  } catch (e) {
    throw new Error(`${metaPath}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
}

export function ingestFiles(paths: string[]): Article[] {
  const articles = paths.map((p) => {
    let raw: string;
    try {
      raw = readFileSync(p, 'utf8');
    } catch (e) {
      throw new Error(`${p}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, {
        cause: e,
      });
    }
    if (raw.includes('\u0000') || raw.includes('\ufffd')) throw new Error(`${p}: not UTF-8 text.`);
    return buildArticle(raw, readMeta(p), extractEntities, basename(p));
  });
  return assignUniqueIds(articles);
}

export function writeArticles(articles: Article[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const fresh = new Set(articles.map((a) => a.id));
  const others: Article[] = [];
  for (const name of readdirSync(outDir)) {
    if (!name.endsWith('.json') || name === 'index.json' || fresh.has(name.slice(0, -5))) continue;
    const checked = validateArticle(JSON.parse(readFileSync(join(outDir, name), 'utf8')));
    if (checked.ok) others.push(checked.value);
  }
  for (const a of articles) {
    const checked = validateArticle(a);
    if (!checked.ok) throw new Error(`${a.id}: produced an invalid article (${checked.error})`);
  }
  for (const a of articles) writeFileSync(join(outDir, `${a.id}.json`), JSON.stringify(a, null, 1) + '\n');
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(buildIndex([...others, ...articles]), null, 1) + '\n');
}

function main(argv: string[]): number {
  const inputs: string[] = [];
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? '';
    else inputs.push(argv[i]!);
  }
  if (inputs.length === 0 || !out) {
    console.error('usage: npm run ingest -- <raw.txt> [more.txt ...] [--out DIR]');
    return 2;
  }
  try {
    const articles = ingestFiles(inputs);
    writeArticles(articles, resolve(out));
    for (const a of articles) console.log(`${a.id}.json  ${a.blocks.length} blocks, ${a.entities.length} entities`);
    console.log(`index.json  ${out}`);
    return 0;
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}\nNothing was written.`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
