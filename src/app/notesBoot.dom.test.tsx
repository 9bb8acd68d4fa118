// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notesOverviewQueryOptions } from '../annotations/getNotesOverview';
import { indexQueryOptions } from '../articles/getIndex';
import { validateIndex } from '../domain/article/schema';
import { HIGHLIGHT_COLORS, type Annotation } from '../domain/notes/annotation';
import { withColor, withNoteAndTags } from '../domain/notes/model';
import { notesPageReplica } from '../features/notes/bootPage';
import { loadNotesView } from '../features/notes/earlyStart';
import { NOTES_PAGE_SIZE } from '../features/notes/pageSize';
import { createQueryClient } from '../lib/queryClient';
import { setServerPath } from '../lib/router';
import { createAnnotationRepository } from '../storage/annotations';
import { readFirstRows } from '../storage/firstRows';
import { freshStore, makeAnnotation } from '../storage/testFixtures';
import { App } from './App';
import { shellReplica } from './bootShell';

/**
 * The first screen the boot script paints on /notes (bootShell + features/notes/bootPage) must be
 * the application's first render with the same data, element for element, or its take-over would
 * change what is on screen. React's first render is its server render here (no effect has run).
 */
const indexJson: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public', 'articles', 'index.json'), 'utf8'));
const checked = validateIndex(indexJson);
if (!checked.ok) throw new Error(checked.error);
const index = checked.value;
const [A, B, C] = index.articles.map((a) => a.id);
const titleOf = (id: string) => index.articles.find((a) => a.id === id)?.title ?? id;

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
function note(articleId: string, i: number, over: { note?: string; tags?: string[]; quote?: string; minute?: number; color?: number } = {}): Annotation {
  const when = at(over.minute ?? i);
  let a = makeAnnotation(articleId, `n-${articleId.slice(0, 6)}-${i}`, { created: when.toISOString(), modified: when.toISOString() });
  const quote = over.quote;
  if (quote) a = { ...a, target: { ...a.target, selector: [{ ...a.target.selector[0], exact: quote }, a.target.selector[1]] } };
  a = withColor(a, HIGHLIGHT_COLORS[(over.color ?? i) % 5]!, when);
  return withNoteAndTags(a, over.note ?? '', over.tags ?? [], when);
}

/** Elements as tag, sorted attributes (ids and references to them numbered in order of use) and text. */
function canonical(nodes: readonly Node[]): string {
  const ids = new Map<string, string>();
  const id = (v: string) => v.split(' ').map((x) => ids.get(x) ?? (ids.set(x, `#${ids.size}`), `#${ids.size - 1}`)).join(' ');
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      if (n.textContent === '') return; // React's text for `note && …` with no note: nothing on screen
      if (out.length && out[out.length - 1]!.startsWith('"')) out[out.length - 1] = `${out[out.length - 1]!.slice(0, -1)}${n.textContent}"`;
      else out.push(`"${n.textContent}"`);
      return;
    }
    if (n.nodeType !== 1) return; // comments (React's text separators)
    const el = n as Element;
    const attrs = [...el.attributes]
      .filter((x) => x.name !== 'selected') // the server marks the selected option; the client sets the property
      .map((x) => `${x.name}=${['id', 'aria-labelledby', 'aria-describedby', 'aria-controls'].includes(x.name) ? id(x.value) : x.value}`)
      .sort();
    out.push(`<${el.tagName.toLowerCase()} ${attrs.join(' ')}>`);
    el.childNodes.forEach(walk);
    out.push(`</${el.tagName.toLowerCase()}>`);
  };
  nodes.forEach(walk);
  return out.join('\n');
}

async function firstRead(list: Annotation[]) {
  const { store } = freshStore();
  const repo = createAnnotationRepository({ store, notify: () => {} });
  await repo.ensureSchema();
  if (list.length) await repo.putAnnotations(list);
  return readFirstRows(NOTES_PAGE_SIZE, titleOf, store);
}

