/**
 * The page's side of the own-articles worker: one worker, started at the first job (never at app
 * start), jobs answered in order. A crash or a worker that cannot start rejects every pending job
 * with a message; the next job starts a fresh worker.
 */
import type { OwnJob, OwnJobResult } from '../domain/own/jobs';
import type { OwnWorkerReply, OwnWorkerRequest } from './ownIngestProtocol';

export interface JobAnswer {
  result: OwnJobResult;
  /** Time the worker spent on the job, ms. */
  ms: number;
}

/** The worker's code could not be fetched (flaky network, a redeploy): another try may work. */
export class WorkerLoadError extends Error {
  override name = 'WorkerLoadError';
}

/** Why the worker gave no answer: its code threw, its answer was garbled, it could not start, or it was stopped. */
export type WorkerFailure = 'crashed' | 'garbled' | 'start' | 'stopped';

/** The worker failed on a job; `message` is technical (for logs), the reader's wording comes from `reason`. */
export class OwnWorkerError extends Error {
  override name = 'OwnWorkerError';
  constructor(
    readonly reason: WorkerFailure,
    message: string,
  ) {
    super(message);
  }
}

let worker: Worker | undefined;
/** Whether the current worker has answered once (so its script did load). */
let answered = false;
let nextId = 1;
const pending = new Map<number, { resolve: (a: JobAnswer) => void; reject: (e: Error) => void }>();

function failAll(error: () => Error): void {
  for (const p of pending.values()) p.reject(error());
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function start(): Worker {
  answered = false;
  const w = new Worker(new URL('./ownIngest.worker.ts', import.meta.url), { type: 'module', name: 'margin-own-ingest' });
  w.onmessage = (ev: MessageEvent<OwnWorkerReply>) => {
    const reply = ev.data;
    answered = true;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve({ result: reply.result, ms: reply.ms });
    else p.reject(new OwnWorkerError('crashed', reply.error));
  };
  w.onerror = (ev) => {
    ev.preventDefault();
    // A script that never arrived fires a bare error before any answer; an error in the code has a message.
    const loadFailed = !answered && !ev.message;
    failAll(() => (loadFailed ? new WorkerLoadError('the worker script did not load') : new OwnWorkerError('crashed', ev.message)));
  };
  w.onmessageerror = () => failAll(() => new OwnWorkerError('garbled', 'messageerror'));
  return w;
}

export function runInWorker(job: OwnJob): Promise<JobAnswer> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= start();
    } catch (e) {
      reject(new OwnWorkerError('start', e instanceof Error ? e.message : String(e)));
      return;
    }
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const message: OwnWorkerRequest = { id, job };
    // The file's bytes move to the worker instead of being copied.
    worker.postMessage(message, job.kind === 'file' ? [job.bytes] : []);
  });
}

/** For tests and the bench: stop the worker (pending jobs are rejected). */
export function stopOwnWorker(): void {
  failAll(() => new OwnWorkerError('stopped', 'stopped'));
}
