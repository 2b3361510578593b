import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels } from '../../../core/ipc/contract.ts';
import { createHandlers } from '../../../electron/main/ipc/handlers.ts';
import { createRouter, trustOrigin } from '../../../electron/main/ipc/router.ts';
import { argumentKeys, hostileArguments, OVERSIZED, TRAVERSAL, unboundedKeys } from '../../hardening/ipc/hostile-arguments.ts';
import { recordingDeps } from '../../hardening/ipc/recording-fakes.ts';
import { makeService } from '../documents/helpers.ts';

const APP_FRAME = { frameUrl: 'app://statement-studio/index.html' };
const FOREIGN_FRAMES = [
  'https://evil.example/',
  'http://statement-studio/',
  'file:///tmp/statement.html',
  'app://statement-studio.evil.example/',
  'app://user:secret@statement-studio/',
  'app://evil/',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'data:text/html,<script>1</script>',
  '',
  null,
  undefined,
];

function harness() {
  const { deps, calls } = recordingDeps();
  const logged: Array<{ channel: string; code: string; message: string }> = [];
  const invoke = createRouter(createHandlers(deps), { isTrustedFrame: trustOrigin('app://statement-studio'), log: (entry) => logged.push(entry) });
  return { invoke, calls, logged };
}

describe('IPC: hostile calls on every channel of the contract', () => {
  it('covers every channel (generated from CHANNEL_NAMES)', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(40);
    console.info(`[hardening] ipc: ${CHANNEL_NAMES.length} channels, ${CHANNEL_NAMES.reduce((n, c) => n + hostileArguments(c).length + FOREIGN_FRAMES.length, 0)} hostile calls`);
  });

  it('every argument schema is strict: unknown keys are refused, never passed through', () => {
    const loose = CHANNEL_NAMES.filter((channel) => {
      const keys = argumentKeys(channel);
      return keys.length === 0 ? channels[channel].args.safeParse({ unexpected: 1 }).success : false;
    });
    expect(loose).toEqual([]);
    // Objects with keys: an unknown key is reported as such even when everything else is wrong.
    const notStrict = CHANNEL_NAMES.filter((channel) => {
      const result = channels[channel].args.safeParse({ unexpected: 1 });
      return !result.success && !result.error.issues.some((issue) => issue.code === 'unrecognized_keys') && argumentKeys(channel).length > 0
        && channels[channel].args.safeParse({}).success;
    });
    expect(notStrict).toEqual([]);
  });

  it('no argument takes a string of unbounded length', () => {
    expect(CHANNEL_NAMES.flatMap((channel) => unboundedKeys(channel).map((key) => `${channel}.${key}`))).toEqual([]);
  });

  it.each(CHANNEL_NAMES)('%s: refused from a foreign frame, logged, no service called', async (channel) => {
    const { invoke, calls, logged } = harness();
    for (const frameUrl of FOREIGN_FRAMES) {
      expect(await invoke({ frameUrl }, channel, {})).toEqual({ ok: false, code: 'BAD_SENDER', message: 'The request did not come from the Statement Studio window.' });
    }
    expect(logged).toHaveLength(FOREIGN_FRAMES.length);
    expect(logged.every((entry) => entry.channel === channel && entry.code === 'BAD_SENDER')).toBe(true);
    expect(calls).toEqual([]);
  });

  it.each(CHANNEL_NAMES)('%s: wrong types, oversized strings, extra keys and paths refused as BAD_ARGUMENTS, logged, no service called', async (channel) => {
    const { invoke, calls, logged } = harness();
    const cases = hostileArguments(channel);
    // "no arguments" is refused by every channel; the rest depend on its keys.
    expect(cases.length).toBeGreaterThanOrEqual(argumentKeys(channel).length === 0 ? 4 : 8);
    for (const { label, args } of cases) {
      const result = await invoke(APP_FRAME, channel, args);
      expect(result, label).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
      // The message names the channel and where the problem is, and does not echo a huge value back.
      expect(!result.ok && result.message, label).toMatch(new RegExp(`^Invalid arguments for ${channel.replace('.', '\\.')} at `));
      expect(!result.ok && result.message.length, label).toBeLessThan(2_000);
    }
    expect(logged).toHaveLength(cases.length);
    expect(calls).toEqual([]);
  });

  it('refuses unknown and prototype channel names, logged, no service called', async () => {
    const { invoke, calls, logged } = harness();
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'documents', 'documents.open ', 'Documents.open', 'documents.open\u0000', OVERSIZED.slice(0, 100_000), 42, null, { toString: () => 'documents.open' }];
    for (const name of names) expect(await invoke(APP_FRAME, name, {})).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    expect(logged).toHaveLength(names.length);
    expect(logged.every((entry) => entry.channel.length <= 100)).toBe(true);
    expect(calls).toEqual([]);
  });
});

describe('IPC: paths outside what the writer chose', () => {
  it('documents.openRecent with the real documents service: refused, the file never read', async () => {
    const { service } = await makeService();
    const { deps } = recordingDeps();
    const logged: string[] = [];
    const invoke = createRouter(createHandlers({ ...deps, documents: service }), { isTrustedFrame: trustOrigin('app://statement-studio'), log: (entry) => void logged.push(`${entry.channel} ${entry.code}`) });
    const passwd = await readFile('/etc/passwd', 'utf8').catch(() => null);
    for (const path of TRAVERSAL) {
      const result = await invoke(APP_FRAME, 'documents.openRecent', { path });
      expect(result).toEqual({ ok: false, code: 'REFUSED', message: 'That file is not in the list of recent statements.' });
    }
    expect(logged).toEqual(TRAVERSAL.map(() => 'documents.openRecent REFUSED'));
    // Still on the list? Nothing was added by the attempts.
    expect(await invoke(APP_FRAME, 'documents.recent', {})).toEqual({ ok: true, value: [] });
    if (passwd !== null) expect(passwd.length).toBeGreaterThan(0);
  });

  it('export.reveal: only files this session exported; the file manager is never asked', async () => {
    const { invoke, calls, logged } = harness();
    for (const path of TRAVERSAL) expect(await invoke(APP_FRAME, 'export.reveal', { path })).toMatchObject({ ok: false, code: 'REFUSED' });
    expect(logged.map((entry) => `${entry.channel} ${entry.code}`)).toEqual(TRAVERSAL.map(() => 'export.reveal REFUSED'));
    // The handler asked the export service whether it wrote the path, and never revealed it.
    expect(calls.map((c) => `${c.service}.${c.method}`)).toEqual(TRAVERSAL.map(() => 'exports.service.wrote'));
  });

  it('library.restoreBackup: a path instead of a backup name never reaches the library', async () => {
    const { invoke, calls, logged } = harness();
    for (const name of [...TRAVERSAL, 'library-2025-01-01.sqlite/../../x', 'library-2025-01-01.sqlite\u0000.txt']) {
      expect(await invoke(APP_FRAME, 'library.restoreBackup', { name })).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    }
    expect(logged.length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });
});
