import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { EMPTY_ROSTER } from '../../../core/signatories/roster.ts';
import { importEngine } from '../../../renderer/panels/signatories/import-engine.ts';
import { createImportWork, type ImportRequest, type ImportResponse } from '../../../renderer/panels/signatories/import-work.ts';

const text = readFileSync(join(import.meta.dirname, '../../fixtures/signatories/signons-comma-bom.csv'), 'utf8');

describe('the import’s work, as the worker does it', () => {
  it('reads a file once, sums it up for the columns step, and previews it for each mapping', () => {
    const work = createImportWork();
    const read = work({ id: 1, kind: 'read', text });
    if (!read.ok || read.kind !== 'read') throw new Error('not read');
    expect(read.summary).toMatchObject({ delimiter: ',', rowCount: 11 });
    expect(read.summary.header[2]).toBe('Full name');
    // Different values, shortened, from rows that can be read.
    expect(read.summary.examples[2]).toEqual(['Reyimberdy KURBANOV', 'Nadejda Atayeva', 'Reiimberdy Kurbanov']);
    expect(read.summary.examples[3]![1]).toBe('Association for Human Rights in Central…');

    const preview = work({ id: 2, kind: 'preview', mapping: guessMapping(read.summary.header), list: [], roster: EMPTY_ROSTER });
    if (!preview.ok || preview.kind !== 'preview') throw new Error('no preview');
    expect(preview.preview.rows).toHaveLength(11);
    // Rows read as signers travel without their cells; the others keep them, to be shown.
    expect(preview.preview.rows.find((row) => row.line === 3)!.cells).toEqual([]);
    expect(preview.preview.rows.find((row) => row.line === 7)!.cells[2]).toBe('Umit Hallyyev');
  });

  it('says why a file cannot be read, and that there is nothing to preview before one is', () => {
    const work = createImportWork();
    expect(work({ id: 1, kind: 'preview', mapping: guessMapping([]), list: [], roster: EMPTY_ROSTER })).toEqual({ id: 1, ok: false, message: 'No file has been read.' });
    expect(work({ id: 2, kind: 'read', text: 'Name\n' })).toEqual({ id: 2, ok: false, message: 'The file has a header line but no rows of signers.' });
  });

  it('answers in the interface language the request carries', () => {
    const work = createImportWork();
    expect(work({ id: 1, locale: 'ru', kind: 'preview', mapping: guessMapping([]), list: [], roster: EMPTY_ROSTER })).toMatchObject({ ok: false, message: 'Файл ещё не прочитан.' });
    const read = work({ id: 2, locale: 'ru', kind: 'read', text });
    if (!read.ok || read.kind !== 'read') throw new Error('not read');
    const preview = work({ id: 3, locale: 'ru', kind: 'preview', mapping: guessMapping(read.summary.header), list: [], roster: EMPTY_ROSTER });
    if (!preview.ok || preview.kind !== 'preview') throw new Error('no preview');
    expect(preview.preview.rows.find((row) => row.line === 7)!.reasons).toEqual(['нет согласия на публикацию («No»)']);
  });
});

describe('the import engine', () => {
  it('matches answers to their requests, in whatever order they come', async () => {
    const work = createImportWork();
    const sent: ImportRequest[] = [];
    const { engine, receive } = importEngine((request) => sent.push(request), () => {});
    const read = engine.read(text);
    const second = engine.read('Name\n');
    const answers: ImportResponse[] = sent.map((request) => work(request));
    receive(answers[1]!);
    receive(answers[0]!);
    expect(await second).toEqual({ ok: false, message: 'The file has a header line but no rows of signers.' });
    // The later read replaced the table in this worker, but the first answer is its own.
    const first = await read;
    expect(first.ok && first.value.rowCount).toBe(11);
  });

  it('answers what is still asked when it is closed', async () => {
    let stopped = false;
    const { engine } = importEngine(() => {}, () => void (stopped = true));
    const pending = engine.read(text);
    engine.dispose();
    expect(await pending).toEqual({ ok: false, message: 'The import was closed.' });
    expect(stopped).toBe(true);
  });
});
