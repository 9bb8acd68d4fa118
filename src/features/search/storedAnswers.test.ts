import { describe, expect, it } from 'vitest';
import { answersManifestPath, ANSWERS_VERSION } from '../../domain/search/answers';
import type { SearchAnswer } from './protocol';
import { createStoredAnswers } from './storedAnswers';

const answer = (total: number): SearchAnswer => ({ total, fallback: false, hits: [{ id: 'a', title: 'A', published: null, source: null, excerpt: [{ text: 'ngu', mark: true }] }] });
const DIR = `margin-answers/v${ANSWERS_VERSION}-vi_1`;

/** A /pagefind/ folder as path → JSON (an Error value: that fetch fails), counting the fetches. */
function folder(files: Record<string, unknown>) {
  const fetched: string[] = [];
  const fetchJson = async (path: string) => {
    fetched.push(path);
    const v = files[path];
    if (v === undefined || v instanceof Error) throw v ?? new Error(`${path}: 404`);
    return v;
  };
  return { fetchJson, fetched };
}

const library = {
  'pagefind-entry.json': { version: '1.6.0', languages: { vi: { hash: 'vi_1', wasm: 'unknown', page_count: 10000 } } },
  [answersManifestPath('vi_1')]: { version: ANSWERS_VERSION, minPages: 4000, dir: DIR, files: { na: 'na.json', ng: 'ng.json', nh: 'nh.json', da: 'da.json' }, keys: ['năm', 'ngu', 'ngǂ', 'nguy', 'nhà', 'nhâ', 'nhân', 'ḏản'] },
  [`${DIR}/na.json`]: { năm: answer(3000) },
  [`${DIR}/ng.json`]: { ngu: answer(9160), 'ngǂ': { total: 'x' } },
  [`${DIR}/nh.json`]: { nhà: answer(5000) },
  [`${DIR}/da.json`]: new Error('offline'),
};

describe('createStoredAnswers', () => {
  it.each([
    // [planned query, the answer's total or null (searched live)]
    ['ngu', 9160],
    ['nhà', 5000],
    ['NGU', 9160], // case does not matter to Pagefind
    ['nguy', null], // listed, not in its file
    ['ngư', null], // not stored
    ['ngǂ', null], // not an answer
    ['ḏản', null], // its file cannot be fetched
    ['bo', null], // no file for bo
  ])('%j → %j', async (planned, total) => {
    const stored = createStoredAnswers(folder(library).fetchJson);
    expect((await stored.lookup(planned))?.total ?? null).toBe(total);
  });

  it('fetches the manifest and each file once, and tries a failed file again', async () => {
    const { fetchJson, fetched } = folder(library);
    const stored = createStoredAnswers(fetchJson);
    stored.warm('');
    expect(fetched).toEqual(['pagefind-entry.json']);
    stored.warm('n'); // every n-file, those with most answers first
    await stored.lookup('ngu');
    await stored.lookup('nguyen');
    await stored.lookup('nhà');
    await stored.lookup('ḏa'); // not listed: its file is not waited for
    await stored.lookup('ḏản');
    await stored.lookup('ḏản');
    expect(fetched).toEqual(['pagefind-entry.json', answersManifestPath('vi_1'), `${DIR}/ng.json`, `${DIR}/nh.json`, `${DIR}/na.json`, `${DIR}/da.json`, `${DIR}/da.json`]);
    stored.warm('ḏả'); // that file only (tried again: it failed)
    await new Promise((r) => setTimeout(r, 0));
    expect(fetched.slice(7)).toEqual([`${DIR}/da.json`]);
  });

  it('fetches a two-word file when a query of it is first looked up, not at its letter\'s hint', async () => {
    const files = {
      ...library,
      [answersManifestPath('vi_1')]: { version: ANSWERS_VERSION, minPages: 2000, dir: DIR, files: { bo: 'bo.json', 'bo-t': 'bo-t.json' }, keys: ['bo', 'boǂ tru'] },
      [`${DIR}/bo.json`]: { bo: answer(6884) },
      [`${DIR}/bo-t.json`]: { 'boǂ tru': answer(6514) },
    };
    const { fetchJson, fetched } = folder(files);
    const stored = createStoredAnswers(fetchJson);
    stored.warm('b');
    expect((await stored.lookup('bo'))?.total).toBe(6884);
    expect(fetched.slice(2)).toEqual([`${DIR}/bo.json`]);
    expect(await stored.lookup('boǂ tǂ')).toBeNull(); // not stored: searched live, its file fetched meanwhile
    expect(fetched.slice(3)).toEqual([`${DIR}/bo-t.json`]);
    expect((await stored.lookup('boǂ tru'))?.total).toBe(6514);
    expect(await stored.lookup('boǂ xǂ')).toBeNull(); // no file
    expect(fetched.length).toBe(4);
  });

  it.each([
    ['a manifest of another format', { ...library, [answersManifestPath('vi_1')]: { version: ANSWERS_VERSION + 1, dir: DIR, files: { n: 'n.json' } } }],
    ['no manifest for this index', { ...library, 'pagefind-entry.json': { languages: { vi: { hash: 'vi_2' } } } }],
    ['no entry (offline)', { ...library, 'pagefind-entry.json': new Error('offline') }],
  ])('answers nothing from %s', async (_, files) => {
    expect(await createStoredAnswers(folder(files).fetchJson).lookup('ngu')).toBeNull();
  });
});
