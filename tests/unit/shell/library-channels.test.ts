import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyCaseDraft, type CaseDraft } from '../../../core/cases/person.ts';
import { ok, type Result } from '../../../core/ipc/result.ts';
import type { ImportOutcome } from '../../../core/library/api.ts';
import type { ImportStarted } from '../../../core/library/transfer.ts';
import { createHandlers, type LibraryAccess } from '../../../electron/main/ipc/handlers.ts';
import { createRouter } from '../../../electron/main/ipc/router.ts';
import type { DocumentService } from '../../../electron/services/documents/index.ts';
import type { LibraryService } from '../../../electron/services/library/library-service.ts';
import { tempDir, tempLibrary, value } from '../library/helpers.ts';

const app = { frameUrl: 'app://statement-studio/index.html' };
const noDocuments = {} as DocumentService;
const noWindow = { setState() {}, close() {} };
const noShell = { openExternal: async () => {} };

/** A library that records its calls: the router must stop malformed ones first. */
function recordingLibrary(calls: string[]): LibraryAccess {
  return new Proxy({} as LibraryAccess, {
    get: (_t, name: string) => async (...args: unknown[]) => {
      calls.push(`${name}(${JSON.stringify(args).slice(0, 2000)})`);
      return ok(null) as Result<never>;
    },
  });
}

/** The synchronous service answered asynchronously, the way the worker's client answers. */
function asClient(service: LibraryService): LibraryAccess {
  return new Proxy({} as LibraryAccess, {
    get: (_t, name: string) => async (...args: unknown[]) => (service as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args),
  });
}

/** Answers the next open and save dialogs with queued paths, like the e2e harness. */
function queuedDialogs() {
  const dialogs = {
    openPaths: [] as Array<string | null>,
    savePaths: [] as Array<string | null>,
    suggested: [] as string[],
    chooseOpenPath: async () => dialogs.openPaths.shift() ?? null,
    chooseSavePath: async (name: string) => {
      dialogs.suggested.push(name);
      return dialogs.savePaths.shift() ?? null;
    },
  };
  return dialogs;
}

function recordingRouter() {
  const calls: string[] = [];
  const router = createRouter(createHandlers({ documents: noDocuments, window: noWindow, shell: noShell, library: recordingLibrary(calls) }), {
    isTrustedFrame: () => true,
  });
  return { router, calls };
}

