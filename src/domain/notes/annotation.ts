/**
 * Margin's notes are W3C Web Annotations (https://www.w3.org/TR/annotation-model/).
 * Inside the app TextPositionSelector counts UTF-16 code units of the article's plain text
 * (see domain/article/plainText.ts); export converts to code points as the model requires.
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * UTF-16 offsets into the article plain text (code points only in exported files). A collapsed
 * position (start === end, see UNKNOWN_POSITION) means "unknown": anchoring then relies on the quote.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Stored when an imported annotation has no usable position (the quote alone anchors it). */
export const UNKNOWN_POSITION: Readonly<TextPositionSelector> = Object.freeze({
  type: 'TextPositionSelector',
  start: 0,
  end: 0,
});

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

export interface CommentBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
  language?: string;
}

/** A reader's tag (see tags.ts for the normal form). One body per tag. */
export interface TagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: string;
}

/**
 * The highlight colour: a "classifying" body whose value is a colour key, so a tag that happens to
 * be called "yellow" is never mistaken for a colour (schema v2 stored the colour as a tagging body).
 */
export interface ColorBody {
  type: 'TextualBody';
  purpose: 'classifying';
  value: HighlightColor;
}

export type AnnotationBody = CommentBody | TagBody | ColorBody;

/** Exports name the colour body `urn:margin:colour:<key>` (its value is then the colour's name). */
export const COLOR_ID_PREFIX = 'urn:margin:colour:';

export interface AnnotationTarget {
  /** The article id. */
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  body: AnnotationBody[];
  target: AnnotationTarget;
}
