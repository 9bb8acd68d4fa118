/**
 * The storage layer's view of the record schema: the domain's migrations are the single source
 * of truth (record versions, v1 → v2 upgrade, validation of current records).
 */
export { migrateRecord, SCHEMA_VERSION, type MigrateResult } from '../domain/notes/migrations';
