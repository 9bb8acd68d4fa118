import type { QueryClient } from '@tanstack/react-query';
import type { Article } from '../domain/article/types';
import type { Annotation, HighlightColor } from '../domain/notes/annotation';
import { createAnnotation, withColor, withNote, withTags } from '../domain/notes/model';
import { queryKeys } from '../lib/queryKeys';
import type { ReadResult } from '../storage';
import type { HighlightOp } from '../stores/highlightsSlice';
import type { AppState } from '../stores/store';
import { applyWrite, writeErrorMessage } from './cache';
import { deleteAnnotation } from './deleteAnnotation';
import { saveAnnotation } from './saveAnnotation';
import { loadStorage } from './storageClient';
import { loadAnchoring, plainTextOf } from './articleText';
import { translator } from '../domain/i18n/t';
import { newAnnotationId } from './ids';
import type { ActionOptions, HighlightActions, WriteOutcome } from './actionTypes';

/**
 * Every change to the article's highlights goes through here: the write (react-query mutation →
 * storage repository), the undo history (recorded once the write resolved) and the notice.
 */
export function createHighlightActions(
  article: Article,
  queryClient: QueryClient,
  appStore: { getState(): AppState },
): HighlightActions {
  const articleId = article.id;
  const store = () => appStore.getState();
  const notice = store().setHighlightNotice;
  // Messages in the language in use when the notice is given.
  const t = () => translator(store().lang);
  const hue = (c: HighlightColor) => t()(`hue.${c}`);

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

  /**
   * Undo/redo as a compare-and-set: the record becomes `next` only if it is still `expected` (what
   * this tab wrote). Another tab's newer change is never overwritten: the reader is told, the newer
   * record stays, and the text this tab would have restored is offered in the notice.
   */
  async function replay(from: 'undo' | 'redo'): Promise<boolean> {
    const op: HighlightOp | undefined = store().takeHighlightOp(articleId, from);
    if (!op) return false;
    const [expected, next] = from === 'undo' ? [op.after, op.before] : [op.before, op.after];
    const id = (op.before ?? op.after)!.id;
    let storage: Awaited<ReturnType<typeof loadStorage>> | undefined;
    try {
      storage = await loadStorage();
      await storage.replaceAnnotation(articleId, id, expected, next);
      applyWrite(queryClient, articleId, id, next);
    } catch (e) {
      if (storage?.isStorageError(e) && e.kind === 'conflict') {
        // Show what is stored now (the other tab's record), and keep this tab's text at hand.
        const current = await storage.getAnnotation(articleId, id).catch(() => undefined);
        applyWrite(queryClient, articleId, id, current ?? null);
        notice({ kind: 'error', text: t()('hl.conflict', { reason: writeErrorMessage(e), from }), conflict: { id, from, target: next } });
        return false;
      }
      store().pushHighlightOp(op, from);
      notice({ kind: 'error', text: t()('hl.failed.replay', { reason: writeErrorMessage(e), from }) });
      return false;
    }
    store().pushHighlightOp(op, from === 'undo' ? 'redo' : 'undo');
    notice({ kind: 'info', text: t()(from === 'undo' ? 'hl.done.undone' : 'hl.done.redone') });
    return true;
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
        tags: options?.tags,
        now: new Date(),
      });
      store().setLastColor(color);
      return change(
        annotation.id,
        annotation,
        note.trim() ? t()('hl.done.created') : t()('hl.done.painted', { hue: hue(color) }),
        t()('hl.failed.create'),
        options,
      );
    },
    setColor(current, color) {
      store().setLastColor(color);
      return change(current.id, withColor(current, color, new Date()), t()('hl.done.recoloured', { hue: hue(color) }), t()('hl.failed.recolour'));
    },
    setNote(current, note, options) {
      return change(
        current.id,
        withNote(current, note, new Date()),
        t()(note.trim() ? 'hl.done.noteSaved' : 'hl.done.noteDeleted'),
        t()('hl.failed.note'),
        options,
      );
    },
    setTags(current, tags) {
      return change(current.id, withTags(current, tags, new Date()), t()('hl.done.tags'), t()('hl.failed.tags'));
    },
    remove(current) {
      const w = store().hlPending[current.id];
      if (w?.status === 'failed' && !storedOf(current.id)) {
        // Never stored: dropping the failed attempt is all there is to delete.
        store().clearPendingWrite(current.id, w.seq);
        notice({ kind: 'info', text: t()('hl.done.droppedUnsaved') });
        return Promise.resolve({ ok: true, id: current.id });
      }
      return change(current.id, null, t()('hl.done.deleted'), t()('hl.failed.delete'));
    },
    retry(id) {
      const w = store().hlPending[id];
      if (!w?.after) return Promise.resolve({ ok: false, id, error: t()('hl.failed.nothingToRetry') });
      return change(id, w.after, t()('hl.done.retried'), t()('hl.failed.retry'));
    },
    discard(id) {
      const w = store().hlPending[id];
      if (w) store().clearPendingWrite(id, w.seq);
      notice(null);
      return Promise.resolve();
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    overwrite(id, target) {
      // The reader chose this tab's version over the newer one: a new change, so Ctrl+Z brings the other back.
      const now = new Date().toISOString();
      return change(id, target && { ...target, modified: now }, t()('hl.done.overwritten'), t()('hl.failed.overwrite'));
    },
    recreate(annotation) {
      return change(annotation.id, annotation, t()('hl.done.recreated'), t()('hl.failed.recreate'), {
        announceFailure: false,
      });
    },
  };
}
