import { chmod, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../../core/ipc/contract.ts';
import type { Result } from '../../../core/ipc/result.ts';
import { serializeStatement } from '../../../core/statement/parse.ts';
import { nodeAtomicFs } from '../../../electron/services/documents/atomic-write.ts';
import { diskFullFor, faultyFs, fsError, makeService, runningAsRoot, sampleStatement, snapshot, tempDir, tempFilesIn, writeStatementFile } from './helpers.ts';

function opened(result: Result<OpenedDocument>): OpenedDocument {
  if (!result.ok) throw new Error(`expected an opened document, got ${result.code}: ${result.message}`);
  return result.value;
}

function edited(title: string) {
  return sampleStatement(title);
}

describe('documents: save', () => {
  it('saves in place, keeping the previous version as .bak', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const original = await readFile(path);
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    const result = await service.save(doc.id, edited('Revised'), {});
    expect(result).toEqual({ ok: true, value: { id: doc.id, path, name: 'kloop.statement' } });
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(edited('Revised')));
    expect(await readFile(`${path}.bak`)).toEqual(original);
    expect((await readdir(docs)).sort()).toEqual(['kloop.statement', 'kloop.statement.bak']);
    // Saving again does not mistake our own save for an external change.
    expect(await service.save(doc.id, edited('Revised again'))).toMatchObject({ ok: true });
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(serializeStatement(edited('Revised')));
  });

  it('refuses an id it does not know', async () => {
    const { service } = await makeService();
    expect(await service.save('no-such-doc', edited('x'), {})).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await service.saveAs('no-such-doc', edited('x'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('asks where to save a statement that has no file yet', async () => {
    const docs = await tempDir();
    const { service, dialogs } = await makeService({ save: [join(docs, 'chosen')] });
    const doc = opened(await service.newDocument());
    const result = await service.save(doc.id, edited('Open letter: Tajikistan'), {});
    expect(dialogs.suggestions).toEqual(['Open letter Tajikistan.statement']);
    expect(result).toEqual({ ok: true, value: { id: doc.id, path: join(docs, 'chosen.statement'), name: 'chosen.statement' } });
    expect(await readFile(join(docs, 'chosen.statement'), 'utf8')).toBe(serializeStatement(edited('Open letter: Tajikistan')));
    // From now on it saves in place without asking.
    expect(await service.save(doc.id, edited('Second'), {})).toMatchObject({ ok: true, value: { path: join(docs, 'chosen.statement') } });
    expect(dialogs.suggestions).toHaveLength(1);
  });

  it('does not overwrite a file changed by another program, unless told to', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    await writeFile(path, serializeStatement(edited('Changed by a colleague')));
    const theirs = await snapshot(path);

    const refused = await service.save(doc.id, edited('Mine'), {});
    expect(refused).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK' });
    expect(!refused.ok && refused.message).toMatch(/^Another program changed “kloop\.statement” since you opened it\./);
    expect(await snapshot(path)).toEqual(theirs);
    expect(await readdir(docs)).toEqual(['kloop.statement']);

    expect(await service.save(doc.id, edited('Mine'), { overwriteExternalChange: false })).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK' });
    expect(await service.save(doc.id, edited('Mine'), { overwriteExternalChange: true })).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(edited('Mine')));
    expect(await readFile(`${path}.bak`)).toEqual(theirs.bytes);
    // Their change was overwritten knowingly; the next save is a normal one.
    expect(await service.save(doc.id, edited('Mine, later'), {})).toMatchObject({ ok: true });
  });

  it('notices a change made after our own save too', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    expect(await service.save(doc.id, edited('Ours'))).toMatchObject({ ok: true });
    await writeFile(path, 'scribbled over');
    const result = await service.save(doc.id, edited('Ours again'));
    expect(result).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK', message: expect.stringContaining('since you last saved it') });
    expect(await readFile(path, 'utf8')).toBe('scribbled over');
  });

  it('is not alarmed by a file that was only touched', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    expect(await service.save(doc.id, edited('Fine'))).toMatchObject({ ok: true });
  });

  it('notices a file deleted since it was opened, and writes it again when told to', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    await rm(path);
    expect(await service.save(doc.id, edited('Still here'))).toMatchObject({
      ok: false,
      code: 'CHANGED_ON_DISK',
      message: expect.stringContaining('moved or deleted “kloop.statement”'),
    });
    expect(await readdir(docs)).toEqual([]);
    expect(await service.save(doc.id, edited('Still here'), { overwriteExternalChange: true })).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(edited('Still here')));
  });

  it('never writes a statement that would not open again', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const before = await snapshot(path);
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    const broken = edited('Broken');
    broken.editor.root.children = [{ type: 'paragraph', children: [{ type: 'iframe' }] }];
    const result = await service.save(doc.id, broken);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_STATEMENT', message: expect.stringContaining('unknown node type "iframe"') });
    expect(await snapshot(path)).toEqual(before);
  });

  it('runs saves of one document one after another', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    // The first save is slow to write; run side by side, it would land last and win.
    const fs = faultyFs({
      write: async (handle, data) => {
        if (String(data).includes('"One"')) await new Promise((resolve) => setTimeout(resolve, 50));
        return nodeAtomicFs.write(handle, data);
      },
    });
    const { service } = await makeService({ fs });
    const doc = opened(await service.openPath(path));
    const results = await Promise.all([service.save(doc.id, edited('One')), service.save(doc.id, edited('Two')), service.save(doc.id, edited('Three'))]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(edited('Three')));
    expect(await tempFilesIn(docs)).toEqual([]);
  });
});

