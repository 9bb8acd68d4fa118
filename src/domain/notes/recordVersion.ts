/** The current version of a stored note record (migrations.ts says what each version was); alone so a light reader can check it. */
export const SCHEMA_VERSION = 3;
