import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../core/library/api.ts';
import { parseLibraryFile } from '../../../core/library/parse-library-file.ts';
import { signatoryFromSigner, signerDraftFromSignatory, type RosterPerson } from '../../../core/signatories/roster.ts';
import { publicSignatory } from '../../../core/signatories/signatory.ts';
import { emptySignerDraft, signerDraftSchema, type SignerDraft, type SignerRecord } from '../../../core/signatories/signer-record.ts';
import { openLibraryDatabase } from '../../../electron/services/library/database-file.ts';
import { openLibrary } from '../../../electron/services/library/library-service.ts';
import { LIBRARY_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/services/library/schema.ts';
import { failure, tempDir, tempLibrary, testClock, track, value } from './helpers.ts';

const kurbanov: SignerDraft = {
  ...emptySignerDraft(),
  givenName: 'Reyimberdy',
  familyName: 'Kurbanov',
  role: 'researcher on Turkmenistan',
  organisation: 'Association for Human Rights in Central Asia',
  country: 'TM',
  email: 'R.Kurbanov@example.org',
  tags: ['AHRCA board'],
};
const atayeva: SignerDraft = { ...emptySignerDraft(), givenName: 'Nadejda', familyName: 'Atayeva', role: 'chair', organisation: 'AHRCA', country: 'FR', email: 'nadejda@example.org' };
const kholiqov: SignerDraft = { ...emptySignerDraft(), givenName: 'Dilshod', familyName: 'Kholiqov', role: 'independent journalist', country: 'TJ' };

const ids = (records: SignerRecord[]) => records.map((r) => r.familyName);

function imported(outcome: ImportOutcome): Extract<ImportOutcome, { status: 'imported' }> {
  expect(outcome.status).toBe('imported');
  return outcome as Extract<ImportOutcome, { status: 'imported' }>;
}

describe('the signer record', () => {
  it('trims its fields and needs a name; an email must look like one', () => {
    expect(signerDraftSchema.parse({ ...kurbanov, givenName: '  Reyimberdy ' }).givenName).toBe('Reyimberdy');
    expect(signerDraftSchema.safeParse({ ...kurbanov, givenName: ' ', familyName: '' }).success).toBe(false);
    expect(signerDraftSchema.safeParse({ ...kurbanov, email: 'not an email' }).success).toBe(false);
    expect(signerDraftSchema.safeParse({ ...kurbanov, country: 'Turkmenistan' }).success).toBe(false);
  });

  it('becomes an invited individual signatory linked by personId, and back', () => {
    const record: SignerRecord = { ...kurbanov, id: 'signer-1', updatedAt: '2024-03-01T10:00:00.000Z' };
    const person: RosterPerson = record;
    const signatory = signatoryFromSigner(person, 's9');
    expect(signatory).toMatchObject({ kind: 'individual', id: 's9', status: 'invited', personId: 'signer-1', givenName: 'Reyimberdy', familyName: 'Kurbanov', email: 'R.Kurbanov@example.org', country: 'TM' });
    expect(publicSignatory(signatory)).not.toHaveProperty('email');
    expect(signerDraftFromSignatory(signatory)).toEqual({ ...kurbanov, tags: [] });
  });
});

describe('signers in the library', () => {
  it('are created, read, updated (refusing a stale save) and deleted', async () => {
    const clock = testClock('2024-03-01T10:00:00.000Z');
    const { library } = await tempLibrary({ now: clock.now, newId: () => 'signer-1' });
    const record = value(library.createSigner({ ...kurbanov, familyName: ' Kurbanov ' }));
    expect(record).toMatchObject({ id: 'signer-1', updatedAt: '2024-03-01T10:00:00.000Z', familyName: 'Kurbanov', email: 'R.Kurbanov@example.org' });
    expect(value(library.getSigner('signer-1'))).toEqual(record);
    expect(value(library.info()).counts.signers).toBe(1);

    clock.set('2024-03-02T09:00:00.000Z');
    const updated = value(library.updateSigner('signer-1', { ...kurbanov, role: 'director' }, { expectedUpdatedAt: record.updatedAt }));
    expect(updated).toMatchObject({ role: 'director', updatedAt: '2024-03-02T09:00:00.000Z' });
    expect(failure(library.updateSigner('signer-1', { ...kurbanov, role: 'old' }, { expectedUpdatedAt: record.updatedAt })).code).toBe('CHANGED_ON_DISK');
    expect(ids(value(library.listSigners('director')))).toEqual(['Kurbanov']);
    expect(value(library.listSigners('researcher'))).toEqual([]);

    expect(failure(library.createSigner({ ...kurbanov, givenName: '', familyName: '' })).code).toBe('BAD_ARGUMENTS');
    expect(failure(library.updateSigner('nobody', kurbanov)).code).toBe('NOT_FOUND');
    value(library.deleteSigner('signer-1'));
    expect(failure(library.getSigner('signer-1')).code).toBe('NOT_FOUND');
    expect(failure(library.deleteSigner('signer-1')).code).toBe('NOT_FOUND');
    expect(value(library.listSigners())).toEqual([]);
  });

  it('are found by a variant spelling or script of the name, by email, role, organisation and country', async () => {
    const { library } = await tempLibrary();
    for (const draft of [kurbanov, atayeva, kholiqov]) value(library.createSigner(draft));
    expect(ids(value(library.listSigners()))).toEqual(['Atayeva', 'Kholiqov', 'Kurbanov']);
    expect(ids(value(library.listSigners('Reimberdi KURBANOV')))).toEqual(['Kurbanov']);
    expect(ids(value(library.listSigners('Курбанов Реимберды')))).toEqual(['Kurbanov']);
    expect(ids(value(library.listSigners('Kurb')))).toEqual(['Kurbanov']);
    expect(ids(value(library.listSigners('Kholikov')))).toEqual(['Kholiqov']);
    expect(ids(value(library.listSigners('Холиков')))).toEqual(['Kholiqov']);
    expect(ids(value(library.listSigners('Ataeva')))).toEqual(['Atayeva']);
    expect(ids(value(library.listSigners('r.kurbanov@EXAMPLE.org')))).toEqual(['Kurbanov']);
    expect(ids(value(library.listSigners('example.org')))).toEqual(['Atayeva', 'Kurbanov']);
    expect(ids(value(library.listSigners('AHRCA')))).toEqual(['Atayeva', 'Kurbanov']);
    expect(ids(value(library.listSigners('journalist Tajikistan')))).toEqual(['Kholiqov']);
    expect(ids(value(library.listSigners('Таджикистан')))).toEqual(['Kholiqov']);
    expect(value(library.listSigners('Kurbanov journalist'))).toEqual([]);
    expect(value(library.listSigners('%'))).toEqual([]);
  });

  it('go out in the exchange file with their emails, come back unchanged, and conflict when both sides changed', async () => {
    const clock = testClock('2024-03-01T10:00:00.000Z');
    const { library } = await tempLibrary({ now: clock.now });
    const first = value(library.createSigner(kurbanov));
    value(library.createSigner(atayeva));
    const exported = value(library.exportLibrary());
    expect(exported.counts.signers).toBe(2);
    const file = value(parseLibraryFile(exported.text));
    expect(file.signers.map((s) => s.email).sort()).toEqual(['R.Kurbanov@example.org', 'nadejda@example.org']);

    const { library: other } = await tempLibrary({ now: clock.now });
    expect(imported(value(other.importLibrary(exported.text))).added).toMatchObject({ signers: 2 });
    expect(value(other.listSigners())).toEqual(value(library.listSigners()));
    expect(ids(value(other.listSigners('Reimberdi')))).toEqual(['Kurbanov']);
    expect(imported(value(other.importLibrary(exported.text))).unchanged).toMatchObject({ signers: 2 });

    // A selection of signers only.
    const selection = value(parseLibraryFile(value(library.exportLibrary({ signerIds: [first.id] })).text));
    expect(selection.signers.map((s) => s.id)).toEqual([first.id]);
    expect(selection.cases).toEqual([]);

    clock.set('2024-03-05T10:00:00.000Z');
    value(other.updateSigner(first.id, { ...kurbanov, role: 'director' }));
    const outcome = value(other.importLibrary(exported.text));
    expect(outcome.status).toBe('conflicts');
    if (outcome.status !== 'conflicts') return;
    expect(outcome.conflicts).toEqual([
      { kind: 'signers', id: first.id, localName: 'Kurbanov Reyimberdy', importedName: 'Kurbanov Reyimberdy', localUpdatedAt: '2024-03-05T10:00:00.000Z', importedUpdatedAt: first.updatedAt, fields: ['role'] },
    ]);
    // Nothing was written while the conflict was open.
    expect(value(other.getSigner(first.id)).role).toBe('director');
    const kept = imported(value(other.importLibrary(exported.text, [{ kind: 'signers', id: first.id, choice: 'keep-local' }])));
    expect(kept.kept).toMatchObject({ signers: 1 });
    expect(value(other.getSigner(first.id)).role).toBe('director');
    const replaced = imported(value(other.importLibrary(exported.text, [{ kind: 'signers', id: first.id, choice: 'use-imported' }])));
    expect(replaced.replaced).toMatchObject({ signers: 1 });
    expect(value(other.getSigner(first.id)).role).toBe('researcher on Turkmenistan');
    expect(ids(value(other.listSigners('researcher')))).toEqual(['Kurbanov']);
  });

  it('are optional in an exchange file written before the roster existed, and checked when present', async () => {
    const { library } = await tempLibrary();
    const old = { format: 'statement-studio/library', version: 1, exportedAt: '2024-01-01T00:00:00.000Z', cases: [], organisations: [], footnotes: [] };
    expect(imported(value(library.importData(old))).added).toEqual({ cases: 0, organisations: 0, footnotes: 0, signers: 0 });
    const broken = { ...old, signers: [{ ...kurbanov, id: 's1', updatedAt: '2024-01-01T00:00:00.000Z', email: 'two words@x' }] };
    expect(failure(library.importData(broken)).message).toContain('signers[0].email');
    const twice = { ...old, signers: [0, 1].map(() => ({ ...kurbanov, id: 's1', updatedAt: '2024-01-01T00:00:00.000Z' })) };
    expect(failure(library.importData(twice)).message).toContain('signers[1].id');
  });
});

describe('the schema migration to the roster', () => {
  it('gives a library made by the previous schema its signers table, keeping what it held', async () => {
    const dir = await tempDir();
    const path = join(dir, 'library.sqlite');
    // Version 1: the library before the roster (version 2 added signers; later versions the archive and templates).
    const old = value(openLibraryDatabase(path, { migrations: MIGRATIONS.slice(0, 1) }));
    const record = { id: 'org-1', fullName: 'Norwegian Helsinki Committee', abbreviation: 'NHC', country: 'NO', exileCountry: null, website: null, names: [], tags: [], updatedAt: '2024-01-01T00:00:00.000Z' };
    old.prepare('INSERT INTO organisations (id, name, updated_at, record) VALUES (?, ?, ?, ?)').run(record.id, record.fullName, record.updatedAt, JSON.stringify(record));
    expect(old.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'signers'").get()).toEqual({ n: 0 });
    old.close();

    const library = track(value(openLibrary({ path, now: () => new Date('2024-05-01T12:00:00Z') })));
    expect(value(library.info())).toMatchObject({ schemaVersion: LIBRARY_SCHEMA_VERSION, counts: { organisations: 1, signers: 0 } });
    expect(value(library.getOrganisation('org-1')).fullName).toBe('Norwegian Helsinki Committee');
    value(library.createSigner(kurbanov));
    expect(ids(value(library.listSigners('Kurbanov')))).toEqual(['Kurbanov']);
    expect(value(library.listBackups()).map((b) => b.name)).toContain('library-2024-05-01T12-00-00-before-migration-v1.sqlite');
    library.close();

    const db = new DatabaseSync(path, { readOnly: true });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: LIBRARY_SCHEMA_VERSION });
    expect(db.prepare("SELECT email, name_keys FROM signers").get()).toEqual({ email: 'r.kurbanov@example.org', name_keys: ' reimberdi kurbanov ' });
    db.close();
  });
});