const person: CaseDraft = { ...emptyCaseDraft(), givenName: 'Farhat', familyName: 'Meymankulyyev', status: 'extradited', nationality: 'TM' };
const organisation = { fullName: 'Turkmen Initiative for Human Rights', abbreviation: 'TIHR', country: 'TM', exileCountry: 'AT', website: null, names: [], tags: [] };
const note = { title: 'Art. 159', body: [{ text: 'Criminal Code of Uzbekistan, art. 159' }], language: 'en', tags: [] };
const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('library record channels', () => {
  it('pass valid calls on to the library, drafts trimmed and options filled in', async () => {
    const { router, calls } = recordingRouter();
    const at = '2024-03-01T10:00:00.000Z';
    const answers = [
      await router(app, 'library.createCase', { draft: { ...person, givenName: ' Farhat ' } }),
      await router(app, 'library.createCase', { draft: person, allowDuplicate: true }),
      await router(app, 'library.updateCase', { id: 'case-1', draft: person, expectedUpdatedAt: at }),
      await router(app, 'library.deleteCase', { id: 'case-1' }),
      await router(app, 'library.listOrganisations', {}),
      await router(app, 'library.listOrganisations', { query: 'TIHR' }),
      await router(app, 'library.getOrganisation', { id: 'org-1' }),
      await router(app, 'library.createOrganisation', { draft: organisation }),
      await router(app, 'library.updateOrganisation', { id: 'org-1', draft: organisation }),
      await router(app, 'library.deleteOrganisation', { id: 'org-1' }),
      await router(app, 'library.updateFootnote', { id: 'fn-1', draft: note, expectedUpdatedAt: at }),
      await router(app, 'library.listBackups', {}),
      await router(app, 'library.restoreBackup', { name: 'library-2024-03-01.sqlite' }),
      await router(app, 'library.restoreBackup', { name: 'library-2024-03-01T10-00-00-before-restore-2.sqlite' }),
    ];
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(calls.map((call) => call.slice(0, call.indexOf('(')))).toEqual([
      'createCase',
      'createCase',
      'updateCase',
      'deleteCase',
      'listOrganisations',
      'listOrganisations',
      'getOrganisation',
      'createOrganisation',
      'updateOrganisation',
      'deleteOrganisation',
      'updateFootnote',
      'listBackups',
      'restoreBackup',
      'restoreBackup',
    ]);
    expect(calls[0]).toContain('"givenName":"Farhat"');
    expect(calls[0]).toMatch(/,\{"allowDuplicate":false\}\]\)$/);
    expect(calls[1]).toMatch(/,\{"allowDuplicate":true\}\]\)$/);
    expect(calls[2]).toMatch(/^updateCase\(\["case-1",\{.*\},\{"expectedUpdatedAt":"2024-03-01T10:00:00.000Z"\}\]\)$/);
    expect(calls[4]).toBe('listOrganisations([null])');
  });

  it.each([
    ['a case without a draft', 'library.createCase', {}],
    ['a case draft missing its lists', 'library.createCase', { draft: { givenName: 'Farhat', familyName: 'X' } }],
    ['a case without a name', 'library.createCase', { draft: emptyCaseDraft() }],
    ['an unknown status', 'library.createCase', { draft: { ...person, status: 'vanished' } }],
    ['a country name for a code', 'library.createCase', { draft: { ...person, nationality: 'Turkmenistan' } }],
    ['a 30 February birth date', 'library.createCase', { draft: { ...person, birthDate: '1992-02-30' } }],
    ['a javascript: source link', 'library.createCase', { draft: { ...person, sources: [{ title: 'x', url: 'javascript:alert(1)', date: null, reliability: 'credible' }] } }],
    ['allowDuplicate as text', 'library.createCase', { draft: person, allowDuplicate: 'yes' }],
    ['an extra key on create', 'library.createCase', { draft: person, id: 'mine' }],
    ['a path as the id to update', 'library.updateCase', { id: '../library.sqlite', draft: person }],
    ['a stamp that is not a timestamp', 'library.updateCase', { id: 'case-1', draft: person, expectedUpdatedAt: 'yesterday' }],
    ['a delete without an id', 'library.deleteCase', {}],
    ['an organisation without its full name', 'library.createOrganisation', { draft: { ...organisation, fullName: '  ' } }],
    ['two names in one language', 'library.updateOrganisation', {
      id: 'org-1',
      draft: { ...organisation, names: [{ language: 'ru', nominative: 'А', genitive: '', abbreviation: '' }, { language: 'ru', nominative: 'Б', genitive: '', abbreviation: '' }] },
    }],
    ['an oversized organisation query', 'library.listOrganisations', { query: 'x'.repeat(501) }],
    ['a footnote update without a body', 'library.updateFootnote', { id: 'fn-1', draft: { ...note, body: [] } }],
    ['a flat footnote update', 'library.updateFootnote', { id: 'fn-1', ...note }],
    ['a path as a backup name', 'library.restoreBackup', { name: '../../etc/passwd' }],
    ['another file as a backup', 'library.restoreBackup', { name: 'library.sqlite' }],
    ['arguments to list backups', 'library.listBackups', { dir: '/tmp' }],
    ['a path to export to', 'library.exportFile', { includeConfidential: false, path: '/tmp/out.json' }],
    ['export without the confidential choice', 'library.exportFile', {}],
    ['a path to import', 'library.importFile', { path: '/etc/passwd' }],
    ['a made-up import id', 'library.resolveImport', { importId: '../x', decisions: [] }],
    ['an unknown import choice', 'library.resolveImport', { importId: uuid, decisions: [{ kind: 'cases', id: 'c1', choice: 'merge' }] }],
    ['an unknown record kind', 'library.resolveImport', { importId: uuid, decisions: [{ kind: 'people', id: 'c1', choice: 'keep-local' }] }],
    ['cancel without an import id', 'library.cancelImport', {}],
  ])('reject %s before the library sees it', async (_label, channel, args) => {
    const { router, calls } = recordingRouter();
    const answer = await router(app, channel, args);
    expect(answer).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    if (!answer.ok) expect(answer.message).toMatch(new RegExp(`^Invalid arguments for ${channel.replace('.', '\\.')} at `));
    expect(calls).toEqual([]);
  });
});

