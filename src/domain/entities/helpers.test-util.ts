import type { Block, Entity, EntityType } from '../article/types';
import { extractEntities } from './index';

export const para = (text: string): Block => ({ type: 'paragraph', text });

/** Entities of one type in a single paragraph. */
export function of(type: EntityType, text: string): Entity[] {
  return extractEntities([para(text)]).filter((e) => e.type === type);
}

export const texts = (type: EntityType, text: string): string[] => of(type, text).map((e) => e.text);

/** The first official of a single paragraph, as [name, role] (undefined when none is found). */
export function firstOfficial(text: string): [string | undefined, string | null | undefined] {
  const [first] = of('official', text);
  return [first?.name, first?.role];
}
