/**
 * HTML export of the big statement (800 paragraphs, 200 notes): toDocument and
 * toHtmlDocument, each and together, median of 5. When pandoc is installed, `pandoc -s` on
 * the same content as Pandoc Markdown is timed beside it: the goal is half pandoc's time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDocument } from '../core/document/to-document.ts';
import { toHtmlDocument } from '../core/export/html/html-document.ts';
import { generateBigStatement } from './big-statement.ts';
import type { BenchRow } from './editor-bench.ts';
import { toPandocMarkdown } from './statement-markdown.ts';
import { median } from './stats.ts';

const RUNS = 5;

/** Median wall time of `pandoc -s` from Markdown to HTML, or null when pandoc is not installed. */
async function pandocMs(markdown: string): Promise<number | null> {
  if (spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  const dir = await mkdtemp(join(tmpdir(), 'statement-bench-'));
  try {
    const input = join(dir, 'big-statement.md');
    await writeFile(input, markdown);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = spawnSync('pandoc', ['-s', '-f', 'markdown', '-t', 'html5', '-o', join(dir, 'big-statement.html'), input], { stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`pandoc failed with status ${result.status}`);
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runHtmlExportBench(): Promise<BenchRow[]> {
  const statement = generateBigStatement(800);
  const modelTimes: number[] = [];
  const htmlTimes: number[] = [];
  const totalTimes: number[] = [];
  let html = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const doc = toDocument(statement);
    const modelled = performance.now();
    html = toHtmlDocument(doc);
    const finished = performance.now();
    modelTimes.push(modelled - started);
    htmlTimes.push(finished - modelled);
    totalTimes.push(finished - started);
  }
  const ours = median(totalTimes);
  const pandoc = await pandocMs(toPandocMarkdown(toDocument(statement)));
  const rows: BenchRow[] = [
    { name: 'html export: toDocument (800 paragraphs, 200 notes)', value: median(modelTimes), unit: 'ms', goal: '< 50', pass: median(modelTimes) < 50 },
    { name: 'html export: toHtmlDocument', value: median(htmlTimes), unit: 'ms' },
    pandoc === null
      ? { name: 'html export: statement to HTML page (pandoc not installed)', value: ours, unit: 'ms' }
      : { name: 'html export: statement to HTML page', value: ours, unit: 'ms', goal: `≤ ${(pandoc / 2).toFixed(0)} (1/2 of pandoc)`, pass: ours <= pandoc / 2 },
    { name: 'html export: page size', value: new TextEncoder().encode(html).length / 1024, unit: 'KiB' },
  ];
  if (pandoc !== null) rows.push({ name: 'html export: pandoc -s, same content as Markdown', value: pandoc, unit: 'ms' });
  return rows;
}

// `node bench/html-export-bench.ts` runs this benchmark alone.
if (import.meta.main) {
  for (const row of await runHtmlExportBench()) {
    console.log(`${row.name.padEnd(60)} ${`${row.value.toFixed(1)} ${row.unit}`.padStart(10)}  ${row.goal ?? ''}${row.pass === false ? ' MISSED' : ''}`);
  }
}
