import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import type { Result } from '../../../core/ipc/result.ts';
import type { LibraryOptions, LibraryService } from './library-service.ts';

/**
 * The messages between the library client (main process) and the library worker. A request
 * names a service method and its arguments; the answer carries the method's Result. Only
 * plain data crosses: structured clone copies it, and functions cannot be sent.
 */

/** Every method of LibraryService the client may call; checked against the type below. */
export const LIBRARY_METHODS = [
  'info',
  'getCase',
  'createCase',
  'updateCase',
  'deleteCase',
  'findDuplicates',
  'searchCases',
  'markUsed',
  'recentCases',
  'listOrganisations',
  'getOrganisation',
  'createOrganisation',
  'updateOrganisation',
  'deleteOrganisation',
  'listFootnotes',
  'getFootnote',
  'createFootnote',
  'updateFootnote',
  'deleteFootnote',
  'listSigners',
  'getSigner',
  'createSigner',
  'updateSigner',
  'deleteSigner',
  'exportLibrary',
  'importLibrary',
  'importData',
  'listBackups',
  'backupIfDue',
  'restoreBackup',
  'archiveStageBegin',
  'archiveStageAdd',
  'archiveStageCommit',
  'archiveStageDiscard',
  'archiveUndoImport',
  'archiveImports',
  'archiveSearch',
  'archiveGet',
  'archiveMentions',
  'listTemplates',
  'saveTemplate',
  'getTemplate',
  'deleteTemplate',
  'close',
] as const satisfies ReadonlyArray<keyof LibraryService>;
export type LibraryMethod = (typeof LIBRARY_METHODS)[number];

// A compile error here means a service method is missing from LIBRARY_METHODS.
type Missing = Exclude<keyof LibraryService, LibraryMethod>;
export const everyMethodListed: [Missing] extends [never] ? true : Missing = true;

/** What the worker is started with: the service options that are plain data. */
export type WorkerOptions = Pick<LibraryOptions, 'path' | 'backupDir' | 'autoBackup' | 'keepBackups'>;

/** `locale`: the language the window shows as it asks, for the words of a refusal (English when not given). */
export type LibraryRequest = { id: number; method: LibraryMethod; args: unknown[]; locale?: UiLocale };
export type LibraryResponse = { id: number; result: Result<unknown> };
/** Sent once, first: whether the library opened, with its info. */
export type LibraryReady = { id: 0; result: Result<unknown> };
