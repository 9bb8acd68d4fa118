import type { StateCreator } from 'zustand';
import type { Annotation, HighlightColor } from '../domain/notes/annotation';

/**
 * One change to one highlight, as a transition of its record: null = absent.
 * create: before null → after A; delete: before A → after null; edit: before A → after A'.
 * Undo writes `before` back (the same record, same id), redo writes `after`.
 */
export interface HighlightOp {
  articleId: string;
  before: Annotation | null;
  after: Annotation | null;
}

export interface HighlightHistory {
  undo: HighlightOp[];
  redo: HighlightOp[];
}

/** A write in flight or failed; the UI shows `after` instead of the stored record until it resolves. */
export interface PendingWrite {
  articleId: string;
  id: string;
  /** What the record will be once written (null: being deleted). */
  after: Annotation | null;
  status: 'saving' | 'failed';
  /** Increases with every write; a late answer of an older write must not clear a newer one. */
  seq: number;
  /** Vietnamese, for the reader, when failed. */
  error?: string;
}

export type EditorTarget =
  | { kind: 'new'; articleId: string; start: number; end: number; color: HighlightColor }
  | { kind: 'existing'; articleId: string; id: string };

export interface EditorState {
  target: EditorTarget;
  /** The note text being typed; kept here so a failed save, a re-render or a trip to another page never loses it. */
  draft: string;
  /** The text the editor opened with: `draft !== initial` means unsaved typing. */
  initial: string;
  error: string | null;
  saving: boolean;
}

export interface HighlightNotice {
  text: string;
  kind: 'info' | 'error';
  /** Offer "Hoàn tác" for the article's last change. */
  undo?: boolean;
  /** A failed write the reader can retry or drop. */
  failedId?: string;
  /** An undo/redo refused because another tab changed the record: what this tab would have written. */
  conflict?: { id: string; from: 'undo' | 'redo'; target: Annotation | null };
  /** Increases with each notice so the same text is announced again. */
  n: number;
}

const MAX_HISTORY = 100;

export interface HighlightsSlice {
  hlHistory: Record<string, HighlightHistory>;
  hlPending: Record<string, PendingWrite>;
  /** The open note editor of each article (at most one per article; drafts survive navigation). */
  hlEditors: Record<string, EditorState>;
  hlNotice: HighlightNotice | null;
  /** The last sequence number given to a pending write (a later write of the same id supersedes it). */
  hlWriteSeq: number;
  /** Where focus goes back to when the note editor closes (the control that opened it). */
  hlReturnFocus: HTMLElement | null;
  /** A fresh sequence number for a pending write. */
  nextWriteSeq: () => number;
  setReturnFocus: (el: HTMLElement | null) => void;
  /** A new change: onto the undo stack, and the redo stack is cleared. */
  recordHighlightOp: (op: HighlightOp) => void;
  /** Pops the article's last undoable / redoable change. */
  takeHighlightOp: (articleId: string, from: 'undo' | 'redo') => HighlightOp | undefined;
  /** Puts a change back on a stack without touching the other one (after undo/redo or a failed attempt). */
  pushHighlightOp: (op: HighlightOp, to: 'undo' | 'redo') => void;
  setPendingWrite: (write: PendingWrite) => void;
  /** Removes a pending write if it is still the one with this seq. */
  clearPendingWrite: (id: string, seq: number) => void;
  failPendingWrite: (id: string, seq: number, error: string) => void;
  /** Opens the article's editor on `target`, replacing what was open there. */
  openEditor: (target: EditorTarget, draft: string) => void;
  /**
   * Opens the editor unless the article's editor holds unsaved typing for another target (then
   * nothing changes and false is returned: the reader saves or cancels first).
   */
  requestEditor: (target: EditorTarget, draft: string) => boolean;
  /** Points the open editor at another target (a colour for a new note, the record a failed new note became), keeping its text. */
  retargetEditor: (target: EditorTarget) => void;
  setEditorDraft: (articleId: string, draft: string) => void;
  setEditorStatus: (articleId: string, status: { saving: boolean; error: string | null }) => void;
  closeEditor: (articleId: string) => void;
  setHighlightNotice: (notice: Omit<HighlightNotice, 'n'> | null) => void;
}

