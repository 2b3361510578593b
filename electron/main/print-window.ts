import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { fail, ok, type Result } from '../../core/ipc/result.ts';
import type { DrawnReport, PrintShell } from '../services/printing/print-service.ts';

/** What printing needs of Electron: a window made with the given options (index.ts passes `new BrowserWindow`). */
export type PrintWindowDeps = {
  openWindow(options: BrowserWindowConstructorOptions): Pick<BrowserWindow, 'loadURL' | 'destroy'> & { webContents: Pick<BrowserWindow['webContents'], 'print'> };
  /** The main window's options (sandbox, isolation, the preload): the print view is app code like the window. */
  windowOptions: BrowserWindowConstructorOptions;
  /** The print view's address for a job: renderer/print/print.html#<job id> on the app's origin. */
  viewUrl(jobId: string): string;
};

/**
 * The thin Electron shell of printing: a hidden window, with the main window's security
 * options and CSP, shows the print view of the job; once every page is drawn, Chromium's
 * print dialog opens on it (not silent: the writer chooses the printer), then the window goes.
 */
export function createPrintShell(deps: PrintWindowDeps): PrintShell {
  return {
    async printView(jobId: string, drawn: Promise<DrawnReport>): Promise<Result<{ printed: boolean }>> {
      const win = deps.openWindow({ ...deps.windowOptions, show: false, title: 'Print' });
      try {
        await win.loadURL(deps.viewUrl(jobId));
        const report = await drawn;
        if (report.problem !== undefined) return ok({ printed: false });
        return await new Promise((resolve) =>
          win.webContents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (success, failureReason) => {
            if (success) resolve(ok({ printed: true }));
            else if (/cancel/i.test(failureReason)) resolve(ok({ printed: false }));
            else resolve(fail('INTERNAL', `The printer reported: ${failureReason}`));
          }),
        );
      } catch (error) {
        return fail('INTERNAL', `The print view could not be opened: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        win.destroy();
      }
    },
  };
}
