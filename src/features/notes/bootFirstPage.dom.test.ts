// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../storage/summaries';
import type { NotesOverview } from '../../storage/overview';
import { makeAnnotation } from '../../storage/testFixtures';
import { mayPaint, paintFirstPage, type BootGate, type ShellPainter } from './bootFirstPage';
import { finishBootTakeOver } from './bootTakeOver';
import type { EarlyReads } from './earlyStart';

const indexJson: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public', 'articles', 'index.json'), 'utf8'));
const A = (indexJson as { articles: { id: string }[] }).articles[0]!.id;
const notes = [1, 2, 3].map((i) => makeAnnotation(A, `n${i}`, { created: `2026-01-0${i}T00:00:00.000Z`, modified: `2026-01-0${i}T00:00:00.000Z` }));
const overview: NotesOverview = { summaries: [summarize(A, notes, 3, 0)], annotations: notes, unreadable: [] };
const shell: ShellPainter = (doc, _lang, main) => [doc.createElement('header'), main];
const reads = (o: Promise<NotesOverview>, json: { index: unknown } = { index: indexJson }): Promise<EarlyReads> =>
  Promise.resolve({ indexJson: Promise.resolve(json.index), overview: o, arrived: {}, changes: () => {} });
const gate = (): BootGate => ({ open: true, painted: false });
const nav = (onLine: boolean) => ({ onLine });
const storageWith = (value: unknown) => ({ getItem: () => (value === undefined ? null : JSON.stringify(value)) });

let root: HTMLElement;
beforeEach(() => {
  document.documentElement.lang = 'vi';
  document.documentElement.removeAttribute('data-lang-pending');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  root.remove();
  finishBootTakeOver();
});

describe('mayPaint: only where the application\'s first render would look the same', () => {
  it.each<[string, () => void, { navigator?: { onLine?: boolean }; localStorage?: { getItem: () => string | null } }, boolean]>([
    ['an empty root, online, default colour names', () => {}, { navigator: nav(true), localStorage: storageWith(undefined) }, true],
    ['stored preferences without colour names', () => {}, { navigator: nav(true), localStorage: storageWith({ state: { theme: 'dark' } }) }, true],
    ['custom colour names (the store reads them after its first render)', () => {}, { navigator: nav(true), localStorage: storageWith({ state: { colorNames: { yellow: 'Gấp' } } }) }, false],
    ['unreadable stored preferences', () => {}, { navigator: nav(true), localStorage: { getItem: () => '{oops' } }, true],
    ['offline: the top bar shows a pill', () => {}, { navigator: nav(false), localStorage: storageWith(undefined) }, false],
    ['another language: the page is hidden until the application has it', () => document.documentElement.setAttribute('data-lang-pending', ''), { navigator: nav(true) }, false],
    ['something is in the root already', () => root.append(document.createElement('p')), { navigator: nav(true) }, false],
  ])('%s', (_name, setup, win, expected) => {
    setup();
    expect(mayPaint(document, root, win)).toBe(expected);
  });
});

describe('paintFirstPage', () => {
  it('paints the first screen from the first read, says so, and lets the application start after that frame', async () => {
    const g = gate();
    await paintFirstPage(root, reads(Promise.resolve(overview)), Promise.resolve(shell), g);
    expect(g.painted).toBe(true);
    expect(root.querySelectorAll('li.nx-item')).toHaveLength(3);
    expect(root.firstElementChild?.tagName).toBe('HEADER');
    expect(performance.getEntriesByName('margin:notes-first-screen').length).toBeGreaterThan(0);
  });

  it.each<[string, () => Promise<EarlyReads>, (g: BootGate) => void]>([
    ['the read failed (storage blocked or failing)', () => reads(Promise.reject(new Error('blocked'))), () => {}],
    ['the read declined (older or newer store, records only the full check can judge)', () => reads(Promise.resolve(null as unknown as NotesOverview)), () => {}],
    ['no notes', () => reads(Promise.resolve({ summaries: [], annotations: [], unreadable: [] })), () => {}],
    ['the index did not come', () => reads(Promise.resolve(overview), { index: undefined }), () => {}],
    ['the application has started meanwhile', () => reads(Promise.resolve(overview)), (g) => (g.open = false)],
  ])('paints nothing when %s: the application shows the page as before', async (_name, early, close) => {
    const g = gate();
    close(g);
    await paintFirstPage(root, early(), Promise.resolve(shell), g);
    expect(g.painted).toBe(false);
    expect(root.childNodes).toHaveLength(0);
  });

  it('the frame\'s code failing to load paints nothing and throws to the boot script, which starts the application', async () => {
    const g = gate();
    await expect(paintFirstPage(root, reads(Promise.resolve(overview)), Promise.reject(new Error('chunk')), g)).rejects.toThrow('chunk');
    expect(root.childNodes).toHaveLength(0);
  });
});

