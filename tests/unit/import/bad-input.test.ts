import { describe, expect, it } from 'vitest';
import { importArchive } from '../../../core/import/archive.ts';
import { parseDateline } from '../../../core/import/dateline.ts';
import { decodeImportBytes } from '../../../core/import/decode-bytes.ts';
import { importStatement } from '../../../core/import/import-statement.ts';
import { parseIndividualLine, parseOrganisationLine } from '../../../core/import/signatory-line.ts';
import { imported } from './helpers.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('bad input gives a message, never an exception', () => {
  it('refuses binary junk with NUL bytes, and text that is mostly undecodable', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    const result = importStatement({ kind: 'text', text: junk });
    expect(result).toEqual({ ok: false, code: 'WRONG_FORMAT', message: 'This file holds binary data (NUL bytes), not text. Open a text, Markdown, HTML or Word file.' });
    const mojibake = importStatement({ kind: 'text', text: 'Title\n\n' + '\uFFFD'.repeat(50) + ' some text '.repeat(100) });
    expect(mojibake.ok).toBe(false);
    if (!mojibake.ok) expect(mojibake.message).toMatch(/^This file does not read as text: 50 of its \d+ characters are control or undecodable characters/);
  });

  it('imports text with a few undecodable characters, with a warning', () => {
    const { report } = imported(importStatement({ kind: 'text', text: `20.12.23\n\nTitle\n\nA caf\uFFFD in the text.${' More text.'.repeat(20)}` }));
    expect(report.entries[0]).toEqual({ line: null, kind: 'warning', message: '1 characters could not be decoded and show as "\uFFFD": check the file\'s encoding.' });
  });

  it('caps huge input with a clear message', () => {
    const huge = 'A sentence of a statement. '.repeat(100_000);
    expect(importStatement({ kind: 'text', text: huge })).toEqual({
      ok: false,
      code: 'TOO_LARGE',
      message: 'The text is 3 million characters long; an import takes at most 2 million characters. Split the file and import the parts.',
    });
    expect(importArchive('20.12.23\nx', { maxChars: 5 })).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('says so when there is nothing to import or no statement in an archive', () => {
    expect(importStatement({ kind: 'text', text: ' \n\u00a0\n' })).toEqual({ ok: false, code: 'WRONG_FORMAT', message: 'The file is empty: there is no text to import.' });
    expect(importStatement({ kind: 'html' })).toEqual({ ok: false, code: 'BAD_ARGUMENTS', message: 'Nothing to import: no HTML was given.' });
    expect(importArchive('Just a page header.\nNo dates here.')).toMatchObject({ ok: false, code: 'WRONG_FORMAT' });
  });

  it('never throws on random input in any format', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['<', '>', '[', ']', '1', '^', ':', '\n', ' ', 'a', 'Б', '*', '#', '-', '•', '¹', '"', '/', 'p', 'sup', '<a href="javascript:x">', '> ', '\u00a0', '.', 'ZZ'];
    for (let i = 0; i < 100; i++) {
      const text = Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const kind of ['text', 'markdown', 'html'] as const) {
        const result = importStatement({ kind, text, html: text });
        if (result.ok) imported(result);
        else expect(result.code).not.toBe('INTERNAL');
      }
    }
  }, 30_000);
});

