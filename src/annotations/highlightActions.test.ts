// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { colorOf, noteOf, withNote } from '../domain/notes/model';
import { queryKeys } from '../lib/queryKeys';
import { clearAll, deleteAnnotation as deleteStored, listAnnotations, putAnnotation, type ReadResult } from '../storage';
import { useAppStore } from '../stores/store';
import { annotationsQueryOptions } from './getAnnotations';
import { ARTICLE, PLAIN } from './testFixtures';
import { createHighlightActions } from './highlightActions';

const range = (quote: string) => {
  const start = PLAIN.indexOf(quote);
  return { start, end: start + quote.length };
};
/** Lets scheduled react-query notifications (and the pending-write clean-up after them) run. */
const settle = () => new Promise((r) => setTimeout(r, 5));
const stored = async () => (await listAnnotations(ARTICLE.id)).annotations;
const state = () => useAppStore.getState();

let qc: QueryClient;
let realPut: typeof IDBObjectStore.prototype.put;

beforeEach(async () => {
  await clearAll();
  useAppStore.setState({ hlHistory: {}, hlPending: {}, hlNotice: null, hlEditors: {}, lastColor: 'yellow' });
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await qc.fetchQuery(annotationsQueryOptions(ARTICLE.id));
  realPut = IDBObjectStore.prototype.put;
});

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
  qc.clear();
});