/** React's first render of /notes with this first read: the skip link, the top bar and <main> up to its first page. */
function reactFirstRender(overview: NonNullable<Awaited<ReturnType<typeof firstRead>>>): Node[] {
  const client = createQueryClient();
  client.setQueryData(indexQueryOptions().queryKey, index);
  client.setQueryData(notesOverviewQueryOptions(NOTES_PAGE_SIZE).queryKey, overview);
  const host = document.createElement('div');
  host.innerHTML = renderToString(
    <StrictMode>
      <App queryClient={client} />
    </StrictMode>,
  );
  client.clear();
  const [skip, topbar, main] = [...host.children];
  main!.querySelector('details.nx-colour-names')?.remove(); // below the first page: left to the application
  return [skip!, topbar!, main!];
}

beforeAll(async () => {
  document.documentElement.lang = 'vi';
  setServerPath('/notes');
  await loadNotesView();
});
afterAll(() => setServerPath(null as unknown as string));

describe('the /notes first screen painted before the application = its first render', () => {
  it.each<[string, () => Annotation[]]>([
    ['one article, three highlights, no note, no tag', () => [0, 1, 2].map((i) => note(A!, i))],
    [
      'two articles, 130 notes: notes, tags, a page and "show more"',
      () => Array.from({ length: 130 }, (_, i) => note(i % 2 ? A! : B!, i, { note: i % 3 ? '' : `Ghi chú ${i}`, tags: i % 4 ? [] : ['ngân sách', 'Đà Nẵng'] })),
    ],
    ['an article no longer in the library: its id, no link', () => [note('bai-da-xoa', 1, { note: 'còn đây' }), note(A!, 0)]],
    [
      'long quotes cut, whitespace collapsed, a surrogate pair at the cut',
      () => [note(A!, 1, { quote: `${'Chữ '.repeat(100)}` }), note(A!, 2, { quote: `${'a'.repeat(318)}😀 sau`, note: 'dòng 1\ndòng 2' })],
    ],
    ['text that looks like markup stays text', () => [note(A!, 1, { note: '<img src=x onerror="window.__pwned=1">', tags: ['<b>'], quote: '<script>alert(1)</script>' })]],
    ['articles tied on activity: ordered by title', () => [A!, B!, C!].flatMap((id, k) => [note(id, k, { minute: 5 }), note(id, k + 10, { minute: 5, color: k })])],
    ['every colour', () => HIGHLIGHT_COLORS.map((_, i) => note(B!, i, { color: i }))],
  ])('%s', async (_name, make) => {
    const overview = await firstRead(make());
    expect(overview).not.toBeNull();
    const main = notesPageReplica(document, { overview, indexJson, lang: 'vi' });
    expect(main).not.toBeNull();
    const painted = shellReplica(document, 'vi', main!);
    expect(canonical(painted)).toBe(canonical(reactFirstRender(overview!)));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('notesPageReplica paints nothing where the first render is something else', () => {
  it.each<[string, () => Promise<Parameters<typeof notesPageReplica>[1]>]>([
    ['no first read (storage failed, an older or newer store)', async () => ({ overview: null, indexJson, lang: 'vi' })],
    ['no notes: the empty page', async () => ({ overview: await firstRead([]), indexJson, lang: 'vi' })],
    ['summaries not trusted', async () => ({ overview: { summaries: null, annotations: [], unreadable: [] }, indexJson, lang: 'vi' })],
    [
      'unreadable records among the first rows',
      async () => ({ overview: { ...(await firstRead([note(A!, 1)]))!, unreadable: [{ key: 'k', error: 'e', raw: 1 }] }, indexJson, lang: 'vi' }),
    ],
    ['no index (offline, not JSON)', async () => ({ overview: await firstRead([note(A!, 1)]), indexJson: undefined, lang: 'vi' })],
    ['an index without articles', async () => ({ overview: await firstRead([note(A!, 1)]), indexJson: { nope: 1 }, lang: 'vi' })],
  ])('%s', async (_name, input) => {
    expect(notesPageReplica(document, await input())).toBeNull();
  });
});
