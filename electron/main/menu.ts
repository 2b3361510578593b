import type { MenuItemConstructorOptions } from 'electron';
import type { RecentDocument } from '../../core/ipc/contract.ts';
import { UI_LOCALES, type UiLocale } from '../../core/i18n/ui-locale.ts';
import { menuMessages, UI_LOCALE_NAMES } from './menu-messages.ts';

/**
 * The native menus. Items that act on the document send a command id to the renderer
 * (see renderer/app/commands.ts), which owns the editor; clipboard and undo use Electron's
 * roles, which reach the editor as ordinary input events.
 */
export type MenuContext = {
  platform: NodeJS.Platform;
  appName: string;
  recent: RecentDocument[];
  isDevelopment: boolean;
  /** The interface language the menus are written in, and the writer's way to switch it. */
  locale: UiLocale;
  chooseLocale(locale: UiLocale): void;
  send(id: string, arg?: string): void;
  showAbout(): void;
};

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const m = menuMessages[ctx.locale];
  const command = (label: string, id: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(id),
  });
  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length > 0
      ? ctx.recent.map((doc) => ({ label: doc.name, toolTip: doc.path, click: () => ctx.send('file.openRecent', doc.path) }))
      : [{ label: m.noRecent, enabled: false }];

  return [
    ...(isMac
      ? [{ label: ctx.appName, submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] } as MenuItemConstructorOptions]
      : []),
    {
      label: m.file,
      submenu: [
        command(m.newStatement, 'file.new', 'CmdOrCtrl+N'),
        command(m.newFromTemplate, 'file.newFromTemplate', 'CmdOrCtrl+Shift+N'),
        command(m.newEdition, 'file.newEdition'),
        command(m.importStatement, 'file.import'),
        command(m.importArchive, 'file.importArchive'),
        command(m.open, 'file.open', 'CmdOrCtrl+O'),
        { label: m.openRecent, submenu: recentItems },
        { type: 'separator' },
        command(m.save, 'file.save', 'CmdOrCtrl+S'),
        command(m.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        command(m.saveAsTemplate, 'file.saveAsTemplate'),
        command(m.export, 'file.export', 'CmdOrCtrl+E'),
        command(m.print, 'file.print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        command(m.close, 'file.close', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'quit', label: m.exit } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        // Word's redo is Ctrl+Y; Ctrl+Shift+Z is handled by the editor itself.
        { role: 'redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle', label: m.pastePlain },
        { role: 'selectAll' },
      ],
    },
    {
      label: m.insert,
      submenu: [
        command(m.link, 'insert.link', 'CmdOrCtrl+K'),
        command(m.footnote, 'insert.footnote', 'CmdOrCtrl+Alt+F'),
        command(m.libraryNote, 'insert.libraryNote'),
        command(m.libraryCase, 'insert.case', 'CmdOrCtrl+Shift+K'),
        command(m.leadSentence, 'insert.leadSentence'),
        { type: 'separator' },
        command(m.convertNotes, 'insert.convertNotes'),
        command(m.templateVariable, 'insert.templateVariable'),
      ],
    },
    {
      label: m.format,
      submenu: [
        command(m.bold, 'format.bold', 'CmdOrCtrl+B'),
        command(m.italic, 'format.italic', 'CmdOrCtrl+I'),
        command(m.underline, 'format.underline', 'CmdOrCtrl+U'),
        command(m.strikethrough, 'format.strikethrough'),
        command(m.superscript, 'format.superscript', 'CmdOrCtrl+Shift+='),
        command(m.subscript, 'format.subscript', 'CmdOrCtrl+='),
        { type: 'separator' },
        command(m.bodyText, 'block.paragraph', 'CmdOrCtrl+Alt+0'),
        command(m.heading1, 'block.h1', 'CmdOrCtrl+Alt+1'),
        command(m.heading2, 'block.h2', 'CmdOrCtrl+Alt+2'),
        command(m.heading3, 'block.h3', 'CmdOrCtrl+Alt+3'),
        command(m.quote, 'block.quote'),
        { type: 'separator' },
        command(m.bulletList, 'block.bullet'),
        command(m.numberedList, 'block.number'),
      ],
    },
    {
      label: m.view,
      submenu: [
        {
          label: m.interfaceLanguage,
          submenu: UI_LOCALES.map((locale) => ({ label: UI_LOCALE_NAMES[locale], type: 'radio', checked: ctx.locale === locale, click: () => ctx.chooseLocale(locale) })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(ctx.isDevelopment ? [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'toggleDevTools' } as MenuItemConstructorOptions] : []),
      ],
    },
    {
      label: m.help,
      role: 'help',
      submenu: [{ label: m.about(ctx.appName), click: () => ctx.showAbout() }],
    },
  ];
}
