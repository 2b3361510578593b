/**
 * The yardstick for the PDF export: the same big statement as pandoc's DOCX, turned
 * into a PDF by LibreOffice (`soffice --headless --convert-to pdf`), timed with its peak
 * memory. Runs only where pandoc and LibreOffice are installed; elsewhere it says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDocument } from '../core/document/to-document.ts';
import { generateBigStatement } from './big-statement.ts';
import { toPandocMarkdown } from './statement-markdown.ts';

export type LibreOfficeFigures = { seconds: number; peakRssMiB: number; runs: number };

const installed = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;

/** Median wall time and peak RSS of soffice converting the DOCX, or null when the tools are missing. */
export async function timeLibreOffice(runs = 3): Promise<LibreOfficeFigures | null> {
  if (!installed('pandoc') || !installed('soffice')) return null;
  const dir = await mkdtemp(join(tmpdir(), 'bench-soffice-'));
  const markdown = join(dir, 'big-statement.md');
  await writeFile(markdown, toPandocMarkdown(toDocument(generateBigStatement(800))));
  const docx = join(dir, 'big-statement.docx');
  if (spawnSync('pandoc', ['-f', 'markdown', '-o', docx, markdown]).status !== 0) throw new Error('pandoc could not write the DOCX');
  // Its own profile, made by a first conversion that is not timed (a user's LibreOffice has one already).
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  const convert = () => spawnSync('/usr/bin/time', ['-f', '%e %M', 'soffice', profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8' });
  convert();
  const samples: Array<{ seconds: number; rssKiB: number }> = [];
  for (let i = 0; i < runs; i++) {
    const run = convert();
    const figures = /(\d+(?:\.\d+)?) (\d+)\s*$/.exec(run.stderr.trim());
    if (run.status !== 0 || !figures) throw new Error(`soffice failed: ${run.stderr}`);
    samples.push({ seconds: Number(figures[1]), rssKiB: Number(figures[2]) });
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  return { seconds: samples[Math.floor(samples.length / 2)]!.seconds, peakRssMiB: Math.max(...samples.map((s) => s.rssKiB)) / 1024, runs };
}

if (import.meta.main) console.log(JSON.stringify(await timeLibreOffice()));
