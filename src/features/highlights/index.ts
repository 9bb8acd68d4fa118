// Public surface of the highlights feature: the paint layer of the reader's highlights, and the
// selection toolbar + shortcuts + note editor. Their data lives in src/annotations.
export { HighlightTools } from './components/HighlightTools';
export { useHighlightPaints } from './hooks/useHighlightPaints';
export { PrintNotes } from './components/PrintNotes';
