import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { AlignmentType, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { footnotesInOrder, serializedText } from '../../../core/footnotes/footnotes-in-order.ts';
import type { ImportedStatement } from '../../../core/import/import-statement.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { importDocx, MAX_DOCX_UNPACKED_BYTES } from '../../../electron/services/importing/docx-to-html.ts';
import { IMPORT_EXTENSIONS, importFile } from '../../../electron/services/importing/import-file.ts';
import { allNodes, exportedText, imported, missingWords, topLevel } from '../import/helpers.ts';

/** A Word document as Word writes one: numbering for the numbered list, a Quote style, notes in footnotes.xml. */
async function wordDocument(footnotes: Record<number, string>, children: ISectionOptions['children']): Promise<Buffer> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    numbering: { config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    footnotes: Object.fromEntries(Object.entries(footnotes).map(([id, note]) => [id, { children: [new Paragraph(note)] }])),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const bullet = (value: string) => new Paragraph({ text: value, bullet: { level: 0 } });
const numbered = (value: string) => new Paragraph({ text: value, numbering: { reference: 'numbered', level: 0 } });

const english = () =>
  wordDocument({ 1: 'UN Committee against Torture, concluding observations, 2021.', 2: 'The court’s ruling of 7 December, on file with the coalition.' }, [
    new Paragraph({ text: 'Stop the deportations to torture', heading: HeadingLevel.TITLE }),
    new Paragraph('Bishkek, Almaty, Vienna, 26 June 2019'),
    new Paragraph({
      children: [
        new TextRun('On the International Day in Support of Victims of Torture we call on the '),
        new TextRun({ text: 'authorities', italics: true }),
        new TextRun(' to act '),
        new TextRun({ text: 'today', bold: true }),
        new TextRun('.'),
        new FootnoteReferenceRun(1),
      ],
    }),
    new Paragraph({ text: 'What happened', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        new TextRun('The court ruled that the return was illegal'),
        new FootnoteReferenceRun(2),
        new TextRun('; see '),
        new ExternalHyperlink({ link: 'https://example.org/ruling', children: [new TextRun({ text: 'the ruling', style: 'Hyperlink' })] }),
        new TextRun(' and '),
        new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('not this')] }),
        new TextRun('.'),
      ],
    }),
    new Paragraph({ text: '“Nobody answered my complaint,” said his mother.', style: 'Quote' }),
    new Paragraph({ text: 'Our calls', heading: HeadingLevel.HEADING_2 }),
    bullet('Release the detained'),
    bullet('Investigate every complaint'),
    bullet('Compensate the victims'),
    new Paragraph({ text: 'Next steps', heading: HeadingLevel.HEADING_3 }),
    numbered('Write to the ministry'),
    numbered('Report to the Committee'),
    new Paragraph('We will follow the case until the last deportation order is withdrawn.'),
    new Paragraph('Signatories:'),
    new Paragraph('International Partnership for Human Rights (IPHR)'),
    new Paragraph('Human Rights Watch'),
    new Paragraph('Anna PETROVA, lawyer, Kazakhstan'),
  ]);

const russian = () =>
  wordDocument({ 1: 'Доклад коалиции против пыток за 2024 год.' }, [
    new Paragraph({ text: 'Бишкек, Алматы, 26 июня 2025 г.' }),
    new Paragraph({ text: 'Совместное заявление к Международному дню в поддержку жертв пыток', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun('В заявлении коалиции сказано: «Ни одно обращение не должно остаться без ответа»'), new FootnoteReferenceRun(1), new TextRun('.')],
    }),
    new Paragraph('Мы призываем:'),
    bullet('обеспечить доступ независимых наблюдателей;'),
    bullet('публиковать статистику по жалобам на пытки.'),
    new Paragraph('Подписали:'),
    new Paragraph('Ассоциация «Права человека в Центральной Азии» (АПЧЦА), Франция'),
    new Paragraph('Анна ПЕТРОВА, юрист, Казахстан'),
  ]);

/** The node a footnotesInOrder path names, e.g. "root.children[2].children[5]". */
function nodeAt(statement: Statement, path: string): { parent: SerializedNode; index: number } {
  const steps = [...path.matchAll(/children\[(\d+)\]/g)].map((m) => Number(m[1]));
  let parent: SerializedNode = statement.editor.root;
  for (const step of steps.slice(0, -1)) parent = parent.children![step]!;
  return { parent, index: steps.at(-1)! };
}

/** Each footnote as [the text of its paragraph up to the reference, the note's text]. */
function notesWithReferences(statement: Statement): Array<[string, string]> {
  return footnotesInOrder(statement.editor).map((note) => {
    const { parent, index } = nodeAt(statement, note.path);
    const before = parent.children!.slice(0, index).map(serializedText).join('');
    return [before, serializedText(note.body).trim()];
  });
}

