import { describe } from '../anchoring/describe';
import type { Annotation, AnnotationBody, ColorBody, CommentBody, HighlightColor, TagBody } from './annotation';
import { tagsInNote, uniqueTags } from './tags';

/**
 * Creating and editing Margin's annotations. Pure: time and ids come from the caller.
 * Body layout: an optional TextualBody comment (only when the note has non-whitespace text), one
 * tagging body per tag, then a classifying body carrying the highlight colour. Motivation follows:
 * "commenting" with a note, else "highlighting". A `#tag` written in the note becomes a tag.
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
  tags?: readonly string[];
  now: Date;
}

export const DEFAULT_COLOR: HighlightColor = 'yellow';

function hasText(note: string | undefined): note is string {
  return note !== undefined && note.trim() !== '';
}

/** The bodies of an annotation; tags are normalised and joined by the `#tags` of the note. */
export function buildBody(
  note: string | undefined,
  color: HighlightColor,
  language?: string,
  tags: readonly string[] = [],
): AnnotationBody[] {
  const body: AnnotationBody[] = [];
  if (hasText(note)) {
    const comment: CommentBody = { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' };
    if (language !== undefined) comment.language = language;
    body.push(comment);
  }
  for (const value of uniqueTags([...tags, ...(hasText(note) ? tagsInNote(note) : [])])) {
    body.push({ type: 'TextualBody', purpose: 'tagging', value } satisfies TagBody);
  }
  body.push({ type: 'TextualBody', purpose: 'classifying', value: color } satisfies ColorBody);
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
    body: buildBody(input.note, input.color, undefined, input.tags),
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
  return a.body.find((b): b is ColorBody => b.purpose === 'classifying')?.value ?? DEFAULT_COLOR;
}

/** The tags, in the order they were given. */
export function tagsOf(a: Annotation): string[] {
  return a.body.filter((b): b is TagBody => b.purpose === 'tagging').map((b) => b.value);
}

export function quoteOf(a: Annotation): string {
  return a.target.selector[0].exact;
}

function rebuilt(a: Annotation, note: string, color: HighlightColor, tags: readonly string[], now: Date): Annotation {
  return {
    ...a,
    motivation: motivationFor(note),
    modified: now.toISOString(),
    body: buildBody(note, color, commentOf(a)?.language, tags),
  };
}

/** A new record with the note replaced ('' or whitespace removes it) and `modified` = now. */
export function withNote(a: Annotation, note: string, now: Date): Annotation {
  return rebuilt(a, note, colorOf(a), tagsOf(a), now);
}

/** A new record with the colour replaced and `modified` = now. */
export function withColor(a: Annotation, color: HighlightColor, now: Date): Annotation {
  return rebuilt(a, noteOf(a), color, tagsOf(a), now);
}

/**
 * A new record with exactly these tags (plus the `#tags` still written in the note, which cannot
 * be removed without editing the note) and `modified` = now.
 */
export function withTags(a: Annotation, tags: readonly string[], now: Date): Annotation {
  return rebuilt(a, noteOf(a), colorOf(a), tags, now);
}

/** Note and tags changed together (the editor saves both at once). */
export function withNoteAndTags(a: Annotation, note: string, tags: readonly string[], now: Date): Annotation {
  return rebuilt(a, note, colorOf(a), tags, now);
}
