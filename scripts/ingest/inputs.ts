/**
 * The inputs of an ingest run: files and folders (recursively every .txt and .jsonl, in path order),
 * each turned into raw article texts or a reason it was skipped. Nothing here throws on bad input.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceMeta } from '../../src/domain/ingest/build';
import type { SkipReason } from '../../src/domain/ingest/report';

/** One article to ingest: `label` names it in messages (a path, or "path:line" in a .jsonl file). */
export interface RawInput {
  label: string;
  raw: string;
  meta: SourceMeta;
}

export interface Skip {
  label: string;
  reason: SkipReason;
  detail: string;
}

export type InputItem = RawInput | Skip;

export const isSkip = (x: InputItem): x is Skip => 'reason' in x;

/** Every file the arguments name: folders are walked (sorted, hidden entries ignored). */
export function listFiles(args: readonly string[]): { files: string[]; missing: Skip[] } {
  const files: string[] = [];
  const missing: Skip[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path);
      else if (stat?.isFile() && (name.endsWith('.txt') || name.endsWith('.jsonl'))) files.push(path);
    }
  };
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (!stat) missing.push({ label: arg, reason: 'unreadable', detail: 'no such file or folder' });
    else if (stat.isDirectory()) walk(arg);
    else files.push(arg);
  }
  return { files, missing };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file as text, or why it cannot be read as UTF-8 text. */
function readText(path: string): string | Skip {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { label: path, reason: 'unreadable', detail: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (bytes.includes(0)) return { label: path, reason: 'not UTF-8', detail: 'binary data (NUL bytes)' };
  try {
    return utf8.decode(bytes);
  } catch {
    return { label: path, reason: 'not UTF-8', detail: 'invalid UTF-8 bytes' };
  }
}

/** `<name>.meta.json` beside a raw text: outlet, url, date the text does not carry. */
function readMeta(rawPath: string): SourceMeta | Skip {
  const metaPath = rawPath.replace(/\.txt$/, '') + '.meta.json';
  if (!existsSync(metaPath)) return {};
  try {
    return JSON.parse(readFileSync(metaPath, 'utf8')) as SourceMeta;
  } catch (e) {
    return { label: rawPath, reason: 'invalid record', detail: `${metaPath} is not valid JSON (${(e as Error).message})` };
  }
}

const optionalString = (x: unknown) => x === undefined || x === null || typeof x === 'string';

/** One line of a .jsonl file: {title, lead?, body, published?, source?, url?}. */
export function jsonlRecord(line: string, label: string): InputItem {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { label, reason: 'invalid JSON', detail: (e as Error).message };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { label, reason: 'invalid record', detail: 'expected an object {title, lead?, body, published?, source?, url?}' };
  }
  const r = data as Record<string, unknown>;
  const bad = ['title', 'lead', 'body', 'published', 'source', 'url'].filter((k) => !optionalString(r[k]));
  if (bad.length > 0) return { label, reason: 'invalid record', detail: `${bad.join(', ')}: expected a string` };
  const title = ((r.title as string | undefined) ?? '').trim();
  const body = ((r.body as string | undefined) ?? '').trim();
  if (!title) return { label, reason: 'no body', detail: 'no title' };
  if (!body) return { label, reason: 'no body', detail: 'no body text' };
  const lead = ((r.lead as string | undefined) ?? '').trim();
  return {
    label,
    raw: [title, lead, body].filter(Boolean).join('\n\n'),
    meta: { published: r.published as string | null, source: r.source as string | null, url: r.url as string | null },
  };
}

/** The raw article texts of one file (a .jsonl file holds many). */
export function readInputs(path: string): InputItem[] {
  const text = readText(path);
  if (typeof text !== 'string') return [text];
  if (path.endsWith('.jsonl')) {
    return text
      .split('\n')
      .map((line, i) => ({ line: line.trim(), label: `${path}:${i + 1}` }))
      .filter(({ line }) => line !== '')
      .map(({ line, label }) => jsonlRecord(line, label));
  }
  const meta = readMeta(path);
  if ('reason' in meta) return [meta as Skip];
  return [{ label: path, raw: text, meta }];
}
