// Public surface of the highlights feature: the paint layer of the reader's highlights, and the
// selection toolbar + shortcuts + note editor. Their data lives in src/annotations.
export { HighlightTools } from './components/HighlightTools';
export { useHighlightLayer } from './hooks/useHighlightLayer';
export { PrintNotes } from './components/PrintNotes';
