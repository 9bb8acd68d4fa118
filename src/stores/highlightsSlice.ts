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
  /** The note text being typed; kept here so a failed save or a re-render never loses it. */
  draft: string;
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
  /** Increases with each notice so the same text is announced again. */
  n: number;
}

const MAX_HISTORY = 100;

export interface HighlightsSlice {
  hlHistory: Record<string, HighlightHistory>;
  hlPending: Record<string, PendingWrite>;
  hlEditor: EditorState | null;
  hlNotice: HighlightNotice | null;
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
  openEditor: (target: EditorTarget, draft: string) => void;
  setEditorDraft: (draft: string) => void;
  setEditorStatus: (status: { saving: boolean; error: string | null }) => void;
  closeEditor: () => void;
  setHighlightNotice: (notice: Omit<HighlightNotice, 'n'> | null) => void;
}

const empty: HighlightHistory = { undo: [], redo: [] };
let nextSeq = 1;
/** A fresh sequence number for a pending write. */
export const nextWriteSeq = () => nextSeq++;

export const createHighlightsSlice: StateCreator<HighlightsSlice, [], [], HighlightsSlice> = (set, get) => ({
  hlHistory: {},
  hlPending: {},
  hlEditor: null,
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
  openEditor: (target, draft) => set({ hlEditor: { target, draft, error: null, saving: false } }),
  setEditorDraft: (draft) => set((s) => (s.hlEditor ? { hlEditor: { ...s.hlEditor, draft } } : s)),
  setEditorStatus: ({ saving, error }) => set((s) => (s.hlEditor ? { hlEditor: { ...s.hlEditor, saving, error } } : s)),
  closeEditor: () => set({ hlEditor: null }),
  setHighlightNotice: (notice) =>
    set((s) => ({ hlNotice: notice ? { ...notice, n: (s.hlNotice?.n ?? 0) + 1 } : null })),
});
