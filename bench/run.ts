/**
 * `npm run bench`: runs every benchmark and prints one table. Later issues add their
 * benchmarks (footnotes, library search, export) as rows here.
 */
import { resolve } from 'node:path';
import { runEditorBench, type BenchRow } from './editor-bench.ts';
import { runLibraryBench } from './library-bench.ts';
import { runHtmlExportBench } from './html-export-bench.ts';
import { runImportBench } from './import-bench.ts';
import { runArchiveBench } from './archive-bench.ts';
import { runPdfExportBench } from './pdf-export-bench.ts';
import { runSignatoryBench } from './signatory-bench.ts';
import { runLoadBench } from './load-bench.ts';

const outDir = resolve(import.meta.dirname, 'generated');
const rows: BenchRow[] = [
  ...(await runEditorBench(outDir)),
  ...(await runLibraryBench()),
  ...(await runSignatoryBench()),
  ...(await runHtmlExportBench()),
  ...(await runPdfExportBench()),
  ...(await runImportBench()),
  ...(await runArchiveBench()),
  ...(await runLoadBench()),
];

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
for (const row of rows) {
  const verdict = row.pass === undefined ? '' : row.pass ? ' ok' : ' MISSED';
  console.log(`${row.name.padEnd(width)}  ${`${row.value.toFixed(1)} ${row.unit}`.padStart(10)}  ${row.goal ?? ''}${verdict}`);
}
