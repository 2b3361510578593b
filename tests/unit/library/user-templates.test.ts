import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../core/ipc/contract.ts';
import { ok } from '../../../core/ipc/result.ts';
import { createHandlers } from '../../../electron/main/ipc/handlers.ts';
import { createRouter, trustOrigin } from '../../../electron/main/ipc/router.ts';
import { openLibrary, type LibraryService } from '../../../electron/services/library/library-service.ts';
import { MIGRATIONS } from '../../../electron/services/library/schema.ts';
import { createTemplateFiles } from '../../../electron/services/templates/template-files.ts';
import { recordingDeps } from '../../hardening/ipc/recording-fakes.ts';
import { failure, tempDir, value } from './helpers.ts';

const TEXT = (id: string, name: string, body = 'Dear {{official}},') =>
  `---\nid: ${id}\nname: ${name}\nlanguage: en\nvariables:\n  official:\n    label: Official\n    type: text\n---\n# A letter\n\n${body}\n`;

/** The library's async client, answered by the service in this thread. */
function clientOf(library: LibraryService) {
  return {
    getTemplate: async (id: string) => library.getTemplate(id),
    saveTemplate: async (text: string) => library.saveTemplate(text),
    listTemplates: async () => library.listTemplates(),
  };
}

async function openTemp(): Promise<{ library: LibraryService; dir: string }> {
  const dir = await tempDir();
  return { library: value(openLibrary({ path: join(dir, 'library.sqlite'), autoBackup: false })), dir };
}

describe('user templates in the library (real SQLite)', () => {
  it('the table comes with the latest migration', async () => {
    const { library, dir } = await openTemp();
    expect(value(library.info()).schemaVersion).toBe(MIGRATIONS.length);
    library.close();
    const db = new DatabaseSync(join(dir, 'library.sqlite'));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'user_templates'").all()).toHaveLength(1);
    db.close();
  });

  it('saves, replaces by id, lists by name, survives a reopen, deletes', async () => {
    const { library, dir } = await openTemp();
    expect(value(library.saveTemplate(TEXT('letter', 'Zebra letter'))).replaced).toBe(false);
    expect(value(library.saveTemplate(TEXT('appeal', 'Appeal')))).toMatchObject({ replaced: false, template: { id: 'appeal', name: 'Appeal' } });
    expect(value(library.saveTemplate(TEXT('letter', 'Letter to the minister')))).toMatchObject({ replaced: true });
    library.close();
    const again = value(openLibrary({ path: join(dir, 'library.sqlite'), autoBackup: false }));
    expect(value(again.listTemplates()).map((t) => [t.id, t.name])).toEqual([['appeal', 'Appeal'], ['letter', 'Letter to the minister']]);
    expect(value(again.getTemplate('letter')).text).toBe(TEXT('letter', 'Letter to the minister'));
    value(again.deleteTemplate('appeal'));
    expect(failure(again.deleteTemplate('appeal')).code).toBe('NOT_FOUND');
    expect(value(again.listTemplates()).map((t) => t.id)).toEqual(['letter']);
    again.close();
  });

  it('refuses text that does not parse, with the line, and writes nothing', async () => {
    const { library } = await openTemp();
    const refused = failure(library.saveTemplate(TEXT('broken', 'Broken', 'Dear {{official}} and {{nobody}},')));
    expect(refused).toMatchObject({ code: 'BAD_ARGUMENTS' });
    expect(refused.message).toMatch(/line \d+: \{\{nobody\}\} has no declaration/);
    expect(value(library.listTemplates())).toEqual([]);
    library.close();
  });
});

