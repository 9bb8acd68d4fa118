import { useSyncExternalStore } from 'react';
import type { PreparedText } from '../domain/anchoring/anchor';
import type { TextRange } from '../domain/anchoring/types';
import { toPlainText, type PlainText } from '../domain/article/plainText';
import type { Article } from '../domain/article/types';
import type { Annotation } from '../domain/notes/annotation';

import { reloadable } from '../lib/reloadable';

type Anchoring = typeof import('../domain/anchoring/anchor');
const importAnchoring = reloadable(() => import('../domain/anchoring/anchor'));

// ---- The anchoring code (exact + fuzzy matching) loads only once there are highlights to place.
// A module cache: the loaded module, the load in flight, and who waits for it (useAnchoringReady).
let anchoring: Anchoring | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

export function loadAnchoring(): Promise<void> {
  loading ??= importAnchoring().then(
    (m) => {
      anchoring = m;
      for (const l of [...listeners]) l();
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Whether highlights can be anchored yet (false on the server and until the code has loaded). */
export function useAnchoringReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => anchoring !== undefined,
    () => false,
  );
}

interface ArticleText {
  plain: PlainText;
  blockLengths: number[];
  prepared: PreparedText | undefined;
  /** Anchors by record object: a record re-anchors only when it changed (or the article did). */
  anchors: WeakMap<Annotation, TextRange | null>;
}

// Cache: an article's plain text and block offsets, derived once per (immutable) article.
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

/**
 * Where an annotation sits in this article's text today: a range, null (an orphan: the passage is
 * gone), or undefined while the anchoring code is still loading. Memoised per record.
 */
export function anchorIn(article: Article, annotation: Annotation): TextRange | null | undefined {
  const e = entry(article);
  const hit = e.anchors.get(annotation);
  if (hit !== undefined) return hit;
  if (!anchoring) {
    void loadAnchoring().catch(() => undefined);
    return undefined;
  }
  e.prepared ??= anchoring.prepareText(e.plain.text);
  let range: TextRange | null;
  try {
    range = anchoring.anchor(e.prepared, annotation.target.selector);
  } catch (err) {
    console.warn('[highlights] could not anchor', annotation.id, err);
    range = null;
  }
  e.anchors.set(annotation, range);
  return range;
}
