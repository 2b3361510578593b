import { STATEMENT_VERSION } from './format.ts';

/**
 * One step per version: MIGRATIONS[n] turns a version-n document into version n+1.
 * Files are only ever migrated forward; a file newer than this build is refused, never
 * rewritten in an older version.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrateStatement(
  doc: Record<string, unknown>,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = STATEMENT_VERSION,
): Record<string, unknown> {
  let current = doc;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from version ${v} to ${v + 1}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