describe('library export and import through the native dialogs', () => {
  async function setup() {
    const { library } = await tempLibrary();
    const dialogs = queuedDialogs();
    const router = createRouter(createHandlers({ documents: noDocuments, window: noWindow, shell: noShell, library: asClient(library), libraryDialogs: dialogs }), {
      isTrustedFrame: () => true,
    });
    return { library, dialogs, router };
  }

  it('writes the library to the chosen file, leaving confidential cases out unless asked', async () => {
    const { library, dialogs, router } = await setup();
    value(library.createCase({ ...person }));
    value(library.createCase({ ...person, givenName: 'Secret', familyName: 'Person', confidential: true }));
    const dir = await tempDir();
    dialogs.savePaths.push(join(dir, 'out.json'), join(dir, 'all.json'));
    const first = await router(app, 'library.exportFile', { includeConfidential: false });
    expect(first).toEqual({ ok: true, value: { name: 'out.json', counts: { cases: 1, organisations: 0, footnotes: 0, signers: 0 }, confidentialLeftOut: 1 } });
    expect(dialogs.suggested[0]).toMatch(/^library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')).cases).toHaveLength(1);
    expect(await router(app, 'library.exportFile', { includeConfidential: true })).toMatchObject({ ok: true, value: { counts: { cases: 2 } } });
    // Cancelled dialog: nothing written, CANCELLED.
    expect(await router(app, 'library.exportFile', { includeConfidential: false })).toMatchObject({ ok: false, code: 'CANCELLED' });
  });

  it('imports a file, holds it while conflicts are decided, and applies the decisions to that file', async () => {
    const { library, dialogs, router } = await setup();
    const created = value(library.createCase({ ...person }));
    if (created.status !== 'created') throw new Error('expected a new case');
    const dir = await tempDir();
    const file = join(dir, 'colleague.json');
    const exported = JSON.parse(value(library.exportLibrary()).text);
    exported.cases[0].status = 'released';
    exported.cases[0].updatedAt = '2030-01-01T00:00:00.000Z';
    await writeFile(file, JSON.stringify(exported));

    dialogs.openPaths.push(file);
    const started = (await router(app, 'library.importFile', {})) as Result<ImportStarted>;
    const { importId, name, outcome } = value(started);
    expect(name).toBe('colleague.json');
    expect(outcome).toMatchObject({ status: 'conflicts', conflicts: [{ kind: 'cases', id: created.record.id, fields: ['status'] }] });
    expect(value(library.getCase(created.record.id)).status).toBe('extradited');

    // The file changing on disk afterwards does not matter: the decisions apply to what was read.
    await writeFile(file, 'not json');
    const resolved = (await router(app, 'library.resolveImport', { importId, decisions: [{ kind: 'cases', id: created.record.id, choice: 'use-imported' }] })) as Result<ImportOutcome>;
    expect(value(resolved)).toMatchObject({ status: 'imported', replaced: { cases: 1 } });
    expect(value(library.getCase(created.record.id)).status).toBe('released');
    // Done: the import is no longer waiting.
    expect(await router(app, 'library.resolveImport', { importId, decisions: [] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('reports a malformed file by name and reason, and a cancelled import as CANCELLED', async () => {
    const { dialogs, router } = await setup();
    const dir = await tempDir();
    await writeFile(join(dir, 'broken.json'), '{"format": "statement-studio/library",');
    dialogs.openPaths.push(join(dir, 'broken.json'), join(dir, 'missing.json'));
    const broken = await router(app, 'library.importFile', {});
    expect(broken).toMatchObject({ ok: false });
    if (!broken.ok) expect(broken.message).toMatch(/^broken\.json cannot be imported\. .*line 1/);
    const missing = await router(app, 'library.importFile', {});
    expect(missing).toMatchObject({ ok: false, code: 'IO_ERROR' });
    if (!missing.ok) expect(missing.message).toContain('missing.json');
    expect(await router(app, 'library.importFile', {})).toMatchObject({ ok: false, code: 'CANCELLED' });
  });

  it('forgets a cancelled import', async () => {
    const { library, dialogs, router } = await setup();
    const created = value(library.createCase({ ...person }));
    if (created.status !== 'created') throw new Error('expected a new case');
    const exported = JSON.parse(value(library.exportLibrary()).text);
    exported.cases[0].ethnicity = 'Turkmen';
    const file = join(await tempDir(), 'x.json');
    await writeFile(file, JSON.stringify(exported));
    dialogs.openPaths.push(file);
    const { importId } = value((await router(app, 'library.importFile', {})) as Result<ImportStarted>);
    expect(await router(app, 'library.cancelImport', { importId })).toEqual({ ok: true, value: null });
    expect(await router(app, 'library.resolveImport', { importId, decisions: [] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('library signer channels', () => {
  const signer = { givenName: 'Reyimberdy', familyName: 'Kurbanov', role: 'researcher on Turkmenistan', organisation: 'AHRCA', country: 'TM', email: 'r.kurbanov@example.org', tags: [] };

  it('pass valid calls on to the library, drafts trimmed', async () => {
    const { router, calls } = recordingRouter();
    const answers = [
      await router(app, 'library.listSigners', {}),
      await router(app, 'library.listSigners', { query: 'Курбанов' }),
      await router(app, 'library.getSigner', { id: 'signer-1' }),
      await router(app, 'library.createSigner', { draft: { ...signer, familyName: ' Kurbanov ' } }),
      await router(app, 'library.updateSigner', { id: 'signer-1', draft: signer, expectedUpdatedAt: '2024-03-01T10:00:00.000Z' }),
      await router(app, 'library.deleteSigner', { id: 'signer-1' }),
    ];
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(calls.map((call) => call.slice(0, call.indexOf('(')))).toEqual(['listSigners', 'listSigners', 'getSigner', 'createSigner', 'updateSigner', 'deleteSigner']);
    expect(calls[0]).toBe('listSigners([null])');
    expect(calls[3]).toContain('"familyName":"Kurbanov"');
    expect(calls[4]).toMatch(/^updateSigner\(\["signer-1",\{.*\},\{"expectedUpdatedAt":"2024-03-01T10:00:00.000Z"\}\]\)$/);
  });

  it('reach the real library through the handlers', async () => {
    const { library } = await tempLibrary();
    const router = createRouter(createHandlers({ documents: noDocuments, window: noWindow, shell: noShell, library: asClient(library) }), { isTrustedFrame: () => true });
    const created = await router(app, 'library.createSigner', { draft: signer });
    expect(created).toMatchObject({ ok: true, value: { familyName: 'Kurbanov' } });
    expect(await router(app, 'library.listSigners', { query: 'Reimberdi' })).toMatchObject({ ok: true, value: [{ email: 'r.kurbanov@example.org' }] });
  });

  it.each([
    ['a list query that is not text', 'library.listSigners', { query: 42 }],
    ['an oversized signer query', 'library.listSigners', { query: 'x'.repeat(501) }],
    ['an unknown key on list', 'library.listSigners', { limit: 5 }],
    ['a get without an id', 'library.getSigner', {}],
    ['a path as the id to read', 'library.getSigner', { id: '../library.sqlite' }],
    ['a signer without a draft', 'library.createSigner', {}],
    ['a flat signer draft', 'library.createSigner', signer],
    ['a signer without a name', 'library.createSigner', { draft: { ...signer, givenName: ' ', familyName: '' } }],
    ['a signer missing its tags', 'library.createSigner', { draft: { givenName: 'A', familyName: 'B', role: '', organisation: '', country: null, email: '' } }],
    ['a malformed email', 'library.createSigner', { draft: { ...signer, email: 'r kurbanov at example' } }],
    ['a country name for a code', 'library.createSigner', { draft: { ...signer, country: 'Turkmenistan' } }],
    ['a control character in a role', 'library.createSigner', { draft: { ...signer, role: 'a\u0000b' } }],
    ['an id chosen by the window', 'library.createSigner', { draft: signer, id: 'mine' }],
    ['an update without an id', 'library.updateSigner', { draft: signer }],
    ['a stamp that is not a timestamp', 'library.updateSigner', { id: 'signer-1', draft: signer, expectedUpdatedAt: 'yesterday' }],
    ['a delete with a path', 'library.deleteSigner', { id: '/etc/passwd' }],
  ])('reject %s before the library sees it', async (_label, channel, args) => {
    const { router, calls } = recordingRouter();
    const answer = await router(app, channel, args);
    expect(answer).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    expect(calls).toEqual([]);
  });
});