describe('documents: save as', () => {
  it('appends the extension and saves there; later saves go to the new file', async () => {
    const docs = await tempDir();
    const original = await writeStatementFile(docs, 'kloop.statement');
    const originalBytes = await readFile(original);
    const { service, dialogs } = await makeService({ save: [join(docs, 'copy')] });
    const doc = opened(await service.openPath(original));
    expect(await service.saveAs(doc.id, edited('Copy: 2025'))).toEqual({
      ok: true,
      value: { id: doc.id, path: join(docs, 'copy.statement'), name: 'copy.statement' },
    });
    expect(dialogs.suggestions).toEqual(['Copy 2025.statement']);
    expect(await service.save(doc.id, edited('Copy, edited'))).toMatchObject({ ok: true, value: { path: join(docs, 'copy.statement') } });
    expect(await readFile(join(docs, 'copy.statement'), 'utf8')).toBe(serializeStatement(edited('Copy, edited')));
    expect(await readFile(original)).toEqual(originalBytes);
    expect(await service.recent()).toMatchObject({ value: [{ name: 'copy.statement' }, { name: 'kloop.statement' }] });
  });

  it('keeps an extension typed in another letter case', async () => {
    const docs = await tempDir();
    const { service } = await makeService({ save: [join(docs, 'LOUD.STATEMENT')] });
    const doc = opened(await service.newDocument());
    expect(await service.saveAs(doc.id, edited('x'))).toMatchObject({ ok: true, value: { path: join(docs, 'LOUD.STATEMENT') } });
  });

  it('suggests the current name when the title is empty', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service, dialogs } = await makeService({ save: [null, null] });
    const doc = opened(await service.openPath(path));
    await service.saveAs(doc.id, edited(''));
    const untitled = opened(await service.newDocument());
    await service.saveAs(untitled.id, edited(''));
    expect(dialogs.suggestions).toEqual(['kloop.statement', 'Untitled.statement']);
  });

  it('reports a closed Save dialog as CANCELLED and writes nothing', async () => {
    const docs = await tempDir();
    const { service, userDataDir } = await makeService({ save: [null] });
    const doc = opened(await service.newDocument());
    expect(await service.saveAs(doc.id, edited('Draft'))).toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(await readdir(docs)).toEqual([]);
    expect(await readdir(userDataDir)).toEqual([]);
  });

  it('does not replace a file the Save dialog did not ask about', async () => {
    const docs = await tempDir();
    const existing = await writeStatementFile(docs, 'report.statement');
    const before = await snapshot(existing);
    // The writer typed "report" and confirmed; "report.statement" is another file.
    const { service } = await makeService({ save: [join(docs, 'report')] });
    const doc = opened(await service.newDocument());
    expect(await service.saveAs(doc.id, edited('Other'))).toMatchObject({ ok: false, code: 'IO_ERROR', message: expect.stringContaining('already exists') });
    expect(await snapshot(existing)).toEqual(before);
  });

  it('replaces an existing file the writer chose in the dialog', async () => {
    const docs = await tempDir();
    const existing = await writeStatementFile(docs, 'report.statement');
    const { service } = await makeService({ save: [existing] });
    const doc = opened(await service.newDocument());
    expect(await service.saveAs(doc.id, edited('Replacement'))).toMatchObject({ ok: true });
    expect(await readFile(existing, 'utf8')).toBe(serializeStatement(edited('Replacement')));
    expect(await readFile(`${existing}.bak`, 'utf8')).toBe(serializeStatement(sampleStatement()));
  });
});

