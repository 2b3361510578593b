/**
 * The composition root (electron/main/index.ts) run against a fake Electron: the one file
 * the other tests cannot reach. It checks the wiring a real start performs: the app scheme
 * and its handler, the IPC door, the guards, the menu, and the window with its options.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const windows: Array<{ options: Record<string, unknown>; listeners: Map<string, Listener[]>; loaded: string[]; title: string; webContents: { send: (...args: unknown[]) => unknown } }> = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  return {
    appListeners,
    windows,
    resolveReady,
    ready,
    userData: '',
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    menus: [] as unknown[],
    permissionHandlers: [] as string[],
    spellCheckerLanguages: [] as string[][],
    aboutPanel: [] as Array<Record<string, unknown>>,
    popups: [] as Array<{ template: Array<{ label?: string; click?: () => void }>; options: unknown }>,
    theme: { themeSource: 'light', shouldUseDarkColors: true, listeners: [] as Listener[] },
  };
});

vi.mock('electron', () => {
  const on = (map: Map<string, Listener[]>) => (event: string, listener: Listener) => {
    map.set(event, [...(map.get(event) ?? []), listener]);
  };
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    listeners = new Map<string, Listener[]>();
    loaded: string[] = [];
    title = '';
    webContentsListeners = new Map<string, Listener[]>();
    webContents = { send: vi.fn(), on: on(this.webContentsListeners), replaceMisspelling: vi.fn(), session: { addWordToSpellCheckerDictionary: vi.fn() } };
    setBackgroundColor = vi.fn();
    options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      fake.windows.push(this);
    }
    on = on(this.listeners);
    once = on(this.listeners);
    loadURL = async (url: string) => void this.loaded.push(url);
    setTitle = (title: string) => void (this.title = title);
    setDocumentEdited = vi.fn();
    show = vi.fn();
    maximize = vi.fn();
    isMinimized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 });
    isMaximized = () => false;
  }
  return {
    app: {
      isPackaged: true,
      name: 'Statement Studio',
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: on(fake.appListeners),
      getPath: (name: string) => (name === 'userData' ? fake.userData : tmpdir()),
      whenReady: () => fake.ready,
      showAboutPanel: vi.fn(),
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['en-GB', 'ru-RU'],
      getAppPath: () => join(import.meta.dirname, '../../..'),
      setAboutPanelOptions: (options: Record<string, unknown>) => void fake.aboutPanel.push(options),
      addRecentDocument: vi.fn(),
    },
    nativeTheme: {
      get themeSource() {
        return fake.theme.themeSource;
      },
      set themeSource(value: string) {
        fake.theme.themeSource = value;
      },
      get shouldUseDarkColors() {
        return fake.theme.shouldUseDarkColors;
      },
      on: (_event: string, listener: Listener) => void fake.theme.listeners.push(listener),
    },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, handler: Listener) => void fake.ipcHandlers.set(channel, handler) },
    Menu: {
      // The template stands in for the built menu; popup records what a right-click would show.
      buildFromTemplate: (template: Array<{ label?: string; click?: () => void }>) =>
        Object.assign(template, { popup: (options: unknown) => void fake.popups.push({ template, options }) }),
      setApplicationMenu: (menu: unknown) => void fake.menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void fake.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => void fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void fake.permissionHandlers.push('request'),
        setPermissionCheckHandler: () => void fake.permissionHandlers.push('check'),
        availableSpellCheckerLanguages: ['de', 'en-GB', 'en-US', 'ru', 'uk'],
        setSpellCheckerLanguages: (languages: string[]) => void fake.spellCheckerLanguages.push(languages),
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

describe('the main process composition root', async () => {
  fake.userData = await mkdtemp(join(tmpdir(), 'studio-main-'));
  // Electron sets this beside app.asar; the packaged app looks for its fonts and templates there.
  Object.assign(process, { resourcesPath: join(fake.userData, 'resources') });
  await import('../../../electron/main/index.ts');
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  afterAll(() => {
    for (const listener of fake.appListeners.get('will-quit') ?? []) listener();
  });

  it('registers the app scheme before ready and serves the renderer through it with the CSP', async () => {
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const handler = fake.protocolHandlers.get('app')!;
    const response = await handler({ url: 'app://statement-studio/../../etc/passwd' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('opens one sandboxed window on the app entry with the preload', () => {
    const [window] = fake.windows;
    expect(window!.loaded).toEqual(['app://statement-studio/index.html']);
    expect(window!.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((window!.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('guards every web contents, denies permissions and sets the menu', () => {
    expect(fake.appListeners.get('web-contents-created')).toHaveLength(1);
    expect(fake.permissionHandlers).toEqual(['request', 'check']);
    expect((fake.menus.at(-1) as Array<{ label: string }>).map((m) => m.label)).toContain('&File');
  });

  it('answers IPC only through the router, refusing a foreign frame', async () => {
    const invoke = fake.ipcHandlers.get('studio:invoke')!;
    const foreign = await invoke({ senderFrame: { url: 'https://evil.example/' } }, 'documents.new', {});
    expect(foreign).toMatchObject({ ok: false, code: 'BAD_SENDER' });
    const own = (await invoke({ senderFrame: { url: 'app://statement-studio/index.html' } }, 'documents.new', {})) as { ok: boolean; value: { name: string } };
    expect(own).toMatchObject({ ok: true, value: { name: 'Untitled' } });
  });

  it('asks the renderer before closing a window with unsaved changes', async () => {
    const invoke = fake.ipcHandlers.get('studio:invoke')!;
    const frame = { senderFrame: { url: 'app://statement-studio/index.html' } };
    await invoke(frame, 'window.setState', { title: 'letter.statement', dirty: true });
    const [window] = fake.windows;
    expect(window!.title).toBe('• letter.statement — Statement Studio');
    let prevented = false;
    for (const listener of window!.listeners.get('close') ?? []) listener({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
    expect(window!.webContents.send).toHaveBeenCalledWith('studio:event:close-requested', null);
  });

  it('checks spelling in English and Russian from the start, and follows the OS’s dark mode', () => {
    expect(fake.spellCheckerLanguages).toEqual([['en-US', 'ru']]);
    expect(fake.theme.themeSource).toBe('system');
    const [window] = fake.windows;
    expect(window!.options['backgroundColor']).toBe('#1e1d1b');
    fake.theme.shouldUseDarkColors = false;
    for (const listener of fake.theme.listeners) listener();
    expect((window as unknown as { setBackgroundColor: ReturnType<typeof vi.fn> }).setBackgroundColor).toHaveBeenLastCalledWith('#f6f4ef');
  });

  it('opens the editor’s context menu over the window and sends its commands to the renderer', () => {
    const [window] = fake.windows as unknown as Array<{ webContentsListeners: Map<string, Listener[]>; webContents: { send: ReturnType<typeof vi.fn>; replaceMisspelling: ReturnType<typeof vi.fn> } }>;
    const params = { isEditable: true, selectionText: '', misspelledWord: 'refoulment', dictionarySuggestions: ['refoulement'], formControlType: 'none', editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } };
    for (const listener of window!.webContentsListeners.get('context-menu') ?? []) listener({}, params);
    const popup = fake.popups.at(-1)!;
    expect(popup.options).toEqual({ window });
    popup.template.find((item) => item.label === 'refoulement')!.click!();
    expect(window!.webContents.replaceMisspelling).toHaveBeenCalledWith('refoulement');
    popup.template.find((item) => item.label === 'Insert Footnote')!.click!();
    expect(window!.webContents.send).toHaveBeenCalledWith('studio:event:command', { id: 'insert.footnote' });
  });

  it('remembers a spelling language chosen in the context menu', async () => {
    const [window] = fake.windows as unknown as Array<{ webContentsListeners: Map<string, Listener[]> }>;
    const params = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], formControlType: 'none', editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } };
    for (const listener of window!.webContentsListeners.get('context-menu') ?? []) listener({}, params);
    const languages = fake.popups.at(-1)!.template.find((item) => item.label === 'Spelling Languages') as unknown as { submenu: Array<{ label: string; click: () => void }> };
    languages.submenu.find((item) => item.label === 'Russian')!.click();
    expect(fake.spellCheckerLanguages.at(-1)).toEqual(['ru']);
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(fake.userData, 'spellcheck.json'), 'utf8'))).toEqual({ languages: 'ru' }));
  });

  it('switches the interface language from View > Interface Language: remembered, the menus rebuilt, the window told', async () => {
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const invoke = fake.ipcHandlers.get('studio:invoke')!;
    const frame = { senderFrame: { url: 'app://statement-studio/index.html' } };
    expect(await invoke(frame, 'settings.uiLocale', {})).toEqual({ ok: true, value: 'en' });
    const view = (fake.menus.at(-1) as Item[]).find((menu) => menu.label === '&View')!;
    view.submenu!.find((item) => item.label === 'Interface &Language')!.submenu!.find((item) => item.label === 'Русский')!.click!();
    await vi.waitFor(() => expect((fake.menus.at(-1) as Item[]).map((menu) => menu.label)).toEqual(['&Файл', '&Правка', '&Вставка', 'Фор&мат', 'В&ид', '&Справка']));
    const [window] = fake.windows;
    expect(window!.webContents.send).toHaveBeenCalledWith('studio:event:ui-locale', 'ru');
    expect(JSON.parse(await readFile(join(fake.userData, 'interface.json'), 'utf8'))).toEqual({ locale: 'ru' });
    expect(await invoke(frame, 'settings.uiLocale', {})).toEqual({ ok: true, value: 'ru' });
    // Back to English through the window's own call, as a welcome screen's switch would.
    expect(await invoke(frame, 'settings.setUiLocale', { locale: 'en' })).toEqual({ ok: true, value: null });
    expect((fake.menus.at(-1) as Item[])[0]!.label).toBe('&File');
    expect(await invoke(frame, 'settings.setUiLocale', { locale: 'de' })).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
  });

  it('sets the About panel with the version and the licences of what ships', async () => {
    await vi.waitFor(() => expect(fake.aboutPanel).toHaveLength(1));
    const panel = fake.aboutPanel[0]!;
    expect(panel).toMatchObject({ applicationName: 'Statement Studio', applicationVersion: '0.1.0' });
    expect(String(panel['credits'] ?? panel['copyright'])).toContain('Noto Serif');
  });
});
