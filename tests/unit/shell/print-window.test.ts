import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPrintShell } from '../../../electron/main/print-window.ts';
import { mainWindowOptions } from '../../../electron/main/window-options.ts';

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakeWindow(answer: [boolean, string]) {
  const log: string[] = [];
  let options: BrowserWindowConstructorOptions | undefined;
  const shell = createPrintShell({
    openWindow(given) {
      options = given;
      return {
        loadURL: async (url: string) => void log.push(`load ${url}`),
        destroy: () => void log.push('destroy'),
        webContents: { print: (printOptions: unknown, callback?: PrintCallback) => (log.push(`print ${JSON.stringify(printOptions)}`), callback?.(...answer)) },
      } as never;
    },
    windowOptions: mainWindowOptions('/app/preload/index.cjs', null),
    viewUrl: (jobId) => `app://statement-studio/print/print.html#${jobId}`,
  });
  return { shell, log, options: () => options };
}

describe('print window (the Electron shell of printing)', () => {
  it('opens a hidden, sandboxed window on the print view, waits for the pages, opens the print dialog and closes', async () => {
    const { shell, log, options } = fakeWindow([true, '']);
    expect(await shell.printView('job-1', Promise.resolve({ pages: 2 }))).toEqual({ ok: true, value: { printed: true } });
    expect(log).toEqual(['load app://statement-studio/print/print.html#job-1', 'print {"silent":false,"printBackground":true,"margins":{"marginType":"none"}}', 'destroy']);
    expect(options()).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/preload/index.cjs' } });
  });

  it('a cancelled dialog is not an error; a printer failure is; a view that could not draw prints nothing', async () => {
    expect(await fakeWindow([false, 'cancelled']).shell.printView('j', Promise.resolve({ pages: 1 }))).toEqual({ ok: true, value: { printed: false } });
    expect(await fakeWindow([false, 'Print job failed']).shell.printView('j', Promise.resolve({ pages: 1 }))).toEqual({ ok: false, code: 'INTERNAL', message: 'The printer reported: Print job failed' });
    const broken = fakeWindow([true, '']);
    expect(await broken.shell.printView('j', Promise.resolve({ pages: 0, problem: 'no pages' }))).toEqual({ ok: true, value: { printed: false } });
    expect(broken.log).toEqual(['load app://statement-studio/print/print.html#j', 'destroy']);
  });
});
