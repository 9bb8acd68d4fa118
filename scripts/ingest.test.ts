import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { validateArticle, validateIndex } from '../src/domain/article/schema';
import { buildIndex } from '../src/domain/ingest/build';
import { ingestFiles } from './ingest';

const root = new URL('..', import.meta.url).pathname;
const contentDir = join(root, 'content');
const publicDir = join(root, 'public/articles');
const rawFiles = [
  ...readdirSync(join(contentDir, 'seed')).filter((f) => f.endsWith('.txt')).map((f) => join(contentDir, 'seed', f)),
  ...readdirSync(join(contentDir, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(contentDir, 'articles', f)),
].sort();

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('bundled articles', () => {
  const articles = ingestFiles(rawFiles);

  it('public/articles is exactly what ingest produces from content/', () => {
    const committed = readdirSync(publicDir).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(committed.sort()).toEqual(articles.map((a) => `${a.id}.json`).sort());
    for (const a of articles) expect(readJson(join(publicDir, `${a.id}.json`))).toEqual(a);
    expect(readJson(join(publicDir, 'index.json'))).toEqual(buildIndex(articles));
  });

  it('every bundled article passes the runtime schema the app uses', () => {
    for (const a of articles) expect(validateArticle(a)).toEqual({ ok: true, value: a });
    expect(validateIndex(readJson(join(publicDir, 'index.json'))).ok).toBe(true);
  });
});

describe('ingest command', () => {
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', join(root, 'scripts/ingest.ts'), ...args], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stderr: string };
      return { code: err.status, out: err.stderr };
    }
  };

  it('writes <id>.json and index.json for good input', () => {
    const out = mkdtempSync(join(tmpdir(), 'margin-ingest-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const raw = join(out, 'raw.txt');
    writeFileSync(raw, 'Bộ trưởng Bộ Tài chính họp báo\n\nSáng nay, Bộ Tài chính công bố 15% tăng trưởng.\n');
    const result = run([raw, '--out', join(out, 'articles')]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['bo-truong-bo-tai-chinh-hop-bao.json', 'index.json']);
  }, 30_000);

  it('skips a bad file with one line and a summary, writes the rest, exits 0; --strict writes nothing and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'margin-ingest-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    writeFileSync(join(out, 'good.txt'), 'Tiêu đề\n\nMột đoạn văn có câu.\n');
    writeFileSync(join(out, 'bad.txt'), '');
    const lenient = run([join(out, 'good.txt'), join(out, 'bad.txt'), join(out, 'missing.txt'), '--out', join(out, 'a')]);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toMatch(/skip {2}.*bad\.txt: the file is empty/);
    expect(lenient.out).toMatch(/skip {2}.*missing\.txt: no such file/);
    expect(lenient.out).toMatch(/1 written, 2 skipped: 1 with no body, 1 unreadable/);
    expect(readdirSync(join(out, 'a')).sort()).toEqual(['index.json', 'tieu-de.json']);
    const strict = run([join(out, 'good.txt'), join(out, 'bad.txt'), '--out', join(out, 'b'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/Nothing was written/);
    expect(readdirSync(out).sort()).toEqual(['a', 'bad.txt', 'good.txt']);
  }, 30_000);

  it('exits 1 when nothing could be written', () => {
    const out = mkdtempSync(join(tmpdir(), 'margin-ingest-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    writeFileSync(join(out, 'bad.txt'), 'Chỉ có tiêu đề\n');
    const result = run([join(out, 'bad.txt'), '--out', join(out, 'a')]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Nothing was written/);
  }, 30_000);
});
