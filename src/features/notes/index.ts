// Public surface of the notes feature: the all-notes page, and the export menu the reader's notes
// panel shows for one article. Export and import code load lazily.
export { AllNotesPage } from './AllNotesPage';
export { ExportMenu, type ExportMenuProps } from './ExportMenu';
export type { ExportScope, ExportFormat } from './fileNames';
