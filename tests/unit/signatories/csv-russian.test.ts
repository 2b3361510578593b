import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMapping, guessMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { previewImport, type ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { readSignOnCsv } from '../../../core/signatories/csv/read-csv.ts';
import { readRow } from '../../../core/signatories/csv/read-row.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import { KURBANOV } from './fixtures.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../fixtures/signatories/signons-comma-bom.csv'), 'utf8');

function previewRu(text: string, list: readonly Signatory[] = []): ImportPreview {
  const read = readSignOnCsv(text, 'ru');
  if (!read.ok) throw new Error(read.message);
  return previewImport(read.table, guessMapping(read.table.header), { list, locale: 'ru' });
}

const rowAt = (preview: ImportPreview, line: number) => preview.rows.find((row) => row.line === line)!;

describe('the sign-on import in a Russian interface', () => {
  it('says why a Google Forms export’s rows are skipped, refused or worth a look', () => {
    const preview = previewRu(FIXTURE);
    expect(rowAt(preview, 7)).toMatchObject({ action: 'skipped', reasons: ['нет согласия на публикацию («No»)'] });
    expect(rowAt(preview, 8).warnings).toEqual(['поле «Full name» начинается с «=» — электронная таблица выполнила бы его как формулу; оно сохранено как обычный текст']);
    expect(rowAt(preview, 9)).toMatchObject({ action: 'error', reasons: ['в строке 6\u00a0полей, а в заголовке — 8 (возможно, пропущен разделитель или кавычка)'] });
    expect(rowAt(preview, 13)).toMatchObject({ action: 'error', reasons: ['поле в кавычках, которое начинается в этой строке, не закрыто'] });
    // The same signer twice in the file, found by email.
    expect(rowAt(preview, 6).match).toMatchObject({ in: 'file', line: 3, reason: 'тот же адрес эл. почты' });
    // English stays the default.
    const english = readSignOnCsv(FIXTURE);
    if (!english.ok) throw new Error(english.message);
    expect(previewImport(english.table, guessMapping(english.table.header), { list: [] }).rows.find((row) => row.line === 7)!.reasons).toEqual(['no consent to publish ("No")']);
  });

  it('says that a repeat of someone on the list is the same as an earlier line', () => {
    // Line 2 is on the list by its email; line 3 has no email but the same name as line 2.
    const text = ['Email,Name,Consent', `${KURBANOV.email},Rey Kurban,Да`, ',Rey Kurban,да'].join('\n');
    const preview = previewRu(text, [KURBANOV]);
    expect(rowAt(preview, 2).match).toMatchObject({ in: 'list', reason: 'тот же адрес эл. почты' });
    expect(rowAt(preview, 3).match).toMatchObject({ in: 'list', reason: 'то же имя, что и в строке 2' });
  });

  it('refuses a whole file in Russian, with Russian plurals and numbers', () => {
    expect(readSignOnCsv('', 'ru')).toEqual({ ok: false, message: 'Файл пуст.' });
    expect(readSignOnCsv('ФИО;Организация\n', 'ru')).toEqual({ ok: false, message: 'В файле есть строка заголовков, но нет ни одной строки с подписантами.' });
    expect(readSignOnCsv('Name\nР\ufffdсский\n', 'ru')).toMatchObject({ ok: false, message: expect.stringMatching(/^Файл не в кодировке UTF-8 \(возможно, он сохранён в Windows-1251/) });
    expect(readSignOnCsv('"Name,Email\nx,y\n', 'ru')).toMatchObject({ ok: false, message: expect.stringMatching(/^Не удаётся прочитать строку заголовков \(строка 1\): поле в кавычках/) });
    const ragged = readSignOnCsv('Name;Organisation;Country\nАли;Альянс\n', 'ru');
    expect(ragged.ok && ragged.table.rows[0]!.problem).toBe('в строке 2\u00a0поля, а в заголовке — 3 (возможно, пропущен разделитель или кавычка)');
    const long = readSignOnCsv(`Name,Role\nAli,${'x'.repeat(2_001)}\n`, 'ru');
    expect(long.ok && long.table.rows[0]!.problem).toBe('поле в столбце «Role» длиной 2\u00a0001\u00a0символ (допускается не больше 2\u00a0000)');
    const untitled = readSignOnCsv('Name,\nAli,x\n', 'ru');
    expect(untitled.ok && untitled.table.header).toEqual(['Name', 'Столбец 2']);
  });

  it('gives a row’s errors and warnings with the column’s title in «ёлочки»', () => {
    const header = ['ФИО', 'Организация', 'Как вы подписываете?', 'Страна', 'Email'];
    const mapping = guessMapping(header);
    const read = (cells: string[]) => readRow(cells, mapping, header, 'ru');
    expect(read(['Али\u0007 Ахмедов', '', '', '', ''])).toMatchObject({ outcome: 'error', reasons: ['в поле «ФИО» есть управляющие символы', 'имя не указано'] });
    expect(read(['Али', 'x'.repeat(301), '', '', ''])).toMatchObject({ outcome: 'error', reasons: ['поле «Организация» длиннее 300\u00a0символов'] });
    expect(read(['', '', 'От имени организации', '', ''])).toMatchObject({ outcome: 'error', reasons: ['подписывает от имени организации, но не указывает её название'] });
    expect(read(['Али Ахмедов', '', 'и так и так', '', ''])).toMatchObject({
      outcome: 'error',
      reasons: ['непонятно, означает ли «и так и так» подпись от имени организации или от себя лично'],
    });
    expect(read(['Али Ахмедов', '', '', 'Атлантида', 'ali собака example'])).toMatchObject({
      outcome: 'signatory',
      warnings: ['страна «Атлантида» приложению неизвестна; поле оставлено пустым', '«ali собака example» — не адрес электронной почты; он не импортируется'],
    });
    expect(read(['Али \u202eАхмедов', '', '', '', '']).warnings).toEqual(['в поле «ФИО» есть невидимые символы направления текста']);
  });

  it('asks for a name column, and says an unclear or missing consent is no consent', () => {
    const table = readSignOnCsv('Email,Согласие на публикацию\na@example.org,Да\n', 'ru');
    if (!table.ok) throw new Error(table.message);
    const noName = previewImport(table.table, guessMapping(table.table.header), { list: [], locale: 'ru' });
    expect(noName.problems).toEqual(['Выберите столбец с именем подписанта (или столбцы с именем и фамилией, или с организацией).']);
    expect(noName.rows[0]).toMatchObject({ action: 'error', reasons: noName.problems });
    expect(previewImport(table.table, emptyMapping(), { list: [] }).problems[0]).toMatch(/^Choose the column with the signer’s name/);

    const consent = previewRu('Name,Согласие на публикацию\nАли Ахмедов,наверное\nОлег Родин,\n');
    expect(consent.rows.map((row) => row.reasons)).toEqual([['ответ о согласии «наверное» — не однозначное «да»'], ['согласие на публикацию не дано']]);
  });
});
