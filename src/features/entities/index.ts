// Public surface of the entities feature (legend, "In this article" panel, cards). Stub until the
// entities UI lands: the reader already renders these slots.
export { EntityLegend, EntityPanel, EntityCards } from './stubs';
