import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Result } from '../../../core/ipc/result.ts';
import { NODE_24, REPO_ROOT } from '../support/repo-paths.ts';

const DRIVER = join(REPO_ROOT, 'tests', 'hardening', 'faults', 'fault-driver.ts');

export type FaultChildOptions = {
  /** Run as this user and group (root ignores permission bits, so a read-only folder needs another user). */
  user?: { uid: number; gid: number };
  /** Largest file the child may write, in KiB (bash's ulimit -f): writes past it fail with EFBIG. */
  maxFileKiB?: number;
};

/** A documents service in a child process, driven one command at a time. */
export async function startFaultChild(docPath: string, userDataDir: string, options: FaultChildOptions = {}) {
  const args = [DRIVER, docPath, userDataDir];
  const child: ChildProcessWithoutNullStreams =
    options.maxFileKiB === undefined
      ? spawn(NODE_24, args, { ...options.user })
      : spawn('bash', ['-c', `ulimit -f ${options.maxFileKiB} && exec "$0" "$@"`, NODE_24, ...args], { ...options.user });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Result<unknown>> => {
    const line = await lines.next();
    if (line.done) throw new Error(`the fault driver stopped: ${stderr.slice(0, 2000)}`);
    return JSON.parse(line.value) as Result<unknown>;
  };
  const opened = await next();
  if (!opened.ok) throw new Error(`the fault driver could not open ${docPath}: ${opened.message}`);
  return {
    async run(op: 'save' | 'recovery', gen: number): Promise<Result<unknown>> {
      child.stdin.write(`${JSON.stringify({ op, gen })}\n`);
      return next();
    },
    stop(): Promise<void> {
      return new Promise((resolve) => {
        child.once('close', () => resolve());
        child.stdin.end();
      });
    },
  };
}
