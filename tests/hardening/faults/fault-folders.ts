import { chmod, chown, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeStatement } from '../../../core/statement/parse.ts';
import { growingStatement } from '../kill/growing-statement.ts';

/** The user the read-only test runs its child as when the tests run as root (root ignores permission bits). */
export const NOBODY = { uid: 65534, gid: 65534 };
export const runningAsRoot = process.getuid?.() === 0;

/**
 * A document folder holding doc.statement (generation 1) and a user-data folder, owned by the
 * child's user, so that chmod on them binds the child even when the tests run as root.
 */
export async function faultFolders() {
  const root = await mkdtemp(join(tmpdir(), 'statement-studio-faults-'));
  await chmod(root, 0o755);
  const docs = join(root, 'docs');
  const userData = join(root, 'user-data');
  await mkdir(docs);
  await mkdir(userData);
  const docPath = join(docs, 'doc.statement');
  await writeFile(docPath, serializeStatement(growingStatement(1)));
  if (runningAsRoot) for (const path of [docs, userData, docPath]) await chown(path, NOBODY.uid, NOBODY.gid);
  return {
    root,
    docs,
    userData,
    docPath,
    user: runningAsRoot ? NOBODY : undefined,
    recoveryCopies: async () => (await readdir(join(userData, 'recovery')).catch(() => [])).filter((n) => n.endsWith('.json')),
    remove: async () => {
      await chmod(docs, 0o755).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}
