import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Annotation } from '../domain/notes/annotation';
import { createHighlightsSlice, type HighlightOp, type HighlightsSlice } from './highlightsSlice';

const rec = (id: string) => ({ id }) as unknown as Annotation;
const op = (articleId: string, id: string): HighlightOp => ({ articleId, before: null, after: rec(id) });
const make = () => createStore<HighlightsSlice>()((...a) => createHighlightsSlice(...a));

describe('highlightsSlice', () => {
  it('keeps undo/redo per article; a new change clears that article’s redo', () => {
    const s = make();
    s.getState().recordHighlightOp(op('a', '1'));
    s.getState().recordHighlightOp(op('a', '2'));
    s.getState().recordHighlightOp(op('b', '3'));
    const last = s.getState().takeHighlightOp('a', 'undo')!;
    expect(last.after).toEqual(rec('2'));
    s.getState().pushHighlightOp(last, 'redo');
    expect(s.getState().hlHistory.a).toEqual({ undo: [op('a', '1')], redo: [op('a', '2')] });
    expect(s.getState().hlHistory.b!.undo).toHaveLength(1);
    s.getState().recordHighlightOp(op('a', '4'));
    expect(s.getState().hlHistory.a!.redo).toEqual([]);
    expect(s.getState().takeHighlightOp('c', 'undo')).toBeUndefined();
  });

  it('caps the history', () => {
    const s = make();
    for (let i = 0; i < 150; i++) s.getState().recordHighlightOp(op('a', String(i)));
    expect(s.getState().hlHistory.a!.undo).toHaveLength(100);
    expect(s.getState().hlHistory.a!.undo[0]!.after).toEqual(rec('50'));
  });

  it('a late answer from an older write never clears or fails a newer one', () => {
    const s = make();
    s.getState().setPendingWrite({ articleId: 'a', id: 'x', after: rec('x'), status: 'saving', seq: 1 });
    s.getState().setPendingWrite({ articleId: 'a', id: 'x', after: rec('x'), status: 'saving', seq: 2 });
    s.getState().clearPendingWrite('x', 1);
    s.getState().failPendingWrite('x', 1, 'nope');
    expect(s.getState().hlPending.x).toMatchObject({ seq: 2, status: 'saving' });
    s.getState().failPendingWrite('x', 2, 'đầy');
    expect(s.getState().hlPending.x).toMatchObject({ status: 'failed', error: 'đầy' });
    s.getState().clearPendingWrite('x', 2);
    expect(s.getState().hlPending).toEqual({});
  });

  it('keeps the editor draft across status changes, one editor per article', () => {
    const s = make();
    s.getState().openEditor({ kind: 'existing', articleId: 'a', id: 'x' }, 'ghi chú');
    s.getState().openEditor({ kind: 'new', articleId: 'b', start: 1, end: 4, color: 'pink' }, '');
    s.getState().setEditorDraft('a', 'ghi chú dài hơn');
    s.getState().setEditorStatus('a', { saving: false, error: 'Không lưu được' });
    expect(s.getState().hlEditors.a).toMatchObject({ draft: 'ghi chú dài hơn', initial: 'ghi chú', error: 'Không lưu được' });
    expect(s.getState().hlEditors.b).toMatchObject({ draft: '' });
    s.getState().closeEditor('a');
    expect(s.getState().hlEditors.a).toBeUndefined();
    expect(s.getState().hlEditors.b).toBeDefined();
  });

  it('never replaces an editor holding unsaved typing', () => {
    const s = make();
    s.getState().openEditor({ kind: 'new', articleId: 'a', start: 0, end: 5, color: 'yellow' }, '');
    s.getState().setEditorDraft('a', 'đang viết');
    expect(s.getState().requestEditor({ kind: 'existing', articleId: 'a', id: 'y' }, 'khác')).toBe(false);
    expect(s.getState().hlEditors.a).toMatchObject({ draft: 'đang viết', target: { kind: 'new' } });
    // Same target: stays, text kept. A retarget keeps the text too.
    expect(s.getState().requestEditor({ kind: 'new', articleId: 'a', start: 0, end: 5, color: 'green' }, '')).toBe(true);
    s.getState().retargetEditor({ kind: 'new', articleId: 'a', start: 0, end: 5, color: 'green' });
    expect(s.getState().hlEditors.a).toMatchObject({ draft: 'đang viết', target: { color: 'green' } });
    // Saved or unchanged: another target may take over.
    s.getState().setEditorDraft('a', '');
    expect(s.getState().requestEditor({ kind: 'existing', articleId: 'a', id: 'y' }, 'khác')).toBe(true);
    expect(s.getState().hlEditors.a).toMatchObject({ draft: 'khác', initial: 'khác' });
  });
});
