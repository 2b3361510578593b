import { fail, ok } from '../../../core/ipc/result.ts';
import { safeExternalUrl } from '../../../core/links/external-url.ts';
import { parseStatement } from '../../../core/statement/parse.ts';
import type { DocumentService } from '../../services/documents/index.ts';
import type { LibraryClient } from '../../services/library/index.ts';
import { createLibraryFiles, type LibraryFileDialogs } from '../../services/library/library-files.ts';
import { createTemplateFiles } from '../../services/templates/template-files.ts';
import type { TemplateFiles } from '../../../core/ipc/contract.ts';
import type { ExportService } from '../../services/exporting/index.ts';
import { importFile } from '../../services/importing/import-file.ts';
import { reportLines, summariseImport } from '../../../core/import/report.ts';
import type { HandlerTable } from './router.ts';
import type { Result } from '../../../core/ipc/result.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { createArchiveImporter } from '../../services/importing/archive-import.ts';
import type { PrintService } from '../../services/printing/print-service.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

/** What the window does for the renderer: its title and its unsaved-changes mark. */
export type WindowControl = { setState(state: { title: string; dirty: boolean }): void; close(): void };
/** Hands a link to the operating system's browser or mail program. */
export type ExternalOpener = { openExternal(url: string): Promise<void> };

/** The library's calls the window uses (the worker-thread client, or a stand-in in tests). */
export type LibraryAccess = Pick<LibraryClient, 'searchCases' | 'getCase' | 'recentCases' | 'markUsed' | 'listFootnotes' | 'getFootnote' | 'createFootnote' | 'deleteFootnote'>
  & Pick<LibraryClient, 'updateFootnote' | 'createCase' | 'updateCase' | 'deleteCase' | 'listOrganisations' | 'getOrganisation' | 'createOrganisation'>
  & Pick<LibraryClient, 'updateOrganisation' | 'deleteOrganisation' | 'exportLibrary' | 'importLibrary' | 'listBackups' | 'restoreBackup'>
  & Pick<LibraryClient, 'listSigners' | 'getSigner' | 'createSigner' | 'updateSigner' | 'deleteSigner'>
  & Pick<LibraryClient, 'listTemplates' | 'saveTemplate' | 'getTemplate' | 'deleteTemplate'>
  & Pick<LibraryClient, 'archiveStageBegin' | 'archiveStageAdd' | 'archiveStageCommit' | 'archiveStageDiscard' | 'archiveUndoImport' | 'archiveImports' | 'archiveSearch' | 'archiveGet' | 'archiveMentions'>;

/** Exports to files (electron/services/exporting), and the file manager to show one in. */
export type ExportAccess = { service: ExportService; reveal(path: string): void };

/** The Open dialog for a past statement to import (text, Markdown, web page). */
export type ImportDialogs = {
  chooseImportPath(): Promise<string | null>;
  /** A file or a folder of statements for the archive (one dialog cannot offer both on Windows and Linux). */
  chooseArchivePath?(from: 'file' | 'folder'): Promise<string | null>;
};

/** The built-in templates' files, read from the folder shipped with the app. */
export type TemplateSource = { files(): Promise<TemplateFiles> };

/** The interface language: read at start by the window, chosen by the writer. */
export type UiLocaleAccess = { current(): UiLocale; choose(locale: UiLocale): Promise<void> };

/** libraryDialogs: the native open and save dialogs for library exchange files (JSON); without them export and import find no file. */
export type HandlerDeps = {
  documents: DocumentService;
  window: WindowControl;
  shell: ExternalOpener;
  library: LibraryAccess;
  libraryDialogs?: LibraryFileDialogs;
  exports?: ExportAccess;
  templates?: TemplateSource;
  /** The native open and save dialogs for template files (.template.md). */
  templateDialogs?: LibraryFileDialogs;
  importDialogs?: ImportDialogs;
  uiLocale?: UiLocaleAccess;
  /** File > Print (electron/services/printing); without it printing says it is unavailable. */
  printing?: PrintService;
};

/**
 * A statement the window sent as the file's JSON text (to save, or as the recovery copy),
 * parsed and validated as a file being opened is; refused as a bad argument otherwise.
 */
