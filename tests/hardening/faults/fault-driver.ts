/**
 * Run by the disk-fault tests as a child process (node_modules/.bin/node fault-driver.ts DOC USERDATA),
 * so that it can run under another user (a read-only folder for root) or a file-size limit
 * (ulimit -f: the kernel refuses bytes mid-write, as on a full disk). It opens DOC with the
 * real documents service, then answers one JSON command per stdin line with one JSON line:
 *   {"op":"recovery","gen":n}  write generation n's recovery copy
 *   {"op":"save","gen":n}      save generation n to DOC
 */
import { createInterface } from 'node:readline';
import { createDocumentService } from '../../../electron/services/documents/document-service.ts';
import { growingStatement } from '../kill/growing-statement.ts';

const [docPath, userDataDir] = process.argv.slice(2);
if (docPath === undefined || userDataDir === undefined) throw new Error('usage: fault-driver DOC USERDATA');

const service = createDocumentService({
  userDataDir,
  dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
  log: (message) => process.stderr.write(`${message}\n`),
});
const opened = await service.openPath(docPath);
process.stdout.write(`${JSON.stringify(opened.ok ? { ok: true } : opened)}\n`);
if (!opened.ok) process.exit(1);
const id = opened.value.id;

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { op: 'save' | 'recovery'; gen: number };
  const statement = growingStatement(command.gen);
  const result = command.op === 'save' ? await service.save(id, statement) : await service.writeRecovery(id, statement);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
