import type { MenuItemConstructorOptions } from 'electron';
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../core/i18n/ui-locale.ts';
import { buildMenuTemplate } from '../../../electron/main/menu.ts';
import { isFileCommand } from '../../../renderer/app/commands.ts';
import { runEditorMenuCommand } from '../../../renderer/editor/menu-commands.ts';

const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];

/** The menus of one platform and language, with every command id their items send. */
function menus(platform: NodeJS.Platform, locale: (typeof UI_LOCALES)[number]) {
  const sent: string[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'Statement Studio',
    recent: [{ path: '/home/writer/letter.statement', name: 'letter.statement' }],
    isDevelopment: false,
    locale,
    chooseLocale: () => {},
    send: (id) => void sent.push(id),
    showAbout: () => {},
  });
  return { template, sent };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

/** "CmdOrCtrl+Shift+N" and "Ctrl+Shift+N" are the same keys on Windows and Linux. */
const keysOf = (accelerator: string, platform: NodeJS.Platform) =>
  accelerator.replace(/CmdOrCtrl|CommandOrControl/, platform === 'darwin' ? 'Cmd' : 'Ctrl').split('+').sort().join('+').toLowerCase();

describe('menu accelerators and commands', () => {
  it.each(PLATFORMS)('no two menu items share a shortcut (%s)', (platform) => {
    for (const locale of UI_LOCALES) {
      const accelerators = items(menus(platform, locale).template).flatMap((item) => (item.accelerator ? [keysOf(String(item.accelerator), platform)] : []));
      const repeated = accelerators.filter((keys, i) => accelerators.indexOf(keys) !== i);
      expect(repeated, `${platform} ${locale}`).toEqual([]);
      expect(accelerators).toContain(keysOf('CmdOrCtrl+P', platform));
    }
  });

  it('every command a menu item sends is one the window handles (its File commands or the editor)', () => {
    const { template, sent } = menus('linux', 'en');
    for (const item of items(template)) if (typeof item.click === 'function') (item.click as () => void)();
    const editor = createEditor();
    const unhandled = sent.filter((id) => !isFileCommand(id) && !runEditorMenuCommand(editor, id));
    expect(sent.length).toBeGreaterThanOrEqual(30);
    expect(unhandled).toEqual([]);
    expect(sent).toEqual(expect.arrayContaining(['file.print', 'file.close', 'insert.footnote', 'format.bold', 'block.quote']));
  });

  it('every File, Insert and Format item has a shortcut or an access key (Alt, then its letter)', () => {
    for (const locale of UI_LOCALES) {
      const top = menus('win32', locale).template.slice(0, 5).filter((menu) => ['file', 'insert', 'format'].some((id) => menusNamed(locale)[id] === menu.label));
      expect(top).toHaveLength(3);
      for (const menu of top) {
        // A submenu's own items (Open Recent's files) are reached with the arrow keys once it is open.
        for (const item of menu.submenu as MenuItemConstructorOptions[]) {
          if (item.type === 'separator' || item.role) continue;
          expect(Boolean(item.accelerator) || /&./u.test(item.label ?? ''), `${locale}: ${item.label}`).toBe(true);
        }
      }
    }
  });
});

/** The labels of the File, Insert and Format menus in each language (read from the built menu, in order). */
function menusNamed(locale: (typeof UI_LOCALES)[number]): Record<string, string | undefined> {
  const labels = menus('win32', locale).template.map((menu) => menu.label);
  return { file: labels[0], insert: labels[2], format: labels[3] };
}
