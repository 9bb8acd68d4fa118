// Public surface of the entities feature: the legend under the article header, the "In this article"
// panel in the aside, the cards that open on mentions in the body, and the mentions as paints.
export { EntityLegend } from './EntityLegend';
export { EntityPanel } from './EntityPanel';
export { EntityCards } from './EntityCards';
export { entityPaints, titleEntityPaints } from './paint';
