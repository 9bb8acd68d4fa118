/** What the reader can do to an article's highlights, as the UI sees it. */
import type { Annotation, HighlightColor } from '../domain/notes/annotation';

/** `id`: the highlight concerned (for create, the new one, saved or not). */
export type WriteOutcome = { ok: true; id: string } | { ok: false; id: string; error: string };

export interface ActionOptions {
  /** Set false when the caller shows the failure itself (the note editor does). Default true. */
  announceFailure?: boolean;
  /** create: the tags of the new highlight. */
  tags?: readonly string[];
}

export interface HighlightActions {
  /** Highlights plain-text [start, end) of the article; resolves once stored (or failed). */
  create(range: { start: number; end: number }, color: HighlightColor, note?: string, options?: ActionOptions): Promise<WriteOutcome>;
  setColor(current: Annotation, color: HighlightColor): Promise<WriteOutcome>;
  setNote(current: Annotation, note: string, options?: ActionOptions): Promise<WriteOutcome>;
  setTags(current: Annotation, tags: readonly string[]): Promise<WriteOutcome>;
  remove(current: Annotation): Promise<WriteOutcome>;
  /** Writes again a highlight whose save failed. */
  retry(id: string): Promise<WriteOutcome>;
  /** Drops a failed, unsaved change (the stored record, if any, shows again). */
  discard(id: string): Promise<void>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** After an undo/redo refused for a newer change elsewhere: make the record `target` anyway (undoable). */
  overwrite(id: string, target: Annotation | null): Promise<WriteOutcome>;
  /** Writes back a highlight deleted elsewhere (same id and place), e.g. with the note typed meanwhile. */
  recreate(annotation: Annotation): Promise<WriteOutcome>;
}