function statementSent(json: string, what: string): Result<Statement> {
  const parsed = parseStatement(json);
  return parsed.ok ? parsed : fail('BAD_ARGUMENTS', `${what} is not a valid statement: ${parsed.message}`);
}

/** The handler table: one entry per contract channel, each a thin call into a service. */
export function createHandlers({ documents, window, shell, library, libraryDialogs, exports, templates, templateDialogs, importDialogs, uiLocale, printing }: HandlerDeps): HandlerTable {
  const archiveImporter = createArchiveImporter(library);
  const templateFiles = createTemplateFiles({ library, dialogs: templateDialogs ?? { chooseOpenPath: async () => null, chooseSavePath: async () => null }, locale: () => uiLocale?.current() ?? 'en' });
  const libraryFiles = createLibraryFiles({ library, dialogs: libraryDialogs ?? { chooseOpenPath: async () => null, chooseSavePath: async () => null } });
  return {
    'documents.new': () => documents.newDocument(),
    'documents.newFrom': ({ statement }) => documents.newDocument(statement),
    'documents.import': async () => {
      const path = importDialogs ? await importDialogs.chooseImportPath() : null;
      if (path === null) return fail('CANCELLED', 'No file was chosen.');
      // The report is worded in the language the window shows now.
      const locale = uiLocale?.current() ?? 'en';
      const imported = await importFile(path, locale);
      if (!imported.ok) return imported;
      const opened = await documents.newDocument(imported.value.statement);
      if (!opened.ok) return opened;
      return ok({ document: opened.value, summary: summariseImport(imported.value.report, locale), lines: reportLines(imported.value.report, locale) });
    },
    'documents.open': () => documents.open(),
    'documents.openRecent': ({ path }) => documents.openRecent(path),
    'documents.recent': () => documents.recent(),
    'documents.recentWithMissing': () => documents.recentWithMissing(),
    'documents.forgetRecent': ({ path }) => documents.forgetRecent(path),
    'documents.takePending': () => documents.takePending(),
    'documents.save': async ({ id, statementJson, overwriteExternalChange }) => {
      const parsed = statementSent(statementJson, 'The statement to save');
      return parsed.ok ? documents.save(id, parsed.value, { overwriteExternalChange: overwriteExternalChange ?? false }) : parsed;
    },
    'documents.saveAs': async ({ id, statementJson }) => {
      const parsed = statementSent(statementJson, 'The statement to save');
      return parsed.ok ? documents.saveAs(id, parsed.value) : parsed;
    },
    'documents.close': ({ id }) => documents.close(id),
    'recovery.write': async ({ id, statementJson }) => {
      const parsed = statementSent(statementJson, 'The recovery copy');
      return parsed.ok ? documents.writeRecovery(id, parsed.value) : parsed;
    },
    'recovery.list': () => documents.listRecovery(),
    'recovery.restore': ({ recoveryId }) => documents.restoreRecovery(recoveryId),
    'recovery.discard': ({ recoveryId }) => documents.discardRecovery(recoveryId),
    'window.setState': async (state) => {
      window.setState(state);
      return ok(null);
    },
    'window.close': async () => {
      window.close();
      return ok(null);
    },
    'settings.uiLocale': async () => ok(uiLocale?.current() ?? 'en'),
    'settings.setUiLocale': async ({ locale }) => {
      if (!uiLocale) return fail('INTERNAL', 'The interface language cannot be changed in this window.');
      await uiLocale.choose(locale);
      return ok(null);
    },
    'shell.openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) return fail('BAD_ARGUMENTS', 'Only http, https and mailto links can be opened.');
      await shell.openExternal(safe);
      return ok(null);
    },
    'library.search': (request) => library.searchCases(request),
    'library.getCase': ({ id }) => library.getCase(id),
    'library.recentCases': ({ limit }) => library.recentCases(limit),
    'library.markUsed': ({ id }) => library.markUsed(id),
    'library.listFootnotes': ({ query }) => library.listFootnotes(query),
    'library.getFootnote': ({ id }) => library.getFootnote(id),
    'library.createFootnote': ({ title, body, language, tags }) => library.createFootnote({ title, body, language: language ?? 'en', tags: tags ?? [] }),
    'library.deleteFootnote': ({ id }) => library.deleteFootnote(id),
    'library.updateFootnote': ({ id, draft, expectedUpdatedAt }) => library.updateFootnote(id, draft, { expectedUpdatedAt }),
    'library.createCase': ({ draft, allowDuplicate }) => library.createCase(draft, { allowDuplicate: allowDuplicate ?? false }),
    'library.updateCase': ({ id, draft, expectedUpdatedAt }) => library.updateCase(id, draft, { expectedUpdatedAt }),
    'library.deleteCase': ({ id }) => library.deleteCase(id),
    'library.listOrganisations': ({ query }) => library.listOrganisations(query),
    'library.getOrganisation': ({ id }) => library.getOrganisation(id),
    'library.createOrganisation': ({ draft }) => library.createOrganisation(draft),
    'library.updateOrganisation': ({ id, draft, expectedUpdatedAt }) => library.updateOrganisation(id, draft, { expectedUpdatedAt }),
    'library.deleteOrganisation': ({ id }) => library.deleteOrganisation(id),
    'library.listSigners': ({ query }) => library.listSigners(query),
    'library.getSigner': ({ id }) => library.getSigner(id),
    'library.createSigner': ({ draft }) => library.createSigner(draft),
    'library.updateSigner': ({ id, draft, expectedUpdatedAt }) => library.updateSigner(id, draft, { expectedUpdatedAt }),
    'library.deleteSigner': ({ id }) => library.deleteSigner(id),
    'library.exportFile': ({ includeConfidential }) => libraryFiles.exportToFile({ includeConfidential }),
    'library.importFile': () => libraryFiles.importFromFile(),
    'library.resolveImport': ({ importId, decisions }) => libraryFiles.resolveImport(importId, decisions),
    'library.cancelImport': ({ importId }) => libraryFiles.cancelImport(importId),
    'library.listBackups': () => library.listBackups(),
    'library.restoreBackup': ({ name }) => library.restoreBackup(name),
    'archive.import': async ({ from }) => {
      const path = importDialogs?.chooseArchivePath ? await importDialogs.chooseArchivePath(from) : null;
      if (path === null) return fail('CANCELLED', 'No archive was chosen.');
      return archiveImporter.run(path, uiLocale?.current() ?? 'en');
    },
    'archive.importProgress': async () => ok(archiveImporter.progress()),
    'archive.imports': () => library.archiveImports(),
    'archive.undoImport': ({ batchId }) => library.archiveUndoImport(batchId),
    'archive.search': (request) => library.archiveSearch(request),
    'archive.get': ({ id }) => library.archiveGet(id),
    'archive.mentions': (request) => library.archiveMentions(request),
    'export.run': async (request) => (exports ? exports.service.run(request) : fail('INTERNAL', 'Export is not available in this window.')),
    'templates.list': async () => ok(templates ? await templates.files() : { files: [], unreadable: [] }),
    'templates.listUser': () => library.listTemplates(),
    'templates.saveUser': ({ text }) => library.saveTemplate(text),
    'templates.deleteUser': ({ id }) => library.deleteTemplate(id),
    'templates.exportFile': ({ id }) => templateFiles.exportToFile(id),
    'templates.importFile': () => templateFiles.importFromFile(),
    'templates.resolveImport': ({ importId, choice }) => templateFiles.resolveImport(importId, choice),
    'export.reveal': async ({ path }) => {
      if (!exports?.service.wrote(path)) return fail('REFUSED', 'Only a file exported in this session can be shown.');
      exports.reveal(path);
      return ok(null);
    },
    'print.run': async (request) => (printing ? printing.print(request) : fail('INTERNAL', 'Printing is not available in this window.')),
    'print.document': async ({ jobId }) => (printing ? printing.document(jobId) : fail('NOT_FOUND', 'There is no statement waiting to be printed.')),
    'print.drawn': async ({ jobId, pages, problem }) =>
      printing ? printing.drawn(jobId, problem === undefined ? { pages } : { pages, problem }) : fail('NOT_FOUND', 'There is no statement waiting to be printed.'),
  };
}
