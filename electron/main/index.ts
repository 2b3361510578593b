/**
 * Composition root of the main process: the only module that wires Electron to the
 * services. Everything it calls is plain Node and tested without Electron; what remains
 * here is glue, checked by hand with the list in README.md.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { EVENT_CHANNEL_PREFIX, INVOKE_CHANNEL, type StudioEvents } from '../../core/ipc/contract.ts';
import { STATEMENT_EXTENSION } from '../../core/statement/format.ts';
import { LIBRARY_FILE_EXTENSION } from '../../core/library/format.ts';
import { createDocumentService } from '../services/documents/index.ts';
import { createLibraryClient } from '../services/library/index.ts';
import { createExportClient, createExportService } from '../services/exporting/index.ts';
import { EXPORT_FILE_TYPES } from '../../core/export/export-request.ts';
import { APP_ENTRY, APP_ORIGIN, APP_SCHEME, resolveAppRequest } from './app-protocol.ts';
import { documentPathsFromArgv } from './argv.ts';
import { aboutPanelOptions, appLicences } from './about-licences.ts';
import { appResources } from './app-resources.ts';
import { builtinTemplateFiles } from '../services/templates/builtin-templates.ts';
import { IMPORT_EXTENSIONS } from '../services/importing/import-file.ts';
import { buildContextMenu } from './context-menu.ts';
import { createHandlers } from './ipc/handlers.ts';
import { createRouter, trustOrigin } from './ipc/router.ts';
import { buildMenuTemplate } from './menu.ts';
import { menuMessages, type FileKind } from './menu-messages.ts';
import { loadUiLocaleSetting, type UiLocaleSetting } from './ui-locale-setting.ts';
import type { UiLocale } from '../../core/i18n/ui-locale.ts';
import { followOsTheme, windowBackground } from './native-theme.ts';
import { createOsRecentSync } from './os-recent-documents.ts';
import { createPrintShell } from './print-window.ts';
import { createPrintService } from '../services/printing/print-service.ts';
import { denyAllPermissions, guardContents } from './security.ts';
import { DEFAULT_SPELLCHECK_CHOICE, loadSpellcheckChoice, saveSpellcheckChoice, spellCheckerLanguages, type SpellcheckChoice } from './spellcheck-languages.ts';
import { mainWindowOptions } from './window-options.ts';
import { fitToDisplays, loadWindowBounds, saveWindowBounds } from './window-state.ts';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isDevelopment = !app.isPackaged && Boolean(devServerUrl);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOs(path);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    for (const path of documentPathsFromArgv(argv, cwd)) void openFromOs(path);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  let mainWindow: BrowserWindow | null = null;
  /** True once the renderer has collected the files queued for it; later files are pushed. */
  let rendererReady = false;
  let dirty = false;
  let closeConfirmed = false;
  const userDataDir = app.getPath('userData');

  /** Native open and save dialogs over the window for one kind of file; null when cancelled. The kind is named in the interface language of the moment. */
  function fileDialogs(kind: FileKind, extension: string) {
    const filters = () => [{ name: menuMessages[locale()][kind], extensions: [extension] }];
    return {
      async chooseOpenPath() {
        const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters: filters() });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseSavePath(suggestedName: string) {
        const result = await dialog.showSaveDialog(mainWindow!, { defaultPath: join(app.getPath('documents'), suggestedName), filters: filters() });
        return result.canceled ? null : (result.filePath ?? null);
      },
    };
  }

  // Read before the first menu is built; the OS is asked once app is ready (see whenReady below).
  let uiLocale: UiLocaleSetting | null = null;
  const locale = (): UiLocale => uiLocale?.current() ?? 'en';

  /** The Import dialogs' filters: the formats the importer reads, or any file. */
  const importFilters = () => {
    const m = menuMessages[locale()];
    return [{ name: m.filterImport, extensions: [...IMPORT_EXTENSIONS] }, { name: m.filterAll, extensions: ['*'] }];
  };

  const documents = createDocumentService({
    userDataDir,
    onError: (message) => dialog.showErrorBox(menuMessages[locale()].couldNotOpen, message),
    locale,
    dialogs: fileDialogs('filterStatements', STATEMENT_EXTENSION),
  });

  // The case library: SQLite in a worker thread, so a long search never blocks the window.
  const library = createLibraryClient(join(userDataDir, 'library.sqlite'), { locale });
  void library.ready().then((opened) => {
    if (!opened.ok) console.warn(`[library] ${opened.code} ${opened.message}`);
  });
  app.on('will-quit', () => void library.close());

  // Exports: laid out and written in a worker thread (export-worker.js beside this bundle).
  // Packaged, the four PDF fonts are extraResources outside app.asar (see app-resources.ts).
  const { fontsDir, templatesDir } = appResources({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  const exporter = createExportClient(fontsDir !== undefined ? { fontDirectory: fontsDir } : {});
  app.on('will-quit', () => void exporter.close());
  const exportService = createExportService({
    client: exporter,
    dialogs: {
      async chooseExportPath(suggestedName, format) {
        const type = EXPORT_FILE_TYPES[format];
        const result = await dialog.showSaveDialog(mainWindow!, { defaultPath: join(app.getPath('documents'), suggestedName), filters: [{ name: type.name, extensions: [type.extension] }] });
        return result.canceled ? null : (result.filePath ?? null);
      },
    },
  });

  // File > Print: the export's PDF drawn by the print view in a hidden window, then the system print dialog.
  const printing = createPrintService({
    client: exporter,
    shell: createPrintShell({
      openWindow: (options) => new BrowserWindow(options),
      windowOptions: mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), null),
      viewUrl: (jobId) => new URL(`print/print.html#${jobId}`, isDevelopment ? devServerUrl! : APP_ENTRY).href,
    }),
  });

  function send<E extends keyof StudioEvents>(event: E, payload: StudioEvents[E]): void {
    mainWindow?.webContents.send(EVENT_CHANNEL_PREFIX + event, payload);
  }

  /** A file from the OS or the command line: queued until the renderer asks, then pushed. */
  async function openFromOs(path: string): Promise<void> {
    if (!rendererReady) {
      await documents.queuePending(path);
      return;
    }
    const opened = await documents.openPath(path);
    if (opened.ok) send('open-document', opened.value);
    else dialog.showErrorBox(menuMessages[locale()].couldNotOpen, opened.message);
  }

  const syncOsRecent = createOsRecentSync(app);

  async function refreshMenu(): Promise<void> {
    const recent = await documents.recent();
    if (recent.ok) syncOsRecent(recent.value);
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.name,
      recent: recent.ok ? recent.value : [],
      isDevelopment,
      locale: locale(),
      chooseLocale: (next) => void chooseUiLocale(next),
      send: (id, arg) => send('command', arg === undefined ? { id } : { id, arg }),
      showAbout: () => app.showAboutPanel(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** The writer switched the interface language: remembered, the menus rebuilt, the window told. */
  async function chooseUiLocale(next: UiLocale): Promise<void> {
    if (!uiLocale) return;
    await uiLocale.choose(next).catch((error: unknown) => console.warn(`[interface] could not remember the language: ${String(error)}`));
    await refreshMenu();
    send('ui-locale', next);
  }

  const router = createRouter(
    createHandlers({
      documents: {
        ...documents,
        takePending: () => {
          rendererReady = true;
          return documents.takePending();
        },
      },
      window: {
        setState({ title, dirty: isDirty }) {
          dirty = isDirty;
          mainWindow?.setTitle(`${isDirty ? '• ' : ''}${title} — Statement Studio`);
          mainWindow?.setDocumentEdited(isDirty);
          void refreshMenu();
        },
        close() {
          closeConfirmed = true;
          mainWindow?.close();
        },
      },
      shell: { openExternal: (url) => shell.openExternal(url) },
      library,
      libraryDialogs: fileDialogs('filterLibrary', LIBRARY_FILE_EXTENSION),
      exports: { service: exportService, reveal: (path) => shell.showItemInFolder(path) },
      templates: { files: () => builtinTemplateFiles(templatesDir) },
      templateDialogs: fileDialogs('filterTemplates', 'md'),
      printing,
      uiLocale: {
        current: locale,
        choose: chooseUiLocale,
      },
      importDialogs: {
        async chooseImportPath() {
          const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters: importFilters() });
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        async chooseArchivePath(from) {
          const m = menuMessages[locale()];
          const result = await dialog.showOpenDialog(mainWindow!, {
            title: from === 'folder' ? m.archiveFolderTitle : m.archiveFileTitle,
            properties: from === 'folder' ? ['openDirectory'] : ['openFile'],
            filters: from === 'folder' ? [] : importFilters(),
          });
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
      },
    }),
    {
      isTrustedFrame: trustOrigin(isDevelopment ? new URL(devServerUrl!).origin : APP_ORIGIN),
      log: ({ channel, code, message }) => console.warn(`[ipc] refused ${channel}: ${code} ${message}`),
    },
  );

  let spellcheck: SpellcheckChoice = DEFAULT_SPELLCHECK_CHOICE;
  function applySpellcheck(choice: SpellcheckChoice): void {
    spellcheck = choice;
    const languages = spellCheckerLanguages(choice, session.defaultSession.availableSpellCheckerLanguages);
    if (languages.length > 0) session.defaultSession.setSpellCheckerLanguages(languages);
  }
  function chooseSpellcheck(choice: SpellcheckChoice): void {
    applySpellcheck(choice);
    saveSpellcheckChoice(userDataDir, choice).catch((error: unknown) => console.warn(`[spellcheck] could not remember the languages: ${String(error)}`));
  }

  async function createWindow(): Promise<void> {
    const saved = fitToDisplays(await loadWindowBounds(userDataDir), screen.getAllDisplays().map((d) => d.workArea));
    const options = mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), saved);
    const win = new BrowserWindow({ ...options, backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors) });
    mainWindow = win;
    win.webContents.on('context-menu', (_event, params) => {
      const template = buildContextMenu(params, {
        send: (id) => send('command', { id }),
        replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
        addToDictionary: (word) => void win.webContents.session.addWordToSpellCheckerDictionary(word),
        spellcheck,
        chooseSpellcheck,
        locale: locale(),
      });
      if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
    });
    if (saved?.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('close', (event) => {
      void saveWindowBounds(userDataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
      if (dirty && !closeConfirmed) {
        event.preventDefault();
        send('close-requested', null);
      }
    });
    win.on('closed', () => {
      mainWindow = null;
      rendererReady = false;
    });
    await win.loadURL(isDevelopment ? devServerUrl! : APP_ENTRY);
  }

  app.on('web-contents-created', (_event, contents) => guardContents(contents, (url) => void shell.openExternal(url)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      closeConfirmed = false;
      void createWindow();
    }
  });

  // Files named on the first start's command line (Windows and Linux file associations).
  for (const path of documentPathsFromArgv(process.argv, process.cwd())) void openFromOs(path);

  void app.whenReady().then(async () => {
    const rendererDir = join(import.meta.dirname, '../renderer');
    protocol.handle(APP_SCHEME, (request) => resolveAppRequest(rendererDir, request.url));
    denyAllPermissions(session.defaultSession);
    applySpellcheck(await loadSpellcheckChoice(userDataDir));
    uiLocale = await loadUiLocaleSetting(userDataDir, app.getPreferredSystemLanguages());
    followOsTheme(nativeTheme, (color) => mainWindow?.setBackgroundColor(color));
    const appFacts = { name: app.name, version: app.getVersion(), electronVersion: process.versions.electron, copyright: 'Copyright © 2026 Statement Studio contributors' };
    void appLicences(app.getAppPath(), appFacts.electronVersion).then((licences) => app.setAboutPanelOptions(aboutPanelOptions(process.platform, appFacts, licences)));
    ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, args: unknown) => router({ frameUrl: event.senderFrame?.url }, channel, args));
    await refreshMenu();
    await createWindow();
  });
}
