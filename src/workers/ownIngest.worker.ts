/// <reference lib="webworker" />
/** The own-articles worker: decoding, ingest and entity extraction, off the page's thread. */
import { extractEntities } from '../domain/entities';
import { runOwnJob, type OwnJob } from '../domain/own/jobs';
import type { OwnWorkerReply, OwnWorkerRequest } from './ownIngestProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<OwnWorkerRequest>) => {
  const { id, job } = ev.data;
  const started = performance.now();
  let reply: OwnWorkerReply;
  try {
    reply = { id, ok: true, result: runOwnJob(job as OwnJob, extractEntities), ms: performance.now() - started };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
