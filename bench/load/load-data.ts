/**
 * The data of the load scenario (issue #10, "Load"): a statement long enough to fill the
 * wanted number of A4 pages of our PDF layout, with many notes, headings and lists, signed
 * by thousands; and a user data folder whose library holds a hundred thousand cases.
 * Deterministic, so two runs load the same work.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeStatement } from '../../core/statement/parse.ts';
import type { Statement } from '../../core/statement/schema.ts';
import { importArchiveInto } from '../../electron/services/importing/archive-import.ts';
import { createLibraryClient } from '../../electron/services/library/index.ts';
import { openLibrary } from '../../electron/services/library/library-service.ts';
import { buildArchive } from '../import-bench.ts';
import { generateBigStatement } from '../big-statement.ts';
import { fillBenchLibrary } from '../library-bench.ts';
import { personAt } from '../library-data.ts';
import { generateSignatories } from '../signatory-bench.ts';

/**
 * Paragraphs per A4 page of the generated prose in our layout (measured: 6,600 paragraphs
 * and their 1,650 notes make 1,211 pages), with a margin so that `pages` is always reached.
 */
const PARAGRAPHS_PER_PAGE = 5.8;

export type LoadSize = { pages: number; cases: number; signatories: number; archived: number };

export const FULL_LOAD: LoadSize = { pages: 1000, cases: 100_000, signatories: 10_000, archived: 5000 };

/** A statement of at least `pages` pages: a note in every fourth paragraph, signed by `signatories`. */
export function generateLoadStatement(size: Pick<LoadSize, 'pages' | 'signatories'>): Statement {
  const paragraphs = Math.ceil(size.pages * PARAGRAPHS_PER_PAGE);
  const statement = generateBigStatement(paragraphs, 1000, Math.floor(paragraphs / 4));
  return {
    ...statement,
    meta: { ...statement.meta, title: `Load test: a joint statement of ${size.pages.toLocaleString('en')} pages` },
    signatories: generateSignatories(size.signatories),
  };
}

/** Writes the statement to `dir`; returns its path and how many top-level blocks it has. */
export async function writeLoadStatement(dir: string, size: Pick<LoadSize, 'pages' | 'signatories'>): Promise<{ path: string; blocks: number }> {
  const statement = generateLoadStatement(size);
  const path = join(dir, `load-${size.pages}-pages.statement`);
  await writeFile(path, serializeStatement(statement));
  return { path, blocks: statement.editor.root.children.length };
}

/** Fills the library of a user data folder with `cases` generated cases. */
export function fillLoadLibrary(userDataDir: string, cases: number): void {
  const opened = openLibrary({ path: join(userDataDir, 'library.sqlite'), autoBackup: false });
  if (!opened.ok) throw new Error(opened.message);
  try {
    fillBenchLibrary(opened.value, cases);
  } finally {
    opened.value.close();
  }
}

/** A family name the library surely holds (the generator's case at `index`), to search for. */
export function familyNameInLibrary(cases: number): string {
  return personAt(Math.floor(cases / 2)).familyLatin;
}

/** Statements per archive file imported; the archive is this file imported again until it holds `archived`. */
const ARCHIVE_FILE_STATEMENTS = 1000;

/** Fills the archive of a user data folder's library with `archived` past statements, as File > Import an Archive… does. */
export async function fillLoadArchive(userDataDir: string, archived: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'studio-load-archive-'));
  const library = createLibraryClient(join(userDataDir, 'library.sqlite'), { autoBackup: false });
  try {
    const file = join(dir, 'archive.txt');
    await writeFile(file, buildArchive(Math.min(archived, ARCHIVE_FILE_STATEMENTS)));
    for (let stored = 0; stored < archived; stored += ARCHIVE_FILE_STATEMENTS) {
      const imported = await importArchiveInto(file, library);
      if (!imported.ok || imported.value.batch === null) throw new Error(`the archive was not stored: ${imported.ok ? imported.value.failures[0]?.message : imported.message}`);
    }
  } finally {
    await library.close();
    await rm(dir, { recursive: true, force: true });
  }
}
