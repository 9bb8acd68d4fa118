/**
 * What the ingest worker does with one message, as a pure function (the worker file only wires
 * messages to it; tests call it directly). A file or a paste is checked and decoded here, off the
 * page's thread; HTML comes back to the page for its DOM-based reader, then returns as blocks.
 */
import type { Extractor } from '../ingest/build';
import { checkPasted, decodeBytes, kindOfName, type Decoded } from './decode';
import { buildDraft, type DraftResult } from './draft';
import { buildHtmlDraft, type HtmlArticleInput } from './htmlDraft';
import { problem } from './problems';

export type OwnJob =
  | { kind: 'file'; name: string; bytes: ArrayBuffer }
  | { kind: 'paste'; text: string }
  | { kind: 'html-blocks'; input: HtmlArticleInput };

export type OwnJobResult =
  | { stage: 'draft'; result: DraftResult }
  /** An HTML page, decoded: the page reads it with DOMParser and sends 'html-blocks'. */
  | { stage: 'html'; source: string; html: string };

function fromDecoded(decoded: Decoded, source: string, extract: Extractor): OwnJobResult {
  if (!decoded.ok) return { stage: 'draft', result: { ok: false, problem: decoded.problem } };
  if (decoded.kind === 'html') return { stage: 'html', source, html: decoded.text };
  return { stage: 'draft', result: buildDraft({ source, kind: decoded.kind, text: decoded.text }, extract) };
}

export function runOwnJob(job: OwnJob, extract: Extractor): OwnJobResult {
  switch (job.kind) {
    case 'file': {
      const kind = kindOfName(job.name);
      if (kind === null) return { stage: 'draft', result: { ok: false, problem: problem('unsupported-type', job.name) } };
      return fromDecoded(decodeBytes(new Uint8Array(job.bytes), job.name, kind), job.name, extract);
    }
    case 'paste':
      return fromDecoded(checkPasted(job.text), 'văn bản dán vào', extract);
    case 'html-blocks':
      return { stage: 'draft', result: buildHtmlDraft(job.input, extract) };
  }
}
