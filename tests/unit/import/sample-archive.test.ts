import { describe, expect, it } from 'vitest';
import { importArchive, splitArchive } from '../../../core/import/archive.ts';
import { importStatement } from '../../../core/import/import-statement.ts';
import { summariseImport } from '../../../core/import/report.ts';
import type { IndividualSignatory } from '../../../core/signatories/signatory.ts';
import { exportedText, footnotes, imported, missingWords, noteText, readSample, topLevel } from './helpers.ts';

const archive = readSample();
const parts = splitArchive(archive);
const statements = parts.map((part) => imported(importStatement({ kind: 'text', text: part.text }, { firstLine: part.startLine })));

describe('the 2023 sample archive', () => {
  it('splits into its five statements at the D.M.YY lines, newest first, with their archive lines', () => {
    expect(parts.map((p) => [p.date, p.startLine])).toEqual([
      ['2023-12-20', 1],
      ['2023-12-14', 74],
      ['2023-09-27', 112],
      ['2023-06-25', 140],
      ['2023-06-01', 206],
    ]);
    expect(parts.map((p) => p.title)).toEqual([
      'Turkmenistan: prisoner Allamurat HUDAYRAMOV was subjected to extrajudicial execution',
      'France illegally deports refugee to Uzbekistan',
      'Civic space under attack in Central Asia: NGOs document key trends as region sees increasing international engagement',
      'Justice for Torture Victims in Central Asia',
      'NGOs urge the EU’s Charles Michel to press for accountability for rights violations during Central Asia visit',
    ]);
    // The parts cover the whole archive: nothing between statements is lost.
    expect(parts.map((p) => p.text).join('\n')).toBe(archive.replace(/\r\n?/g, '\n'));
  });

  it('imports each with its title and date in the meta, not in the text', () => {
    for (const [i, { statement, report }] of statements.entries()) {
      expect(statement.meta.title).toBe(parts[i]!.title);
      expect(statement.meta.date).toBe(parts[i]!.date);
      expect(report.title).toBe(parts[i]!.title);
      expect(statement.meta.language).toBe('en');
      const firstText = JSON.stringify(statement.editor.root.children[0]);
      expect(firstText).not.toContain(parts[i]!.title);
    }
  });

  it('counts paragraphs, lists and quotations as the statements have them', () => {
    const counts = statements.map(({ report }) => [report.counts.paragraphs, report.counts.lists, report.counts.listItems, report.counts.quotes]);
    expect(counts).toEqual([
      [8, 1, 6, 0], // the six people returned to Turkmenistan: lines ending in ";"
      [9, 0, 0, 0],
      [6, 1, 5, 0], // five trends, three of whose bullets were lost to a symbol font
      [18, 1, 4, 1], // the survivor's words as a quotation; four calls
      [4, 1, 9, 0], // nine cases after em dashes
    ]);
    for (const { statement, report } of statements) {
      expect(topLevel(statement, 'paragraph')).toHaveLength(report.counts.paragraphs);
      expect(topLevel(statement, 'list')).toHaveLength(report.counts.lists);
      expect(topLevel(statement, 'quote')).toHaveLength(report.counts.quotes);
    }
  });

  it('makes the people returned to Turkmenistan a list of six, and the trends a bulleted list of five', () => {
    const [people] = topLevel(statements[0]!.statement, 'list');
    expect(people!.listType).toBe('bullet');
    expect(JSON.stringify(people!.children![0])).toContain('Farhat MEYMANKULYYEV (1992), extradited from Turkey on May 19, 2023;');
    expect(JSON.stringify(people!.children![5])).toContain('Serdar DURDULYEV (1989), deported from Turkey on October 17, 2023.');
    const trends = topLevel(statements[2]!.statement, 'list')[0]!;
    expect(trends.children!.map((item) => (item.children![0]!.text as string).split(' ').slice(0, 2).join(' '))).toEqual([
      'Lack of',
      'Persecution of',
      'Pressure on',
      'Excessive and',
      'Practices undermining',
    ]);
    const lost = statements[2]!.report.entries.filter((e) => e.message.includes('lost bullet'));
    expect(lost.map((e) => e.line)).toEqual([125, 127, 131]);
  });

  it('turns the 22 closing signers of the first statement into confirmed individuals, splitting names run into roles', () => {
    const { statement, report } = statements[0]!;
    const signers = statement.signatories as IndividualSignatory[];
    expect(report.counts.signatories).toBe(22);
    expect(signers).toHaveLength(22);
    expect(signers.every((s) => s.kind === 'individual' && s.status === 'confirmed')).toBe(true);
    expect(signers.map((s) => `${s.givenName} ${s.familyName}`)).toEqual([
      'Reyimberdy Kurbanov', 'Gvantsa Lomaia', 'Jodgor Obid', 'Matvey Kurzukov', 'Leonid Pimenov', 'Dursoltan Taganova', 'Yekaterina Chukayeva',
      'Shaberdy Omarov', 'Umit Hallyyev', 'Abdulla Orusov', 'Serdar Hodjanepesov', 'Nurdjan Suzer', 'Alisher Sahatov', 'Tahir Urazov',
      'Zarina Gapurdjanova', 'Aishenur Akdash', 'Oleg Rodin', 'Oksana Vlasova', 'Nargiza Matyusupova', 'Allamurat Rahimov', 'Nadejda Atayeva', 'Alisher Abidov',
    ]);
    const by = (family: string) => signers.find((s) => s.familyName === family)!;
    expect(by('Kurbanov')).toMatchObject({ role: 'researcher on Turkmenistan', organisation: 'Association for Human Rights in Central Asia – AHRCA', country: null });
    // "X of the Y" stays one role, so that the printed line keeps every word.
    expect(by('Lomaia')).toMatchObject({ role: "Master of Laws Bachelor's Degree in International Human Rights Law/Project Officer of the International Partnership for Human Rights (IPHR)", organisation: '' });
    expect(by('Pimenov')).toMatchObject({ role: 'Documentator of the Helsinki Foundation for Human Rights', organisation: '', country: 'PL' });
    expect(by('Vlasova')).toMatchObject({ role: '', organisation: 'Helsinki Foundation for Human Rights', country: 'PL' });
    expect(by('Sahatov')).toMatchObject({ role: 'human rights blogger', country: 'TM' });
    expect(by('Rodin')).toMatchObject({ role: 'coordinator of the “Kovcheg” (Ark) project in Poland', organisation: '' });
    expect(by('Obid')).toMatchObject({ role: 'Human rights activist, member of the International PEN-Club', country: 'AT' });
    expect(by('Atayeva')).toMatchObject({ role: 'President of the Association for Human Rights in Central Asia - AHRCA', organisation: '', country: 'FR' });
    expect(by('Orusov')).toMatchObject({ role: 'Activist of the Movement “Democratic Choice of Turkmenistan” (DWT)', organisation: '' });
    expect(by('Akdash')).toMatchObject({ role: 'Human rights activist', country: 'TR' });
    // 21 of the 22 lines had the name and the role run together; the report says so line by line.
    const runTogether = report.entries.filter((e) => e.message.includes('run together'));
    expect(runTogether).toHaveLength(21);
    expect(runTogether[0]!.line).toBe(30);
    expect(report.entries.find((e) => e.line === 28)!.message).toBe('Signatory (individual): Reyimberdy Kurbanov.');
    // "Kind regards," stays as the last paragraph; no signer line is left in the text.
    const last = statement.editor.root.children.at(-1)!;
    expect(last.children![0]!.text).toBe('Kind regards,');
    expect(JSON.stringify(statement.editor)).not.toContain('KURBANOV');
  });

  it('matches the notes of the second statement with their three references', () => {
    const { statement, report } = statements[1]!;
    const notes = footnotes(statement);
    expect(report.counts.footnotes).toBe(3);
    expect(notes.map((n) => noteText(n).split(' of ')[0])).toEqual(['Article 159', 'Article 244-1', 'Article 246']);
    expect(noteText(notes[2]!)).toMatch(/^Article 246 of the Criminal Code .* \(…\)\.$/);
    // The references are gone from the text, and so is the closing list.
    expect(JSON.stringify(statement.editor)).not.toMatch(/\[\d\]/);
    expect(report.entries.filter((e) => e.kind === 'warning')).toEqual([]);
  });

  it('reports the broken notes of the fourth statement instead of dropping them', () => {
    const { statement, report } = statements[3]!;
    const notes = footnotes(statement);
    expect(report.counts.footnotes).toBe(5);
    expect(notes.map((n) => noteText(n).slice(0, 30))).toEqual([
      'For more information on human ',
      'The Committee’s concluding obs',
      'For more information on this t',
      'For more information on his ca',
      'For more information about the',
    ]);
    const warnings = report.entries.filter((e) => e.kind === 'warning').map((e) => [e.line, e.message]);
    expect(warnings).toEqual([
      [162, 'Reference [3] has no note text: left as typed.'],
      [170, 'Reference [7] has no note text: left as typed.'],
      [172, 'Reference [8] has no note text: left as typed.'],
      [176, 'Reference [9] has no note text: left as typed.'],
      [176, 'Reference [10] has no note text: left as typed.'],
      [176, 'Reference [11] has no note text: left as typed.'],
      [190, 'Note [2] ends with ":" — its text seems cut off.'],
    ]);
    // Unmatched references stay in the text as typed.
    const text = JSON.stringify(statement.editor);
    for (const label of ['[3]', '[7]', '[8]', '[9]', '[10]', '[11]']) expect(text).toContain(label);
    expect(summariseImport(report)).toBe(
      'Recognised the title, the date (2023-06-25), 18 paragraphs, 1 list (4 items), 1 quotation, 5 footnotes, 0 signatories. 7 points to check.',
    );
  });

  it('finds no notes and no signatories where the statements have none', () => {
    for (const i of [2, 4]) {
      expect(statements[i]!.report.counts.footnotes).toBe(0);
      expect(statements[i]!.statement.signatories).toEqual([]);
    }
    expect(statements[1]!.statement.signatories).toEqual([]);
    expect(statements[3]!.statement.signatories).toEqual([]);
  });

  it('keeps every word of each statement in its HTML export', () => {
    for (const [i, { statement }] of statements.entries()) {
      // The date line is in the meta and printed as "20 December 2023": its digits are checked as the date above.
      // Note labels ("[1]") become the export's note numbering, which is not text.
      const original = parts[i]!.text.split('\n').slice(1).join('\n').replace(/\[\d{1,3}\]/g, ' ');
      expect(missingWords(original, exportedText(statement)), parts[i]!.title).toEqual([]);
    }
  });

  it('imports the whole archive with progress, in order', () => {
    const progress: number[] = [];
    const result = importArchive(archive, { onProgress: (done, total) => progress.push(done / total) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.parts.map((p) => p.result.ok && p.result.value.statement.meta.title)).toEqual(parts.map((p) => p.title));
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(result.value.skippedLines).toBe(0);
  });
});
