import { ok } from '../../core/ipc/result.ts';
import { openLibrary } from '../services/library/library-service.ts';
import { importArchiveInto } from '../services/importing/archive-import.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo } from './library-command.ts';

/**
 * `statement-studio import --archive FILE|FOLDER --library PATH`: the window's File > Import an
 * Archive… for batches. Every statement is read first; only if all of them were read is the
 * lot stored, as one import that the Archive tab can undo. Prints the report; exits non-zero
 * when anything failed (and then nothing was stored).
 */
export async function importArchiveIntoLibrary(path: string, libraryPath: string, io: CliIo): Promise<number> {
  const opened = openLibrary({ path: libraryPath });
  if (!opened.ok) {
    io.err(`Cannot open the library ${libraryPath}: ${opened.message}`);
    return EXIT_FAILED;
  }
  const library = opened.value;
  try {
    const imported = await importArchiveInto(path, library);
    if (!imported.ok) {
      io.err(`Not imported: ${imported.message}`);
      return EXIT_FAILED;
    }
    const report = imported.value;
    for (const s of report.statements) io.out(`${s.file}${s.line === null ? '' : `:${s.line}`} ${s.date || 'no date'} “${s.title}”: ${s.summary}`);
    for (const f of report.failures) io.err(`${f.file}${f.line === null ? '' : `:${f.line}`}: not imported: ${f.message}`);
    if (report.batch === null) {
      io.err(`Nothing was stored: ${report.failures.length} of the statements could not be read. Fix or remove them and import again.`);
      return EXIT_FAILED;
    }
    io.out(`Stored ${report.batch.statements} statements from ${report.files} ${report.files === 1 ? 'file' : 'files'} in the archive of ${libraryPath} in ${(report.millis / 1000).toFixed(1)} s (import ${report.batch.id}).`);
    return EXIT_OK;
  } finally {
    ok(library.close());
  }
}
