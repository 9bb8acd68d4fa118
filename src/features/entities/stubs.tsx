import type { RefObject } from 'react';
import type { Article } from '../../domain/article/types';

export function EntityLegend(_props: { article: Article }) {
  return null;
}
export function EntityPanel(_props: { article: Article }) {
  return null;
}
export function EntityCards(_props: { article: Article; bodyRef: RefObject<HTMLDivElement | null> }) {
  return null;
}
