/** The case library: SQLite in a worker thread, its client for the main process, and the service itself. Plain Node, no Electron. */
export { createLibraryClient, defaultWorkerUrl, type LibraryClient, type LibraryClientOptions } from './library-client.ts';
export { openLibrary, type LibraryOptions, type LibraryService, type SaveOptions } from './library-service.ts';
export { LIBRARY_METHODS, type LibraryMethod, type WorkerOptions } from './library-protocol.ts';
export { defaultLibraryPath, defaultUserDataDir, LIBRARY_FILE_NAME } from './default-path.ts';
export { BACKUP_DIR_NAME, KEEP_BACKUPS } from './backups.ts';
export { LIBRARY_APPLICATION_ID, LIBRARY_SCHEMA_VERSION, MIGRATIONS, type SchemaMigration } from './schema.ts';
