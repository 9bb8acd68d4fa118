import type { Article, EntityType } from '../../domain/article/types';
import type { BlockPaint } from '../../dom/paint';

/** Officials and figures open a card from the keyboard too: each mention's first segment is a tab stop. */
const TAB_STOP = new Set<EntityType>(['official', 'figure']);
const TAB_STOP_ATTRS = { tabIndex: 0, role: 'button', 'aria-haspopup': 'dialog' };

/** Entity mentions as paints per block; hidden types are left out. */
export function entityPaints(article: Article, visible: Record<EntityType, boolean>): BlockPaint[][] {
  const out: BlockPaint[][] = article.blocks.map(() => []);
  article.entities.forEach((e, i) => {
    if (!visible[e.type]) return;
    out[e.block]?.push({
      id: `e${i}`,
      start: e.start,
      end: e.end,
      className: `ent ent-${e.type}`,
      data: { ent: String(i) },
      ...(TAB_STOP.has(e.type) && { lead: TAB_STOP_ATTRS }),
    });
  });
  return out;
}
