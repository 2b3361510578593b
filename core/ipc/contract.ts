import { z } from 'zod';
import { exportOptionsSchema } from '../export/export-request.ts';
import type { TemplateFile } from '../templates/load-templates.ts';
import type { TemplateProblem } from '../templates/template-problem.ts';
import { templateIdSchema, templateTextSchema, type TemplateImport, type UserTemplate } from '../templates/user-template.ts';
import { MAX_STATEMENT_BYTES } from '../statement/format.ts';
import { statementSchema, type Statement } from '../statement/schema.ts';
import { recordIdSchema, timestampSchema } from '../cases/common.ts';
import { footnoteDraftSchema, type FootnoteRecord } from '../cases/footnote.ts';
import { organisationDraftSchema, type OrganisationRecord } from '../cases/organisation.ts';
import { caseDraftSchema, type CaseRecord } from '../cases/person.ts';
import { signerDraftSchema, type SignerRecord } from '../signatories/signer-record.ts';
import { importDecisionsSchema, type BackupInfo, type CaseHit, type CaseSummary, type CreateCaseOutcome, type ImportOutcome, type LibraryInfo } from '../library/api.ts';
import type { ExportedLibraryFile, ImportStarted } from '../library/transfer.ts';
import { searchRequestSchema } from '../library/search-query.ts';
import type { Result } from './result.ts';
import {
  archiveMentionsSchema,
  archiveSearchSchema,
  type ArchiveBatch,
  type ArchivedStatement,
  type ArchiveHit,
  type ArchiveImportProgress,
  type ArchiveImportReport,
  type ArchiveMention,
} from '../archive/archive-api.ts';
import { UI_LOCALES, type UiLocale } from '../i18n/ui-locale.ts';

/**
 * The IPC contract: every channel the renderer may call, the schema its arguments must
 * pass, and the type of its result. The main process validates against these schemas;
 * the preload and the renderer's client are typed from them. Paths never come from the
 * renderer except to reopen a file the main process itself listed as recent.
 */

/** A statement as the renderer holds it while editing. */
export type OpenedDocument = {
  id: string;
  /** Absolute path on disk, or null for a statement never saved. */
  path: string | null;
  /** File name shown in the title bar ("Untitled" for a new statement). */
  name: string;
  statement: Statement;
};
export type SavedDocument = { id: string; path: string; name: string };
export type RecentDocument = { path: string; name: string };
/** A recent statement on the welcome screen: its folder, and whether the file is still there. */
export type WelcomeRecentDocument = RecentDocument & { folder: string; missing: boolean };
export type RecoveryEntry = { recoveryId: string; name: string; path: string | null; title: string; savedAt: string };

const documentId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected a document id');
const empty = z.object({}).strict();
const libraryId = z.object({ id: recordIdSchema }).strict();
/** A reusable note from the editor: title and body; the language defaults to English, tags to none. */
const footnoteDraftArgs = footnoteDraftSchema.partial({ language: true, tags: true }).strict();
/** Saving an edited record: refused if it changed elsewhere since the editor read it (expectedUpdatedAt). */
const librarySave = <S extends z.ZodType>(draft: S) => z.object({ id: recordIdSchema, draft, expectedUpdatedAt: timestampSchema.optional() }).strict();
const importId = z.string().regex(/^[a-f0-9-]{36}$/, 'expected an import id');
const printJobId = z.string().regex(/^[a-f0-9-]{36}$/, 'expected a print job id');
/** Printing takes the PDF export's layout options; always a plain PDF (no PDF/A). */
const printOptionsSchema = exportOptionsSchema.pick({ paper: true, notes: true, letterhead: true }).strict();

