import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../../core/import/decode-bytes.ts';
import { importStatement } from '../../../core/import/import-statement.ts';
import { exportedText, footnotes, imported, missingWords, noteText, readFixture, topLevel } from './helpers.ts';

const source = readFixture('russian-statement.txt');

describe('a Russian statement of our own making', () => {
  const { statement, report } = imported(importStatement({ kind: 'text', text: source }));

  it('reads the dateline with its cities and the Russian date, and the title after it', () => {
    expect(statement.meta).toMatchObject({ date: '2025-06-26', places: ['Бишкек', 'Алматы', 'Вена'], language: 'ru' });
    expect(statement.meta.title).toBe('Совместное заявление к Международному дню в поддержку жертв пыток');
    expect(report.entries[0]).toEqual({ line: 1, kind: 'recognised', message: 'Date 2025-06-26, dateline Бишкек, Алматы, Вена: "Бишкек, Алматы, Вена, 26 июня 2025 г.".' });
  });

  it('keeps «кавычки» in the text and makes the notes footnotes; the unreferenced note stays, reported', () => {
    expect(JSON.stringify(statement.editor)).toContain('«Ни одно обращение не должно остаться без ответа»');
    expect(footnotes(statement).map(noteText)).toEqual(['Доклад коалиции против пыток за 2024 год.', 'Обращение опубликовано на сайте коалиции.']);
    expect(report.entries).toContainEqual({ line: 21, kind: 'text', message: 'Note [5] is never referenced in the text: kept as a paragraph at the end.' });
    const last = statement.editor.root.children.at(-1)!;
    expect(last.children![0]!.text).toBe('[5] Примечание, на которое нет ссылки в тексте.');
  });

  it('takes the bulleted calls as a list and the announced signatories as organisations and a person', () => {
    expect(topLevel(statement, 'list')[0]!.children).toHaveLength(3);
    expect(statement.signatories.map((s) => (s.kind === 'organisation' ? [s.fullName, s.abbreviation, s.country] : [s.givenName, s.familyName, s.role, s.country]))).toEqual([
      ['Ассоциация «Права человека в Центральной Азии»', 'АПЧЦА', 'FR'],
      ['Международное партнерство за права человека', 'IPHR', null],
      ['Анна', 'Петрова', 'юрист', 'KZ'],
    ]);
    expect(statement.signatories.every((s) => s.status === 'confirmed')).toBe(true);
    // The announcing line stays in the text; the signer lines leave it.
    expect(JSON.stringify(statement.editor)).toContain('Подписали:');
    expect(JSON.stringify(statement.editor)).not.toContain('ПЕТРОВА');
  });

  it('keeps every word in the HTML export', () => {
    const original = source.split('\n').slice(1).join('\n').replace(/\[\d\]/g, ' ');
    expect(missingWords(original, exportedText(statement))).toEqual([]);
  });

  it('reads the same statement saved as Windows-1251 and as UTF-16', () => {
    const cp1251 = encode1251(source);
    const decoded = decodeImportBytes(cp1251);
    expect(decoded).toEqual({ text: source, encoding: 'windows-1251' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(source, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeImportBytes(utf16)).toEqual({ text: source, encoding: 'utf-16le' });
  });
});

/** Windows-1251 by hand: А–я at 0xC0–0xFF, Ё/ё, and the punctuation the fixture uses. */
function encode1251(text: string): Uint8Array {
  const special: Record<string, number> = { 'Ё': 0xa8, 'ё': 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '–': 0x96, '•': 0x95 };
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = special[c];
    if (byte === undefined) throw new Error(`no Windows-1251 byte for ${c}`);
    return byte;
  });
}
