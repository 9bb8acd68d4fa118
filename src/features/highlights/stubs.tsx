import type { RefObject } from 'react';
import type { Article } from '../../domain/article/types';
import type { BlockPaint } from '../reader/components/BlockView';

export function useHighlightPaints(article: Article | undefined): BlockPaint[][] {
  return article ? article.blocks.map(() => []) : [];
}
export function HighlightTools(_props: { article: Article; bodyRef: RefObject<HTMLDivElement | null> }) {
  return null;
}
export function NotesPanel(_props: { article: Article }) {
  return null;
}