const empty: HighlightHistory = { undo: [], redo: [] };

function sameTarget(a: EditorTarget, b: EditorTarget): boolean {
  if (a.kind === 'existing' && b.kind === 'existing') return a.id === b.id;
  return a.kind === 'new' && b.kind === 'new' && a.start === b.start && a.end === b.end;
}

function updateEditor(
  set: (fn: (s: HighlightsSlice) => Partial<HighlightsSlice> | HighlightsSlice) => void,
  articleId: string,
  fn: (e: EditorState) => EditorState,
): void {
  set((s) => {
    const e = s.hlEditors[articleId];
    return e ? { hlEditors: { ...s.hlEditors, [articleId]: fn(e) } } : s;
  });
}

export const createHighlightsSlice: StateCreator<HighlightsSlice, [], [], HighlightsSlice> = (set, get) => ({
  hlHistory: {},
  hlPending: {},
  hlEditors: {},
  hlWriteSeq: 0,
  hlReturnFocus: null,
  nextWriteSeq: () => {
    const seq = get().hlWriteSeq + 1;
    set({ hlWriteSeq: seq });
    return seq;
  },
  setReturnFocus: (el) => set({ hlReturnFocus: el }),
  hlNotice: null,
  recordHighlightOp: (op) =>
    set((s) => {
      const h = s.hlHistory[op.articleId] ?? empty;
      return { hlHistory: { ...s.hlHistory, [op.articleId]: { undo: [...h.undo, op].slice(-MAX_HISTORY), redo: [] } } };
    }),
  takeHighlightOp: (articleId, from) => {
    const h = get().hlHistory[articleId] ?? empty;
    const stack = h[from];
    const op = stack[stack.length - 1];
    if (!op) return undefined;
    set((s) => ({ hlHistory: { ...s.hlHistory, [articleId]: { ...h, [from]: stack.slice(0, -1) } } }));
    return op;
  },
  pushHighlightOp: (op, to) =>
    set((s) => {
      const h = s.hlHistory[op.articleId] ?? empty;
      return { hlHistory: { ...s.hlHistory, [op.articleId]: { ...h, [to]: [...h[to], op].slice(-MAX_HISTORY) } } };
    }),
  setPendingWrite: (write) => set((s) => ({ hlPending: { ...s.hlPending, [write.id]: write } })),
  clearPendingWrite: (id, seq) =>
    set((s) => {
      if (s.hlPending[id]?.seq !== seq) return s;
      const rest = { ...s.hlPending };
      delete rest[id];
      return { hlPending: rest };
    }),
  failPendingWrite: (id, seq, error) =>
    set((s) => {
      const w = s.hlPending[id];
      if (w?.seq !== seq) return s;
      return { hlPending: { ...s.hlPending, [id]: { ...w, status: 'failed', error } } };
    }),
  openEditor: (target, draft) =>
    set((s) => ({ hlEditors: { ...s.hlEditors, [target.articleId]: { target, draft, initial: draft, error: null, saving: false } } })),
  requestEditor: (target, draft) => {
    const open = get().hlEditors[target.articleId];
    if (open && open.draft !== open.initial && !sameTarget(open.target, target)) return false;
    if (open && sameTarget(open.target, target)) return true; // already open: keep its text
    get().openEditor(target, draft);
    return true;
  },
  retargetEditor: (target) => updateEditor(set, target.articleId, (e) => ({ ...e, target })),
  setEditorDraft: (articleId, draft) => updateEditor(set, articleId, (e) => ({ ...e, draft })),
  setEditorStatus: (articleId, { saving, error }) => updateEditor(set, articleId, (e) => ({ ...e, saving, error })),
  closeEditor: (articleId) =>
    set((s) => {
      if (!s.hlEditors[articleId]) return s;
      const rest = { ...s.hlEditors };
      delete rest[articleId];
      return { hlEditors: rest };
    }),
  setHighlightNotice: (notice) =>
    set((s) => ({ hlNotice: notice ? { ...notice, n: (s.hlNotice?.n ?? 0) + 1 } : null })),
});
