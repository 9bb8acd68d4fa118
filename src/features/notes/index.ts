// Public surface of the notes feature (all-notes page, export/import). Stub until it lands.
export { AllNotesPage } from './stubs';
