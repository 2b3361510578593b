import { describe, expect, it } from 'vitest';
import { applyImport, defaultDecision, type ImportOptions } from '../../../core/signatories/csv/apply-import.ts';
import { guessMapping, type ColumnMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { previewImport, type ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { readSignOnCsv, type CsvTable } from '../../../core/signatories/csv/read-csv.ts';
import { readRow } from '../../../core/signatories/csv/read-row.ts';
import { identityTokens, signatoryTokens } from '../../../core/signatories/identity.ts';
import { mergeSignatory } from '../../../core/signatories/merge.ts';
import type { Roster } from '../../../core/signatories/roster.ts';
import { signatoryListSchema, type Signatory } from '../../../core/signatories/signatory.ts';
import { AHRCA, KURBANOV, NHC } from './fixtures.ts';

const CSV = [
  /* 1 */ 'Timestamp,Email Address,Full name,Organisation,Position,Country,Signing as,I agree to the publication of my name',
  /* 2 */ '2023/12/18 09:12,umit@example.org,Umit Hallyyev,,Independent journalist,Turkmenistan,Individual,Yes',
  /* 3 */ '2023/12/18 09:40,info@nhc.example,,Norwegian Helsinki Committee (NHC),,Norway,Organisation,Yes',
  /* 4 */ '2023/12/18 10:02,N.Atayeva@Example.org,Nadejda ATAYEVA,AHRCA,President,France,Individual,Yes',
  /* 5 */ '2023/12/18 10:05,,Atayeva Nadejda,,,,Individual,Yes',
  /* 6 */ '2023/12/18 10:07,n.atayeva@example.org,N. Atayeva,Association for Human Rights in Central Asia,President,,Individual,Yes',
  /* 7 */ '2023/12/18 11:00,d@example.org,Dursoltan Taganova,,activist,Turkmenistan,Individual,No',
  /* 8 */ '2023/12/18 11:30,,Jodgor Obid,"PEN-Club,',
  /* 9 */ 'Austria",Human rights activist,Austria,Individual,Yes',
  /* 10 */ '2023/12/18 12:00,x@example.org,Broken Row,,Individual,Yes',
  /* 11 */ '2023/12/18 12:10,,"=HYPERLINK(""http://evil.example"",""Click"")",,,,Individual,Yes',
  /* 12 */ '2023/12/18 12:20,,Леонид Пименов,,,,Individual,Yes',
  /* 13 */ '2023/12/18 12:30,nobody@example.org,,,,,Individual,Yes',
  /* 14 */ '2023/12/18 12:40,,Oleg Rodin,,coordinator,Poland,Both,Yes',
].join('\n');

const ROSTER: Roster = {
  organisations: [
    {
      id: 'org-iphr',
      fullName: 'International Partnership for Human Rights',
      abbreviation: 'IPHR',
      country: 'BE',
      exileCountry: null,
      names: [{ language: 'ru', nominative: 'Международное партнерство за права человека', genitive: 'Международного партнерства за права человека', abbreviation: '' }],
    },
  ],
  people: [{ id: 'person-pimenov', givenName: 'Leonid', familyName: 'Pimenov', role: 'Documentator', organisation: 'Helsinki Foundation for Human Rights', country: 'PL' }],
};

const LIST: Signatory[] = [{ ...NHC, status: 'invited', email: '' }, KURBANOV];

function tableOf(text: string): CsvTable {
  const r = readSignOnCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.table;
}

function preview(text = CSV, list: readonly Signatory[] = LIST, mapping?: ColumnMapping): ImportPreview {
  const table = tableOf(text);
  return previewImport(table, mapping ?? guessMapping(table.header), { list, roster: ROSTER });
}

function options(): ImportOptions {
  let n = 0;
  return { newId: () => `new-${++n}`, date: '2023-12-20', note: 'Sign-on form' };
}

const byLine = (p: ImportPreview, line: number) => p.rows.find((row) => row.line === line)!;

describe('previewImport', () => {
  const p = preview();

  it('lists every row of the file with what will happen to it', () => {
    expect(p.rows.map((row) => [row.line, row.action])).toEqual([
      [2, 'add'],
      [3, 'duplicate-of-list'],
      [4, 'add'],
      [5, 'duplicate-in-file'],
      [6, 'duplicate-in-file'],
      [7, 'skipped'],
      [8, 'add'],
      [10, 'error'],
      [11, 'add'],
      [12, 'duplicate-of-roster'],
      [13, 'error'],
      [14, 'error'],
    ]);
    expect(p.counts).toEqual({ add: 4, 'duplicate-in-file': 2, 'duplicate-of-list': 1, 'duplicate-of-roster': 1, skipped: 1, error: 3 });
    expect(p.problems).toEqual([]);
  });

  it('reads individuals and organisations from the row', () => {
    expect(byLine(p, 2).signatory).toMatchObject({ kind: 'individual', givenName: 'Umit', familyName: 'Hallyyev', role: 'Independent journalist', country: 'TM', email: 'umit@example.org' });
    expect(byLine(p, 3).signatory).toMatchObject({ kind: 'organisation', fullName: 'Norwegian Helsinki Committee', abbreviation: 'NHC', country: 'NO', email: 'info@nhc.example' });
    expect(byLine(p, 4).signatory).toMatchObject({ givenName: 'Nadejda', familyName: 'ATAYEVA', organisation: 'AHRCA', country: 'FR' });
  });

  it('joins a quoted field that runs over two lines and reports the row at its first line', () => {
    const row = byLine(p, 8);
    expect([row.line, row.lastLine]).toEqual([8, 9]);
    expect(row.signatory).toMatchObject({ givenName: 'Jodgor', familyName: 'Obid', organisation: 'PEN-Club, Austria', role: 'Human rights activist', country: 'AT' });
  });

  it('says why duplicates match: by name, by email in any case, against the list, the file and the roster', () => {
    expect(byLine(p, 3).match).toEqual({ in: 'list', signatoryId: 'nhc', label: 'Norwegian Helsinki Committee', reason: 'same name' });
    expect(byLine(p, 5).match).toEqual({ in: 'file', line: 4, label: 'Nadejda ATAYEVA', reason: 'same name' });
    expect(byLine(p, 6).match).toEqual({ in: 'file', line: 4, label: 'Nadejda ATAYEVA', reason: 'same email' });
    expect(byLine(p, 12).match).toMatchObject({ in: 'roster', kind: 'individual', label: 'Leonid Pimenov', reason: 'same name' });
  });

  it('gives the reasons of skipped and broken rows', () => {
    expect(byLine(p, 7).reasons).toEqual(['no consent to publish ("No")']);
    expect(byLine(p, 10).reasons).toEqual(['it has 6 fields where the header has 8 (a separator or a quote may be missing)']);
    expect(byLine(p, 13).reasons).toEqual(['no name is given']);
    expect(byLine(p, 14).reasons).toEqual(['cannot tell whether "Both" means signing as an organisation or as an individual']);
    expect(byLine(p, 10).signatory).toBeNull();
  });

  it('flags formula-like text but keeps it as the plain name it was typed as', () => {
    const row = byLine(p, 11);
    expect(row.warnings).toEqual(['"Full name" begins with "=", which a spreadsheet would run as a formula; it is kept as plain text']);
    // Split at its comma like any "Family, Given" name; nothing is evaluated or dropped.
    expect(row.signatory).toMatchObject({ kind: 'individual', familyName: '=HYPERLINK("http://evil.example"', givenName: '"Click")' });
  });

  it('makes every row an error while the mapping has no name column', () => {
    const table = tableOf(CSV);
    const q = previewImport(table, { ...guessMapping(table.header), name: null, organisation: null }, { list: [] });
    expect(q.problems).toHaveLength(1);
    expect(q.counts.error).toBe(q.rows.length);
  });

  it('points a repeat of a row that is already on the list at the list', () => {
    const q = preview('name,email\nReyimberdy Kurbanov,new@example.org\nR. Kurbanov,new@example.org\n', [KURBANOV]);
    expect(q.rows.map((r) => [r.action, r.match?.in])).toEqual([
      ['duplicate-of-list', 'list'],
      ['duplicate-of-list', 'list'],
    ]);
    expect(q.rows[1]!.match).toMatchObject({ signatoryId: 'kurbanov', reason: 'same email as line 2' });
  });
});

describe('applyImport', () => {
  it('adds new signers at the end, confirmed with the day and note, and merges repeats with the default decisions', () => {
    const p = preview();
    const out = applyImport(LIST, p, {}, options());
    expect(out.list.slice(0, 2).map((s) => s.id)).toEqual(['nhc', 'kurbanov']);
    // rows 2, 4, 8, 11 and the roster match of row 12
    expect(out.added).toEqual(['new-1', 'new-2', 'new-3', 'new-4', 'new-5']);
    expect(out.list).toHaveLength(7);
    expect(out.notImported).toEqual([3, 7, 10, 13, 14]);
    const atayeva = out.list.find((s) => s.id === 'new-2')!;
    expect(atayeva).toMatchObject({ status: 'confirmed', statusDate: '2023-12-20', statusNote: 'Sign-on form', familyName: 'ATAYEVA', email: 'N.Atayeva@Example.org' });
    // The list's NHC was not touched (duplicate of the list: skip by default).
    expect(out.list[0]).toEqual(LIST[0]);
    expect(out.updated).toEqual([]);
    expect(signatoryListSchema.safeParse(out.list).success).toBe(true);
  });

  it('links a roster match to its record and fills what the form left empty', () => {
    const out = applyImport(LIST, preview(), {}, options());
    const pimenov = out.list.find((s) => s.kind === 'individual' && s.personId === 'person-pimenov');
    expect(pimenov).toMatchObject({ givenName: 'Леонид', familyName: 'Пименов', role: 'Documentator', organisation: 'Helsinki Foundation for Human Rights', country: 'PL' });
  });

  it('uses the roster’s names for an organisation it links, including the Russian forms', () => {
    const p = preview('Organisation,Signing as\nInternational Partnership for Human Rights,Organisation\n', []);
    expect(p.rows[0]!.action).toBe('duplicate-of-roster');
    const out = applyImport([], p, {}, options());
    expect(out.list[0]).toMatchObject({ kind: 'organisation', organisationId: 'org-iphr', abbreviation: 'IPHR', country: 'BE', russian: { genitive: 'Международного партнерства за права человека' } });
  });

  it('follows the writer’s decisions: merge into the list (confirming an invited signer), add a namesake, skip a repeat', () => {
    const p = preview();
    const out = applyImport(LIST, p, { 3: 'merge', 5: 'add', 6: 'skip', 12: 'skip' }, options());
    expect(out.list[0]).toMatchObject({ id: 'nhc', status: 'confirmed', statusDate: '2023-12-20', email: 'info@nhc.example', fullName: 'Norwegian Helsinki Committee', country: 'NO' });
    expect(out.updated).toEqual(['nhc']);
    // "Atayeva Nadejda" has no capitals to say which is the family name: the last word is taken.
    expect(out.list.flatMap((s) => (s.kind === 'individual' && /atayeva/i.test(`${s.givenName} ${s.familyName}`) ? [s.familyName] : []))).toEqual(['ATAYEVA', 'Nadejda']);
    expect(out.list.some((s) => s.kind === 'individual' && s.personId === 'person-pimenov')).toBe(false);
    expect(out.notImported).toEqual([6, 7, 10, 12, 13, 14]);
  });

  it('merges a repeat into the signer its first row became, filling only what is missing', () => {
    const out = applyImport([], preview('name,organisation,role\nNadejda Atayeva,,President\nAtayeva Nadejda,AHRCA,Director\n', []), {}, options());
    expect(out.list).toHaveLength(1);
    expect(out.list[0]).toMatchObject({ organisation: 'AHRCA', role: 'President' });
  });

  it('adds a repeat whose first row was not imported', () => {
    const p = preview('name,email\nUmit Hallyyev,u@example.org\nUmit Hallyyev,u@example.org\n', []);
    const out = applyImport([], p, { 2: 'skip' }, options());
    expect(out.list.map((s) => s.id)).toEqual(['new-1']);
    expect(out.notImported).toEqual([2]);
  });

  it('leaves the list it was given unchanged, so the import is one step to undo', () => {
    const before = structuredClone(LIST);
    applyImport(LIST, preview(), { 3: 'merge' }, options());
    expect(LIST).toEqual(before);
  });

  it('proposes merge for repeats and roster matches, skip for signers already listed', () => {
    expect(defaultDecision({ action: 'duplicate-in-file' })).toBe('merge');
    expect(defaultDecision({ action: 'duplicate-of-roster' })).toBe('merge');
    expect(defaultDecision({ action: 'duplicate-of-list' })).toBe('skip');
    expect(defaultDecision({ action: 'add' })).toBeNull();
  });
});

describe('readRow', () => {
  const header = ['Name', 'Organisation', 'Role', 'Country', 'Email'];
  const mapping = guessMapping(header);

  it('refuses control characters and over-long names, naming the column', () => {
    expect(readRow(['Ali\u0007 Akhmedov', '', '', '', ''], mapping, header)).toMatchObject({ outcome: 'error', reasons: ['"Name" contains control characters', 'no name is given'] });
    expect(readRow(['Ali', 'x'.repeat(301), '', '', ''], mapping, header)).toMatchObject({ outcome: 'error', reasons: ['"Organisation" is longer than 300 characters'] });
  });

  it('leaves out a malformed email and an unknown country with a warning', () => {
    const r = readRow(['Ali Akhmedov', '', '', 'Atlantis', 'ali at example'], mapping, header);
    expect(r.outcome).toBe('signatory');
    if (r.outcome !== 'signatory') return;
    expect(r.draft).toMatchObject({ email: '', country: null });
    expect(r.warnings).toEqual(['the country "Atlantis" is not one the app knows; it is left empty', '"ali at example" is not an email address; it is left out']);
  });

  it('flags invisible direction characters', () => {
    const r = readRow(['Ali \u202eAkhmedov', '', '', '', ''], mapping, header);
    expect(r.warnings).toEqual(['"Name" contains invisible text-direction characters']);
  });

  it('takes a row with only an organisation as the organisation signing', () => {
    const r = readRow(['', 'Helsinki Foundation for Human Rights', '', 'Poland', ''], mapping, header);
    expect(r).toMatchObject({ outcome: 'signatory', draft: { kind: 'organisation', fullName: 'Helsinki Foundation for Human Rights', country: 'PL' } });
  });

  it('reads a ФИО column family name first', () => {
    const h = ['ФИО', 'Организация'];
    const r = readRow(['Курбанов Реимберды', 'АПЧЦА'], guessMapping(h), h);
    expect(r).toMatchObject({ outcome: 'signatory', draft: { givenName: 'Реимберды', familyName: 'Курбанов', organisation: 'АПЧЦА' } });
  });

  it('calls an unclear consent answer skipped, never consent', () => {
    const h = ['Name', 'Consent'];
    expect(readRow(['Ali Akhmedov', 'maybe later'], guessMapping(h), h)).toEqual({ outcome: 'skipped', reason: 'the consent answer "maybe later" is not a clear yes', warnings: [] });
  });
});

describe('identity tokens', () => {
  const person = (givenName: string, familyName: string, email = '') => identityTokens({ kind: 'individual', givenName, familyName, email });
  const shares = (a: string[], b: string[]) => a.some((token) => b.includes(token));

  it('matches a person across spellings, scripts and word order', () => {
    const base = person('Reyimberdy', 'Kurbanov');
    expect(shares(base, person('Реимберды', 'Курбанов'))).toBe(true);
    expect(shares(base, person('', 'KURBANOV Reyimberdy'))).toBe(true);
    expect(shares(person('Farhat', 'Meimankulyiev'), person('Farhat', 'MEYMANKULYYEV'))).toBe(true);
    expect(shares(base, person('Reyimberdy Ahmedovich', 'Kurbanov'))).toBe(true);
  });

  it('does not match on a shared family name alone, or across kinds', () => {
    expect(shares(person('Reyimberdy', 'Kurbanov'), person('Rustam', 'Kurbanov'))).toBe(false);
    expect(shares(person('Zarina', ''), person('Zarina', 'Gapurdjanova'))).toBe(false);
    const org = identityTokens({ kind: 'organisation', fullName: 'Kurbanov Reyimberdy', email: 'x@example.org' });
    expect(shares(person('Reyimberdy', 'Kurbanov', 'x@example.org'), org)).toBe(false);
  });

  it('matches organisations by name in English or Russian, not by a shared abbreviation alone', () => {
    const ahrca = signatoryTokens(AHRCA);
    expect(shares(ahrca, identityTokens({ kind: 'organisation', fullName: 'ASSOCIATION FOR HUMAN RIGHTS IN CENTRAL ASIA', email: '' }))).toBe(true);
    expect(shares(ahrca, identityTokens({ kind: 'organisation', fullName: 'Ассоциация «Права человека в Центральной Азии»', email: '' }))).toBe(true);
    expect(shares(ahrca, signatoryTokens({ ...AHRCA, fullName: 'Human rights association', russian: null, email: '' }))).toBe(false);
    expect(shares(ahrca, signatoryTokens(NHC))).toBe(false);
  });

  it('stays small for a hostile name of many words', () => {
    expect(person('a b c d e f g h i j k l m n o p', 'q').length).toBeLessThanOrEqual(15);
  });
});

describe('mergeSignatory', () => {
  it('fills empty fields only and confirms an invited signer', () => {
    const kept = { ...KURBANOV, status: 'invited' as const, role: '', country: null };
    const merged = mergeSignatory(kept, { ...KURBANOV, role: 'new role', country: 'TM', givenName: 'Other' }, { status: 'confirmed', statusDate: '2023-12-20', statusNote: 'form' });
    expect(merged).toMatchObject({ role: 'new role', country: 'TM', givenName: 'Reyimberdy', status: 'confirmed', statusDate: '2023-12-20', statusNote: 'confirmed by phone to Nadejda' });
  });

  it('does not bring back a declined or withdrawn signer', () => {
    const declined = { ...KURBANOV, status: 'declined' as const };
    expect(mergeSignatory(declined, KURBANOV, { status: 'confirmed', statusDate: null, statusNote: '' }).status).toBe('declined');
  });

  it('never merges an organisation into a person', () => {
    expect(mergeSignatory(KURBANOV, AHRCA)).toBe(KURBANOV);
  });
});
