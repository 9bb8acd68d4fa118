/**
 * "Thêm bài", page side: texts and files → drafts with previews (via the worker), then the drafts the
 * reader kept, with their corrections → stored, all or nothing. Nothing here runs at app start.
 */
import type { Article } from '../domain/article/types';
import type { DraftError, DraftPreview } from '../domain/own/draft';
import { finishDraft, type Corrections } from '../domain/own/draft';
import type { OwnJob } from '../domain/own/jobs';
import { MAX_BATCH_BYTES, MAX_FILES_PER_ADD } from '../domain/own/limits';
import { problem, type OwnProblem } from '../domain/own/problems';
import { makeRecord, type OriginKind } from '../domain/own/record';
import { isChunkLoadError, reloadable } from '../lib/reloadable';
import { isStorageError, type StorageErrorKind } from '../storage/errors';
import { ownArticles, type OwnArticleRepository } from '../storage/ownArticles';
import { OwnWorkerError, runInWorker, WorkerLoadError, type JobAnswer } from './ownIngestClient';

// Loaded at the first saved page; a failed load is tried anew (not the cached failure) next time.
const loadArticleHtml = reloadable(() => import('../dom/articleHtml'));

export type OwnInput = { kind: 'paste'; text: string } | { kind: 'file'; file: File };

export type PreparedItem =
  | { ok: true; source: string; origin: OriginKind; draft: Article; preview: DraftPreview; workerMs: number }
  | { ok: false; source: string; problem: OwnProblem };

export type PrepareOutcome = { ok: true; items: PreparedItem[] } | { ok: false; problem: OwnProblem };

export type JobRunner = (job: OwnJob) => Promise<JobAnswer>;

const originOf = (name: string): OriginKind => {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return ext === 'md' || ext === 'markdown' ? 'md' : ext === 'html' || ext === 'htm' ? 'html' : 'txt';
};

/** Whole-batch limits first: a folder of thousands of files is refused before any is read. */
export function checkBatch(inputs: readonly OwnInput[]): OwnProblem | null {
  const files = inputs.filter((i): i is Extract<OwnInput, { kind: 'file' }> => i.kind === 'file');
  if (inputs.length > MAX_FILES_PER_ADD) return problem('too-many-files', '', { count: inputs.length });
  const bytes = files.reduce((n, i) => n + i.file.size, 0);
  if (bytes > MAX_BATCH_BYTES) return problem('batch-too-large', '', { bytes });
  return null;
}

async function prepareOne(input: OwnInput, run: JobRunner): Promise<PreparedItem> {
  const source = input.kind === 'paste' ? 'văn bản dán vào' : input.file.name;
  try {
    let job: OwnJob;
    if (input.kind === 'paste') job = { kind: 'paste', text: input.text };
    else {
      // Checked again in the worker; here it spares reading a huge file into memory.
      if (input.file.size > 5 * 1024 * 1024) return { ok: false, source, problem: problem('too-large', source, { bytes: input.file.size }) };
      job = { kind: 'file', name: input.file.name, bytes: await input.file.arrayBuffer() };
    }
    let answer = await run(job);
    let ms = answer.ms;
    if (answer.result.stage === 'html') {
      const { readArticleHtml } = await loadArticleHtml();
      const read = readArticleHtml(answer.result.html, source);
      if (!read.ok) return { ok: false, source, problem: problem('no-article', source, { missing: 'content' }) };
      answer = await run({ kind: 'html-blocks', input: read.input });
      ms += answer.ms;
    }
    if (answer.result.stage !== 'draft') throw new Error('unexpected worker answer');
    const r = answer.result.result;
    if (!r.ok) return { ok: false, source, problem: r.problem };
    const origin: OriginKind = input.kind === 'paste' ? (job.kind === 'paste' && /^\s*</.test(job.text) ? 'html' : 'paste') : originOf(source);
    return { ok: true, source, origin, draft: r.article, preview: r.preview, workerMs: ms };
  } catch (e) {
    if (e instanceof WorkerLoadError || isChunkLoadError(e)) return { ok: false, source, problem: problem('code-not-loaded', source) };
    if (e instanceof OwnWorkerError) {
      const detail = e.reason === 'crashed' || e.reason === 'start' ? e.message || undefined : undefined;
      return { ok: false, source, problem: problem('worker-failed', source, { reason: e.reason, detail }) };
    }
    return { ok: false, source, problem: problem('unreadable', source, { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

export async function prepareOwn(inputs: readonly OwnInput[], run: JobRunner = runInWorker): Promise<PrepareOutcome> {
  const tooMuch = checkBatch(inputs);
  if (tooMuch) return { ok: false, problem: tooMuch };
  const items: PreparedItem[] = [];
  // One at a time: the worker is one thread, and memory stays at one file's worth.
  for (const input of inputs) items.push(await prepareOne(input, run));
  return { ok: true, items };
}

export interface ToSave {
  item: Extract<PreparedItem, { ok: true }>;
  corrections: Corrections;
}

/** Nothing was stored: a draft the reader corrected badly (which one), or storage refused. */
export type SaveError = { code: 'draft'; source: string; error: DraftError } | { code: 'storage'; kind: StorageErrorKind | null; detail: string };

export type SaveOutcome = { ok: true; articles: Article[] } | { ok: false; error: SaveError };

const nonce = () => Math.random().toString(36).slice(2, 8);

/** Every draft finished and checked first; then one transaction. One bad draft stores nothing. */
export async function saveOwn(list: readonly ToSave[], repo: OwnArticleRepository = ownArticles(), now = new Date()): Promise<SaveOutcome> {
  const records = [];
  for (const { item, corrections } of list) {
    const finished = finishDraft(item.draft, corrections, nonce());
    if (!finished.ok) return { ok: false, error: { code: 'draft', source: item.source, error: finished.error } };
    records.push(makeRecord(finished.article, { kind: item.origin, name: item.source }, now));
  }
  try {
    await repo.putMany(records);
  } catch (e) {
    return { ok: false, error: { code: 'storage', kind: isStorageError(e) ? e.kind : null, detail: e instanceof Error ? e.message : String(e) } };
  }
  return { ok: true, articles: records.map((r) => r.article) };
}
