/**
 * The archive of past statements kept in the library: what is stored for each one, how it is
 * searched, and what an import into it reports. Shared by the library worker, the IPC
 * contract, the command line and the window.
 */
import { z } from 'zod';
import { isoDateSchema, type Statement } from '../statement/schema.ts';
import type { StatementLanguage } from '../statement/language.ts';

/** One past statement as the archive keeps it. */
export type ArchivedStatement = {
  id: string;
  /** YYYY-MM-DD, or '' when the import found no date. */
  date: string;
  title: string;
  language: StatementLanguage;
  /** The file it came from (its name, not a path), and for an archive file the line its statement starts on. */
  sourceFile: string;
  sourceLine: number | null;
  /** The import it arrived with: undoing that import removes it. */
  batchId: string;
  /** The statement's text as imported, notes and signatories included: what full-text search reads. */
  fullText: string;
  /** The imported statement itself, with its footnotes and signatories, to open as a new draft. */
  statement: Statement;
  /** The organisations that signed it, as written. */
  organisations: string[];
};

/**
 * What an archive import reads for each statement (the id and batch are given by the store),
 * on its way to the library: the statement as JSON text, made in the reader's thread and
 * parsed again only when the statement is opened.
 */
export type ArchiveEntryToStore = Omit<ArchivedStatement, 'id' | 'batchId' | 'statement'> & { statementJson: string };

/** One import into the archive, for the list of imports and its undo. */
export type ArchiveBatch = { id: string; importedAt: string; source: string; statements: number };

/** A piece of text with the words that matched marked, for a result's snippet (never HTML). */
export type SnippetPart = { text: string; match: boolean };

export type ArchiveHit = {
  id: string;
  date: string;
  title: string;
  language: StatementLanguage;
  organisations: string[];
  snippet: SnippetPart[];
};

const dateOrEmpty = isoDateSchema;

export const ARCHIVE_SEARCH_LIMIT = 50;

export const archiveSearchSchema = z
  .object({
    query: z.string().max(500).default(''),
    /** Inclusive dates, YYYY-MM-DD; '' or missing for an open end. */
    from: dateOrEmpty.optional(),
    to: dateOrEmpty.optional(),
    /** Some words of a signing organisation's name, in any spelling. */
    organisation: z.string().max(300).optional(),
    limit: z.number().int().min(1).max(1000).default(ARCHIVE_SEARCH_LIMIT),
  })
  .strict();
export type ArchiveSearch = z.input<typeof archiveSearchSchema>;
export type ParsedArchiveSearch = z.output<typeof archiveSearchSchema>;

/** A person's names in every spelling a case knows (name, aliases): each is one way the archive may write them. */
export const archiveMentionsSchema = z.object({ names: z.array(z.string().min(1).max(300)).min(1).max(50) }).strict();
export type ArchiveMentionsRequest = z.infer<typeof archiveMentionsSchema>;

/** A statement naming the person, for "Mentioned in the archive" (grouped by year in the window). */
export type ArchiveMention = { id: string; date: string; title: string; snippet: SnippetPart[] };

/** A statement that could not be read in an import: the import stores nothing then. */
export type ArchiveImportFailure = { file: string; line: number | null; message: string };

/** What an import into the archive did, statement by statement. */
export type ArchiveImportReport = {
  /** The batch stored, or null when nothing was stored (a failure, or nothing found). */
  batch: ArchiveBatch | null;
  files: number;
  statements: Array<{ file: string; line: number | null; date: string; title: string; summary: string }>;
  failures: ArchiveImportFailure[];
  millis: number;
};

/** How far an import is, for the window's progress bar. */
export type ArchiveImportProgress = { phase: 'idle' | 'reading' | 'storing' | 'done'; done: number; total: number; file: string };
