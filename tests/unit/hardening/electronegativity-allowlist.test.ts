import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowlistProblems, compareWithAllowlist, type AllowlistEntry } from '../../../scripts/electronegativity/allowlist.ts';
import { findingsFromSarif } from '../../../scripts/electronegativity/findings.ts';
import { ALLOWLIST_PATH } from '../../../scripts/electronegativity/scan.ts';
import { REPO_ROOT } from '../../hardening/support/repo-paths.ts';

// The real scan runs in the soak project (tests/hardening/electronegativity.test.ts) and `npm run security:scan`.
const allowlist = JSON.parse(readFileSync(join(REPO_ROOT, ALLOWLIST_PATH), 'utf8')) as AllowlistEntry[];

const sarif = (results: unknown[]) => JSON.stringify({ version: '2.1.0', runs: [{ results }] });
const at = (uri: string, startLine: number) => [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }];

describe('the Electronegativity allowlist', () => {
  it('gives every entry its check, scan, file, code line and a real reason', () => {
    expect(allowlistProblems(allowlist)).toEqual([]);
    expect(allowlistProblems([{ check: 'X', scan: 'electron', file: 'a.ts', code: 'x', reason: 'fine' }])).toEqual(['entry 0 (X) has no real reason']);
    expect(allowlistProblems([{ check: 'X' }])).toEqual(['entry 0 lacks scan, file, code, reason']);
  });

  it('reads a SARIF report: global checks, and the source line of each finding', () => {
    const lines = readFileSync(join(REPO_ROOT, 'electron', 'main', 'ipc', 'handlers.ts'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('await shell.openExternal(safe);')) + 1;
    const findings = findingsFromSarif(
      sarif([
        { ruleId: 'CSP_GLOBAL_CHECK', message: { text: 'No CSP' }, locations: at('file:///', 1) },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', message: { text: 'Review' }, locations: at('main/ipc/handlers.ts', line) },
      ]),
      REPO_ROOT,
      'electron',
    );
    expect(findings).toEqual([
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0, code: 'N/A', message: 'No CSP' },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/ipc/handlers.ts', line, code: 'await shell.openExternal(safe);', message: 'Review' },
    ]);
    // Both are reviewed; the same check on another line, or in the other scan, is not.
    expect(compareWithAllowlist('electron', findings, allowlist).unreviewed).toEqual([]);
    const moved = { ...findings[1]!, code: 'await shell.openExternal(url);' };
    expect(compareWithAllowlist('electron', [moved], allowlist).unreviewed).toEqual([moved]);
    expect(compareWithAllowlist('renderer', [findings[1]!], allowlist).unreviewed).toEqual([findings[1]]);
  });
});
