/**
 * Commands of the app itself (the File menu); the editor's own commands (format.*,
 * block.*, insert.*) are run by renderer/editor/menu-commands.ts.
 */
export const FILE_COMMANDS = ['file.new', 'file.newFromTemplate', 'file.newEdition', 'file.import', 'file.importArchive', 'file.open', 'file.openRecent', 'file.save', 'file.saveAs', 'file.saveAsTemplate', 'file.export', 'file.print', 'file.close'] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];
export const isFileCommand = (id: string): id is FileCommand => (FILE_COMMANDS as readonly string[]).includes(id);
