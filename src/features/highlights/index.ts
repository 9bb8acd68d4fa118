// Public surface of the highlights feature: paint layer, selection toolbar + editor, notes panel,
// and the data hooks the all-notes page uses.
export { HighlightTools } from './components/HighlightTools';
export { NotesPanel, type NotesPanelProps } from './components/NotesPanel';
export { useHighlightPaints } from './hooks/useHighlightPaints';
export { useArticleHighlights, type ArticleHighlights, type Highlight, type HighlightState } from './hooks/useArticleHighlights';
export { COLOR_NAMES } from './hooks/useHighlightActions';
export { useAnnotations, annotationsQueryOptions, getAnnotations } from './api/getAnnotations';
export { useAllAnnotations, allAnnotationsQueryOptions, getAllAnnotations } from './api/getAllAnnotations';
export { useSaveAnnotation } from './api/saveAnnotation';
export { useDeleteAnnotation } from './api/deleteAnnotation';
export { useRemoteAnnotationChanges } from './api/remoteChanges';
