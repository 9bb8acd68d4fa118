import { anchor, prepareText, type PreparedText, type TextRange } from '../../domain/anchoring';
import { toPlainText, type PlainText } from '../../domain/article/plainText';
import type { Article } from '../../domain/article/types';
import type { Annotation } from '../../domain/notes/annotation';

interface ArticleText {
  plain: PlainText;
  blockLengths: number[];
  prepared: PreparedText | undefined;
  /** Anchors by record object: a record re-anchors only when it changed (or the article did). */
  anchors: WeakMap<Annotation, TextRange | null>;
}

const cache = new WeakMap<Article, ArticleText>();

function entry(article: Article): ArticleText {
  let e = cache.get(article);
  if (!e) {
    e = {
      plain: toPlainText(article.blocks),
      blockLengths: article.blocks.map((b) => b.text.length),
      prepared: undefined,
      anchors: new WeakMap(),
    };
    cache.set(article, e);
  }
  return e;
}

/** The article's plain text (positions of annotations count in it), computed once per article. */
export function plainTextOf(article: Article): PlainText {
  return entry(article).plain;
}

export function blockLengthsOf(article: Article): number[] {
  return entry(article).blockLengths;
}

/** Where an annotation sits in this article's text today, or null (an orphan). Memoised. */
export function anchorIn(article: Article, annotation: Annotation): TextRange | null {
  const e = entry(article);
  const hit = e.anchors.get(annotation);
  if (hit !== undefined) return hit;
  e.prepared ??= prepareText(e.plain.text);
  let range: TextRange | null;
  try {
    range = anchor(e.prepared, annotation.target.selector);
  } catch (err) {
    console.warn('[highlights] could not anchor', annotation.id, err);
    range = null;
  }
  e.anchors.set(annotation, range);
  return range;
}
