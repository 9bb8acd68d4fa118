// The reader's annotations, shared by highlights, notes and offline (no UI): reading queries, the
// text model, colours, and the highlights of an article as anchored ranges. The writing code
// (highlightActions, saveAnnotation, deleteAnnotation) is imported from its own file, so the
// reader's first load doesn't carry it.
export { useAnnotations, annotationsQueryOptions, getAnnotations } from './getAnnotations';
export { useAllAnnotations, allAnnotationsQueryOptions, getAllAnnotations } from './getAllAnnotations';
export { notesOverviewQueryOptions, repairSummaries, useNoteCountsByArticle, useNotesOverview, useTagCounts } from './getNotesOverview';
export { useRemoteAnnotationChanges } from './remoteChanges';
export { useArticleHighlights, type ArticleHighlights, type Highlight, type HighlightState } from './useArticleHighlights';