function failWrites(): void {
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

describe('highlight actions (mutations → storage repository, undo history, notices)', () => {
  it('creates a highlight with a note: stored, in the query cache, saved, undoable', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    const out = await actions.create(range('Nguyễn Hồ Hải'), 'green', 'Người chủ trì');
    expect(out.ok).toBe(true);
    const [a] = await stored();
    expect(a).toMatchObject({ id: out.id, target: { source: ARTICLE.id } });
    expect(colorOf(a!)).toBe('green');
    expect(noteOf(a!)).toBe('Người chủ trì');
    expect(a!.target.selector[0].exact).toBe('Nguyễn Hồ Hải');
    expect(qc.getQueryData<ReadResult>(queryKeys.annotations.byArticle(ARTICLE.id))!.annotations).toEqual([a]);
    await settle();
    expect(state().hlPending).toEqual({});
    expect(state().hlHistory[ARTICLE.id]!.undo).toEqual([{ articleId: ARTICLE.id, before: null, after: a }]);
    expect(state().hlNotice).toMatchObject({ kind: 'info', text: 'Đã lưu đoạn tô và ghi chú.', undo: true });
    expect(state().lastColor).toBe('green');
  });

  it('delete → undo restores the very same record; redo deletes it again; a new change clears redo', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    const { id } = await actions.create(range('hội nghị'), 'pink');
    const [original] = await stored();
    expect((await actions.remove(original!)).ok).toBe(true);
    expect(await stored()).toEqual([]);
    expect(await actions.undo()).toBe(true);
    expect(await stored()).toEqual([original]);
    expect(await actions.redo()).toBe(true);
    expect(await stored()).toEqual([]);
    expect(await actions.undo()).toBe(true);
    expect((await stored())[0]).toEqual(original);
    // undo the creation too, then nothing is left to undo
    expect(await actions.undo()).toBe(true);
    expect(await stored()).toEqual([]);
    expect(await actions.undo()).toBe(false);
    // redo brings it back; a new change empties the redo stack
    expect(await actions.redo()).toBe(true);
    expect((await stored()).map((a) => a.id)).toEqual([id]);
    await actions.create(range('Các đại biểu'), 'blue');
    expect(state().hlHistory[ARTICLE.id]!.redo).toEqual([]);
  });

  it('colour and note edits are stored and undone in order', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    await actions.create(range('chia sẻ kinh nghiệm'), 'yellow');
    let [a] = await stored();
    await actions.setColor(a!, 'purple');
    [a] = await stored();
    await actions.setNote(a!, 'Đáng chú ý');
    [a] = await stored();
    expect([colorOf(a!), noteOf(a!), a!.motivation]).toEqual(['purple', 'Đáng chú ý', 'commenting']);
    await actions.undo();
    [a] = await stored();
    expect([colorOf(a!), noteOf(a!)]).toEqual(['purple', '']);
    await actions.undo();
    [a] = await stored();
    expect(colorOf(a!)).toBe('yellow');
  });

  it('a failed write keeps the highlight, flagged with the reason; retry stores it', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    failWrites();
    const out = await actions.create(range('Nguyễn Hồ Hải'), 'yellow', 'Không được mất');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(await stored()).toEqual([]);
    const w = state().hlPending[out.id]!;
    expect(w).toMatchObject({ status: 'failed', articleId: ARTICLE.id });
    expect(noteOf(w.after!)).toBe('Không được mất');
    expect(state().hlNotice).toMatchObject({ kind: 'error', failedId: out.id });
    expect(state().hlHistory[ARTICLE.id]).toBeUndefined();

    IDBObjectStore.prototype.put = realPut;
    expect((await actions.retry(out.id)).ok).toBe(true);
    expect((await stored()).map((a) => noteOf(a))).toEqual(['Không được mất']);
    await settle();
    expect(state().hlPending).toEqual({});
  });

  it('notices and reasons are in the reader’s language', async () => {
    useAppStore.setState({ lang: 'en' });
    try {
      const actions = createHighlightActions(ARTICLE, qc, useAppStore);
      await actions.create(range('hội nghị'), 'green');
      expect(state().hlNotice).toMatchObject({ kind: 'info', text: 'Highlighted in green and saved.' });
      failWrites();
      const out = await actions.create(range('Nguyễn Hồ Hải'), 'yellow', 'kept');
      expect(out.ok ? null : out.error).toMatch(/^The browser’s storage is full/);
      expect(state().hlNotice).toMatchObject({ kind: 'error', text: expect.stringMatching(/^The highlight was not saved\. The browser’s storage is full/) });
    } finally {
      useAppStore.setState({ lang: 'vi' });
    }
  });

  it('a failed undo stays undoable', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    await actions.create(range('hội nghị'), 'green');
    const [a] = await stored();
    await actions.remove(a!);
    failWrites();
    expect(await actions.undo()).toBe(false);
    expect(state().hlNotice).toMatchObject({ kind: 'error' });
    expect(state().hlHistory[ARTICLE.id]!.undo).toHaveLength(2);
    IDBObjectStore.prototype.put = realPut;
    expect(await actions.undo()).toBe(true);
    expect(await stored()).toEqual([a]);
  });

  it('discarding a failed new highlight removes it; deleting a never-stored one just drops it', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    failWrites();
    const one = await actions.create(range('Nguyễn Hồ Hải'), 'yellow');
    const two = await actions.create(range('hội nghị'), 'yellow');
    await actions.discard(one.id);
    expect(state().hlPending[one.id]).toBeUndefined();
    const w = state().hlPending[two.id]!;
    expect((await actions.remove(w.after!)).ok).toBe(true);
    expect(state().hlPending[two.id]).toBeUndefined();
  });

  it('undo never overwrites a newer edit from another tab: refused, said, both texts kept', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    await actions.create(range('Nguyễn Hồ Hải'), 'yellow', 'bản đầu');
    const [first] = await stored();
    await actions.setNote(first!, 'bản của thẻ A', { announceFailure: true });
    const [mine] = await stored();
    // Another tab writes the same record later.
    await putAnnotation(withNote(mine!, 'bản mới hơn của thẻ B', new Date(Date.parse(mine!.modified) + 1000)));
    expect(await actions.undo()).toBe(false);
    expect(noteOf((await stored())[0]!)).toBe('bản mới hơn của thẻ B');
    expect(state().hlNotice).toMatchObject({ kind: 'error', text: 'Đã có thay đổi mới hơn từ thẻ khác. Chưa hoàn tác.' });
    const conflict = state().hlNotice!.conflict!;
    expect(noteOf(conflict.target!)).toBe('bản đầu');
    await settle();
    const cached = qc.getQueryData<ReadResult>(queryKeys.annotations.byArticle(ARTICLE.id))!.annotations;
    expect(cached.map(noteOf)).toEqual(['bản mới hơn của thẻ B']);
    // The reader may still choose this tab's text; the other tab's text is then one undo away.
    expect((await actions.overwrite(conflict.id, conflict.target)).ok).toBe(true);
    expect(noteOf((await stored())[0]!)).toBe('bản đầu');
    expect(await actions.undo()).toBe(true);
    expect(noteOf((await stored())[0]!)).toBe('bản mới hơn của thẻ B');
  });

  it('redo is conditional too, and a delete elsewhere is not resurrected by undo', async () => {
    const actions = createHighlightActions(ARTICLE, qc, useAppStore);
    await actions.create(range('hội nghị'), 'pink');
    const [a] = await stored();
    await actions.setColor(a!, 'green');
    expect(await actions.undo()).toBe(true);
    await deleteStored(ARTICLE.id, a!.id);
    expect(await actions.redo()).toBe(false);
    expect(await stored()).toEqual([]);
    expect(state().hlNotice).toMatchObject({ text: 'Đã có thay đổi mới hơn từ thẻ khác. Chưa làm lại.' });
  });
});
