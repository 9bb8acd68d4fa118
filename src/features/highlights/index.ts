// Public surface of the highlights feature: paint layer, selection toolbar + editor, notes panel,
// and the data hooks the all-notes page uses.
export { HighlightTools } from './components/HighlightTools';
export { NotesPanel, type NotesPanelProps } from './components/NotesPanel';
export { useHighlightPaints } from './hooks/useHighlightPaints';
export { useArticleHighlights, type ArticleHighlights, type Highlight, type HighlightState } from './hooks/useArticleHighlights';
export { COLOR_NAMES } from './colors';
export { useAnnotations, annotationsQueryOptions, getAnnotations } from './api/getAnnotations';
export { useAllAnnotations, allAnnotationsQueryOptions, getAllAnnotations } from './api/getAllAnnotations';
// The write mutations (useSaveAnnotation / useDeleteAnnotation) live in ./api/saveAnnotation and
// ./api/deleteAnnotation; import them from there, so the reader's first load doesn't carry them.
export { useRemoteAnnotationChanges } from './api/remoteChanges';
