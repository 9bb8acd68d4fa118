// Public surface of the highlights feature (paint layer, selection toolbar, editing, notes panel).
// Stub until the highlights UI lands: the reader already renders these slots.
export { useHighlightPaints, HighlightTools, NotesPanel } from './stubs';
