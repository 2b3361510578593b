import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { documentPathsFromArgv } from '../../../electron/main/argv.ts';
import { buildMenuTemplate } from '../../../electron/main/menu.ts';
import { fitToDisplays, loadWindowBounds, saveWindowBounds } from '../../../electron/main/window-state.ts';

describe('command line', () => {
  it('finds .statement files and resolves them against the working folder', () => {
    const argv = ['/opt/Statement Studio/statement-studio', '--no-sandbox', 'letter.statement', '/tmp/Other.STATEMENT', 'notes.txt', '--inspect=9229'];
    expect(documentPathsFromArgv(argv, '/home/aida')).toEqual(['/home/aida/letter.statement', '/tmp/Other.STATEMENT']);
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('is remembered between runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'win-'));
    expect(await loadWindowBounds(dir)).toBeNull();
    await saveWindowBounds(dir, { x: 40, y: 30, width: 1000, height: 800, maximized: true });
    expect(await loadWindowBounds(dir)).toEqual({ x: 40, y: 30, width: 1000, height: 800, maximized: true });
  });
  it('survives a corrupt file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'win-'));
    await writeFile(join(dir, 'window-state.json'), '{"x": "left"');
    expect(await loadWindowBounds(dir)).toBeNull();
  });
  it('is dropped when its monitor is gone, and shrunk to fit a smaller one', () => {
    expect(fitToDisplays({ x: 2500, y: 100, width: 800, height: 600 }, screen)).toBeNull();
    expect(fitToDisplays({ x: 100, y: 100, width: 2500, height: 1600 }, screen)).toEqual({ x: 100, y: 100, width: 1920, height: 1040 });
    expect(fitToDisplays({ x: 100, y: 100, width: 800, height: 600 }, screen)).toEqual({ x: 100, y: 100, width: 800, height: 600 });
  });
});

describe('menus', () => {
  function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
    return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  }
  const build = (platform: NodeJS.Platform, sent: string[] = []) =>
    buildMenuTemplate({ platform, appName: 'Statement Studio', recent: [{ path: '/d/a.statement', name: 'a.statement' }], isDevelopment: false, locale: 'en', chooseLocale: () => {}, send: (id, arg) => sent.push(arg ? `${id} ${arg}` : id), showAbout: () => {} });

  it('has the six menus and the usual accelerators', () => {
    expect(build('linux').map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'Insert', 'Format', 'View', 'Help']);
    const accel = Object.fromEntries(items(build('linux')).filter((i) => i.accelerator).map((i) => [String(i.accelerator), i.label ?? i.role]));
    expect(accel).toMatchObject({
      'CmdOrCtrl+N': '&New Statement',
      'CmdOrCtrl+O': '&Open…',
      'CmdOrCtrl+S': '&Save',
      'CmdOrCtrl+Shift+S': 'Save &As…',
      'CmdOrCtrl+W': '&Close',
      'CmdOrCtrl+Z': 'undo',
      'Ctrl+Y': 'redo',
      'CmdOrCtrl+K': '&Link…',
      'CmdOrCtrl+B': '&Bold',
      'CmdOrCtrl+I': '&Italic',
      'CmdOrCtrl+U': '&Underline',
    });
    expect(items(build('darwin')).some((i) => i.accelerator === 'Cmd+Shift+Z')).toBe(true);
  });
  it('sends document commands to the renderer, with the path for a recent file', () => {
    const sent: string[] = [];
    const all = items(build('linux', sent));
    const click = (label: string) => (all.find((i) => i.label === label)!.click as () => void)();
    click('&Save');
    click('a.statement');
    click('Heading &2');
    expect(sent).toEqual(['file.save', 'file.openRecent /d/a.statement', 'block.h2']);
  });
  it('offers developer tools only in development', () => {
    expect(items(build('linux')).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
});
