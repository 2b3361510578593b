import { randomUUID } from 'node:crypto';
import type { ExportOptions } from '../../../core/export/export-request.ts';
import type { PrintOutcome } from '../../../core/ipc/contract.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import type { ExportClient } from '../exporting/export-client.ts';

/** What the print view reports once it has drawn every page, or why it could not. */
export type DrawnReport = { pages: number; problem?: string };

/**
 * The Electron side of printing, kept to one call: show the print view of a job in a hidden
 * window, wait until `drawn` settles, then open the system print dialog on it. Resolves to
 * whether the writer printed (false when they cancelled the dialog).
 */
export type PrintShell = { printView(jobId: string, drawn: Promise<DrawnReport>): Promise<Result<{ printed: boolean }>> };

export type PrintRequest = { title: string; statementJson: string; options: Pick<ExportOptions, 'paper' | 'notes' | 'letterhead'> };

export type PrintService = {
  /** Renders the statement's PDF (the export's layout) and prints it through the print view. */
  print(request: PrintRequest): Promise<Result<PrintOutcome>>;
  /** The PDF of a job, for its print view to draw (base64: a string crosses IPC and the test bridge alike). */
  document(jobId: string): Result<{ title: string; pdfBase64: string }>;
  /** The print view has drawn its pages (or failed to). */
  drawn(jobId: string, report: DrawnReport): Result<null>;
};

type Job = { title: string; pdf: Uint8Array; settle(report: DrawnReport): void };

/** How long a print view may take to draw before printing gives up (a long statement at 300 dpi). */
const DRAW_TIMEOUT_MS = 120_000;

/**
 * Printing uses the PDF layout, so the paper copy is the exported PDF page for page: the
 * export worker renders the bytes, the print view (renderer/print/) draws them, and the
 * system dialog prints that view. A job lives only while its view is open.
 */
export function createPrintService(deps: { client: ExportClient; shell: PrintShell; drawTimeoutMs?: number }): PrintService {
  const jobs = new Map<string, Job>();
  const timeoutMs = deps.drawTimeoutMs ?? DRAW_TIMEOUT_MS;
  return {
    async print({ title, statementJson, options }) {
      const rendered = await deps.client.render(statementJson, { ...options, format: 'pdf', pdfa: false });
      if (!rendered.ok) return rendered;
      const jobId = randomUUID();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const drawn = new Promise<DrawnReport>((resolve) => {
        jobs.set(jobId, { title, pdf: rendered.value.bytes, settle: resolve });
        timer = setTimeout(() => resolve({ pages: 0, problem: 'The print view did not finish drawing the pages.' }), timeoutMs);
      });
      try {
        const shown = await deps.shell.printView(jobId, drawn);
        if (!shown.ok) return shown;
        const report = await drawn;
        if (report.problem !== undefined) return fail('INTERNAL', `The statement could not be prepared for printing: ${report.problem}`);
        return ok({ pages: report.pages, printed: shown.value.printed });
      } finally {
        clearTimeout(timer);
        jobs.delete(jobId);
      }
    },
    document(jobId) {
      const job = jobs.get(jobId);
      if (!job) return fail('NOT_FOUND', 'There is no statement waiting to be printed.');
      return ok({ title: job.title, pdfBase64: Buffer.from(job.pdf).toString('base64') });
    },
    drawn(jobId, report) {
      const job = jobs.get(jobId);
      if (!job) return fail('NOT_FOUND', 'There is no statement waiting to be printed.');
      job.settle(report);
      return ok(null);
    },
  };
}
