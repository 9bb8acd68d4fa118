import { describe } from '../anchoring/describe';
import type { Annotation, AnnotationBody, CommentBody, HighlightColor, TagBody } from './annotation';

/**
 * Creating and editing Margin's annotations. Pure: time and ids come from the caller.
 * Body layout: an optional TextualBody comment (only when the note has non-whitespace text), then a
 * tagging body carrying the highlight colour. Motivation follows: "commenting" with a note, else
 * "highlighting".
 */
export interface NewAnnotation {
  id: string;
  articleId: string;
  /** The article plain text (see domain/article/plainText.ts). */
  plainText: string;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
  now: Date;
}

export const DEFAULT_COLOR: HighlightColor = 'yellow';

function hasText(note: string | undefined): note is string {
  return note !== undefined && note.trim() !== '';
}

export function buildBody(note: string | undefined, color: HighlightColor, language?: string): AnnotationBody[] {
  const body: AnnotationBody[] = [];
  if (hasText(note)) {
    const comment: CommentBody = { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' };
    if (language !== undefined) comment.language = language;
    body.push(comment);
  }
  body.push({ type: 'TextualBody', purpose: 'tagging', value: color });
  return body;
}

export function motivationFor(note: string | undefined): Annotation['motivation'] {
  return hasText(note) ? 'commenting' : 'highlighting';
}

/** Throws RangeError for an empty or out-of-bounds range (see anchoring/describe). */
export function createAnnotation(input: NewAnnotation): Annotation {
  const iso = input.now.toISOString();
  return {
    id: input.id,
    type: 'Annotation',
    motivation: motivationFor(input.note),
    created: iso,
    modified: iso,
    body: buildBody(input.note, input.color),
    target: { source: input.articleId, selector: describe(input.plainText, input.start, input.end) },
  };
}

function commentOf(a: Annotation): CommentBody | undefined {
  return a.body.find((b): b is CommentBody => b.purpose === 'commenting');
}

/** The note text, '' when there is none. */
export function noteOf(a: Annotation): string {
  return commentOf(a)?.value ?? '';
}

export function colorOf(a: Annotation): HighlightColor {
  return a.body.find((b): b is TagBody => b.purpose === 'tagging')?.value ?? DEFAULT_COLOR;
}

export function quoteOf(a: Annotation): string {
  return a.target.selector[0].exact;
}

/** A new record with the note replaced ('' or whitespace removes it) and `modified` = now. */
export function withNote(a: Annotation, note: string, now: Date): Annotation {
  return {
    ...a,
    motivation: motivationFor(note),
    modified: now.toISOString(),
    body: buildBody(note, colorOf(a), commentOf(a)?.language),
  };
}

/** A new record with the colour replaced and `modified` = now. */
export function withColor(a: Annotation, color: HighlightColor, now: Date): Annotation {
  const note = noteOf(a);
  return { ...a, modified: now.toISOString(), body: buildBody(note, color, commentOf(a)?.language) };
}
