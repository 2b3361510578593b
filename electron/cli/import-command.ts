import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importArchive } from '../../core/import/archive.ts';
import { decodeImportBytes } from '../../core/import/decode-bytes.ts';
import { reportLines, summariseImport } from '../../core/import/report.ts';
import { serializeStatement } from '../../core/statement/parse.ts';
import type { Statement } from '../../core/statement/schema.ts';
import { writeFileAtomic } from '../services/documents/atomic-write.ts';
import { fileNameFromTitle } from '../services/documents/file-names.ts';
import { describeFsError } from '../services/documents/fs-errors.ts';
import { importFile } from '../services/importing/import-file.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './library-command.ts';
import { importArchiveIntoLibrary } from './archive-command.ts';

export const importUsage = `Usage:
  statement-studio import FILE --out OUT.statement          one statement (text, Markdown, HTML or Word .docx)
  statement-studio import --archive FILE.txt --out-dir DIR  every statement of an archive, one file each
  statement-studio import --archive FILE|FOLDER --library PATH
                                                    an archive (or a folder of statements) into the library's
                                                    archive, as one import: all of it or, on any failure, nothing

Prints what was recognised and what was left as text, line by line.`;

async function write(path: string, statement: Statement, io: CliIo): Promise<boolean> {
  try {
    await writeFileAtomic(path, serializeStatement(statement));
    return true;
  } catch (error) {
    io.err(`Cannot write ${path}: ${describeFsError(error)}`);
    return false;
  }
}

/**
 * `statement-studio import`: the app's import for batches. One statement becomes one
 * .statement file; an archive (statements each opening with a "20.12.23" line) becomes one
 * file per statement, named by date and title. The report goes to standard output.
 */
export async function runImportCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, archive: { type: 'string' }, 'out-dir': { type: 'string' }, library: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${importUsage}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(importUsage);
    return EXIT_OK;
  }
  if (values.archive !== undefined) {
    if (values.library !== undefined && values['out-dir'] === undefined && positionals.length === 0) {
      return importArchiveIntoLibrary(resolve(io.cwd, values.archive), resolve(io.cwd, values.library), io);
    }
    if (values['out-dir'] === undefined || positionals.length > 0) {
      io.err(`An archive is imported into a folder (--archive FILE --out-dir DIR) or into a library (--archive FILE --library PATH).\n\n${importUsage}`);
      return EXIT_USAGE;
    }
    return importArchiveFile(resolve(io.cwd, values.archive), resolve(io.cwd, values['out-dir']), io);
  }
  if (positionals.length !== 1 || values.out === undefined) {
    io.err(`import takes one file and --out OUT.statement.\n\n${importUsage}`);
    return EXIT_USAGE;
  }
  const imported = await importFile(resolve(io.cwd, positionals[0]!));
  if (!imported.ok) {
    io.err(`Not imported: ${imported.message}`);
    return EXIT_FAILED;
  }
  io.out(summariseImport(imported.value.report));
  for (const line of reportLines(imported.value.report)) io.out(`  ${line}`);
  const out = resolve(io.cwd, values.out);
  if (!(await write(out, imported.value.statement, io))) return EXIT_FAILED;
  io.out(`Wrote ${out}`);
  return EXIT_OK;
}

async function importArchiveFile(path: string, outDir: string, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    io.err(`Cannot read ${path}: ${describeFsError(error)}`);
    return EXIT_FAILED;
  }
  const decoded = decodeImportBytes(bytes);
  if ('error' in decoded) {
    io.err(`Not imported: ${decoded.error}`);
    return EXIT_FAILED;
  }
  const archive = importArchive(decoded.text);
  if (!archive.ok) {
    io.err(`Not imported: ${archive.message}`);
    return EXIT_FAILED;
  }
  await mkdir(outDir, { recursive: true });
  let failed = 0;
  const used = new Set<string>();
  for (const part of archive.value.parts) {
    if (!part.result.ok) {
      failed++;
      io.err(`line ${part.startLine} (${part.date}): not imported: ${part.result.message}`);
      continue;
    }
    const base = `${part.date} ${fileNameFromTitle(part.title)?.slice(0, 80) ?? 'statement'}`;
    let name = `${base}.statement`;
    for (let n = 2; used.has(name); n++) name = `${base} (${n}).statement`;
    used.add(name);
    io.out(`${name}: ${summariseImport(part.result.value.report)}`);
    if (!(await write(join(outDir, name), part.result.value.statement, io))) return EXIT_FAILED;
  }
  io.out(`Imported ${archive.value.parts.length - failed} of ${archive.value.parts.length} statements into ${outDir}.`);
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
