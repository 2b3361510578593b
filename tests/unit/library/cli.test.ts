import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '../../../core/library/parse-library-file.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { tempDir, value } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'electron/cli/statement-studio.ts');

/** Runs the command as a separate process, the way a script would. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function seedFile(dir: string, file = seedLibraryFile()): Promise<string> {
  const path = join(dir, 'seed.json');
  writeFileSync(path, JSON.stringify(file, null, 1));
  return path;
}

// Each run starts a Node process that loads the library code: about half a second apiece.
describe('statement-studio library (command line)', { timeout: 60_000 }, () => {
  it('imports a file, searches it one case per line, and exports it again', async () => {
    const dir = await tempDir();
    const library = join(dir, 'library.sqlite');
    const imported = run(['library', 'import', await seedFile(dir), '--library', library]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Added ${seedLibraryFile().cases.length} cases, 9 organisations, 2 footnotes.`);

    const found = run(['library', 'search', 'Мейманкулыев', '--library', library]);
    expect(found.code).toBe(0);
    expect(found.stdout).toBe('sample-farhat-meymankulyyev\tFarhat MEYMANKULYYEV (1992)\textradited\tTM,TR\n');
    const deported = run(['library', 'search', '--status', 'deported', '--country', 'tr', '--library', library]);
    expect(deported.stdout.trim().split('\n').map((line) => line.split('\t')[0]).sort()).toEqual(['sample-dovran-imamov', 'sample-maksat-baymuradov', 'sample-rovshen-klychev', 'sample-serdar-durdulyev']);
    expect(run(['library', 'search', 'Kholiqnazarov', 'sentenced', '--library', library]).stdout).toMatch(/^sample-manuchehr-kholiknazarov\tManuchehr Kholiknazarov\tsentenced\tTJ\n$/);
    expect(run(['library', 'search', 'Zanzibar', '--library', library])).toMatchObject({ code: 0, stdout: '' });

    const out = join(dir, 'export', '..', 'shared.json');
    const exported = run(['library', 'export', 'shared.json', '--library', library], { cwd: dir });
    expect(exported.code).toBe(0);
    expect(value(parseLibraryFile(readFileSync(out, 'utf8'))).cases.map((c) => c.id).sort()).toEqual(seedLibraryFile().cases.map((c) => c.id).sort());
  });

  it('stops at conflicts with exit code 3, and applies --on-conflict', async () => {
    const dir = await tempDir();
    const library = join(dir, 'library.sqlite');
    expect(run(['library', 'import', await seedFile(dir), '--library', library]).code).toBe(0);
    const changed = seedLibraryFile();
    changed.cases[0] = { ...changed.cases[0]!, status: 'unknown', updatedAt: '2024-06-01T00:00:00.000Z' };
    const file = await seedFile(dir, changed);

    const stopped = run(['library', 'import', file, '--library', library]);
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toContain('1 records in the file differ from the library; nothing was imported.');
    expect(stopped.stderr).toContain('cases sample-allamurat-hudayramov');
    expect(run(['library', 'import', file, '--on-conflict', 'keep', '--library', library]).stdout).toContain('kept 1 cases');
    expect(run(['library', 'search', '--status', 'unknown', '--library', library]).stdout).toBe('');
    expect(run(['library', 'import', file, '--on-conflict', 'replace', '--library', library]).stdout).toContain('Replaced 1 cases');
    expect(run(['library', 'search', '--status', 'unknown', '--library', library]).stdout).toMatch(/^sample-allamurat-hudayramov\t/);
  });

  it('says what is wrong, with exit code 1 for failures and 2 for a wrong command line', async () => {
    const dir = await tempDir();
    const library = join(dir, 'library.sqlite');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n "format": "statement-studio/library",\n "cases": [}\n}');

    const syntax = run(['library', 'import', broken, '--library', library]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toContain('The file is not valid JSON: unexpected \'}\' at line 3, column 12.');
    const missing = run(['library', 'import', join(dir, 'nope.json'), '--library', library]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.json: the file or its folder does not exist/);
    const foreign = run(['library', 'search', 'x', '--library', broken]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/not a Statement Studio library/);
    expect(readFileSync(broken, 'utf8')).toBe('{\n "format": "statement-studio/library",\n "cases": [}\n}');

    expect(run(['library']).code).toBe(2);
    expect(run(['library', 'frobnicate', '--library', library]).code).toBe(2);
    expect(run(['library', 'search', '--library', library]).code).toBe(2);
    expect(run(['library', 'export', 'a.json', 'b.json', '--library', library]).code).toBe(2);
    expect(run(['library', 'search', 'x', '--status', 'vanished', '--library', library])).toMatchObject({ code: 2, stderr: expect.stringMatching(/at status/) });
    expect(run(['library', 'search', 'x', '--bogus', '--library', library]).code).toBe(2);
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('statement-studio library search QUERY') });
  });

  it('uses the app’s library in the user-data folder when --library is not given', async () => {
    const dir = await tempDir();
    const config = join(dir, 'config');
    const result = run(['library', 'import', await seedFile(dir)], { env: { XDG_CONFIG_HOME: config, APPDATA: config, HOME: dir } });
    expect(result.code).toBe(0);
    const expected = process.platform === 'darwin' ? join(dir, 'Library', 'Application Support', 'Statement Studio', 'library.sqlite') : join(config, 'Statement Studio', 'library.sqlite');
    expect(existsSync(expected)).toBe(true);
  });

  it('is the package’s bin, so npx statement-studio runs it', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(resolve(ROOT, pkg.bin['statement-studio']!)).toBe(CLI);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const dir = await tempDir();
    const result = spawnSync('npx', ['--yes', 'statement-studio', 'library', 'search', 'x', '--library', join(dir, 'library.sqlite')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr.replace(/^npm warn.*\n/gim, '')).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'library.sqlite'))).toBe(true);
  });
});
