import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { createDocumentService } from '../../../electron/services/documents/document-service.ts';
import { NODE_24, REPO_ROOT } from '../support/repo-paths.ts';
import { random as seededRandom } from '../../../bench/library-data.ts';
import { growingStatement, generationOf } from './growing-statement.ts';
import { runAndKill, type DriverLog } from './kill-cycle.ts';

const DRIVER = join(REPO_ROOT, 'tests', 'hardening', 'kill', 'save-driver.ts');
const DOC_NAME = 'doc.statement';
/** The promise: recovery loses at most the last second of typing. */
export const MAX_LOST_MS = 1000;

export type KillStats = {
  kills: number;
  killedBeforeReady: number;
  /** Kills after which the .statement file held the version being saved rather than the previous one. */
  fileWasNew: number;
  /** Kills after which the newest edit survived only in the recovery journal. */
  restoredFromRecovery: number;
  /** Longest span of typing lost to a kill, in ms (0 when nothing typed was lost). */
  maxLostMs: number;
  /** Temp files left behind by interrupted writes (never listed or opened as documents). */
  leftoverTempFiles: number;
  generations: number;
};

/** A whole statement file of a known generation, or an exception saying what is wrong with it. */
function checkWhole(text: string, what: string): number {
  const parsed = parseStatement(text);
  if (!parsed.ok) throw new Error(`${what} does not parse: ${parsed.message}`);
  const gen = generationOf(parsed.value);
  if (gen === null) throw new Error(`${what} is not a generation: ${parsed.value.meta.title}`);
  if (serializeStatement(parsed.value) !== serializeStatement(growingStatement(gen))) throw new Error(`${what} is a mix, not generation ${gen}`);
  return gen;
}

/** What the newest recovery copy holds, read back through a fresh service as the app does at start. */
async function recoveredGeneration(userDataDir: string): Promise<number | null> {
  const service = createDocumentService({ userDataDir, dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null }, log: () => undefined });
  const listed = await service.listRecovery();
  if (!listed.ok) throw new Error(`listRecovery failed: ${listed.message}`);
  let best: { gen: number; statement: Statement } | null = null;
  for (const entry of listed.value) {
    const restored = await service.restoreRecovery(entry.recoveryId);
    if (!restored.ok) throw new Error(`restoreRecovery failed: ${restored.message}`);
    const gen = checkWhole(serializeStatement(restored.value.statement), `recovery copy ${entry.recoveryId}`);
    if (best === null || gen > best.gen) best = { gen, statement: restored.value.statement };
    // Closing the restored document removes its copy: the next run starts with a clean journal.
    const closed = await service.close(restored.value.id);
    if (!closed.ok) throw new Error(`close failed: ${closed.message}`);
  }
  return best?.gen ?? null;
}

/**
 * Kills the documents service `kills` times at random moments while it types, autosaves and
 * saves, and checks after each kill that the file is whole (old or new), temp files are not
 * taken for documents, and what was typed more than a second before the kill survives.
 */
export async function runKillCampaign(options: { kills: number; seed: number; maxDelayMs?: number }): Promise<KillStats> {
  const random = seededRandom(options.seed);
  const root = await mkdtemp(join(tmpdir(), 'statement-studio-kill-'));
  const docs = join(root, 'docs');
  const userData = join(root, 'user-data');
  await mkdir(docs);
  const docPath = join(docs, DOC_NAME);
  await writeFile(docPath, serializeStatement(growingStatement(0)));
  const stats: KillStats = { kills: 0, killedBeforeReady: 0, fileWasNew: 0, restoredFromRecovery: 0, maxLostMs: 0, leftoverTempFiles: 0, generations: 0 };
  let fileGen = 0;
  let nextGen = 1;
  try {
    for (let i = 0; i < options.kills; i++) {
      const beforeReady = random() < 0.1;
      const delay = Math.floor(random() * (options.maxDelayMs ?? 600));
      const { log, killedAt } = await runAndKill(NODE_24, [DRIVER, docPath, userData, String(nextGen)], delay, beforeReady);
      const where = `kill ${i + 1} (seed ${options.seed}, ${beforeReady ? 'before ready' : 'after ready'} +${delay} ms)`;
      stats.kills++;
      if (!log.ready) stats.killedBeforeReady++;

      const newFileGen = checkWhole(await readFile(docPath, 'utf8'), `${where}: ${DOC_NAME}`);
      const inFlight = inFlightSave(log, fileGen);
      if (newFileGen !== (log.lastSaved ?? fileGen) && newFileGen !== inFlight) {
        throw new Error(`${where}: the file holds generation ${newFileGen}; expected the last save ${log.lastSaved ?? fileGen} or the one in flight ${inFlight}`);
      }
      if (newFileGen !== (log.lastSaved ?? fileGen)) stats.fileWasNew++;
      fileGen = newFileGen;

      const names = await readdir(docs);
      const foreign = names.filter((n) => n !== DOC_NAME && n !== `${DOC_NAME}.bak` && !(n.startsWith('.') && n.endsWith('.tmp')));
      if (foreign.length > 0) throw new Error(`${where}: unexpected files beside the document: ${foreign.join(', ')}`);
      if (names.includes(`${DOC_NAME}.bak`)) checkWhole(await readFile(join(docs, `${DOC_NAME}.bak`), 'utf8'), `${where}: the .bak`);

      const recovered = await recoveredGeneration(userData);
      const survivor = Math.max(fileGen, recovered ?? -1);
      if (recovered !== null && recovered > fileGen) stats.restoredFromRecovery++;
      const acked = Math.max(log.lastSaved ?? -1, log.lastRecovered ?? -1);
      if (survivor < acked) throw new Error(`${where}: generation ${acked} was written, but only ${survivor} survived`);
      const lost = [...log.typed].filter(([gen]) => gen > survivor);
      const oldestLost = Math.min(...lost.map(([, at]) => at));
      const lostMs = lost.length === 0 ? 0 : killedAt - oldestLost;
      if (lostMs > MAX_LOST_MS) throw new Error(`${where}: typing from ${lostMs} ms before the kill was lost (generations after ${survivor})`);
      stats.maxLostMs = Math.max(stats.maxLostMs, lostMs);
      stats.generations += log.typed.size;
      nextGen = Math.max(nextGen, ...log.typed.keys()) + 1;
    }
    const recoveryDir = join(userData, 'recovery');
    const leftovers = [...(await readdir(docs)), ...(await readdir(recoveryDir).catch(() => []))].filter((n) => n.endsWith('.tmp'));
    stats.leftoverTempFiles = leftovers.length;
    return stats;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The generation a save was writing when the driver died, if one was under way. */
function inFlightSave(log: DriverLog, fileGen: number): number | null {
  const last = Math.max(...log.typed.keys());
  const saved = log.lastSaved ?? fileGen;
  return Number.isFinite(last) && last % 3 === 0 && last > saved ? last : null;
}
