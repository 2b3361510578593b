import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportOptionsSchema } from '../../../core/export/export-request.ts';
import { newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { serializeStatement } from '../../../core/statement/parse.ts';
import { createExportClient } from '../../../electron/services/exporting/export-client.ts';
import { createExportService, exportFileName } from '../../../electron/services/exporting/export-service.ts';
import { confirmedOrganisationNames } from '../../../electron/services/exporting/author.ts';
import { note, p, statementOf, text } from '../document/helpers.ts';

async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; author: string | undefined }> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const info = (await pdf.getMetadata()).info as { Author?: string };
  await task.destroy();
  return { pages, author: info.Author };
}

const statement = statementOf([p(text('Kazakhstan must not return him to a country where he faces torture.'), note(p(text('Convention against Torture, article 3.'))))], { title: 'Stop the extradition' });
statement.signatories = [
  newOrganisationSignatory('o1', { fullName: 'Association for Human Rights in Central Asia', abbreviation: 'AHRCA', status: 'confirmed' }),
  newOrganisationSignatory('o2', { fullName: 'Invited Group', status: 'invited' }),
];
const client = createExportClient();
afterAll(() => client.close());

describe('exporting to a file, off the main thread', () => {
  it('renders a PDF in the worker with the text, the note and the issuers as Author', async () => {
    const rendered = await client.render(serializeStatement(statement), exportOptionsSchema.parse({ format: 'pdf' }));
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    expect(rendered.value.pages).toBe(1);
    const { pages, author } = await pdfText(rendered.value.bytes);
    expect(pages[0]).toContain('Stop the extradition');
    expect(pages[0]).toContain('Convention against Torture, article 3.');
    expect(author).toBe('Association for Human Rights in Central Asia');
  }, 60_000);

  it('heads the first page with the issuing organisations when asked for a letterhead', async () => {
    const rendered = await client.render(serializeStatement(statement), exportOptionsSchema.parse({ format: 'pdf', letterhead: true }));
    if (!rendered.ok) throw new Error(rendered.message);
    const { pages } = await pdfText(rendered.value.bytes);
    expect(pages[0]!.indexOf('Association for Human Rights in Central Asia (AHRCA)')).toBe(0);
    expect(pages[0]).not.toContain('Invited Group');
    const plain = await client.render(serializeStatement(statement), exportOptionsSchema.parse({ format: 'pdf' }));
    if (!plain.ok) throw new Error(plain.message);
    // Without it the page opens with the dateline; the organisation is printed only among the signatories.
    expect((await pdfText(plain.value.bytes)).pages[0]).toMatch(/^Bishkek, Vienna, 26 June 2024/);
  }, 60_000);

  it('renders the web page and the fragment, and refuses a damaged statement with the reason', async () => {
    const html = await client.render(serializeStatement(statement), exportOptionsSchema.parse({ format: 'html' }));
    const fragment = await client.render(serializeStatement(statement), exportOptionsSchema.parse({ format: 'html-fragment' }));
    if (!html.ok || !fragment.ok) throw new Error('export failed');
    const page = new TextDecoder().decode(html.value.bytes);
    const article = new TextDecoder().decode(fragment.value.bytes);
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('role="doc-endnotes"');
    expect(article).toMatch(/^<article/);
    expect(article).not.toContain('<style');
    const broken = await client.render('{"format": "statement-studio/statement"', exportOptionsSchema.parse({ format: 'pdf' }));
    expect(broken).toMatchObject({ ok: false, code: 'INVALID_STATEMENT' });
    if (!broken.ok) expect(broken.message).toMatch(/line 1/);
  }, 60_000);

  it('asks where, writes the file whole, and only lets the window reveal files it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-'));
    const asked: string[] = [];
    let answer: string | null = join(dir, 'out.pdf');
    const service = createExportService({ client, dialogs: { chooseExportPath: async (name) => (asked.push(name), answer) } });
    const result = await service.run({ title: 'Stop the extradition', statementJson: serializeStatement(statement), options: exportOptionsSchema.parse({ format: 'pdf', paper: 'letter' }) });
    expect(result).toMatchObject({ ok: true, value: { path: join(dir, 'out.pdf'), pages: 1 } });
    expect(asked).toEqual(['Stop the extradition.pdf']);
    const written = await readFile(join(dir, 'out.pdf'));
    expect(written.subarray(0, 5).toString()).toBe('%PDF-');
    expect(service.wrote(join(dir, 'out.pdf'))).toBe(true);
    expect(service.wrote('/etc/passwd')).toBe(false);
    answer = null;
    expect(await service.run({ title: 'x', statementJson: serializeStatement(statement), options: exportOptionsSchema.parse({ format: 'html' }) })).toMatchObject({ ok: false, code: 'CANCELLED' });
  }, 60_000);

  it('names files after the title, and credits the lead organisations when some are marked', () => {
    expect(exportFileName('Joint statement: 26 June', 'pdf')).toBe('Joint statement 26 June.pdf');
    expect(exportFileName('', 'html-fragment')).toBe('Untitled (fragment).html');
    const withLead = { signatories: [...statement.signatories, newOrganisationSignatory('o3', { fullName: 'Norwegian Helsinki Committee', status: 'confirmed', lead: true })] };
    expect(confirmedOrganisationNames(withLead)).toBe('Norwegian Helsinki Committee');
  });
});
