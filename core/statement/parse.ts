import { fail, ok, type Result } from '../ipc/result.ts';
import { MAX_STATEMENT_BYTES, STATEMENT_FORMAT, STATEMENT_VERSION } from './format.ts';
import { checkEditorState } from './editor-state.ts';
import { MIGRATIONS, migrateStatement, type Migration } from './migrations.ts';
import { statementSchema, type Statement } from './schema.ts';

/** Line and column (1-based) of a character offset, for messages a writer can act on. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function jsonErrorMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `The file is not valid JSON: ${raw.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}.`;
  }
  return `The file is not valid JSON: ${raw}.`;
}

function zodPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '').replace(/^\./, '');
}

/**
 * Reads a .statement file's text into a Statement, or says exactly what is wrong and where.
 * Pure: never touches the file, so a file we cannot read is never written over.
 */
export function parseStatement(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Result<Statement> {
  if (text.length > MAX_STATEMENT_BYTES) {
    return fail('TOO_LARGE', `The file is larger than ${MAX_STATEMENT_BYTES / 1024 / 1024} MiB; no statement is that large.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('NOT_JSON', jsonErrorMessage(text, error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('WRONG_FORMAT', 'This is not a Statement Studio file: it holds no JSON object.');
  }
  const doc = data as Record<string, unknown>;
  if (doc.format !== STATEMENT_FORMAT) {
    const found = typeof doc.format === 'string' ? `"${doc.format.slice(0, 80)}"` : 'missing';
    return fail('WRONG_FORMAT', `This is not a Statement Studio file: its format is ${found}, expected "${STATEMENT_FORMAT}".`);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('INVALID_STATEMENT', 'The file has no valid format version (field "version").');
  }
  if (version > STATEMENT_VERSION) {
    return fail(
      'NEWER_VERSION',
      `The file was written by a newer Statement Studio (format version ${version}; this one reads up to ${STATEMENT_VERSION}). Update the app to open it.`,
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateStatement(doc, version, migrations);
  } catch (error) {
    return fail('INVALID_STATEMENT', `The file could not be upgraded from version ${version}: ${(error as Error).message}.`);
  }
  const parsed = statementSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('INVALID_STATEMENT', `The file is damaged at ${zodPath(issue.path) || 'the top level'}: ${issue.message}.`);
  }
  const problem = checkEditorState(parsed.data.editor);
  if (problem) return fail('INVALID_STATEMENT', `The file is damaged at ${problem.path}: ${problem.message}.`);
  return ok(parsed.data);
}

/** The file's text: stable key order from the schema, indented so that diffs stay readable. */
export function serializeStatement(statement: Statement): string {
  return `${JSON.stringify(statement, null, 1)}\n`;
}
