import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTemplates, type LoadedTemplates, type TemplateFile } from '../../../core/templates/load-templates.ts';

/**
 * The built-in templates: every "*.template.md" file of the templates folder shipped with
 * the app (electron/main/app-resources.ts says where it is, packaged or in development).
 * Reading is here, parsing in core: a file that cannot be read or does not parse is
 * reported with its name and left out, and the others load.
 */
export const TEMPLATE_FILE_SUFFIX = '.template.md';

/** A larger file is not a template; the parser would refuse it anyway, so it is not read. */
const MAX_FILE_BYTES = 1024 * 1024;

export async function readTemplateFiles(dir: string): Promise<{ files: TemplateFile[]; unreadable: LoadedTemplates['problems'] }> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(TEMPLATE_FILE_SUFFIX)).sort();
  const files: TemplateFile[] = [];
  const unreadable: LoadedTemplates['problems'] = [];
  for (const name of names) {
    try {
      const buffer = await readFile(join(dir, name));
      if (buffer.byteLength > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1024} KiB`);
      files.push({ name, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) });
    } catch (error) {
      const reason = error instanceof TypeError ? 'it is not UTF-8 text' : (error as Error).message;
      unreadable.push({ file: name, line: 1, column: 1, message: `the file could not be read: ${reason}` });
    }
  }
  return { files, unreadable };
}

export async function loadBuiltinTemplates(dir: string): Promise<LoadedTemplates> {
  let read: Awaited<ReturnType<typeof readTemplateFiles>>;
  try {
    read = await readTemplateFiles(dir);
  } catch (error) {
    return { templates: [], problems: [{ file: dir, line: 1, column: 1, message: `the templates folder could not be read: ${(error as Error).message}` }] };
  }
  const loaded = loadTemplates(read.files);
  return { templates: loaded.templates, problems: [...read.unreadable, ...loaded.problems] };
}

/** The template files for the window to parse; a folder that cannot be read is one reported problem, not a failure. */
export async function builtinTemplateFiles(dir: string): Promise<{ files: TemplateFile[]; unreadable: LoadedTemplates['problems'] }> {
  try {
    return await readTemplateFiles(dir);
  } catch (error) {
    return { files: [], unreadable: [{ file: dir, line: 1, column: 1, message: `the templates folder could not be read: ${(error as Error).message}` }] };
  }
}
