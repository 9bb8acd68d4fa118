import type { OwnJob, OwnJobResult } from '../domain/own/jobs';

export interface OwnWorkerRequest {
  id: number;
  job: OwnJob;
}

export type OwnWorkerReply =
  | { id: number; ok: true; result: OwnJobResult; /** Time spent in the worker, ms. */ ms: number }
  | { id: number; ok: false; error: string };