describe('the application taking the first screen over: focus stays where the reader put it', () => {
  /** The application's replacement: the same elements, new nodes (React empties its root first). */
  const replace = () => {
    const again = root.cloneNode(true) as HTMLElement;
    root.replaceChildren(...again.childNodes);
  };
  it.each<[string, (links: HTMLElement[]) => void, number | null]>([
    ['a row\'s link focused: the same link in the new rows', (links) => links[2]!.focus(), 2],
    ['nothing focused: nothing is', () => {}, null],
    ['the last one focused of several', (links) => {
      links[0]!.focus();
      links[1]!.focus();
    }, 1],
  ])('%s', async (_name, act, expected) => {
    await paintFirstPage(root, reads(Promise.resolve(overview)), Promise.resolve(shell), gate());
    act([...root.querySelectorAll<HTMLElement>('a.nx-quote-link')]);
    replace();
    finishBootTakeOver();
    const focused = document.activeElement;
    if (expected === null) expect(focused === document.body || focused === null).toBe(true);
    else expect(focused).toBe(root.querySelectorAll('a.nx-quote-link')[expected]);
  });

  it('the reader focused something else meanwhile: left there', async () => {
    await paintFirstPage(root, reads(Promise.resolve(overview)), Promise.resolve(shell), gate());
    root.querySelector<HTMLElement>('a.nx-quote-link')!.focus();
    replace();
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    finishBootTakeOver();
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});

describe('the application taking the first screen over: what the reader typed or chose is kept', () => {
  /** The application's replacement from markup alone: fields come back with their default values. */
  const replaceFromMarkup = () => {
    const markup = root.innerHTML;
    root.innerHTML = markup;
  };
  const heard = (): string[] => {
    const events: string[] = [];
    for (const type of ['input', 'change']) root.addEventListener(type, (e) => events.push(`${type}:${(e.target as HTMLInputElement).value}`));
    return events;
  };

  it('the search box and the article filter: the new fields get the values, with the events the application listens to', async () => {
    await paintFirstPage(root, reads(Promise.resolve(overview)), Promise.resolve(shell), gate());
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'chủ';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    search.value = 'chủ tịch';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const article = [...root.querySelectorAll('select')].at(-1)!;
    article.value = A;
    article.dispatchEvent(new Event('change', { bubbles: true }));
    replaceFromMarkup();
    expect(root.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('');
    const events = heard();
    finishBootTakeOver();
    expect(root.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('chủ tịch');
    expect([...root.querySelectorAll('select')].at(-1)!.value).toBe(A);
    expect(events).toEqual(['input:chủ tịch', `change:${A}`]);
  });

  it.each<[string, () => void]>([
    ['the page came back different (the field is not at the same place)', () => root.querySelector('label.nx-search')!.remove()],
    ['the application has the same value already', () => {
      const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'x';
    }],
  ])('nothing is set or heard when %s', async (_what, change) => {
    await paintFirstPage(root, reads(Promise.resolve(overview)), Promise.resolve(shell), gate());
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'x';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    replaceFromMarkup();
    change();
    const events = heard();
    finishBootTakeOver();
    expect(events).toEqual([]);
  });

  it('after the takeover, typing is no longer watched', async () => {
    await paintFirstPage(root, reads(Promise.resolve(overview)), Promise.resolve(shell), gate());
    replaceFromMarkup();
    finishBootTakeOver();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'later';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const events = heard();
    finishBootTakeOver();
    expect(events).toEqual([]);
    expect(search.value).toBe('later');
  });
});
