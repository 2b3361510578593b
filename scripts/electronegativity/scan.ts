import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allowlistProblems, compareWithAllowlist, type AllowlistEntry } from './allowlist.ts';
import type { Finding } from './findings.ts';
import { runElectronegativity } from './run-electronegativity.ts';

/** The folders scanned: the main process and preload, and the renderer. */
export const SCANNED_DIRS = ['electron', 'renderer'] as const;
export const ALLOWLIST_PATH = join('security', 'electronegativity-allowlist.json');

export type ScanReport = { findings: Finding[]; unreviewed: Finding[]; stale: AllowlistEntry[]; allowlistProblems: string[] };

/** Scans both folders and holds the findings against the reviewed allowlist. */
export async function securityScan(repoRoot: string): Promise<ScanReport> {
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = pkg.devDependencies['electron']!;
  const entries: unknown = JSON.parse(await readFile(join(repoRoot, ALLOWLIST_PATH), 'utf8'));
  const problems = allowlistProblems(entries);
  const report: ScanReport = { findings: [], unreviewed: [], stale: [], allowlistProblems: problems };
  if (problems.length > 0) return report;
  for (const dir of SCANNED_DIRS) {
    const findings = await runElectronegativity(repoRoot, dir, electronVersion);
    const { unreviewed, stale } = compareWithAllowlist(dir, findings, entries as AllowlistEntry[]);
    report.findings.push(...findings);
    report.unreviewed.push(...unreviewed);
    report.stale.push(...stale);
  }
  return report;
}