describe('decodeImportBytes', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM in either byte order', () => {
    expect(decodeImportBytes(bytes('Заявление'))).toEqual({ text: 'Заявление', encoding: 'utf-8' });
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Title')]))).toEqual({ text: 'Title', encoding: 'utf-8' });
    const be = new Uint8Array([0xfe, 0xff, 0x04, 0x17, 0x00, 0x20, 0x00, 0x41]);
    expect(decodeImportBytes(be)).toEqual({ text: 'З A', encoding: 'utf-16be' });
    const leWithoutBom = new Uint8Array([...'Joint statement'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeImportBytes(leWithoutBom)).toEqual({ text: 'Joint statement', encoding: 'utf-16le' });
  });

  it('reads Western single-byte text as Windows-1252, not as Cyrillic', () => {
    const latin1 = new Uint8Array([...bytes('Conseil d'), 0x92, 0xe9, ...bytes('tat, caf'), 0xe9]);
    expect(decodeImportBytes(latin1)).toEqual({ text: 'Conseil d’\u00e9tat, caf\u00e9', encoding: 'windows-1252' });
  });

  it('names files that are not text', () => {
    expect(decodeImportBytes(bytes('%PDF-1.7 ...'))).toEqual({ error: 'This is a PDF file; import the Word document or web page it was made from, not text.' });
    expect(decodeImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ error: expect.stringContaining('ZIP archive') });
    expect(decodeImportBytes(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x00]))).toMatchObject({ error: expect.stringContaining('NUL bytes') });
    expect(decodeImportBytes(new Uint8Array())).toEqual({ error: 'The file is empty: there is no text to import.' });
  });
});

describe('date lines', () => {
  it.each([
    ['20.12.23', '2023-12-20', []],
    ['20.12.2023', '2023-12-20', []],
    ['June 26, 2019', '2019-06-26', []],
    ['26 June 2019', '2019-06-26', []],
    ['26 июня 2025 г.', '2025-06-26', []],
    ['2019-06-26', '2019-06-26', []],
    ['Bishkek, Almaty, Vienna, 20 December 2023', '2023-12-20', ['Bishkek', 'Almaty', 'Vienna']],
    ['New York – Sept. 3, 2024', '2024-09-03', ['New York']],
  ])('%s', (line, date, places) => {
    expect(parseDateline(line)).toEqual({ date, places });
  });

  it.each(['31.2.23', 'Today, 26 June, is the day', 'The court ruled on 26 June 2019', '1120.12.23', 'Article 26 June 2019 of the code'])('not a date line: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('signatory lines', () => {
  it('splits names from roles run together, by role words and by which letters can begin a word', () => {
    expect(parseIndividualLine('Alisher SAHATOVhuman rights blogger, Turkmenistan')).toMatchObject({ givenName: 'Alisher', familyName: 'Sahatov', role: 'human rights blogger', country: 'TM', runTogether: true });
    expect(parseIndividualLine('Gvantsa LOMAIAMaster of Laws')).toMatchObject({ familyName: 'Lomaia', role: 'Master of Laws' });
    expect(parseIndividualLine('Ivan PETROVinvestigator, Kazakhstan')).toMatchObject({ familyName: 'Petrov', role: 'investigator', country: 'KZ' });
    expect(parseIndividualLine('Анна ИВАНОВАюрист, Россия')).toMatchObject({ givenName: 'Анна', familyName: 'Иванова', role: 'юрист' });
    expect(parseIndividualLine('Jean-Paul TER-PETROSYAN, lawyer')).toMatchObject({ givenName: 'Jean-Paul', familyName: 'Ter-Petrosyan', role: 'lawyer' });
  });

  it('is not fooled by sentences and lists of people', () => {
    expect(parseIndividualLine('We call on the authorities.')).toBeNull();
    expect(parseIndividualLine('Kind regards,')).toBeNull();
    expect(parseOrganisationLine('Norwegian Helsinki Committee (NHC), Norway')).toEqual({ kind: 'organisation', fullName: 'Norwegian Helsinki Committee', abbreviation: 'NHC', country: 'NO' });
  });

  it('needs two signer lines at the end, or one after a closing, before it takes any', () => {
    const one = imported(importStatement({ kind: 'text', text: 'Title\n\nSome text.\n\nAllamurat HUDAYRAMOV died in custody' }));
    expect(one.statement.signatories).toEqual([]);
    const closed = imported(importStatement({ kind: 'text', text: 'Title\n\nSome text.\n\nSincerely,\nNadejda ATAYEVA, President' }));
    expect(closed.statement.signatories).toHaveLength(1);
  });
});
