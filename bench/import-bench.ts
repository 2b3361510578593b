/**
 * Import benchmark: an archive of 1,000 statements of the samples' size, built by repeating
 * the five statements of shared/samples with varied dates, split and imported as the
 * archive import does it (every statement to a checked Statement with its report). Goal:
 * under 30 s. Run alone with `node bench/import-bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArchive, splitArchive } from '../core/import/archive.ts';
import type { BenchRow } from './editor-bench.ts';

const SAMPLE = resolve(import.meta.dirname, '../../shared/samples/statements-2023-archive.txt');
const STATEMENTS = 1000;

/** The sample's statements repeated, each opening with its own date, newest first as the site lists them. */
export function buildArchive(count: number): string {
  const parts = splitArchive(readFileSync(SAMPLE, 'utf8'));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 24 - Math.floor(i / 336);
    const [, ...rest] = parts[i % parts.length]!.text.split('\n');
    out.push([`${day}.${month}.${String(year).padStart(2, '0')}`, ...rest].join('\n'));
  }
  return out.join('\n');
}

export async function runImportBench(): Promise<BenchRow[]> {
  const archive = buildArchive(STATEMENTS);
  const splitStarted = performance.now();
  const parts = splitArchive(archive);
  const splitMs = performance.now() - splitStarted;
  if (parts.length !== STATEMENTS) throw new Error(`the archive split into ${parts.length} statements, expected ${STATEMENTS}`);

  const started = performance.now();
  const result = importArchive(archive);
  const totalMs = performance.now() - started;
  if (!result.ok) throw new Error(result.message);
  const failed = result.value.parts.filter((p) => !p.result.ok).length;
  if (failed > 0) throw new Error(`${failed} statements failed to import`);
  const notes = result.value.parts.reduce((n, p) => n + (p.result.ok ? p.result.value.report.counts.footnotes : 0), 0);
  const signers = result.value.parts.reduce((n, p) => n + (p.result.ok ? p.result.value.report.counts.signatories : 0), 0);
  const megabytes = (archive.length / 1_000_000).toFixed(1);
  return [
    { name: `import archive: ${STATEMENTS} statements (${megabytes} M characters, ${notes} notes, ${signers} signatories)`, value: totalMs, unit: 'ms', goal: '< 30000', pass: totalMs < 30_000 },
    { name: 'import archive: split into statements', value: splitMs, unit: 'ms' },
    { name: 'import archive: per statement, mean', value: totalMs / STATEMENTS, unit: 'ms' },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const row of await runImportBench()) {
    const verdict = row.pass === undefined ? '' : row.pass ? ' ok' : ' MISSED';
    console.log(`${row.name.padEnd(90)} ${`${row.value.toFixed(1)} ${row.unit}`.padStart(12)}  ${row.goal ?? ''}${verdict}`);
  }
}