describe('documents: errors while saving', () => {
  it('reports a folder it may not write to as IO_ERROR, naming the file and the reason', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const before = await snapshot(path);
    // Root writes through permission bits, so there the refusal a read-only folder gives is simulated.
    const fs = runningAsRoot
      ? faultyFs({
          open: async (p, flags, mode) => {
            if (p.startsWith(docs) && flags === 'wx') throw fsError('EACCES', 'open', p);
            return nodeAtomicFs.open(p, flags, mode);
          },
        })
      : undefined;
    const { service } = await makeService({ fs });
    const doc = opened(await service.openPath(path));
    if (!runningAsRoot) await chmod(docs, 0o500);
    const result = await service.save(doc.id, edited('Blocked'));
    await chmod(docs, 0o700);
    expect(result).toEqual({ ok: false, code: 'IO_ERROR', message: 'Could not save “kloop.statement”: permission denied (EACCES).' });
    expect(await snapshot(path)).toEqual(before);
    expect(await readdir(docs)).toEqual(['kloop.statement']);
  });

  it('reports a full disk as IO_ERROR and leaves the file and no temp files', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const before = await snapshot(path);
    const { service } = await makeService({ fs: diskFullFor('Too big for the disk') });
    const doc = opened(await service.openPath(path));
    expect(await service.save(doc.id, edited('Too big for the disk'))).toEqual({
      ok: false,
      code: 'IO_ERROR',
      message: 'Could not save “kloop.statement”: the disk is full (ENOSPC).',
    });
    expect(await snapshot(path)).toEqual(before);
    expect(await readdir(docs)).toEqual(['kloop.statement']);
    // The failed save changed nothing that the next one depends on.
    expect(await service.save(doc.id, edited('Fits'))).toMatchObject({ ok: true });
  });

  it('reports a read-only file as IO_ERROR', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service } = await makeService();
    const doc = opened(await service.openPath(path));
    await chmod(path, 0o444);
    const before = await snapshot(path);
    expect(await service.save(doc.id, edited('x'))).toEqual({ ok: false, code: 'IO_ERROR', message: 'Could not save “kloop.statement”: permission denied (EACCES).' });
    expect(await snapshot(path)).toEqual(before);
  });

  it('still saves when the recent list cannot be written, and logs it', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const userDataDir = await tempDir();
    const fs = faultyFs({
      rename: async (from, to) => {
        if (to.startsWith(userDataDir)) throw fsError('ENOSPC', 'rename', to);
        return nodeAtomicFs.rename(from, to);
      },
    });
    const { service, logs } = await makeService({ userDataDir, fs });
    const doc = opened(await service.openPath(path));
    expect(await service.save(doc.id, edited('Saved anyway'))).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(edited('Saved anyway')));
    expect(logs.some((l) => l.includes('recent list') && l.includes('ENOSPC'))).toBe(true);
  });
});
