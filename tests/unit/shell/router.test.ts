import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../../../core/ipc/result.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { createHandlers, type LibraryAccess } from '../../../electron/main/ipc/handlers.ts';
import { createRouter, trustOrigin } from '../../../electron/main/ipc/router.ts';
import type { DocumentService } from '../../../electron/services/documents/index.ts';

/** A documents service that records what reached it: the router must stop bad calls first. */
function recordingService(calls: string[]): DocumentService {
  return new Proxy({} as DocumentService, {
    get: (_t, name: string) => async (...args: unknown[]) => {
      calls.push(`${name}(${JSON.stringify(args).slice(0, 60)})`);
      return ok(name === 'takePending' ? [] : null) as Result<never>;
    },
  });
}

/** A library that records its calls the same way. */
function recordingLibrary(calls: string[]): LibraryAccess {
  return new Proxy({} as LibraryAccess, {
    get: (_t, name: string) => async (...args: unknown[]) => {
      calls.push(`library.${name}(${JSON.stringify(args).slice(0, 200)})`);
      return ok(null) as Result<never>;
    },
  });
}

function setup() {
  const calls: string[] = [];
  const opened: string[] = [];
  const logged: string[] = [];
  const documents = recordingService(calls);
  // takePending is synchronous in the service.
  (documents as unknown as { takePending: () => unknown[] }).takePending = () => [];
  const router = createRouter(
    createHandlers({
      documents,
      window: { setState: () => calls.push('setState'), close: () => calls.push('close') },
      shell: { openExternal: async (u) => void opened.push(u) },
      library: recordingLibrary(calls),
    }),
    { isTrustedFrame: trustOrigin('app://statement-studio'), log: (e) => logged.push(`${e.channel}:${e.code}`) },
  );
  return { router, calls, opened, logged };
}

const app = { frameUrl: 'app://statement-studio/index.html' };

