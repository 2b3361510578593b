import type { ImportOutcome, RecordCounts } from './api.ts';

/**
 * What the window's Export and Import of the whole library answer with. The renderer never
 * names a path: the main process asks in a native dialog and reports only the file's name.
 */

/** The library was written to a file the writer chose. */
export type ExportedLibraryFile = {
  /** The file's name, without its folder ("library-2024-05-06.json"). */
  name: string;
  counts: RecordCounts;
  /** Confidential cases not written, because the writer did not ask for them. */
  confidentialLeftOut: number;
};

/**
 * An import read from the file the writer chose. When the outcome is "conflicts", nothing was
 * written: the main process keeps the file's text under importId until the writer decides
 * (library.resolveImport) or gives up (library.cancelImport).
 */
export type ImportStarted = { importId: string; name: string; outcome: ImportOutcome };
