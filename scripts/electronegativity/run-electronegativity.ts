import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findingsFromSarif, type Finding } from './findings.ts';

const run = promisify(execFile);

/**
 * Runs Electronegativity over one folder of the repository for the Electron version the app
 * ships. It always exits 0, so success is judged by its SARIF report existing and parsing.
 */
export async function runElectronegativity(repoRoot: string, dir: string, electronVersion: string): Promise<Finding[]> {
  const out = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  try {
    const report = join(out, 'report.sarif');
    const tool = join(repoRoot, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    // No downloads (CI has no such access, and a failed one made the tool crash now and then):
    // the release-list check is left out (npm audit covers it), the translations answered offline.
    const offline = join(repoRoot, 'scripts', 'electronegativity', 'offline.cjs');
    const args = ['--require', offline, tool, '-i', join(repoRoot, dir), '-o', report, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'];
    await run(process.execPath, args, { cwd: repoRoot, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    return findingsFromSarif(await readFile(report, 'utf8'), repoRoot, dir);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
