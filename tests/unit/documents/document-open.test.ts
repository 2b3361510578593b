import { readdir, truncate, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT_BYTES } from '../../../core/statement/format.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { serializeStatement } from '../../../core/statement/parse.ts';
import { makeService, sampleStatement, snapshot, tempDir, writeStatementFile } from './helpers.ts';

describe('documents: new and open', () => {
  it('creates an untitled statement with a fresh id', async () => {
    const { service } = await makeService();
    const a = await service.newDocument();
    const b = await service.newDocument();
    expect(a).toEqual({ ok: true, value: { id: expect.stringMatching(/^[a-z0-9-]{1,64}$/), path: null, name: 'Untitled', statement: newStatement() } });
    expect(a.ok && b.ok && a.value.id !== b.value.id).toBe(true);
  });

  it('opens a statement file and remembers it as recent', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService();
    const opened = await service.openPath(path);
    expect(opened).toEqual({ ok: true, value: { id: expect.any(String), path, name: 'kloop.statement', statement: sampleStatement() } });
    expect(await service.recent()).toEqual({ ok: true, value: [{ path, name: 'kloop.statement' }] });
  });

  it('opens through the Open dialog, and reports a closed dialog as CANCELLED', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService({ open: [null, path] });
    expect(await service.open()).toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(await service.open()).toMatchObject({ ok: true, value: { path, name: 'kloop.statement' } });
    expect(await service.recent()).toEqual({ ok: true, value: [{ path, name: 'kloop.statement' }] });
  });

  it('reports a failing dialog as a result, not an exception', async () => {
    const { service } = await makeService(); // no scripted answers: the dialog throws
    expect(await service.open()).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('Open dialog') });
  });

  type Loose = Record<string, unknown> & { meta: Record<string, unknown>; editor: { root: { children: unknown[] } } };
  const valid = JSON.parse(serializeStatement(sampleStatement())) as Loose;
  const deepUnknownNode = structuredClone(valid);
  deepUnknownNode.editor.root.children = [
    { type: 'list', version: 1, listType: 'bullet', children: [{ type: 'listitem', version: 1, children: [{ type: 'text', text: 'a' }, { type: 'youtube', version: 1 }] }] },
  ];
  const cases: Array<{ what: string; text: string | Buffer; code: string; mentions: RegExp }> = [
    {
      what: 'not JSON',
      text: '{\n  "format": "statement-studio/statement",\n  "version": 1,,\n}',
      code: 'NOT_JSON',
      mentions: /^Could not open “bad\.statement”: The file is not valid JSON: .* at line 3, column \d+\.$/,
    },
    { what: 'not UTF-8', text: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), code: 'NOT_JSON', mentions: /^Could not open “bad\.statement”: .*UTF-8/ },
    { what: 'another format', text: JSON.stringify({ ...valid, format: 'acme/letter' }), code: 'WRONG_FORMAT', mentions: /“bad\.statement”: .*"acme\/letter"/ },
    { what: 'a JSON array', text: '[]', code: 'WRONG_FORMAT', mentions: /“bad\.statement”: This is not a Statement Studio file/ },
    { what: 'a newer version', text: JSON.stringify({ ...valid, version: 99 }), code: 'NEWER_VERSION', mentions: /“bad\.statement”: .*format version 99/ },
    {
      what: 'an unknown language',
      text: JSON.stringify({ ...valid, meta: { ...valid.meta, language: 'xx' } }),
      code: 'INVALID_STATEMENT',
      mentions: /^Could not open “bad\.statement”: The file is damaged at meta\.language: /,
    },
    {
      what: 'an unknown editor node deep inside',
      text: JSON.stringify(deepUnknownNode),
      code: 'INVALID_STATEMENT',
      mentions: /^Could not open “bad\.statement”: The file is damaged at editor\.root\.children\[0\]\.children\[0\]\.children\[1\]\.type: unknown node type "youtube"\.$/,
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.what} with ${c.code}, naming the place, and leaves the file as it was`, async () => {
      const docs = await tempDir();
      const path = join(docs, 'bad.statement');
      await writeFile(path, c.text);
      const before = await snapshot(path);
      const { service, userDataDir } = await makeService();
      const result = await service.openPath(path);
      expect(result).toMatchObject({ ok: false, code: c.code });
      expect(!result.ok && result.message).toMatch(c.mentions);
      expect(await snapshot(path)).toEqual(before);
      expect(await readdir(docs)).toEqual(['bad.statement']);
      expect(await readdir(userDataDir)).toEqual([]);
      expect(await service.recent()).toEqual({ ok: true, value: [] });
    });
  }

  it('refuses a file larger than the limit before reading it', async () => {
    const docs = await tempDir();
    const path = join(docs, 'huge.statement');
    await writeFile(path, '');
    await truncate(path, MAX_STATEMENT_BYTES + 1); // sparse: costs no disk
    const { service } = await makeService();
    const result = await service.openPath(path);
    expect(result).toMatchObject({ ok: false, code: 'TOO_LARGE', message: expect.stringMatching(/^Could not open “huge\.statement”: the file is 65 MiB/) });
  });

  it('says when the file does not exist, or is a folder', async () => {
    const docs = await tempDir();
    await mkdir(join(docs, 'folder.statement'));
    const { service } = await makeService();
    expect(await service.openPath(join(docs, 'gone.statement'))).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'Could not open “gone.statement”: the file or its folder does not exist (ENOENT).',
    });
    expect(await service.openPath(join(docs, 'folder.statement'))).toMatchObject({ ok: false, code: 'IO_ERROR', message: expect.stringContaining('“folder.statement”') });
  });

  it('opens a file with a byte-order mark', async () => {
    const docs = await tempDir();
    const path = join(docs, 'bom.statement');
    await writeFile(path, `\uFEFF${serializeStatement(sampleStatement())}`);
    const { service } = await makeService();
    expect(await service.openPath(path)).toMatchObject({ ok: true, value: { statement: sampleStatement() } });
  });
});
