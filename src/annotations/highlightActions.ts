import type { QueryClient } from '@tanstack/react-query';
import type { Article } from '../domain/article/types';
import type { Annotation } from '../domain/notes/annotation';
import { createAnnotation, withColor, withNote } from '../domain/notes/model';
import { queryKeys } from '../lib/queryKeys';
import type { ReadResult } from '../storage';
import type { HighlightOp } from '../stores/highlightsSlice';
import { useAppStore } from '../stores/store';
import { writeErrorMessage } from './cache';
import { deleteAnnotation } from './deleteAnnotation';
import { saveAnnotation } from './saveAnnotation';
import { loadAnchoring, plainTextOf } from './articleText';
import { COLOR_NAMES } from './colors';
import { newAnnotationId } from './ids';
import type { ActionOptions, HighlightActions, WriteOutcome } from './useHighlightActions';

/**
 * Every change to the article's highlights goes through here: the write (react-query mutation →
 * storage repository), the undo history (recorded once the write resolved) and the notice.
 */
export function createHighlightActions(article: Article, queryClient: QueryClient): HighlightActions {
  const articleId = article.id;
  const store = () => useAppStore.getState();
  const notice = store().setHighlightNotice;

  /** The record as stored now (null when absent or not loaded). */
  const storedOf = (id: string): Annotation | null =>
    queryClient.getQueryData<ReadResult>(queryKeys.annotations.byArticle(articleId))?.annotations.find((a) => a.id === id) ??
    null;

  /** Makes the stored record `id` become `after` (null: deleted). */
  async function write(id: string, after: Annotation | null): Promise<WriteOutcome> {
    try {
      if (after) await saveAnnotation(queryClient, after);
      else await deleteAnnotation(queryClient, articleId, id);
      return { ok: true, id };
    } catch (e) {
      return { ok: false, id, error: writeErrorMessage(e) };
    }
  }

  /** A reader's change: write it, then make it undoable. */
  async function change(
    id: string,
    after: Annotation | null,
    done: string,
    failed: string,
    options: ActionOptions = {},
  ): Promise<WriteOutcome> {
    const before = storedOf(id);
    const outcome = await write(id, after);
    if (outcome.ok) {
      store().recordHighlightOp({ articleId, before, after });
      notice({ kind: 'info', text: done, undo: true });
    } else if (options.announceFailure !== false) {
      notice({ kind: 'error', text: `${failed} ${outcome.error}`, ...(after && { failedId: id }) });
    }
    return outcome;
  }

  async function replay(from: 'undo' | 'redo'): Promise<boolean> {
    const op: HighlightOp | undefined = store().takeHighlightOp(articleId, from);
    if (!op) return false;
    const target = from === 'undo' ? op.before : op.after;
    const id = (op.before ?? op.after)!.id;
    const outcome = await write(id, target);
    if (outcome.ok) {
      store().pushHighlightOp(op, from === 'undo' ? 'redo' : 'undo');
      notice({ kind: 'info', text: from === 'undo' ? 'Đã hoàn tác.' : 'Đã làm lại.' });
      return true;
    }
    store().pushHighlightOp(op, from);
    notice({ kind: 'error', text: `Không ${from === 'undo' ? 'hoàn tác' : 'làm lại'} được. ${outcome.error}` });
    return false;
  }

  return {
    async create(range, color, note = '', options) {
      await loadAnchoring(); // so the new highlight is painted at once
      const plain = plainTextOf(article);
      const annotation = createAnnotation({
        id: newAnnotationId(),
        articleId,
        plainText: plain.text,
        start: range.start,
        end: range.end,
        color,
        note,
        now: new Date(),
      });
      store().setLastColor(color);
      return change(
        annotation.id,
        annotation,
        note.trim() ? 'Đã lưu đoạn tô và ghi chú.' : `Đã tô ${COLOR_NAMES[color]} và lưu.`,
        'Không lưu được đoạn tô.',
        options,
      );
    },
    setColor(current, color) {
      store().setLastColor(color);
      return change(current.id, withColor(current, color, new Date()), `Đã đổi sang màu ${COLOR_NAMES[color]}.`, 'Không đổi được màu.');
    },
    setNote(current, note, options) {
      return change(
        current.id,
        withNote(current, note, new Date()),
        note.trim() ? 'Đã lưu ghi chú.' : 'Đã xoá ghi chú.',
        'Không lưu được ghi chú.',
        options,
      );
    },
    remove(current) {
      const w = store().hlPending[current.id];
      if (w?.status === 'failed' && !storedOf(current.id)) {
        // Never stored: dropping the failed attempt is all there is to delete.
        store().clearPendingWrite(current.id, w.seq);
        notice({ kind: 'info', text: 'Đã bỏ đoạn tô chưa lưu.' });
        return Promise.resolve({ ok: true, id: current.id });
      }
      return change(current.id, null, 'Đã xoá đoạn tô.', 'Không xoá được đoạn tô.');
    },
    retry(id) {
      const w = store().hlPending[id];
      if (!w?.after) return Promise.resolve({ ok: false, id, error: 'Không còn gì để lưu lại.' });
      return change(id, w.after, 'Đã lưu.', 'Vẫn chưa lưu được.');
    },
    discard(id) {
      const w = store().hlPending[id];
      if (w) store().clearPendingWrite(id, w.seq);
      notice(null);
      return Promise.resolve();
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
  };
}
