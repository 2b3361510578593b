import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS, writeFileAtomic } from '../../../electron/services/documents/atomic-write.ts';
import { tempDir } from '../documents/helpers.ts';

// A write killed mid-way (tests/hardening/kill) leaves its hidden temp copy: a whole draft, in the writer's folder.
describe('temp files left by a crashed save', () => {
  it('are removed by the next save of the same file once they are old enough to be no one’s write in progress', async () => {
    const dir = await tempDir();
    const target = join(dir, 'kloop.statement');
    await writeFile(target, 'old');
    const stale = join(dir, '.kloop.statement.0123456789ab.tmp');
    const fresh = join(dir, '.kloop.statement.ba9876543210.tmp');
    const otherFiles = join(dir, '.other.statement.0123456789ab.tmp');
    for (const path of [stale, fresh, otherFiles]) await writeFile(path, 'a half-written draft');
    const longAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(stale, longAgo, longAgo);
    await utimes(otherFiles, longAgo, longAgo);

    await writeFileAtomic(target, 'new', { keepBackup: true });
    // The fresh one may be another save under way; another document's leftovers wait for its own save.
    expect((await readdir(dir)).sort()).toEqual(['.kloop.statement.ba9876543210.tmp', '.other.statement.0123456789ab.tmp', 'kloop.statement', 'kloop.statement.bak']);
  });
});
