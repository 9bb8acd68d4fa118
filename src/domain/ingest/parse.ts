import type { Block } from '../article/types';
import { isChromeMarker, isStrongChrome } from './chrome';
import { isByline, isCaption, isShortLine, splitSourceTag } from './classify';
import { parseDateLine } from './dates';
import { splitLongParagraph } from './sentences';
import { splitLines, undouble } from './text';

export interface ParsedArticle {
  title: string;
  published: string | null;
  source: string | null;
  byline: string | null;
  blocks: Block[];
  /** Lines dropped as site chrome from the end of the text, in order (reported, never silent). */
  cut: string[];
  /** Chrome-like lines kept because article prose follows them ("Bình luận" as a subheading). */
  keptMarkers: string[];
}

/** What a text lacks to be an article (for messages worded elsewhere, in the reader's language). */
export type MissingPart = 'text' | 'title' | 'paragraphs';

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    message: string,
    readonly missing?: MissingPart,
  ) {
    super(message);
  }
}

/**
 * Raw article text → title, metadata and blocks. Accepts a scraped page (date line, title, captions,
 * headings, byline, site chrome) or plain text (title on the first line, then one paragraph per line
 * or per blank-line-separated chunk).
 */
export function parseRawArticle(raw: string, label = 'article'): ParsedArticle {
  let lines = splitLines(raw).filter((l) => l !== '');
  if (lines.length === 0) throw new IngestError(`${label}: the file is empty — expected a title line and paragraphs.`, 'text');

  let published: string | null = null;
  // The date line may stand before or right after the title.
  const dateAt = lines.slice(0, 3).findIndex((l) => parseDateLine(l) !== null);
  if (dateAt >= 0) {
    published = parseDateLine(lines[dateAt]!);
    lines = lines.filter((_, i) => i !== dateAt);
  }
  const title = lines.shift();
  if (!title) throw new IngestError(`${label}: no title line found.`, 'title');

  const chrome = splitChrome(lines);
  lines = chrome.kept;
  let byline: string | null = null;
  const last = lines[lines.length - 1];
  if (lines.length > 1 && last && isByline(last)) {
    byline = last;
    lines.pop();
  }

  const leadAt = lines.findIndex((l) => !isShortLine(l));
  if (leadAt < 0) throw new IngestError(`${label}: no paragraph of article text found after the title.`, 'paragraphs');

  let source: string | null = null;
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    if (i === leadAt) {
      const tagged = splitSourceTag(line);
      if (tagged) {
        source = tagged.source;
        line = tagged.rest;
      }
    }
    if (isCaption(line, i < leadAt)) {
      blocks.push({ type: 'caption', text: undouble(line) ?? line });
    } else if (i > leadAt && isShortLine(line) && i < lines.length - 1) {
      blocks.push({ type: 'heading', text: line });
    } else {
      for (const text of splitLongParagraph(line)) blocks.push({ type: 'paragraph', text });
    }
  });

  return { title, published, source, byline, blocks, cut: chrome.cut, keptMarkers: chrome.keptMarkers };
}

/** Prose: a long line or a sentence, as opposed to a heading, a button or a link list. */
const readsAsProse = (line: string) => !isShortLine(line);

/**
 * Site chrome is cut only from the tail after the last line that reads as article prose, starting at
 * the first chrome marker there; markers before that line are article text (a "Bình luận" subheading).
 */
export function splitChrome(lines: readonly string[]): { kept: string[]; cut: string[]; keptMarkers: string[] } {
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (readsAsProse(lines[i]!)) {
      lastProse = i;
      break;
    }
  }
  const tailFrom = Math.max(1, lastProse + 1);
  let cutAt = lines.length;
  for (let i = tailFrom; i < lines.length; i++) {
    if (isChromeMarker(lines[i]!)) {
      cutAt = i;
      break;
    }
  }
  const keptMarkers = lines.slice(1, Math.min(cutAt, tailFrom)).filter(isStrongChrome);
  return { kept: lines.slice(0, cutAt), cut: lines.slice(cutAt), keptMarkers };
}
