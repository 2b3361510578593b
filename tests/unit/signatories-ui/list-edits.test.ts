import { describe, expect, it } from 'vitest';
import { moveSignatory } from '../../../core/signatories/order.ts';
import { dropTarget, shortName, signerDetails, signerName, statusLine, stepTarget, today, withLead, withReplaced, withStatus, withStatusNote, without } from '../../../renderer/panels/signatories/list-edits.ts';
import { AHRCA, ids, KURBANOV, MIXED, NHC, TIHR } from '../signatories/fixtures.ts';

describe('the panel’s changes to the list', () => {
  it('stamps the day of a status change and drops the old status’s note', () => {
    const list = withStatus(MIXED, 'kurbanov', 'withdrawn', '2023-12-21');
    const changed = list.find((s) => s.id === 'kurbanov')!;
    expect(changed).toMatchObject({ status: 'withdrawn', statusDate: '2023-12-21', statusNote: '' });
    expect(list.filter((s) => s !== changed)).toEqual(MIXED.filter((s) => s.id !== 'kurbanov'));
    // The same status again changes nothing, not even the day.
    expect(withStatus(MIXED, 'kurbanov', 'confirmed', '2030-01-01').find((s) => s.id === 'kurbanov')).toBe(KURBANOV);
  });

  it('keeps a note on one line, and sets lead, replaces and removes by id without touching the others', () => {
    expect(withStatusNote(MIXED, 'tihr', '  confirmed by\ne-mail from  Farid ').find((s) => s.id === 'tihr')!.statusNote).toBe('confirmed by e-mail from Farid');
    expect(withLead(MIXED, 'tihr', true).find((s) => s.id === 'tihr')!.lead).toBe(true);
    const renamed = { ...NHC, abbreviation: 'NHK' };
    expect(withReplaced(MIXED, renamed).indexOf(renamed)).toBe(MIXED.indexOf(NHC));
    expect(ids(without(MIXED, 'nhc'))).toEqual(ids(MIXED).filter((id) => id !== 'nhc'));
  });

  it('moves one step by keyboard, not past either end', () => {
    expect(stepTarget(0, -1, 3)).toBeNull();
    expect(stepTarget(2, 1, 3)).toBeNull();
    expect(stepTarget(1, 1, 3)).toBe(2);
    expect(stepTarget(1, -1, 3)).toBe(0);
  });

  it('drops a dragged row above or below the row under the pointer', () => {
    const list = ['a', 'b', 'c', 'd'];
    const drop = (from: number, over: number, before: boolean) => moveSignatory(list, from, dropTarget(from, over, before)).join('');
    expect(drop(0, 2, true)).toBe('bacd');
    expect(drop(0, 2, false)).toBe('bcad');
    expect(drop(3, 1, true)).toBe('adbc');
    expect(drop(3, 0, true)).toBe('dabc');
    expect(drop(0, 3, false)).toBe('bcda');
    // Just above or below itself: no move.
    expect(drop(1, 1, true)).toBe('abcd');
    expect(drop(1, 0, false)).toBe('abcd');
    expect(drop(1, 2, true)).toBe('abcd');
  });

  it('names signers for the panel, its undo steps and its status lines', () => {
    expect(signerName(KURBANOV, true, 'en')).toBe('Reyimberdy KURBANOV');
    expect(signerName(AHRCA, true, 'en')).toBe('Association for Human Rights in Central Asia (AHRCA)');
    expect(signerDetails(KURBANOV, 'en')).toBe('researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)');
    expect(signerDetails(TIHR, 'en')).toBe('organisation, Turkmenistan, in exile in Austria');
    expect(signerDetails(TIHR, 'ru')).toBe('organisation, Туркменистан, in exile in Австрия');
    expect(shortName(KURBANOV)).toBe('Reyimberdy Kurbanov');
    expect(shortName(AHRCA)).toBe('AHRCA');
    expect(statusLine({ ...KURBANOV, statusDate: '2023-12-20' })).toBe('confirmed 20 Dec 2023 · confirmed by phone to Nadejda');
    expect(statusLine({ ...NHC, statusDate: null })).toBe('');
  });

  it('writes today as YYYY-MM-DD in local time', () => {
    expect(today(new Date(2023, 11, 5, 23, 59))).toBe('2023-12-05');
  });
});
