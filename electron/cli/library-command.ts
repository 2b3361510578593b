import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseHit, ImportDecision, ImportOutcome, RecordCounts } from '../../core/library/api.ts';
import { MAX_LIBRARY_FILE_BYTES } from '../../core/library/format.ts';
import type { SearchRequest } from '../../core/library/search-query.ts';
import { dateYear } from '../../core/cases/dates.ts';
import { writeFileAtomic } from '../services/documents/atomic-write.ts';
import { describeFsError } from '../services/documents/fs-errors.ts';
import { defaultLibraryPath } from '../services/library/default-path.ts';
import { openLibrary, type LibraryService } from '../services/library/library-service.ts';

/**
 * `statement-studio library …`: the case library from the command line, for scripting and
 * batch work. It opens the same database as the app (see default-path.ts) directly, without
 * a worker: a command line has no window to keep responsive. SQLite's locking lets it run
 * while the app is open.
 */

export const EXIT_OK = 0;
/** The operation failed: the library or the file could not be read, or the import was refused. */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;
/** The import found conflicts and no --on-conflict decision: nothing was imported. */
export const EXIT_CONFLICTS = 3;

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** Where the library is when --library is not given. */
  defaultLibrary: string;
};

export const usage = (defaultLibrary: string) => `Usage:
  statement-studio library import FILE.json [--on-conflict keep|replace] [--library PATH]
  statement-studio library export OUT.json [--include-confidential] [--case ID]... [--library PATH]
  statement-studio library search QUERY... [--country CC] [--status S] [--role R] [--tag T]
                                            [--from DATE] [--to DATE] [--limit N] [--library PATH]

  --library PATH   the library database (default: ${defaultLibrary})
  import           merges FILE.json by record id; when records conflict with the library, nothing
                   is imported unless --on-conflict says which side wins (exit code 3)
  export           writes the whole library, or the cases named with --case; confidential cases
                   only with --include-confidential
  search           one case per line: id, name (birth year), status, countries, "confidential"
                   (separated by tabs)

Exit codes: 0 done, 1 failed, 2 wrong command line, 3 import has undecided conflicts.`;

class UsageError extends Error {}

const counts = (c: RecordCounts) => `${c.cases} cases, ${c.organisations} organisations, ${c.footnotes} footnotes${c.signers > 0 ? `, ${c.signers} signers` : ''}`;

function hitLine(hit: CaseHit): string {
  const name = hit.birthDate ? `${hit.displayName} (${dateYear(hit.birthDate)})` : hit.displayName;
  return [hit.id, name, hit.status, hit.countries.join(','), hit.confidential ? 'confidential' : ''].join('\t').trimEnd();
}