const signers = (statement: Statement) =>
  statement.signatories.map((s) => (s.kind === 'organisation' ? [s.fullName, s.abbreviation, s.status] : [`${s.givenName} ${s.familyName}`, s.role, s.country, s.status]));

async function tempFile(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'docx-import-')), name);
  await writeFile(path, bytes);
  return path;
}

/** A stored (uncompressed) zip of the given files; `declaredSize` overrides what the central directory says the files unpack to. */
function zipOf(files: Record<string, string>, declaredSize?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize ?? data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function refused(result: Awaited<ReturnType<typeof importFile>>): string {
  if (result.ok) throw new Error('the file was imported, it should have been refused');
  expect(result.code).toMatch(/WRONG_FORMAT|TOO_LARGE/);
  expect(result.message.length).toBeGreaterThan(40);
  return result.message;
}

describe('importing a Word document (.docx)', () => {
  let englishDocx: Buffer;
  let result: ImportedStatement;
  beforeAll(async () => {
    englishDocx = await english();
    result = imported(await importFile(await tempFile('statement.docx', englishDocx)));
  });

  it('is offered in the Import dialog', () => {
    expect(IMPORT_EXTENSIONS).toContain('docx');
  });

  it('takes the title from the Title paragraph and the date and cities from the dateline', () => {
    expect(result.statement.meta).toMatchObject({ title: 'Stop the deportations to torture', date: '2019-06-26', places: ['Bishkek', 'Almaty', 'Vienna'], language: 'en' });
    expect(result.report).toMatchObject({ title: 'Stop the deportations to torture', date: '2019-06-26' });
  });

  it('keeps headings, the bulleted and the numbered list, the quotation, bold, italic and the safe link', () => {
    const { statement } = result;
    expect(topLevel(statement, 'heading').map((h) => [h.tag, serializedText(h)])).toEqual([
      ['h1', 'What happened'],
      ['h2', 'Our calls'],
      ['h3', 'Next steps'],
    ]);
    const lists = topLevel(statement, 'list');
    expect(lists.map((l) => [l.listType, l.children!.map(serializedText)])).toEqual([
      ['bullet', ['Release the detained', 'Investigate every complaint', 'Compensate the victims']],
      ['number', ['Write to the ministry', 'Report to the Committee']],
    ]);
    expect(topLevel(statement, 'quote').map(serializedText)).toEqual(['“Nobody answered my complaint,” said his mother.']);
    const texts = allNodes(statement).filter((n) => n.type === 'text');
    expect(texts.find((n) => n.text === 'authorities')!.format).toBe(2);
    expect(texts.find((n) => n.text === 'today')!.format).toBe(1);
    expect(allNodes(statement).filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://example.org/ruling']);
    expect(JSON.stringify(statement)).not.toContain('javascript:');
    expect(JSON.stringify(statement)).toContain('not this');
    expect(result.report.counts).toEqual({ paragraphs: 4, headings: 3, lists: 2, listItems: 5, quotes: 1, links: 1, footnotes: 2, signatories: 3 });
  });

  it('makes both Word footnotes real footnotes, each on its own reference, with no notes list left in the text', () => {
    expect(notesWithReferences(result.statement)).toEqual([
      ['On the International Day in Support of Victims of Torture we call on the authorities to act today.', 'UN Committee against Torture, concluding observations, 2021.'],
      ['The court ruled that the return was illegal', 'The court’s ruling of 7 December, on file with the coalition.'],
    ]);
    const json = JSON.stringify(result.statement.editor);
    expect(json).not.toMatch(/\[1\]|\[2\]|↑/);
    expect(topLevel(result.statement, 'horizontalrule')).toHaveLength(0);
  });

  it('takes the announced closing list as confirmed signatories, the announcing line staying in the text', () => {
    expect(signers(result.statement)).toEqual([
      ['International Partnership for Human Rights', 'IPHR', 'confirmed'],
      ['Human Rights Watch', '', 'confirmed'],
      ['Anna Petrova', 'lawyer', 'KZ', 'confirmed'],
    ]);
    const json = JSON.stringify(result.statement.editor);
    expect(json).toContain('Signatories:');
    expect(json).not.toContain('PETROVA');
  });

  it('reports what it recognised, paragraph by paragraph, and the link it left as text', () => {
    const { entries } = result.report;
    const recognised = entries.filter((e) => e.kind === 'recognised').map((e) => e.message);
    expect(recognised).toEqual(
      expect.arrayContaining([
        'Title: "Stop the deportations to torture".',
        'Date 2019-06-26, dateline Bishkek, Almaty, Vienna: "Bishkek, Almaty, Vienna, 26 June 2019".',
        'Bulleted list of 3 items.',
        'Numbered list of 2 items.',
        'Signatory (organisation): International Partnership for Human Rights.',
      ]),
    );
    expect(recognised.filter((m) => m.startsWith('Footnote [')).length).toBe(2);
    expect(entries.filter((e) => e.kind === 'warning')).toEqual([]);
    expect(entries).toContainEqual({ line: null, kind: 'text', message: '1 link kept as plain text: only http, https and mailto links are kept.' });
    // Every paragraph of the document is a line of its own: the title the first, the dateline the second.
    expect(entries.find((e) => e.message.startsWith('Title:'))!.line).toBe(1);
    expect(entries.find((e) => e.message.startsWith('Date '))!.line).toBe(2);
  });

  it('keeps every word in the HTML export', () => {
    const words = [
      'On the International Day in Support of Victims of Torture we call on the authorities to act today.',
      'UN Committee against Torture, concluding observations, 2021.',
      'The court ruled that the return was illegal; see the ruling and not this.',
      'Nobody answered my complaint, said his mother. Release the detained. Write to the ministry.',
    ].join(' ');
    expect(missingWords(words, exportedText(result.statement))).toEqual([]);
  });

  it('reads a Russian statement: the date "26 июня 2025 г.", «кавычки», the note and the signers', async () => {
    const { statement, report } = imported(await importDocx(await russian()));
    expect(statement.meta).toMatchObject({ date: '2025-06-26', places: ['Бишкек', 'Алматы'], language: 'ru', title: 'Совместное заявление к Международному дню в поддержку жертв пыток' });
    expect(JSON.stringify(statement.editor)).toContain('«Ни одно обращение не должно остаться без ответа»');
    expect(notesWithReferences(statement)).toEqual([['В заявлении коалиции сказано: «Ни одно обращение не должно остаться без ответа»', 'Доклад коалиции против пыток за 2024 год.']]);
    expect(topLevel(statement, 'list')[0]!.children!.map(serializedText)).toEqual(['обеспечить доступ независимых наблюдателей;', 'публиковать статистику по жалобам на пытки.']);
    expect(signers(statement)).toEqual([
      ['Ассоциация «Права человека в Центральной Азии»', 'АПЧЦА', 'confirmed'],
      ['Анна Петрова', 'юрист', 'KZ', 'confirmed'],
    ]);
    expect(report.counts).toMatchObject({ footnotes: 1, signatories: 2, lists: 1, listItems: 2 });
  });

  it('imports a .doc that is really a Word 2007+ document', async () => {
    const renamed = imported(await importFile(await tempFile('statement.doc', englishDocx)));
    expect(renamed.statement.meta.title).toBe('Stop the deportations to torture');
  });
});

describe('refusing what is no Word document', () => {
  it('refuses random bytes named .docx, saying the file is no Word document', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(refused(await importFile(await tempFile('junk.docx', junk)))).toMatch(/not a Word document/);
  });

  it('refuses a zip that holds no Word document', async () => {
    const zip = zipOf({ 'notes.txt': 'Just a text file in a zip.', 'data/table.csv': 'a,b\n1,2\n' });
    expect(refused(await importFile(await tempFile('archive.docx', zip)))).toMatch(/zip package but not a Word document/);
  });

  it('refuses a damaged (cut short) Word document', async () => {
    const docx = await english();
    expect(refused(await importFile(await tempFile('cut.docx', docx.subarray(0, Math.floor(docx.length / 2)))))).toMatch(/damaged|could not be read/);
  });

  it('refuses a zip that declares more than it may unpack to, before unpacking it', async () => {
    const bomb = zipOf({ 'word/document.xml': '<w:document/>' }, MAX_DOCX_UNPACKED_BYTES + 1);
    const result = await importFile(await tempFile('bomb.docx', bomb));
    expect(result).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('refuses an old binary Word .doc with what to do instead', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 1024 }, () => 0)]);
    const message = refused(await importFile(await tempFile('old.doc', ole)));
    expect(message).toMatch(/old binary Word document \(\.doc\)/);
    expect(message).toMatch(/save it as a Word document \(\.docx\)/);
    // The same bytes named .docx (a renamed .doc, or a password-protected file) say the same.
    expect(refused(await importFile(await tempFile('old.docx', ole)))).toMatch(/old binary Word document/);
    expect(refused(await importFile(await tempFile('letter.doc', Buffer.from('{\\rtf1\\ansi Hello}'))))).toMatch(/Rich Text \(RTF\)/);
  });

  it('refuses an empty Word document', async () => {
    const empty = await wordDocument({}, [new Paragraph('')]);
    expect(refused(await importFile(await tempFile('empty.docx', empty)))).toMatch(/empty/);
  });
});
