import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { validateArticle, validateIndex } from '../../src/domain/article/schema';
import { summaryLine } from '../../src/domain/ingest/report';
import { runIngest } from './run';

const para = (n: number) => `Đoạn văn số ${n} của bài viết có đủ một câu hoàn chỉnh để đọc.`;
const article = (title: string, n = 1) => `${title}\n\n${para(n)}\n\n${para(n + 1)}\n`;

function library() {
  const dir = mkdtempSync(join(tmpdir(), 'margin-ingest-run-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const src = join(dir, 'src');
  mkdirSync(join(src, 'nested/deeper'), { recursive: true });
  writeFileSync(join(src, 'a.txt'), article('Bài thứ nhất'));
  writeFileSync(join(src, 'nested/b.txt'), article('Bài thứ hai', 3));
  writeFileSync(join(src, 'nested/deeper/c.txt'), article('Bài thứ nhất', 5)); // same title, other text
  writeFileSync(join(src, 'nested/copy-of-a.txt'), article('Bài thứ nhất')); // the same article again
  writeFileSync(join(src, 'empty.txt'), 'Chỉ có tiêu đề\n');
  writeFileSync(join(src, 'latin1.txt'), Buffer.from([0x54, 0xe9, 0x74, 0xe9, 0x0a, 0x0a, 0x41, 0x2e]));
  writeFileSync(join(src, 'notes.md'), 'not an input');
  writeFileSync(
    join(src, 'feed.jsonl'),
    [
      JSON.stringify({ title: 'Bài từ JSONL', lead: 'Lời dẫn của bài.', body: `${para(7)}\n\n${para(8)}`, published: '2017-02-06', source: 'Báo Mới', url: 'https://baomoi.com/x.epi' }),
      '{not json',
      JSON.stringify({ title: 'Không có thân bài', body: '' }),
      JSON.stringify({ title: 'Đường dẫn xấu', body: para(9), url: 'javascript:alert(1)' }),
      '',
    ].join('\n'),
  );
  return { dir, src, out: join(dir, 'out') };
}

describe('runIngest on a folder', () => {
  it('reads .txt and .jsonl recursively, skips with one line each, and counts', () => {
    const { src, out } = library();
    const lines: string[] = [];
    const result = runIngest([src], { out, log: (l) => lines.push(l) });
    expect(result.ok).toBe(true);
    expect(summaryLine(result.counts)).toBe('4 written, 6 skipped: 2 with no body, 1 not UTF-8, 1 duplicate, 1 not valid JSON, 1 invalid record');
    const skipLines = lines.filter((l) => l.startsWith('skip'));
    expect(skipLines).toHaveLength(6);
    expect(skipLines.join('\n')).toMatch(/copy-of-a\.txt: same title and text as .*a\.txt \(duplicate\)/);
    expect(skipLines.join('\n')).toMatch(/feed\.jsonl:4: meta "url" must be an http\(s\) address/);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(5);
    expect(files).toContain('bai-thu-nhat.json');
    expect(files.filter((f) => /^bai-thu-nhat-[0-9a-f]{6}\.json$/.test(f))).toHaveLength(1);
    const index = validateIndex(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index.ok && index.value.articles.map((a) => a.id).sort()).toEqual(files.filter((f) => f !== 'index.json').map((f) => f.slice(0, -5)).sort());
    const fromJsonl = JSON.parse(readFileSync(join(out, 'bai-tu-jsonl.json'), 'utf8'));
    expect(validateArticle(fromJsonl).ok).toBe(true);
    expect(fromJsonl).toMatchObject({ published: '2017-02-06', source: 'Báo Mới', url: 'https://baomoi.com/x.epi' });
    expect(fromJsonl.blocks.map((b: { text: string }) => b.text)).toEqual(['Lời dẫn của bài.', para(7), para(8)]);
  });

  it('re-running on unchanged input rewrites nothing; an added file is the only write', () => {
    const { src, out } = library();
    runIngest([src], { out, log: () => {} });
    const old = new Date(2000, 0, 1);
    for (const f of readdirSync(out)) utimesSync(join(out, f), old, old);
    const again = runIngest([src], { out, log: () => {} });
    expect(again.counts).toMatchObject({ written: 0, unchanged: 4 });
    expect(readdirSync(out).filter((f) => statSync(join(out, f)).mtimeMs !== old.getTime())).toEqual([]);
    writeFileSync(join(src, 'nested/d.txt'), article('Bài thứ ba', 11));
    const added = runIngest([src], { out, log: () => {} });
    expect(added.counts).toMatchObject({ written: 1, unchanged: 4 });
    expect(readdirSync(out).filter((f) => statSync(join(out, f)).mtimeMs !== old.getTime()).sort()).toEqual(['bai-thu-ba.json', 'index.json']);
  });

  it('the suffixed id of a repeated title does not change when an earlier file is added', () => {
    const { src, out } = library();
    runIngest([src], { out, log: () => {} });
    const before = readdirSync(out).sort();
    writeFileSync(join(src, '0-first.txt'), article('Bài thứ nhất', 21));
    runIngest([src], { out, log: () => {} });
    const after = readdirSync(out);
    for (const f of before) expect(after).toContain(f);
  });

  it('--strict: any skip writes nothing', () => {
    const { src, out } = library();
    const result = runIngest([src], { out, strict: true, log: () => {} });
    expect(result.ok).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('reports the chrome it cut per file, and lists it with --verbose', () => {
    const { dir } = library();
    const page = join(dir, 'page.txt');
    writeFileSync(page, `${article('Bài có đuôi trang')}\nBình luận\n\nTin khác\n\nMột tin khác ở cuối trang\n`);
    const quiet: string[] = [];
    runIngest([page], { out: join(dir, 'o1'), log: (l) => quiet.push(l) });
    expect(quiet.filter((l) => l.startsWith('cut'))).toEqual([expect.stringMatching(/page\.txt: 3 line\(s\) of site chrome after the article, from "Bình luận"/)]);
    const loud: string[] = [];
    runIngest([page], { out: join(dir, 'o2'), verbose: true, log: (l) => loud.push(l) });
    expect(loud.filter((l) => l.trimStart().startsWith('|'))).toEqual(['        | Bình luận', '        | Tin khác', '        | Một tin khác ở cuối trang']);
  });
});

const CORPUS = new URL('../../../shared/corpus/baomoi-2017', import.meta.url).pathname;
const corpusFound = existsSync(CORPUS);
if (!corpusFound) console.warn(`skipped: the corpus test needs ${CORPUS} (only on the shared machine)`);

describe.skipIf(!corpusFound)('runIngest on 200 files of the baomoi-2017 corpus', () => {
  it('writes what it can, reports the rest, and a second run rewrites nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-corpus-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const files = readdirSync(CORPUS).sort().slice(0, 200).map((f) => join(CORPUS, f));
    const first = runIngest(files, { out: join(dir, 'out'), log: () => {} });
    const skipped = Object.values(first.counts.skipped).reduce((n, k) => n + (k ?? 0), 0);
    expect(first.counts.written + skipped).toBe(200);
    expect(first.counts.written).toBeGreaterThan(190);
    const second = runIngest(files, { out: join(dir, 'out'), log: () => {} });
    expect(second.counts.written).toBe(0);
    expect(second.counts.unchanged).toBe(first.counts.written);
  }, 120_000);
});
