/**
 * Entities of an article's title and body in one pass: the title is read as a heading in front of the
 * body, so a person named in the title and in the text is one person, and its marks are returned
 * apart, with offsets into the title.
 */
import type { Block, Entity, TitleEntity } from '../article/types';

export type BlockExtractor = (blocks: readonly Block[]) => Entity[];

export function extractWithTitle(
  extract: BlockExtractor,
  title: string,
  blocks: readonly Block[],
): { titleEntities: TitleEntity[]; entities: Entity[] } {
  const all = extract([{ type: 'heading', text: title }, ...blocks]);
  const titleEntities: TitleEntity[] = [];
  const entities: Entity[] = [];
  for (const e of all) {
    if (e.block === 0) {
      const { block: _, ...rest } = e;
      titleEntities.push(rest);
    } else entities.push({ ...e, block: e.block - 1 });
  }
  return { titleEntities, entities };
}