describe('template files: export and import through the dialogs', () => {
  it('exports a template to a .template.md file and imports it into a fresh library', async () => {
    const { library, dir } = await openTemp();
    value(library.saveTemplate(TEXT('letter', 'Letter')));
    const saves = [join(dir, 'exported')];
    const files = createTemplateFiles({ library: clientOf(library), dialogs: { chooseOpenPath: async () => join(dir, 'exported.template.md'), chooseSavePath: async () => saves.shift() ?? null } });
    expect(value(await files.exportToFile('letter'))).toEqual({ name: 'exported.template.md' });
    expect(await readFile(join(dir, 'exported.template.md'), 'utf8')).toBe(TEXT('letter', 'Letter'));

    const fresh = value(openLibrary({ path: join(dir, 'other', 'library.sqlite'), autoBackup: false }));
    const into = createTemplateFiles({ library: clientOf(fresh), dialogs: { chooseOpenPath: async () => join(dir, 'exported.template.md'), chooseSavePath: async () => null } });
    expect(value(await into.importFromFile())).toMatchObject({ status: 'imported', name: 'exported.template.md', template: { id: 'letter' } });
    expect(value(fresh.listTemplates()).map((t) => t.name)).toEqual(['Letter']);
    library.close();
    fresh.close();
  });

  it('refuses a malformed file with every problem, its file name and line; an id that exists waits for replace or keep both', async () => {
    const { library, dir } = await openTemp();
    const path = join(dir, 'bad.template.md');
    await writeFile(path, `---\nid: bad\nname: Bad\nlanguage: en\nvariables:\n  when:\n    type: weekday\n  unused:\n    type: text\n---\n# Title\n\nOn {{when}}, {{missing}}.\n`);
    const files = createTemplateFiles({ library: clientOf(library), dialogs: { chooseOpenPath: async () => path, chooseSavePath: async () => null } });
    const refused = value(await files.importFromFile());
    expect(refused.status).toBe('problems');
    expect(refused.status === 'problems' && refused.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'bad.template.md:7 variable "when": unknown variable type "weekday" (types are: text, date, year, number, organisation list, case list, choice)',
      'bad.template.md:8 the variable "unused" is declared but never used',
      'bad.template.md:13 {{missing}} has no declaration under "variables:"',
    ]);
    expect(value(library.listTemplates())).toEqual([]);
    // The same file in a Russian window: the problems in Russian, the file's own syntax quoted.
    const inRussian = createTemplateFiles({ library: clientOf(library), dialogs: { chooseOpenPath: async () => path, chooseSavePath: async () => null }, locale: () => 'ru' });
    const russian = value(await inRussian.importFromFile());
    expect(russian.status === 'problems' && russian.problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '7 переменная «when»: неизвестный тип переменной «weekday» (типы: text, date, year, number, organisation list, case list, choice)',
      '8 переменная «unused» объявлена, но нигде не используется',
      '13 {{missing}} не объявлена в «variables:»',
    ]);

    value(library.saveTemplate(TEXT('letter', 'Letter')));
    await writeFile(path, TEXT('letter', 'Letter, revised'));
    const asked = value(await files.importFromFile());
    expect(asked).toMatchObject({ status: 'exists', id: 'letter', existingName: 'Letter' });
    const kept = value(await files.resolveImport(asked.status === 'exists' ? asked.importId : '', 'keepBoth'));
    expect(kept).toMatchObject({ status: 'imported', template: { id: 'letter-2', name: 'Letter, revised' } });
    const again = value(await files.importFromFile());
    value(await files.resolveImport(again.status === 'exists' ? again.importId : '', 'replace'));
    expect(value(library.listTemplates()).map((t) => [t.id, t.name])).toEqual([['letter', 'Letter, revised'], ['letter-2', 'Letter, revised']]);
    // Kept again, its name is taken too: the copy is named apart.
    const third = value(await files.importFromFile());
    const copy = value(await files.resolveImport(third.status === 'exists' ? third.importId : '', 'keepBoth'));
    expect(copy).toMatchObject({ status: 'imported', template: { id: 'letter-3', name: 'Letter, revised (3)' } });
    expect(failure(await files.resolveImport(again.status === 'exists' ? again.importId : '', 'replace')).code).toBe('NOT_FOUND');
    library.close();
  });
});

describe('template channels: arguments checked before any service', () => {
  it('refuses bad ids, oversized text and unknown choices; passes good ones through', async () => {
    const { deps, calls } = recordingDeps();
    const invoke = createRouter(createHandlers(deps), { isTrustedFrame: trustOrigin('app://statement-studio') });
    const frame = { frameUrl: 'app://statement-studio/index.html' };
    expect(CHANNEL_NAMES).toEqual(expect.arrayContaining(['templates.listUser', 'templates.saveUser', 'templates.deleteUser', 'templates.exportFile', 'templates.importFile', 'templates.resolveImport']));
    for (const [channel, args] of [
      ['templates.deleteUser', { id: '../../etc/passwd' }],
      ['templates.exportFile', { id: 'Letter With Capitals' }],
      ['templates.saveUser', { text: 'x'.repeat(1_000_001) }],
      ['templates.saveUser', { text: '' }],
      ['templates.resolveImport', { importId: '0b5c8c1e-3b1a-4f57-9a55-0c1f8e2e2a11', choice: 'overwrite' }],
      ['templates.importFile', { path: '/etc/passwd' }],
    ] as const) {
      expect(await invoke(frame, channel, args), channel).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    }
    expect(calls).toEqual([]);
    expect(await invoke(frame, 'templates.deleteUser', { id: 'letter-2' })).toEqual(ok(null));
    expect(calls).toEqual([{ service: 'library', method: 'deleteTemplate', args: ['letter-2'] }]);
  });
});
