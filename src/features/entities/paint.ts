import type { Article, EntityType } from '../../domain/article/types';
import type { BlockPaint } from '../../dom/paint';

/** Officials and figures open a card from the keyboard too: each mention's first segment is a tab stop. */
const TAB_STOP = new Set<EntityType>(['official', 'figure']);
const TAB_STOP_ATTRS = { tabIndex: 0, role: 'button', 'aria-haspopup': 'dialog' };

/**
 * Entity mentions as paints per block, every type: which types show is CSS's business
 * (html[data-marks], set before first paint), so the prerendered markup never depends on a
 * preference. Only visible officials and figures are tab stops.
 */
export function entityPaints(article: Article, visible: Record<EntityType, boolean>): BlockPaint[][] {
  const out: BlockPaint[][] = article.blocks.map(() => []);
  article.entities.forEach((e, i) => {
    out[e.block]?.push({
      id: `e${i}`,
      start: e.start,
      end: e.end,
      className: `ent ent-${e.type}`,
      data: { ent: String(i) },
      ...(TAB_STOP.has(e.type) && visible[e.type] && { lead: TAB_STOP_ATTRS }),
    });
  });
  return out;
}

/**
 * The title's entity mentions as paints over the title (`titleEntities`); hidden types are left out.
 * Their classes are `ent ent-t-<type>`: they look like the text's marks but open no card and are not
 * counted with the text's mentions.
 */
export function titleEntityPaints(article: Article, visible: Record<EntityType, boolean>): BlockPaint[] {
  return (article.titleEntities ?? [])
    .filter((e) => visible[e.type])
    .map((e, i) => ({ id: `t${i}`, start: e.start, end: e.end, className: `ent ent-t-${e.type}`, data: { 'title-ent': e.type } }));
}
