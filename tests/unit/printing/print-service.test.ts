import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import type { ExportClient } from '../../../electron/services/exporting/index.ts';
import type { RenderedFile } from '../../../electron/services/exporting/export-client.ts';
import { createPrintService, type DrawnReport, type PrintShell } from '../../../electron/services/printing/print-service.ts';

const PDF = new TextEncoder().encode('%PDF-1.7 three pages');
const request = { title: 'Letter', statementJson: '{}', options: { paper: 'letter' as const, notes: 'endnotes' as const, letterhead: true } };

function fakeClient(rendered: Result<RenderedFile> = ok({ bytes: PDF, pages: 3, millis: 5 })): ExportClient & { asked: unknown[] } {
  const asked: unknown[] = [];
  return { asked, render: async (_json, options) => (asked.push(options), rendered), close: async () => {} };
}

describe('printing service', () => {
  it('renders the PDF with the export layout, hands it to the print view, and prints once the view has drawn it', async () => {
    const client = fakeClient();
    const events: string[] = [];
    const shell: PrintShell = {
      async printView(jobId, drawn) {
        // The view, in its window, fetches the PDF and reports its pages.
        const doc = service.document(jobId);
        expect(doc.ok && Buffer.from(doc.value.pdfBase64, 'base64').toString()).toBe('%PDF-1.7 three pages');
        expect(doc.ok && doc.value.title).toBe('Letter');
        expect(service.drawn(jobId, { pages: 3 })).toEqual(ok(null));
        events.push(`drawn ${(await drawn).pages}`);
        return ok({ printed: true });
      },
    };
    const service = createPrintService({ client, shell });
    expect(await service.print(request)).toEqual(ok({ pages: 3, printed: true }));
    expect(events).toEqual(['drawn 3']);
    expect(client.asked).toEqual([{ paper: 'letter', notes: 'endnotes', letterhead: true, format: 'pdf', pdfa: false }]);
  });

  it('forgets the job afterwards, and refuses unknown jobs', async () => {
    let seen = '';
    const service = createPrintService({
      client: fakeClient(),
      shell: { printView: async (jobId) => ((seen = jobId), service.drawn(jobId, { pages: 3 }), ok({ printed: false })) },
    });
    expect(await service.print(request)).toEqual(ok({ pages: 3, printed: false }));
    expect(service.document(seen)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(service.drawn('00000000-0000-0000-0000-000000000000', { pages: 1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('says why when the export, the view or the window fails, and times out a view that never reports', async () => {
    expect(await createPrintService({ client: fakeClient(fail('INTERNAL', 'The export stopped.')), shell: { printView: async () => ok({ printed: true }) } }).print(request)).toEqual(fail('INTERNAL', 'The export stopped.'));
    const broken = createPrintService({ client: fakeClient(), shell: { printView: async (jobId) => (broken.drawn(jobId, { pages: 0, problem: 'A page could not be drawn.' }), ok({ printed: false })) } });
    expect(await broken.print(request)).toEqual(fail('INTERNAL', 'The statement could not be prepared for printing: A page could not be drawn.'));
    expect(await createPrintService({ client: fakeClient(), shell: { printView: async () => fail('INTERNAL', 'No window.') } }).print(request)).toEqual(fail('INTERNAL', 'No window.'));
    const silent = createPrintService({ client: fakeClient(), drawTimeoutMs: 20, shell: { printView: async (_id, drawn: Promise<DrawnReport>) => (await drawn, ok({ printed: false })) } });
    expect(await silent.print(request)).toEqual(fail('INTERNAL', 'The statement could not be prepared for printing: The print view did not finish drawing the pages.'));
  });
});