function readImportFile(path: string): string {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new Error(`${path} is not a file.`);
    if (info.size > MAX_LIBRARY_FILE_BYTES) throw new Error(`${path} is larger than ${MAX_LIBRARY_FILE_BYTES / 1024 / 1024} MiB; no library export is that large.`);
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${describeFsError(error)}.`, { cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`${path} is not UTF-8 text, so it cannot be a library file.`, { cause: error });
  }
}

function reportImport(outcome: ImportOutcome, io: CliIo): number {
  if (outcome.status === 'conflicts') {
    io.err(`${outcome.conflicts.length} records in the file differ from the library; nothing was imported.`);
    for (const c of outcome.conflicts) {
      io.err(`  ${c.kind} ${c.id}: “${c.localName}” (library, ${c.localUpdatedAt}) vs “${c.importedName}” (file, ${c.importedUpdatedAt}); differs in ${c.fields.join(', ')}`);
    }
    io.err('Run again with --on-conflict keep (keep the library’s) or --on-conflict replace (take the file’s).');
    return EXIT_CONFLICTS;
  }
  io.out(`Added ${counts(outcome.added)}.`);
  io.out(`Replaced ${counts(outcome.replaced)}; kept ${counts(outcome.kept)}; unchanged ${counts(outcome.unchanged)}.`);
  for (const d of outcome.possibleDuplicates) io.out(`Possible duplicate: new case ${d.importedId} “${d.importedName}” looks like ${d.existingId} “${d.existingName}”.`);
  return EXIT_OK;
}

function runImport(library: LibraryService, file: string, onConflict: string | undefined, io: CliIo): number {
  if (onConflict !== undefined && onConflict !== 'keep' && onConflict !== 'replace') throw new UsageError('--on-conflict must be "keep" or "replace".');
  const text = readImportFile(file);
  const first = library.importLibrary(text);
  if (!first.ok) {
    io.err(`Cannot import ${file}: ${first.message}`);
    return EXIT_FAILED;
  }
  if (first.value.status === 'conflicts' && onConflict !== undefined) {
    const choice = onConflict === 'keep' ? 'keep-local' : 'use-imported';
    const decisions: ImportDecision[] = first.value.conflicts.map((c) => ({ kind: c.kind, id: c.id, choice }));
    const second = library.importLibrary(text, decisions);
    if (!second.ok) {
      io.err(`Cannot import ${file}: ${second.message}`);
      return EXIT_FAILED;
    }
    return reportImport(second.value, io);
  }
  return reportImport(first.value, io);
}

async function runExport(library: LibraryService, file: string, caseIds: string[] | undefined, includeConfidential: boolean, io: CliIo): Promise<number> {
  const exported = library.exportLibrary(caseIds ? { caseIds, includeConfidential } : { includeConfidential });
  if (!exported.ok) {
    io.err(`Cannot export the library: ${exported.message}`);
    return EXIT_FAILED;
  }
  try {
    await writeFileAtomic(file, exported.value.text);
  } catch (error) {
    io.err(`Cannot write ${file}: ${describeFsError(error)}.`);
    return EXIT_FAILED;
  }
  io.out(`Exported ${counts(exported.value.counts)} to ${file}.`);
  if (exported.value.confidentialLeftOut > 0) io.out(`Left out ${exported.value.confidentialLeftOut} confidential cases (add --include-confidential to export them).`);
  return EXIT_OK;
}

function runSearch(library: LibraryService, words: string[], filters: Partial<Record<string, string | string[] | boolean>>, io: CliIo): number {
  const request: SearchRequest = { query: words.join(' ') };
  for (const key of ['country', 'status', 'role', 'tag', 'from', 'to'] as const) {
    const value = filters[key];
    if (typeof value === 'string') (request as Record<string, unknown>)[key] = key === 'country' ? value.toUpperCase() : value;
  }
  if (typeof filters.limit === 'string') {
    const limit = Number(filters.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number.');
    request.limit = limit;
  }
  const found = library.searchCases(request);
  if (!found.ok) {
    if (found.code === 'BAD_ARGUMENTS') throw new UsageError(found.message);
    io.err(`Cannot search the library: ${found.message}`);
    return EXIT_FAILED;
  }
  for (const hit of found.value) io.out(hitLine(hit));
  return EXIT_OK;
}

/** Runs one command line (without "node" and the script); answers with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        'on-conflict': { type: 'string' },
        'include-confidential': { type: 'boolean' },
        case: { type: 'string', multiple: true },
        country: { type: 'string' },
        status: { type: 'string' },
        role: { type: 'string' },
        tag: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage(io.defaultLibrary)}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const [group, command, ...rest] = positionals;
  if (values.help) {
    io.out(usage(io.defaultLibrary));
    return EXIT_OK;
  }
  if (group !== 'library' || command === undefined || !['import', 'export', 'search'].includes(command)) {
    io.err(usage(io.defaultLibrary));
    return EXIT_USAGE;
  }
  if ((command === 'import' || command === 'export') && rest.length !== 1) {
    io.err(`library ${command} takes exactly one file.\n\n${usage(io.defaultLibrary)}`);
    return EXIT_USAGE;
  }
  if (command === 'search' && rest.length === 0 && !['country', 'status', 'role', 'tag', 'from', 'to'].some((k) => values[k as keyof typeof values] !== undefined)) {
    io.err(`library search needs a query or a filter.\n\n${usage(io.defaultLibrary)}`);
    return EXIT_USAGE;
  }

  const libraryPath = resolve(io.cwd, values.library ?? io.defaultLibrary);
  const opened = openLibrary({ path: libraryPath });
  if (!opened.ok) {
    io.err(opened.message);
    return EXIT_FAILED;
  }
  const library = opened.value;
  try {
    if (command === 'import') return runImport(library, resolve(io.cwd, rest[0]!), values['on-conflict'], io);
    if (command === 'export') return await runExport(library, resolve(io.cwd, rest[0]!), values.case, values['include-confidential'] === true, io);
    return runSearch(library, rest, values, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage(io.defaultLibrary)}`);
      return EXIT_USAGE;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return EXIT_FAILED;
  } finally {
    library.close();
  }
}

/** The real process's streams and default library. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    defaultLibrary: defaultLibraryPath(),
  };
}
