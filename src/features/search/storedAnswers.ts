/**
 * The answers the build stored for slow typing states (scripts/library/searchAnswers.ts), read by the
 * search worker: the manifest of the index being searched (found through pagefind-entry.json's hash,
 * so a stored answer always belongs to that index; it lists the stored queries, so another query
 * never waits), then one file per first two letters (two words: and the second's first letter),
 * fetched once: those of a letter while the one-letter hint shows, those of two words when a query
 * of the file is first looked up.
 * Anything missing or unreadable means "not stored": the query is searched live.
 */
import { answerFile, answerKey, answersManifestPath, ANSWERS_VERSION, type AnswersManifest } from '../../domain/search/answers';
import type { SearchAnswer } from './protocol';
import type { StoredAnswers } from './searcher';

/** Fetches and parses a JSON file under /pagefind/ (rejects when it cannot). */
export type FetchJson = (path: string) => Promise<unknown>;

function isAnswer(v: unknown): v is SearchAnswer {
  const a = v as SearchAnswer | null;
  return typeof a === 'object' && a !== null && typeof a.total === 'number' && typeof a.fallback === 'boolean' && Array.isArray(a.hits);
}

async function readManifest(fetchJson: FetchJson): Promise<AnswersManifest | null> {
  const entry = (await fetchJson('pagefind-entry.json')) as { languages?: Record<string, { hash?: string }> };
  const hashes = Object.values(entry.languages ?? {}).map((l) => l.hash);
  if (hashes.length !== 1 || typeof hashes[0] !== 'string') return null;
  const manifest = (await fetchJson(answersManifestPath(hashes[0]))) as AnswersManifest;
  return manifest.version === ANSWERS_VERSION && typeof manifest.files === 'object' && Array.isArray(manifest.keys) ? manifest : null;
}

export function createStoredAnswers(fetchJson: FetchJson): StoredAnswers {
  let manifest: Promise<AnswersManifest | null> | null = null;
  const keys = new WeakMap<AnswersManifest, Set<string>>();
  const fileCounts = new WeakMap<AnswersManifest, Map<string, number>>();
  const files = new Map<string, Promise<Record<string, unknown> | null>>();
  // A failed fetch (offline, a library without the file) is tried again next time.
  const getManifest = () => {
    manifest ??= readManifest(fetchJson).catch(() => ((manifest = null), null));
    return manifest;
  };
  const fetchFile = (m: AnswersManifest, name: string): Promise<Record<string, unknown> | null> => {
    let file = files.get(name);
    if (!file) {
      file = fetchJson(`${m.dir}/${name}`).then(
        (v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null),
        () => (files.delete(name), null),
      );
      files.set(name, file);
    }
    return file;
  };
  const keySet = (m: AnswersManifest): Set<string> => {
    let set = keys.get(m);
    if (!set) keys.set(m, (set = new Set(m.keys)));
    return set;
  };
  /** Answers per one-word file, counted once: over 6,600 keys (10,000 articles) counting took 20–80 ms (Node) at each one-letter hint. */
  const oneWordCounts = (m: AnswersManifest): Map<string, number> => {
    let counts = fileCounts.get(m);
    if (!counts) {
      counts = new Map();
      for (const key of m.keys) {
        if (key.includes(' ')) continue;
        const file = answerFile(key);
        counts.set(file, (counts.get(file) ?? 0) + 1);
      }
      fileCounts.set(m, counts);
    }
    return counts;
  };
  const getFile = async (plannedQuery: string): Promise<Record<string, unknown> | null> => {
    const m = await getManifest();
    const name = m?.files[answerFile(plannedQuery)];
    if (!m || !name) return null;
    if (keySet(m).has(answerKey(plannedQuery))) return fetchFile(m, name);
    // Two words not stored, but some of their next states are ("bo t" → "bo tru"): fetched now, not waited for.
    if (name.includes('-')) void fetchFile(m, name);
    return null;
  };
  return {
    async lookup(plannedQuery) {
      const answer = (await getFile(plannedQuery))?.[answerKey(plannedQuery)];
      return isAnswer(answer) ? answer : null;
    },
    warm(text) {
      void getManifest().then((m) => {
        if (!m) return;
        // What lookups and hints need of the manifest, made at focus (warm('')) rather than while typing.
        keySet(m);
        const counts = oneWordCounts(m);
        // Every file whose queries start like `text` (for one letter, those of each second letter), those
        // holding most answers first: a browser fetches 6 at a time, and "ng" is likelier typed than "nư".
        const start = text.trim() === '' ? null : answerFile(text);
        if (!start) return;
        // One word's files only: those of two words are fetched when their first state is searched (getFile).
        const names = Object.entries(m.files).filter(([file]) => file.startsWith(start) && !file.includes('-'));
        names.sort(([a], [b]) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
        for (const [, name] of names) void fetchFile(m, name);
      });
    },
  };
}