describe('IPC router', () => {
  it('passes a valid call from the app frame to the service', async () => {
    const { router, calls } = setup();
    const r = await router(app, 'documents.save', { id: 'abc-1', statementJson: JSON.stringify(newStatement()) });
    expect(r.ok).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^save\(\["abc-1"/);
  });

  it.each([
    ['a foreign origin', 'https://evil.example/index.html'],
    ['another custom scheme', 'file:///home/user/index.html'],
    ['a look-alike host', 'app://statement-studio.evil/index.html'],
    ['credentials in the URL', 'app://x@statement-studio/index.html'],
    ['about:blank (an injected iframe)', 'about:blank'],
    ['no frame at all', null],
  ])('refuses %s and touches nothing', async (_label, frameUrl) => {
    const { router, calls, logged } = setup();
    const r = await router({ frameUrl }, 'documents.new', {});
    expect(r).toMatchObject({ ok: false, code: 'BAD_SENDER' });
    expect(calls).toEqual([]);
    expect(logged).toEqual(['documents.new:BAD_SENDER']);
  });

  it('refuses unknown channels, including prototype keys', async () => {
    const { router, calls } = setup();
    for (const channel of ['documents.delete', '__proto__', 'constructor', 'toString', 42]) {
      expect(await router(app, channel, {})).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    }
    expect(calls).toEqual([]);
  });

  it.each([
    ['a missing argument object', 'documents.save', undefined],
    ['a wrong type', 'documents.save', { id: 5, statementJson: JSON.stringify(newStatement()) }],
    ['a statement object where JSON text is expected', 'documents.save', { id: 'a', statement: newStatement() }],
    ['a path-like id', 'documents.close', { id: '../../etc/passwd' }],
    ['an oversized string', 'window.setState', { title: 'x'.repeat(100_000), dirty: true }],
    ['an extra key', 'documents.new', { path: '/etc/passwd' }],
    ['a statement object where JSON text is expected', 'recovery.write', { id: 'a', statement: newStatement() }],
    ['a bad date', 'documents.newFrom', { statement: { ...newStatement(), meta: { title: '', date: '2024-02-30', places: [], language: 'en' } } }],
  ])('rejects %s with a message naming the field', async (_label, channel, args) => {
    const { router, calls } = setup();
    const r = await router(app, channel, args);
    expect(r).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^Invalid arguments for ${channel.replace('.', '\\.')} at `));
    expect(calls).toEqual([]);
  });

  it('opens only http, https and mailto links in the system browser', async () => {
    const { router, opened } = setup();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'java\tscript:alert(1)', 'https://']) {
      expect(await router(app, 'shell.openExternal', { url })).toMatchObject({ ok: false });
    }
    expect(await router(app, 'shell.openExternal', { url: 'https://www.ohchr.org/en' })).toEqual({ ok: true, value: null });
    expect(await router(app, 'shell.openExternal', { url: 'mailto:press@example.org' })).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://www.ohchr.org/en', 'mailto:press@example.org']);
  });

  it('turns a service crash into an INTERNAL failure', async () => {
    const router = createRouter(
      createHandlers({
        documents: { newDocument: () => { throw new Error('boom'); } } as unknown as DocumentService,
        window: { setState() {}, close() {} },
        shell: { openExternal: async () => {} },
        library: recordingLibrary([]),
      }),
      { isTrustedFrame: () => true },
    );
    expect(await router(app, 'documents.new', {})).toEqual({ ok: false, code: 'INTERNAL', message: 'Unexpected error in documents.new: boom' });
  });
});

describe('statements saved over IPC as JSON text', () => {
  it.each(['documents.save', 'documents.saveAs'])('%s refuses text that is not a valid statement, before the service sees it', async (channel) => {
    const { router, calls } = setup();
    const badDate = { ...newStatement(), meta: { title: '', date: '2024-02-30', places: [], language: 'en' } };
    for (const statementJson of ['{"format":"something-else"}', '{"format":', JSON.stringify(badDate)]) {
      const r = await router(app, channel, { id: 'abc', statementJson });
      expect(r).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
      if (!r.ok) expect(r.message).toMatch(/^The statement to save is not a valid statement: /);
    }
    expect(calls).toEqual([]);
    expect(await router(app, channel, { id: 'abc', statementJson: JSON.stringify(newStatement()) })).toMatchObject({ ok: true });
    expect(calls[0]).toMatch(/^save(As)?\(\["abc"/);
  });
});

describe('recovery copies over IPC', () => {
  it('refuses JSON text that is not a valid statement, before the service sees it', async () => {
    const { router, calls } = setup();
    const r = await router(app, 'recovery.write', { id: 'abc', statementJson: '{"format":"something-else"}' });
    expect(r).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    if (!r.ok) expect(r.message).toContain('not a Statement Studio file');
    expect(calls).toEqual([]);
    expect(await router(app, 'recovery.write', { id: 'abc', statementJson: JSON.stringify(newStatement()) })).toMatchObject({ ok: true });
    expect(calls[0]).toMatch(/^writeRecovery\(\["abc"/);
  });
});

describe('library channels', () => {
  const run = [{ text: 'Criminal Code of Uzbekistan, ' }, { text: 'art. 159', bold: true, link: 'https://lex.uz/docs/111457' }];

  it('passes valid calls to the library, with defaults filled in', async () => {
    const { router, calls } = setup();
    expect(await router(app, 'library.search', { query: 'Meymankulyyev', country: 'UZ', status: 'detained', limit: 20 })).toMatchObject({ ok: true });
    expect(await router(app, 'library.search', {})).toMatchObject({ ok: true });
    expect(await router(app, 'library.getCase', { id: 'case-1' })).toMatchObject({ ok: true });
    expect(await router(app, 'library.recentCases', {})).toMatchObject({ ok: true });
    expect(await router(app, 'library.recentCases', { limit: 5 })).toMatchObject({ ok: true });
    expect(await router(app, 'library.listFootnotes', { query: '159' })).toMatchObject({ ok: true });
    expect(await router(app, 'library.listFootnotes', {})).toMatchObject({ ok: true });
    expect(await router(app, 'library.getFootnote', { id: 'fn_1' })).toMatchObject({ ok: true });
    expect(await router(app, 'library.createFootnote', { title: '  Article 159  ', body: run })).toMatchObject({ ok: true });
    expect(await router(app, 'library.createFootnote', { title: 'Статья 159', body: run, language: 'ru', tags: ['uz'] })).toMatchObject({ ok: true });
    expect(await router(app, 'library.deleteFootnote', { id: 'fn_1' })).toMatchObject({ ok: true });
    expect(calls).toEqual([
      'library.searchCases([{"query":"Meymankulyyev","country":"UZ","status":"detained","limit":20}])',
      'library.searchCases([{"query":"","limit":50}])',
      'library.getCase(["case-1"])',
      'library.recentCases([null])',
      'library.recentCases([5])',
      'library.listFootnotes(["159"])',
      'library.listFootnotes([null])',
      'library.getFootnote(["fn_1"])',
      `library.createFootnote([{"title":"Article 159","body":${JSON.stringify(run)},"language":"en","tags":[]}])`,
      `library.createFootnote([{"title":"Статья 159","body":${JSON.stringify(run)},"language":"ru","tags":["uz"]}])`,
      'library.deleteFootnote(["fn_1"])',
    ]);
  });

  it.each([
    ['an unknown search filter', 'library.search', { query: 'x', sql: 'DROP TABLE cases' }],
    ['a search limit out of range', 'library.search', { limit: 100_000 }],
    ['an unknown status', 'library.search', { status: 'vanished' }],
    ['a bad country code', 'library.search', { country: 'Uzbekistan' }],
    ['an oversized query', 'library.search', { query: 'x'.repeat(501) }],
    ['a path as a case id', 'library.getCase', { id: '../library.sqlite' }],
    ['a missing id', 'library.getFootnote', {}],
    ['a recent-cases limit of zero', 'library.recentCases', { limit: 0 }],
    ['a non-string footnote query', 'library.listFootnotes', { query: 159 }],
    ['an empty footnote title', 'library.createFootnote', { title: '   ', body: run }],
    ['an empty footnote body', 'library.createFootnote', { title: 'Article 159', body: [] }],
    ['a javascript: link in a footnote', 'library.createFootnote', { title: 'A', body: [{ text: 'x', link: 'javascript:alert(1)' }] }],
    ['a control character in a footnote', 'library.createFootnote', { title: 'A', body: [{ text: 'x\u0000y' }] }],
    ['an extra key on a footnote', 'library.createFootnote', { title: 'A', body: run, id: 'mine' }],
    ['a bad language code', 'library.createFootnote', { title: 'A', body: run, language: 'English' }],
    ['an extra key on delete', 'library.deleteFootnote', { id: 'fn_1', force: true }],
  ])('rejects %s before the library sees it', async (_label, channel, args) => {
    const { router, calls } = setup();
    const r = await router(app, channel, args);
    expect(r).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^Invalid arguments for ${channel.replace('.', '\\.')} at `));
    expect(calls).toEqual([]);
  });
});
