/**
 * The composition root (electron/main/index.ts) run against a fake Electron: the one file
 * the other tests cannot reach. It checks the wiring a real start performs: the app scheme
 * and its handler, the IPC door, the guards, the menu, and the window with its options.
 */
import { mkdtemp } from 'node:fs/promises';
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
    webContents = { send: vi.fn(), on: vi.fn() };
    constructor(public options: Record<string, unknown>) {
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
    },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, handler: Listener) => void fake.ipcHandlers.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void fake.menus.push(menu) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void fake.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => void fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void fake.permissionHandlers.push('request'),
        setPermissionCheckHandler: () => void fake.permissionHandlers.push('check'),
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

describe('the main process composition root', async () => {
  fake.userData = await mkdtemp(join(tmpdir(), 'studio-main-'));
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
});
