import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BackupInfo } from '../../../core/library/api.ts';
import { sqlString } from './sqlite-helpers.ts';

/**
 * Backups of the library: whole, consistent copies made with VACUUM INTO (which reads one
 * snapshot of the database, so a backup never mixes two states), in a folder beside it.
 *
 * - daily: the first time the library opens on a day (UTC) it is copied to
 *   library-YYYY-MM-DD.sqlite; the newest KEEP_BACKUPS of these are kept, so a mistake or a
 *   damaged disk can be undone for the last few days of work;
 * - before-restore and before-migration: made just before a restore replaces the library, or
 *   a newer app upgrades it, so that those steps can be undone too (also KEEP_BACKUPS each).
 */
export const KEEP_BACKUPS = 5;
export const BACKUP_DIR_NAME = 'library-backups';

const NAME_PATTERN = /^library-(\d{4}-\d{2}-\d{2})(?:T(\d{2})-(\d{2})-(\d{2}))?(-before-restore|-before-migration-v\d+)?(?:-(\d{1,4}))?\.sqlite$/;

export function defaultBackupDir(libraryPath: string): string {
  return join(dirname(libraryPath), BACKUP_DIR_NAME);
}

export function isBackupName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

function parseName(name: string): Pick<BackupInfo, 'kind' | 'createdAt'> | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hh, mm, ss, suffix, counter] = match;
  if (suffix === undefined && (hh !== undefined || counter !== undefined)) return null;
  const kind = suffix === undefined ? 'daily' : suffix === '-before-restore' ? 'before-restore' : 'before-migration';
  return { kind, createdAt: `${day}T${hh ?? '00'}:${mm ?? '00'}:${ss ?? '00'}.000Z` };
}

const stamp = (now: Date) => now.toISOString().slice(0, 19).replace(/:/g, '-');

/**
 * The file name of a backup made now. Daily ones are one per day by name; the others get a
 * counter when one of the same second exists, so a backup never overwrites another (say, the
 * one being restored).
 */
export function backupName(kind: BackupInfo['kind'], now: Date, fromVersion = 0, dir?: string): string {
  if (kind === 'daily') return `library-${now.toISOString().slice(0, 10)}.sqlite`;
  const base = `library-${stamp(now)}-${kind === 'before-restore' ? 'before-restore' : `before-migration-v${fromVersion}`}`;
  let name = `${base}.sqlite`;
  for (let n = 2; dir !== undefined && existsSync(join(dir, name)); n++) name = `${base}-${n}.sqlite`;
  return name;
}

/** Copies the open database to dir/name; a copy cut short by a crash is never left under that name. */
export function writeBackup(db: DatabaseSync, dir: string, name: string): void {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    db.exec(`VACUUM INTO ${sqlString(temp)}`);
    renameSync(temp, join(dir, name));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    try {
      backups.push({ name, ...parsed, bytes: statSync(join(dir, name)).size });
    } catch {
      // Deleted while we listed: not a backup any more.
    }
  }
  // Newest first; within one second, the higher counter was made later.
  const counter = (name: string) => Number(NAME_PATTERN.exec(name)?.[6] ?? 1);
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || counter(b.name) - counter(a.name));
}

/** Deletes all but the newest KEEP_BACKUPS of each kind. */
export function rotateBackups(dir: string, keep = KEEP_BACKUPS): void {
  const seen = new Map<BackupInfo['kind'], number>();
  for (const backup of listBackups(dir)) {
    const count = (seen.get(backup.kind) ?? 0) + 1;
    seen.set(backup.kind, count);
    if (count > keep) rmSync(join(dir, backup.name), { force: true });
  }
}

/** Makes today's daily backup unless there is one; returns its name, or null if it already existed. */
export function backupIfDue(db: DatabaseSync, dir: string, now: Date, keep = KEEP_BACKUPS): string | null {
  const name = backupName('daily', now);
  try {
    statSync(join(dir, name));
    return null;
  } catch {
    // Not made yet today.
  }
  writeBackup(db, dir, name);
  rotateBackups(dir, keep);
  return name;
}