export const channels = {
  'documents.new': { args: empty, result: null as unknown as OpenedDocument },
  /** Import > Statement: a past statement (text, Markdown, web page) chosen in a dialog, opened as a new untitled document, with the report. */
  'documents.import': { args: empty, result: null as unknown as ImportedDocument },
  /** An untitled document holding a statement made in the window (from a template, or a new edition). */
  'documents.newFrom': { args: z.object({ statement: statementSchema }).strict(), result: null as unknown as OpenedDocument },
  'documents.open': { args: empty, result: null as unknown as OpenedDocument },
  'documents.openRecent': { args: z.object({ path: z.string().min(1).max(4096) }).strict(), result: null as unknown as OpenedDocument },
  'documents.recent': { args: empty, result: null as unknown as RecentDocument[] },
  /** The welcome screen's list: missing files included (marked), for the writer to see and remove. */
  'documents.recentWithMissing': { args: empty, result: null as unknown as WelcomeRecentDocument[] },
  /** Removes a file from the recent list: only a path the list holds. */
  'documents.forgetRecent': { args: z.object({ path: z.string().min(1).max(4096) }).strict(), result: null as unknown as null },
  /** Documents the OS or the command line asked us to open before the renderer was ready. */
  'documents.takePending': { args: empty, result: null as unknown as OpenedDocument[] },
  /**
   * The statement as the file's JSON text (parsed and validated in main like a file being
   * opened): the renderer makes it a few blocks at a time, where cloning the object tree of a
   * thousand-page statement for IPC froze the window for half a second.
   */
  'documents.save': {
    args: z.object({ id: documentId, statementJson: z.string().max(MAX_STATEMENT_BYTES), overwriteExternalChange: z.boolean().optional() }).strict(),
    result: null as unknown as SavedDocument,
  },
  'documents.saveAs': { args: z.object({ id: documentId, statementJson: z.string().max(MAX_STATEMENT_BYTES) }).strict(), result: null as unknown as SavedDocument },
  'documents.close': { args: z.object({ id: documentId }).strict(), result: null as unknown as null },
  /**
   * The statement as JSON text: sent every second while the writer types, and a string
   * crosses IPC far more cheaply than the object tree of a long statement.
   */
  'recovery.write': {
    args: z.object({ id: documentId, statementJson: z.string().max(MAX_STATEMENT_BYTES) }).strict(),
    result: null as unknown as null,
  },
  'recovery.list': { args: empty, result: null as unknown as RecoveryEntry[] },
  'recovery.restore': { args: z.object({ recoveryId: documentId }).strict(), result: null as unknown as OpenedDocument },
  'recovery.discard': { args: z.object({ recoveryId: documentId }).strict(), result: null as unknown as null },
  'window.setState': { args: z.object({ title: z.string().max(500), dirty: z.boolean() }).strict(), result: null as unknown as null },
  /** Closes the window for good, after the renderer has dealt with unsaved changes. */
  'window.close': { args: empty, result: null as unknown as null },
  /** The interface language (not the statement's): the writer's choice, or the OS's until one is made. */
  'settings.uiLocale': { args: empty, result: null as unknown as UiLocale },
  /** View > Interface Language, or the welcome screen's switch: remembered, and the menus follow. */
  'settings.setUiLocale': { args: z.object({ locale: z.enum(UI_LOCALES) }).strict(), result: null as unknown as null },
  'shell.openExternal': { args: z.object({ url: z.string().max(8192) }).strict(), result: null as unknown as null },
  /** The case library (electron/services/library), answered from its worker thread. */
  'library.search': { args: searchRequestSchema, result: null as unknown as CaseHit[] },
  'library.getCase': { args: libraryId, result: null as unknown as CaseRecord },
  /** A case was inserted into a statement: it goes to the top of "recently used". */
  'library.markUsed': { args: libraryId, result: null as unknown as null },
  'library.recentCases': { args: z.object({ limit: z.number().int().min(1).max(100).optional() }).strict(), result: null as unknown as CaseSummary[] },
  'library.listFootnotes': { args: z.object({ query: z.string().max(500).optional() }).strict(), result: null as unknown as FootnoteRecord[] },
  'library.getFootnote': { args: libraryId, result: null as unknown as FootnoteRecord },
  'library.createFootnote': { args: footnoteDraftArgs, result: null as unknown as FootnoteRecord },
  'library.deleteFootnote': { args: libraryId, result: null as unknown as null },
  'library.updateFootnote': { args: librarySave(footnoteDraftSchema), result: null as unknown as FootnoteRecord },
  /** A likely duplicate of a case already in the library is not written unless allowDuplicate. */
  'library.createCase': { args: z.object({ draft: caseDraftSchema, allowDuplicate: z.boolean().optional() }).strict(), result: null as unknown as CreateCaseOutcome },
  'library.updateCase': { args: librarySave(caseDraftSchema), result: null as unknown as CaseRecord },
  'library.deleteCase': { args: libraryId, result: null as unknown as null },
  'library.listOrganisations': { args: z.object({ query: z.string().max(500).optional() }).strict(), result: null as unknown as OrganisationRecord[] },
  'library.getOrganisation': { args: libraryId, result: null as unknown as OrganisationRecord },
  'library.createOrganisation': { args: z.object({ draft: organisationDraftSchema }).strict(), result: null as unknown as OrganisationRecord },
  'library.updateOrganisation': { args: librarySave(organisationDraftSchema), result: null as unknown as OrganisationRecord },
  'library.deleteOrganisation': { args: libraryId, result: null as unknown as null },
  /** The roster of people who sign statements; a query finds names in any spelling, and emails. */
  'library.listSigners': { args: z.object({ query: z.string().max(500).optional() }).strict(), result: null as unknown as SignerRecord[] },
  'library.getSigner': { args: libraryId, result: null as unknown as SignerRecord },
  'library.createSigner': { args: z.object({ draft: signerDraftSchema }).strict(), result: null as unknown as SignerRecord },
  'library.updateSigner': { args: librarySave(signerDraftSchema), result: null as unknown as SignerRecord },
  'library.deleteSigner': { args: libraryId, result: null as unknown as null },
  /** The whole library to a JSON file chosen in a save dialog; confidential cases only when asked. */
  'library.exportFile': { args: z.object({ includeConfidential: z.boolean() }).strict(), result: null as unknown as ExportedLibraryFile },
  /** A JSON file chosen in an open dialog; with conflicts nothing is written until resolveImport. */
  'library.importFile': { args: empty, result: null as unknown as ImportStarted },
  'library.resolveImport': { args: z.object({ importId, decisions: importDecisionsSchema }).strict(), result: null as unknown as ImportOutcome },
  'library.cancelImport': { args: z.object({ importId }).strict(), result: null as unknown as null },
  'library.listBackups': { args: empty, result: null as unknown as BackupInfo[] },
  /** Replaces the library with a backup (the library as it was becomes a backup first). */
  'library.restoreBackup': {
    args: z.object({ name: z.string().regex(/^library-[0-9A-Za-z-]{10,60}\.sqlite$/, 'expected the name of a library backup') }).strict(),
    result: null as unknown as LibraryInfo,
  },
  /** File > Import an Archive…: a file or folder chosen in a dialog, read and stored in the library as one batch (all or nothing). */
  'archive.import': { args: z.object({ from: z.enum(['file', 'folder']) }).strict(), result: null as unknown as ArchiveImportReport },
  /** How far the import under way is (asked while archive.import has not answered yet). */
  'archive.importProgress': { args: empty, result: null as unknown as ArchiveImportProgress },
  'archive.imports': { args: empty, result: null as unknown as ArchiveBatch[] },
  /** Removes an import and every statement it brought. */
  'archive.undoImport': { args: z.object({ batchId: recordIdSchema }).strict(), result: null as unknown as null },
  'archive.search': { args: archiveSearchSchema, result: null as unknown as ArchiveHit[] },
  'archive.get': { args: libraryId, result: null as unknown as ArchivedStatement },
  /** Archived statements naming a person written in any of these ways. */
  'archive.mentions': { args: archiveMentionsSchema, result: null as unknown as ArchiveMention[] },
  /** Export: the window sends the statement and the options; where to write is asked in main (a Save dialog). */
  'export.run': {
    args: z.object({ title: z.string().max(2000), statementJson: z.string().max(MAX_STATEMENT_BYTES), options: exportOptionsSchema }).strict(),
    result: null as unknown as ExportedFile,
  },
  /** The built-in template files (templates/, shipped with the app), as text: the window parses them (core/templates). */
  'templates.list': { args: empty, result: null as unknown as TemplateFiles },
  /** The writer's own templates, kept in the library (file texts: the window parses them, a broken one is listed with its problems). */
  'templates.listUser': { args: empty, result: null as unknown as UserTemplate[] },
  /** Save as Template: a template file's text, saved under the id its settings give (replacing one with that id); text that does not parse is refused. */
  'templates.saveUser': { args: z.object({ text: templateTextSchema }).strict(), result: null as unknown as { template: UserTemplate; replaced: boolean } },
  'templates.deleteUser': { args: z.object({ id: templateIdSchema }).strict(), result: null as unknown as null },
  /** One of the writer's templates to a .template.md file chosen in a save dialog. */
  'templates.exportFile': { args: z.object({ id: templateIdSchema }).strict(), result: null as unknown as { name: string } },
  /** A template file chosen in an open dialog: parsed first; refused with its problems, or waiting for "replace or keep both" when its id is taken. */
  'templates.importFile': { args: empty, result: null as unknown as TemplateImport },
  'templates.resolveImport': { args: z.object({ importId, choice: z.enum(['replace', 'keepBoth']) }).strict(), result: null as unknown as TemplateImport },
  /** Shows an exported file in the file manager: only a file this session exported. */
  'export.reveal': { args: z.object({ path: z.string().min(1).max(4096) }).strict(), result: null as unknown as null },
  /** File > Print: the statement laid out as its PDF export, then the system print dialog (electron/services/printing). */
  'print.run': {
    args: z.object({ title: z.string().max(2000), statementJson: z.string().max(MAX_STATEMENT_BYTES), options: printOptionsSchema }).strict(),
    result: null as unknown as PrintOutcome,
  },
  /** The print view (renderer/print/) asks for the PDF of its job, named in its address. */
  'print.document': { args: z.object({ jobId: printJobId }).strict(), result: null as unknown as { title: string; pdfBase64: string } },
  /** The print view has drawn every page (or says why it could not): the print dialog may open. */
  'print.drawn': {
    args: z.object({ jobId: printJobId, pages: z.number().int().min(0).max(100_000), problem: z.string().max(1000).optional() }).strict(),
    result: null as unknown as null,
  },
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelArgs<C extends Channel> = z.input<Channels[C]['args']>;
export type ChannelResult<C extends Channel> = Channels[C]['result'];
export const CHANNEL_NAMES = Object.keys(channels) as Channel[];

/** The one Electron IPC channel all calls travel on; the contract channel is its first argument. */
export const INVOKE_CHANNEL = 'studio:invoke';

/** An imported statement opened as a new document, and what the import recognised (for the writer to check). */
export type ImportedDocument = { document: OpenedDocument; summary: string; lines: string[] };

/** Template files by name, and those that could not be read (with why). */
export type TemplateFiles = { files: TemplateFile[]; unreadable: TemplateProblem[] };

/** A print: how many pages were sent to the print dialog, and whether the writer printed them or cancelled. */
export type PrintOutcome = { pages: number; printed: boolean };

/** An export written to disk: where, how many pages (PDF), its size, how long the worker took. */
export type ExportedFile = { path: string; pages: number | null; bytes: number; millis: number };

/** Events the main process pushes to the renderer. */
export type StudioEvents = {
  /** A menu item or accelerator: a renderer command (see renderer/app/commands.ts) and its argument. */
  command: { id: string; arg?: string };
  /** The OS, a second instance or the command line opened a file. */
  'open-document': OpenedDocument;
  /** The window is about to close and the document has unsaved changes; the renderer asks the writer. */
  'close-requested': null;
  /** The interface language was switched from the menu. */
  'ui-locale': UiLocale;
};
export const EVENT_NAMES = ['command', 'open-document', 'close-requested', 'ui-locale'] as const satisfies ReadonlyArray<keyof StudioEvents>;
export const EVENT_CHANNEL_PREFIX = 'studio:event:';

/** window.studio: one async function per channel, grouped by service, plus event subscriptions. */
type Group<C extends string> = C extends `${infer G}.${string}` ? G : never;
type Method<C extends string, G extends string> = C extends `${G}.${infer M}` ? M : never;
export type StudioApi = {
  [G in Group<Channel>]: {
    [M in Method<Channel, G>]: (args: ChannelArgs<Extract<`${G}.${M}`, Channel>>) => Promise<Result<ChannelResult<Extract<`${G}.${M}`, Channel>>>>;
  };
} & {
  on<E extends keyof StudioEvents>(event: E, listener: (payload: StudioEvents[E]) => void): () => void;
};
