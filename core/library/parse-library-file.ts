import { fail, ok, type Result } from '../ipc/result.ts';
import { lineAndColumn } from '../statement/parse.ts';
import { jsonSyntaxErrorOffset } from './json-syntax.ts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, MAX_LIBRARY_FILE_BYTES, RECORD_KINDS, libraryFileSchema, type LibraryFile } from './format.ts';

/** "cases[3].events[0].date": where a schema error is, as a person reading the file finds it. */
export function zodPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '').replace(/^\./, '');
}

function jsonErrorMessage(text: string): string {
  const { offset, found } = jsonSyntaxErrorOffset(text);
  const { line, column } = lineAndColumn(text, offset);
  return `The file is not valid JSON: unexpected ${found} at line ${line}, column ${column}.`;
}

/**
 * Reads a library exchange file's text, or says exactly what is wrong and where: JSON syntax
 * errors with line and column, schema errors with the path of the bad field
 * ("cases[3].events[0].date"), and ids used twice within one kind of record.
 */
export function parseLibraryFile(text: string): Result<LibraryFile> {
  if (text.length > MAX_LIBRARY_FILE_BYTES) {
    return fail('TOO_LARGE', `The file is larger than ${MAX_LIBRARY_FILE_BYTES / 1024 / 1024} MiB; no library export is that large.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('NOT_JSON', jsonErrorMessage(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  }
  return checkLibraryFile(data);
}

/** The checks after JSON syntax, for data that is already parsed (from a file or a caller). */
export function checkLibraryFile(data: unknown): Result<LibraryFile> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('WRONG_FORMAT', 'This is not a Statement Studio library file: it holds no JSON object.');
  }
  const doc = data as Record<string, unknown>;
  if (doc.format !== LIBRARY_FILE_FORMAT) {
    const found = typeof doc.format === 'string' ? `"${doc.format.slice(0, 80)}"` : 'missing';
    return fail('WRONG_FORMAT', `This is not a Statement Studio library file: its format is ${found}, expected "${LIBRARY_FILE_FORMAT}".`);
  }
  if (typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version > LIBRARY_FILE_VERSION) {
    return fail(
      'NEWER_VERSION',
      `The file was written by a newer Statement Studio (library format version ${doc.version}; this one reads up to ${LIBRARY_FILE_VERSION}). Update the app to import it.`,
    );
  }
  const parsed = libraryFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('WRONG_FORMAT', `The file is damaged at ${zodPath(issue.path) || 'the top level'}: ${issue.message}.`);
  }
  for (const kind of RECORD_KINDS) {
    const seen = new Map<string, number>();
    const records: ReadonlyArray<{ id: string }> = parsed.data[kind];
    for (let index = 0; index < records.length; index++) {
      const id = records[index]!.id;
      const first = seen.get(id);
      if (first !== undefined) return fail('WRONG_FORMAT', `The file is damaged at ${kind}[${index}].id: the id "${id}" is already used by ${kind}[${first}].`);
      seen.set(id, index);
    }
  }
  return ok(parsed.data);
}
