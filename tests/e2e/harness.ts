/**
 * Runs the built renderer in Debian's Chromium the way Electron runs it: served through
 * the app protocol handler (same files, same CSP headers), with window.studio built by the
 * preload's own factory and backed by the real IPC router and services over a Playwright
 * binding. Only the native dialogs and the window are fakes.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNEL_NAMES, EVENT_NAMES, type StudioEvents } from '../../core/ipc/contract.ts';
import { buildStudioApi } from '../../core/ipc/studio-api.ts';
import { resolveAppRequest } from '../../electron/main/app-protocol.ts';
import { createHandlers } from '../../electron/main/ipc/handlers.ts';
import { createRouter, trustOrigin } from '../../electron/main/ipc/router.ts';
import { createDocumentService } from '../../electron/services/documents/index.ts';
import { createLibraryClient, type LibraryClient } from '../../electron/services/library/index.ts';
import { openLibrary } from '../../electron/services/library/library-service.ts';
import { createExportClient, createExportService } from '../../electron/services/exporting/index.ts';
import { builtinTemplateFiles } from '../../electron/services/templates/builtin-templates.ts';
import { seedLibraryFile } from '../../core/library/seed-from-samples.ts';
import { createPrintService } from '../../electron/services/printing/print-service.ts';
import { loadUiLocaleSetting } from '../../electron/main/ui-locale-setting.ts';

/** The built renderer; STUDIO_RENDERER_DIR points a benchmark or a profile at another build (e.g. an unminified one). */
export const RENDERER_DIR = process.env['STUDIO_RENDERER_DIR'] ?? resolve(import.meta.dirname, '../../out/renderer');
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');
/** The app's origin in tests: same host as app://statement-studio, a scheme Chromium can load. */
export const TEST_ORIGIN = 'http://statement-studio';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Native file dialogs, answered by the test: each call takes the next queued path. */
export class FakeDialogs {
  openPaths: Array<string | null> = [];
  savePaths: Array<string | null> = [];
  async chooseOpenPath() {
    return this.openPaths.shift() ?? null;
  }
  async chooseSavePath() {
    return this.savePaths.shift() ?? null;
  }
  exportPaths: Array<string | null> = [];
  importPaths: Array<string | null> = [];
  async chooseExportPath() {
    return this.exportPaths.shift() ?? null;
  }
}

export type Studio = {
  page: Page;
  context: BrowserContext;
  dialogs: FakeDialogs;
  userDataDir: string;
  windowStates: Array<{ title: string; dirty: boolean }>;
  externalUrls: string[];
  closedWindow: () => boolean;
  /** Sends an event the way the main process does (a menu command, a file from the OS). */
  emit<E extends keyof StudioEvents>(event: E, payload: StudioEvents[E]): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** The window's library, for a test to change it as another window or colleague would. */
  library: LibraryClient;
  /** Files the window asked the file manager to show. */
  revealed: string[];
  /** Print views the window opened (File > Print), each drawn before the print dialog would open. */
  printViews: Page[];
  close(): Promise<void>;
};

/** A user data folder whose library holds the demo cases seeded from the samples. */
export async function seededUserDataDir(): Promise<string> {
  const userDataDir = await makeTempDir();
  const opened = openLibrary({ path: join(userDataDir, 'library.sqlite'), autoBackup: false });
  if (!opened.ok) throw new Error(opened.message);
  const imported = opened.value.importData(seedLibraryFile());
  opened.value.close();
  if (!imported.ok) throw new Error(imported.message);
  return userDataDir;
}

