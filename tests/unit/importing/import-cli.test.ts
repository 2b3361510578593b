import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../../core/statement/parse.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'electron/cli/statement-studio.ts');
const ARCHIVE = resolve(ROOT, '../shared/samples/statements-2023-archive.txt');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('statement-studio import (command line)', { timeout: 120_000 }, () => {
  it('splits the sample archive into one valid statement file per statement, with their reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const result = run(['import', '--archive', ARCHIVE, '--out-dir', 'statements'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Imported 5 of 5 statements into/);
    const files = (await readdir(join(dir, 'statements'))).sort();
    expect(files).toHaveLength(5);
    expect(files[0]).toMatch(/^2023-06-01 .*\.statement$/);
    for (const file of files) expect(parseStatement(await readFile(join(dir, 'statements', file), 'utf8')).ok).toBe(true);
    expect(result.stdout).toMatch(/2023-12-14 France illegally deports refugee to Uzbekistan\.statement: Recognised the title, the date \(2023-12-14\), 9 paragraphs, 3 footnotes/);
  });

  it('imports one web page to a statement file, and refuses junk and bad command lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    await writeFile(join(dir, 'page.html'), '<h1>Release the lawyer</h1><p>Detained on 3 May 2024.<script>x()</script></p>');
    const one = run(['import', 'page.html', '--out', 'lawyer.statement'], dir);
    expect(one.code).toBe(0);
    const saved = parseStatement(await readFile(join(dir, 'lawyer.statement'), 'utf8'));
    expect(saved.ok && saved.value.meta.title).toBe('Release the lawyer');
    await writeFile(join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 3]));
    expect(run(['import', 'junk.txt', '--out', 'junk.statement'], dir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/Not imported: .*binary/) });
    expect(run(['import', 'page.html'], dir)).toMatchObject({ code: 2 });
    expect(run(['import', '--archive', 'page.html'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out-dir/) });
  });
});
