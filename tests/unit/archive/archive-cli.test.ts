import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/services/library/library-service.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'electron/cli/statement-studio.ts');
const ARCHIVE = resolve(ROOT, '../shared/samples/statements-2023-archive.txt');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function archived(path: string) {
  const opened = openLibrary({ path, autoBackup: false });
  if (!opened.ok) throw new Error(opened.message);
  const hits = opened.value.archiveSearch({});
  const imports = opened.value.archiveImports();
  opened.value.close();
  if (!hits.ok || !imports.ok) throw new Error('search failed');
  return { dates: hits.value.map((hit) => hit.date), imports: imports.value };
}

describe('statement-studio import --archive … --library (command line)', { timeout: 120_000 }, () => {
  it('stores the sample archive in the library as one import and prints each statement', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archive-cli-'));
    const result = run(['import', '--archive', ARCHIVE, '--library', 'lib.sqlite'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/statements-2023-archive\.txt:1 2023-12-20 “Turkmenistan: prisoner Allamurat HUDAYRAMOV was subjected to extrajudicial execution”: Recognised the title/);
    expect(result.stdout).toMatch(/Stored 5 statements from 1 file in the archive of .*lib\.sqlite/);
    expect(archived(join(dir, 'lib.sqlite'))).toMatchObject({ dates: ['2023-12-20', '2023-12-14', '2023-09-27', '2023-06-25', '2023-06-01'], imports: [{ statements: 5 }] });
  });

  it('stores nothing and exits 1 when a file of the folder cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archive-cli-'));
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'folder', 'a.txt'), 'Release the lawyer\n\n5 May 2024\n\nHe was detained on 3 May.');
    await writeFile(join(dir, 'folder', 'b.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 3]));
    const result = run(['import', '--archive', 'folder', '--library', 'lib.sqlite'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/b\.txt: not imported: .*binary/);
    expect(result.stderr).toMatch(/Nothing was stored/);
    expect(archived(join(dir, 'lib.sqlite'))).toEqual({ dates: [], imports: [] });
  });
});
