// Public surface of the notes feature: the article's notes panel, the all-notes page, and the export
// menu. The list, export and import code load lazily.
export { AllNotesPage } from './AllNotesPage';
export { NotesPanel, type NotesPanelProps } from './NotesPanel';
export { ExportMenu, type ExportMenuProps } from './ExportMenu';
export type { ExportScope, ExportFormat } from './fileNames';
export { highlightHash, jumpToHighlightWhenShown } from './jump';
