import type { MenuItemConstructorOptions } from 'electron';
import type { RecentDocument } from '../../core/ipc/contract.ts';

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
  send(id: string, arg?: string): void;
  showAbout(): void;
};

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const command = (label: string, id: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(id),
  });
  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length > 0
      ? ctx.recent.map((doc) => ({ label: doc.name, toolTip: doc.path, click: () => ctx.send('file.openRecent', doc.path) }))
      : [{ label: 'No Recent Statements', enabled: false }];

  return [
    ...(isMac
      ? [{ label: ctx.appName, submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] } as MenuItemConstructorOptions]
      : []),
    {
      label: '&File',
      submenu: [
        command('&New Statement', 'file.new', 'CmdOrCtrl+N'),
        command('New from &Template…', 'file.newFromTemplate', 'CmdOrCtrl+Shift+N'),
        command('New E&dition…', 'file.newEdition'),
        command('&Import a Statement…', 'file.import'),
        command('&Open…', 'file.open', 'CmdOrCtrl+O'),
        { label: 'Open &Recent', submenu: recentItems },
        { type: 'separator' },
        command('&Save', 'file.save', 'CmdOrCtrl+S'),
        command('Save &As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        command('&Export…', 'file.export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('&Close', 'file.close', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'quit', label: 'E&xit' } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        // Word's redo is Ctrl+Y; Ctrl+Shift+Z is handled by the editor itself.
        { role: 'redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&Insert',
      submenu: [
        command('&Link…', 'insert.link', 'CmdOrCtrl+K'),
        command('&Footnote', 'insert.footnote', 'CmdOrCtrl+Alt+F'),
        command('&Note from Library…', 'insert.libraryNote'),
        command('&Case from Library…', 'insert.case', 'CmdOrCtrl+Shift+K'),
        command('&Issuing Organisations (Lead Sentence)', 'insert.leadSentence'),
        { type: 'separator' },
        command('&Convert [1] Notes to Footnotes', 'insert.convertNotes'),
      ],
    },
    {
      label: 'F&ormat',
      submenu: [
        command('&Bold', 'format.bold', 'CmdOrCtrl+B'),
        command('&Italic', 'format.italic', 'CmdOrCtrl+I'),
        command('&Underline', 'format.underline', 'CmdOrCtrl+U'),
        command('&Strikethrough', 'format.strikethrough'),
        command('Su&perscript', 'format.superscript', 'CmdOrCtrl+Shift+='),
        command('Subs&cript', 'format.subscript', 'CmdOrCtrl+='),
        { type: 'separator' },
        command('Body &Text', 'block.paragraph', 'CmdOrCtrl+Alt+0'),
        command('Heading &1', 'block.h1', 'CmdOrCtrl+Alt+1'),
        command('Heading &2', 'block.h2', 'CmdOrCtrl+Alt+2'),
        command('Heading &3', 'block.h3', 'CmdOrCtrl+Alt+3'),
        command('&Quote', 'block.quote'),
        { type: 'separator' },
        command('Bulleted &List', 'block.bullet'),
        command('&Numbered List', 'block.number'),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(ctx.isDevelopment ? [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'toggleDevTools' } as MenuItemConstructorOptions] : []),
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: `&About ${ctx.appName}`, click: () => ctx.showAbout() }],
    },
  ];
}
