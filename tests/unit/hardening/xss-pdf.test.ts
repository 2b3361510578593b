import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import { exportPdf } from '../../../electron/services/export/pdf/export-pdf.ts';
import { owaspStatement, signerEmail } from '../../hardening/xss/hostile-statement.ts';
import { OWASP_VECTORS } from '../../hardening/xss/owasp-vectors.ts';
import { openPdf, pageTexts } from '../export-pdf/read-pdf.ts';

/** A link annotation as pdf.js reports it: an external url, or an internal destination. */
type LinkAnnotation = { subtype: string; url?: string; unsafeUrl?: string; dest?: unknown; action?: string };

describe('the OWASP vectors in a PDF export', () => {
  it('links only to http, https, mailto or inside the document, and prints no signer’s email', async () => {
    const statement = owaspStatement();
    const pdf = await openPdf(await exportPdf(toDocument(statement), { creationDate: new Date('2025-06-26T00:00:00Z') }));
    const annotations: LinkAnnotation[] = [];
    for (let i = 1; i <= pdf.numPages; i++) annotations.push(...((await (await pdf.getPage(i)).getAnnotations()) as LinkAnnotation[]));

    expect(annotations.map((a) => a.subtype).filter((s) => s !== 'Link')).toEqual([]);
    const external = annotations.filter((a) => a.unsafeUrl !== undefined || a.url !== undefined);
    const internal = annotations.filter((a) => a.dest !== undefined);
    // The safe link in each block is there, so the check below looks at real links.
    expect(external.length).toBeGreaterThanOrEqual(96);
    expect(internal.length).toBeGreaterThan(0);
    expect(annotations.filter((a) => a.action !== undefined)).toEqual([]);
    for (const a of external) expect(['http:', 'https:', 'mailto:']).toContain(new URL(a.unsafeUrl ?? a.url!).protocol);
    expect(external.length + internal.length).toBe(annotations.length);

    const printed = (await pageTexts(pdf)).join(' ');
    expect(printed).toContain('alert');
    expect(statement.signatories.map((_, i) => signerEmail(i)).filter((email) => printed.includes(email))).toEqual([]);
    expect(printed).not.toContain('private-inbox');
    console.info(`[hardening] xss: PDF of ${OWASP_VECTORS.length} vectors, ${pdf.numPages} pages, ${external.length} external and ${internal.length} internal links, all safe`);
  }, 120_000);
});
