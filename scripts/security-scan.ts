/**
 * `npm run security:scan`: Electronegativity over electron/ and renderer/, failing on any
 * finding that security/electronegativity-allowlist.json does not explain.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { securityScan } from './electronegativity/scan.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const report = await securityScan(repoRoot);
for (const problem of report.allowlistProblems) console.error(`allowlist: ${problem}`);
console.log(`Electronegativity: ${report.findings.length} findings, ${report.findings.length - report.unreviewed.length} explained in the allowlist.`);
for (const f of report.unreviewed) console.error(`UNREVIEWED ${f.check} ${f.file}:${f.line}  ${f.code}\n  ${f.message}`);
for (const e of report.stale) console.warn(`stale allowlist entry (no longer found): ${e.check} ${e.file} ${e.code}`);
process.exitCode = report.unreviewed.length > 0 || report.allowlistProblems.length > 0 ? 1 : 0;
