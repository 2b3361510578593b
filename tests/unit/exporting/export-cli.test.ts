import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { serializeStatement } from '../../../core/statement/parse.ts';
import { note, p, statementOf, text } from '../document/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'electron/cli/statement-studio.ts');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function statementFile(dir: string, title = 'Stop the extradition'): Promise<string> {
  const statement = statementOf([p(text('He must not be returned to torture.'), note(p(text('Convention against Torture, article 3.'))))], { title });
  statement.signatories = [newOrganisationSignatory('o1', { fullName: 'Norwegian Helsinki Committee', status: 'confirmed' })];
  const path = join(dir, 'statement.statement');
  await writeFile(path, serializeStatement(statement));
  return path;
}

describe('statement-studio export (command line)', { timeout: 120_000 }, () => {
  it('writes a PDF, a web page and a fragment in one run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
    await statementFile(dir);
    const result = run(['export', 'statement.statement', '--pdf', 'out.pdf', '--html', 'out.html', '--fragment', 'part.html', '--paper', 'letter'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*out\.pdf \(1 page, \d+ KiB, \d+ ms\)\nWrote .*out\.html \(\d+ KiB, \d+ ms\)\nWrote .*part\.html/);
    expect((await readFile(join(dir, 'out.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(dir, 'out.html'), 'utf8')).toContain('Convention against Torture, article 3.');
    expect(await readFile(join(dir, 'part.html'), 'utf8')).toMatch(/^<article/);
  });

  it('prints the preflight, and with --strict refuses to export over an error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
    await statementFile(dir, '');
    const lenient = run(['export', 'statement.statement', '--html', 'out.html'], dir);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toBe('error: The statement has no title.\n');
    const strict = run(['export', 'statement.statement', '--html', 'strict.html', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/Not exported: the preflight found errors/);
    expect(existsSync(join(dir, 'strict.html'))).toBe(false);
  });

  it('says what is wrong with a bad file or a bad command line, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
    await writeFile(join(dir, 'broken.statement'), '{"format": "statement-studio/statement", "version": 1,');
    const broken = run(['export', 'broken.statement', '--pdf', 'out.pdf'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.statement is not a statement the app can read: .*line 1/);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    expect(run(['export', 'missing.statement', '--pdf', 'out.pdf'], dir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/Cannot read .*missing\.statement/) });
    expect(run(['export', 'broken.statement'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Say what to write/) });
    expect(run(['export', 'broken.statement', '--pdf', 'x.pdf', '--paper', 'a3'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--paper must be a4 or letter/) });
  });
});
