import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeService, sampleStatement, tempDir, writeStatementFile } from './helpers.ts';

describe('documents: recent', () => {
  it('lists opened and saved files, most recent first', async () => {
    const docs = await tempDir();
    const a = await writeStatementFile(docs, 'a.statement');
    const b = await writeStatementFile(docs, 'b.statement');
    const { service } = await makeService();
    await service.openPath(a);
    await service.openPath(b);
    await service.openPath(a);
    expect(await service.recent()).toEqual({
      ok: true,
      value: [
        { path: a, name: 'a.statement' },
        { path: b, name: 'b.statement' },
      ],
    });
  });

  it('reopens only files on the recent list', async () => {
    const docs = await tempDir();
    const listed = await writeStatementFile(docs, 'listed.statement');
    const unlisted = await writeStatementFile(docs, 'unlisted.statement');
    const { service } = await makeService();
    await service.openPath(listed);
    expect(await service.openRecent(listed)).toMatchObject({ ok: true, value: { path: listed, statement: sampleStatement() } });
    expect(await service.openRecent(unlisted)).toMatchObject({ ok: false, code: 'REFUSED' });
    expect(await service.openRecent('/etc/passwd')).toMatchObject({ ok: false, code: 'REFUSED' });
    expect(await service.openRecent(join(docs, '..', 'x', '..', 'unlisted.statement'))).toMatchObject({ ok: false, code: 'REFUSED' });
  });

  it('forgets a recent file that has disappeared', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'gone.statement');
    const { service } = await makeService();
    await service.openPath(path);
    await rm(path);
    expect(await service.openRecent(path)).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining('“gone.statement”') });
    await writeStatementFile(docs, 'gone.statement');
    expect(await service.openRecent(path)).toMatchObject({ ok: false, code: 'REFUSED' });
  });

  it('survives a damaged recent list', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'a.statement');
    const { service, userDataDir } = await makeService();
    await writeFile(join(userDataDir, 'recent.json'), '{{{ not json');
    expect(await service.recent()).toEqual({ ok: true, value: [] });
    expect(await service.openPath(path)).toMatchObject({ ok: true });
    expect(await service.recent()).toEqual({ ok: true, value: [{ path, name: 'a.statement' }] });
  });
});

describe('documents: files handed over by the OS', () => {
  it('queues what opened, reports what did not, and hands the queue over once', async () => {
    const docs = await tempDir();
    const good = await writeStatementFile(docs, 'good.statement');
    const bad = join(docs, 'bad.statement');
    await writeFile(bad, 'not json');
    const { service, errors } = await makeService();
    expect(await service.queuePending(good)).toMatchObject({ ok: true });
    expect(await service.queuePending(bad)).toMatchObject({ ok: false, code: 'NOT_JSON' });
    expect(errors).toEqual([expect.stringMatching(/^Could not open “bad\.statement”: The file is not valid JSON/)]);
    const taken = await service.takePending();
    expect(taken).toMatchObject({ ok: true, value: [{ path: good, name: 'good.statement' }] });
    expect(await service.takePending()).toEqual({ ok: true, value: [] });
    // The handed-over document is registered: it can be saved.
    if (!taken.ok) throw new Error('unreachable');
    expect(await service.save(taken.value[0]!.id, sampleStatement('Edited'))).toMatchObject({ ok: true });
  });

  it('waits for opens still under way', async () => {
    const docs = await tempDir();
    const a = await writeStatementFile(docs, 'a.statement');
    const b = await writeStatementFile(docs, 'b.statement');
    const { service } = await makeService();
    void service.queuePending(a);
    void service.queuePending(b);
    const taken = await service.takePending();
    expect(taken.ok && taken.value.map((d) => d.name).sort()).toEqual(['a.statement', 'b.statement']);
  });
});
