// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore, entries } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../domain/entities';
import { isOwnId } from '../domain/own/ids';
import { runOwnJob } from '../domain/own/jobs';
import { MAX_FILES_PER_ADD } from '../domain/own/limits';
import { createOwnArticleRepository } from '../storage/ownArticles';
import { isRetryable } from '../domain/own/problems';
import { OwnWorkerError, WorkerLoadError } from './ownIngestClient';
import { prepareOwn, saveOwn, type JobRunner, type OwnInput } from './prepareOwn';

// The worker's code, called in-process (vitest has no Worker).
const inProcess: JobRunner = (job) => Promise.resolve({ result: runOwnJob(structuredClone(job), extractEntities), ms: 0 });
const read = (p: string) => readFileSync(join(process.cwd(), p));
const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string) => new File([bytes], name);
const seed = read('content/seed/000_1d33ff756ec2b19b.txt');
const page = read('e2e/fixtures/own/seed-page.html');

describe('prepareOwn', () => {
  it('several files at once, each with its own outcome and message', async () => {
    const inputs: OwnInput[] = [
      { kind: 'file', file: file('bai.txt', seed) },
      { kind: 'file', file: file('trang.html', page) },
      { kind: 'file', file: file('rong.txt', '') },
      { kind: 'file', file: file('anh.png', new Uint8Array([0x89, 0x50, 0, 0])) },
      { kind: 'file', file: file('nhi-phan.txt', new Uint8Array([0x41, 0, 0x42, 0])) },
      { kind: 'file', file: file('lon.txt', new Uint8Array(5 * 1024 * 1024 + 1)) },
      { kind: 'file', file: file('latin.md', new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74])) },
      { kind: 'paste', text: seed.toString('utf8') },
    ];
    const out = await prepareOwn(inputs, inProcess);
    if (!out.ok) throw new Error(out.problem.message);
    expect(out.items.map((i) => (i.ok ? `${i.source}: ${i.preview.officials.length} officials, ${i.origin}` : `${i.source}: ${i.problem.code}`))).toEqual([
      'bai.txt: 5 officials, txt',
      'trang.html: 5 officials, html',
      'rong.txt: empty',
      'anh.png: unsupported-type',
      'nhi-phan.txt: binary',
      'lon.txt: too-large',
      'latin.md: not-utf8',
      'văn bản dán vào: 5 officials, paste',
    ]);
  });

  it.each<[string, Error, string]>([
    ['the worker script did not load', new WorkerLoadError('Không tải được bộ xử lý bài viết.'), 'code-not-loaded'],
    ['a chunk did not load', new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/articleHtml-x.js'), 'code-not-loaded'],
    ['the worker broke on the text', new OwnWorkerError('crashed', 'RangeError: too deep'), 'worker-failed'],
    ['something else went wrong', new Error('boom'), 'unreadable'],
  ])('%s: a problem of its own, retryable only when code is missing', async (_, error, code) => {
    const failing: JobRunner = () => Promise.reject(error);
    const out = await prepareOwn([{ kind: 'paste', text: seed.toString('utf8') }], failing);
    if (!out.ok) throw new Error(out.problem.message);
    const item = out.items[0]!;
    if (item.ok) throw new Error('expected a problem');
    expect(item.problem.code).toBe(code);
    expect(isRetryable(item.problem)).toBe(code === 'code-not-loaded');
    if (code === 'code-not-loaded') expect(item.problem.message).toContain('Thử lại');
  });

  it('refuses thousands of files before reading any', async () => {
    let jobs = 0;
    const counting: JobRunner = (job) => (jobs++, inProcess(job));
    const inputs: OwnInput[] = Array.from({ length: 3000 }, (_, i) => ({ kind: 'file', file: file(`${i}.txt`, 'a') }));
    const out = await prepareOwn(inputs, counting);
    expect(out.ok || out.problem.message).toBe(`Bạn chọn 3.000 tệp; mỗi lần chỉ thêm được tối đa ${MAX_FILES_PER_ADD} tệp.`);
    expect(jobs).toBe(0);
  });
});

describe('saveOwn', () => {
  it('stores every kept draft with own ids, or nothing when one correction is bad', async () => {
    const store = createStore(`own-save-${Date.now()}`, 'articles');
    const repo = createOwnArticleRepository({ store, notify: () => undefined });
    const out = await prepareOwn([{ kind: 'paste', text: seed.toString('utf8') }, { kind: 'file', file: file('trang.html', page) }], inProcess);
    if (!out.ok) throw new Error('prepare');
    const items = out.items.filter((i) => i.ok);
    expect(items).toHaveLength(2);

    const bad = await saveOwn(
      [
        { item: items[0]!, corrections: { title: 'Một', published: '' } },
        { item: items[1]!, corrections: { title: 'Hai', published: '2022-13-01' } },
      ],
      repo,
    );
    expect(bad).toEqual({ ok: false, error: { code: 'draft', source: 'trang.html', error: { code: 'bad-date', date: '2022-13-01' } } });
    expect(await entries(store)).toEqual([]);

    const good = await saveOwn(items.map((item) => ({ item, corrections: { title: item.preview.title, published: item.preview.published ?? '' } })), repo);
    if (!good.ok) throw new Error(JSON.stringify(good.error));
    expect(good.articles.every((a) => isOwnId(a.id))).toBe(true);
    expect((await repo.list()).records).toHaveLength(2);
  });
});
