// The settings engine: pure functions over plain data, no extension APIs
// (those live in utils/platform/settings-storage.ts).
export * from './schema.ts';
export * from './site-rules.ts';
export * from './parse.ts';
export * from './effective.ts';
export * from './quota.ts';
export * from './glossary-store.ts';
export * from './notice.ts';
export * from './patch.ts';
export * from './backup.ts';
export { SETTINGS_MIGRATIONS, migrateSettings } from './migrations/index.ts';