export async function makeTempDir(prefix = 'studio-e2e-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Opens the app in a new browser context. Reuse `userDataDir` to simulate a restart. */
/** osLanguages: what the OS says the writer reads, best first (app.getPreferredSystemLanguages()); English by default. */
/** welcome: stay on the welcome screen; otherwise the test starts on a blank statement (New statement pressed there). */
export async function openStudio(browser: Browser, options: { userDataDir?: string; dialogs?: FakeDialogs; osLanguages?: string[]; welcome?: boolean } = {}): Promise<Studio> {
  const userDataDir = options.userDataDir ?? (await makeTempDir());
  const dialogs = options.dialogs ?? new FakeDialogs();
  const windowStates: Array<{ title: string; dirty: boolean }> = [];
  const externalUrls: string[] = [];
  let windowClosed = false;
  const uiLocale = await loadUiLocaleSetting(userDataDir, options.osLanguages ?? ['en-GB']);
  const documents = createDocumentService({ userDataDir, dialogs, locale: uiLocale.current });
  // The real library (worker thread and SQLite) on a database in the test's user data folder.
  const library = createLibraryClient(join(userDataDir, 'library.sqlite'), { autoBackup: false, locale: uiLocale.current });
  // The real export worker (pdfkit and the fonts) from source.
  const exporter = createExportClient();
  const revealed: string[] = [];
  const printViews: Page[] = [];
  const router = createRouter(
    createHandlers({
      documents,
      window: { setState: (s) => void windowStates.push(s), close: () => void (windowClosed = true) },
      shell: { openExternal: async (url) => void externalUrls.push(url) },
      library,
      libraryDialogs: dialogs,
      exports: { service: createExportService({ client: exporter, dialogs }), reveal: (path) => void revealed.push(path) },
      templates: { files: () => builtinTemplateFiles(resolve(import.meta.dirname, '../../templates')) },
      templateDialogs: dialogs,
      importDialogs: { chooseImportPath: async () => dialogs.importPaths.shift() ?? null, chooseArchivePath: async () => dialogs.importPaths.shift() ?? null },
      // The print window is a second page of the context showing the print view; the system print dialog is the fake (it prints).
      printing: createPrintService({
        client: exporter,
        shell: {
          async printView(jobId, drawn) {
            const view = await context.newPage();
            printViews.push(view);
            await view.goto(`${TEST_ORIGIN}/print/print.html#${jobId}`);
            const report = await drawn;
            return { ok: true, value: { printed: report.problem === undefined } };
          },
        },
      }),
      uiLocale,
    }),
    { isTrustedFrame: trustOrigin(TEST_ORIGIN) },
  );

  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.route(`${TEST_ORIGIN}/**`, async (route) => {
    const response = await resolveAppRequest(RENDERER_DIR, route.request().url().replace(TEST_ORIGIN, 'app://statement-studio'));
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
  });
  // Anything else the page tries to load is a bug (and a CSP violation): refuse it loudly.
  await context.route(/^(?!http:\/\/statement-studio\/)/, (route) => route.abort('blockedbyclient'));

  const page = await context.newPage();
  // Long answers (an opened statement: megabytes) are fetched over HTTP and long string arguments
  // (a statement's JSON) sent in parts: through the DevTools protocol, which carries Playwright's
  // bindings, one 15 MB message was a task of 0.3 to 2 seconds in the page, whatever its form;
  // Electron's IPC hands a string over by a copy and an object by structured clone (in about
  // the time of the JSON.parse done here).
  const longAnswers = new Map<string, string>();
  await context.route(`${TEST_ORIGIN}/__answer/*`, async (route) => {
    const id = route.request().url().split('/').pop()!;
    const body = longAnswers.get(id);
    longAnswers.delete(id);
    await route.fulfill(body === undefined ? { status: 404 } : { status: 200, contentType: 'application/json', body });
  });
  // A long string argument comes in parts of a megabyte, each a short task of the page.
  const longArguments = new Map<string, string[]>();
  await context.exposeBinding('__studioPart', (_source, id: string, part: string) => {
    if (!longArguments.has(id)) longArguments.set(id, []);
    longArguments.get(id)!.push(part);
  });
  await context.exposeBinding('__studioInvoke', async (source, channel: unknown, args: unknown, long?: { field: string; id: string }) => {
    if (long) {
      (args as Record<string, unknown>)[long.field] = (longArguments.get(long.id) ?? []).join('');
      longArguments.delete(long.id);
    }
    const answer = await router({ frameUrl: source.frame.url() }, channel, args);
    const json = JSON.stringify(answer);
    if (json.length < 100_000) return answer;
    const id = randomUUID();
    longAnswers.set(id, json);
    return { longAnswer: id };
  });
  await context.addInitScript(
    `(() => {
      const listeners = new Map();
      const api = (${buildStudioApi.toString()})(
        ${JSON.stringify(CHANNEL_NAMES)},
        ${JSON.stringify(EVENT_NAMES)},
        (channel, args) => {
          const long = Object.entries(args ?? {}).find(([, v]) => typeof v === 'string' && v.length >= 100000);
          if (long) {
            const id = Math.random().toString(36).slice(2) + Date.now();
            const send = async () => {
              for (let at = 0; at < long[1].length; at += 1000000) await window.__studioPart(id, long[1].slice(at, at + 1000000));
              const answer = await window.__studioInvoke(channel, { ...args, [long[0]]: '' }, { field: long[0], id });
              return answer && answer.longAnswer ? fetch('/__answer/' + answer.longAnswer).then((r) => r.json()) : answer;
            };
            return send();
          }
          return window.__studioInvoke(channel, args).then((a) => a && a.longAnswer ? fetch('/__answer/' + a.longAnswer).then((r) => r.json()) : a);
        },
        (event, listener) => {
          if (!listeners.has(event)) listeners.set(event, new Set());
          listeners.get(event).add(listener);
          return () => listeners.get(event).delete(listener);
        },
      );
      Object.defineProperty(window, 'studio', { value: api, writable: false, configurable: false });
      Object.defineProperty(window, '__studioEmit', {
        value: (event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); },
      });
    })();`,
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${TEST_ORIGIN}/index.html`);
  // Start-up ends on a statement (from the OS), the recovery offer, or the welcome screen.
  await page.locator('.st-content, .welcome, [role="dialog"]').first().waitFor();
  if (!options.welcome && (await page.locator('.welcome').count()) > 0 && (await page.getByRole('dialog').count()) === 0) {
    await page.locator('.welcome .welcome-list').first().locator('button').first().click();
    await page.locator('.st-content').waitFor();
  }

  return {
    page,
    context,
    dialogs,
    userDataDir,
    windowStates,
    externalUrls,
    closedWindow: () => windowClosed,
    emit: async (event, payload) => {
      await page.evaluate(([e, p]) => (window as unknown as { __studioEmit(e: string, p: unknown): void }).__studioEmit(e, p), [event, payload] as const);
    },
    screenshot: async (name) => {
      await mkdir(RESULTS_DIR, { recursive: true });
      const path = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    library,
    revealed,
    printViews,
    close: async () => {
      if (errors.length > 0) console.warn('page errors:', errors);
      await context.close();
      await library.close();
      await exporter.close();
    },
  };
}

/**
 * Presses keys the way a person does, letting the browser report each caret move
 * (selectionchange) before the next key: Playwright presses faster than any hand, and an
 * editor acting on a shortcut right after an arrow key would otherwise see the old caret.
 */
export async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
}

/** The statement's own text as shown, without the notes area at its end. */
export function statementText(page: Page): Promise<string> {
  return page
    .locator('.st-content')
    .evaluate((root) => [...root.children].filter((c) => !c.classList.contains('st-footnotes-area')).map((c) => (c as HTMLElement).innerText).join('\n'));
}
