/**
 * Run by the kill tests as a child process (node_modules/.bin/node save-driver.ts DOC USERDATA START):
 * the real documents service editing, autosaving (recovery journal) and saving one statement
 * in a loop until it is killed. Each finished step is printed as a line, so the parent knows
 * what was on disk for sure at the moment of the kill.
 *   E <gen> <ms>   generation gen was typed (exists only in memory)
 *   R <gen> <ms>   its recovery copy was written
 *   S <gen> <ms>   it was saved to the .statement file
 */
import { createDocumentService } from '../../../electron/services/documents/document-service.ts';
import { growingStatement } from './growing-statement.ts';

const [docPath, userDataDir, startArg] = process.argv.slice(2);
if (docPath === undefined || userDataDir === undefined || startArg === undefined) throw new Error('usage: save-driver DOC USERDATA START');

const say = (line: string) => process.stdout.write(`${line} ${Date.now()}\n`);
const service = createDocumentService({
  userDataDir,
  dialogs: {
    chooseOpenPath: async () => null,
    chooseSavePath: async () => null,
  },
  log: (message) => process.stderr.write(`${message}\n`),
});

const opened = await service.openPath(docPath);
if (!opened.ok) throw new Error(`open failed: ${opened.code} ${opened.message}`);
const id = opened.value.id;
say('READY 0');
for (let gen = Number(startArg); ; gen++) {
  const statement = growingStatement(gen);
  say(`E ${gen}`);
  const recovery = await service.writeRecovery(id, statement);
  if (!recovery.ok) throw new Error(`recovery failed: ${recovery.message}`);
  say(`R ${gen}`);
  // Saved every third generation: kills land in saves, in recovery writes and between them.
  if (gen % 3 === 0) {
    const saved = await service.save(id, statement);
    if (!saved.ok) throw new Error(`save failed: ${saved.message}`);
    say(`S ${gen}`);
  }
}
