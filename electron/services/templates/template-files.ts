import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { keptCopyText, userTemplateFileName, type TemplateImport } from '../../../core/templates/user-template.ts';
import { writeFileAtomic } from '../documents/atomic-write.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import type { LibraryFileDialogs } from '../library/library-files.ts';
import type { LibraryClient } from '../library/library-client.ts';
import { TEMPLATE_FILE_SUFFIX } from './builtin-templates.ts';

export type TemplateFiles = {
  exportToFile(id: string): Promise<Result<{ name: string }>>;
  importFromFile(): Promise<Result<TemplateImport>>;
  /** The waiting import: replace the template with its id, or keep both (the file's under a free id). */
  resolveImport(importId: string, choice: 'replace' | 'keepBoth'): Promise<Result<TemplateImport>>;
};

const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Template files in and out of the library, through the native dialogs: paths come only from
 * them, never from the window. A file is parsed before anything is written; a malformed one
 * is refused with every problem and its line, named by the file's name, in the language the
 * window shows at the moment (`locale`, English when not given).
 */
export function createTemplateFiles({
  library,
  dialogs,
  locale = () => 'en',
}: {
  library: Pick<LibraryClient, 'getTemplate' | 'saveTemplate' | 'listTemplates'>;
  dialogs: LibraryFileDialogs;
  locale?: () => UiLocale;
}): TemplateFiles {
  let waiting: { importId: string; name: string; text: string; id: string; templateName: string } | null = null;

  async function readText(path: string): Promise<Result<string>> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return fail('IO_ERROR', `${basename(path)} is not a file.`);
      if (info.size > MAX_FILE_BYTES) return fail('TOO_LARGE', `${basename(path)} is larger than 1 MiB; no template is that long.`);
      return ok(new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path)));
    } catch (error) {
      if (error instanceof TypeError) return fail('WRONG_FORMAT', `${basename(path)} is not UTF-8 text, so it cannot be a template.`);
      return fail('IO_ERROR', `Could not read ${basename(path)}: ${describeFsError(error)}.`);
    }
  }

  async function save(name: string, text: string): Promise<Result<TemplateImport>> {
    const saved = await library.saveTemplate(text);
    return saved.ok ? ok({ status: 'imported', name, template: saved.value.template }) : saved;
  }

  return {
    async exportToFile(id) {
      const found = await library.getTemplate(id);
      if (!found.ok) return found;
      const path = await dialogs.chooseSavePath(userTemplateFileName(id));
      if (path === null) return fail('CANCELLED', 'No file was chosen.');
      const target = path.endsWith(TEMPLATE_FILE_SUFFIX) ? path : `${path.replace(/\.md$/, '')}${TEMPLATE_FILE_SUFFIX}`;
      try {
        await writeFileAtomic(target, found.value.text);
      } catch (error) {
        return fail('IO_ERROR', `Could not write ${basename(target)}: ${describeFsError(error)}.`);
      }
      return ok({ name: basename(target) });
    },

    async importFromFile() {
      const path = await dialogs.chooseOpenPath();
      if (path === null) return fail('CANCELLED', 'No file was chosen.');
      const name = basename(path);
      const text = await readText(path);
      if (!text.ok) return text;
      const parsed = parseTemplate(text.value, name, locale());
      if (!parsed.ok) return ok({ status: 'problems', name, problems: parsed.problems });
      const existing = await library.getTemplate(parsed.template.id);
      if (existing.ok) {
        waiting = { importId: randomUUID(), name, text: text.value, id: parsed.template.id, templateName: parsed.template.name };
        return ok({ status: 'exists', name, importId: waiting.importId, id: parsed.template.id, existingName: existing.value.name });
      }
      return save(name, text.value);
    },

    async resolveImport(importId, choice) {
      if (waiting === null || waiting.importId !== importId) return fail('NOT_FOUND', 'That import is no longer waiting; choose the file again.');
      const { name, text, id, templateName } = waiting;
      waiting = null;
      if (choice === 'replace') return save(name, text);
      const listed = await library.listTemplates();
      if (!listed.ok) return listed;
      const taken = { ids: new Set(listed.value.map((t) => t.id)), names: new Set(listed.value.map((t) => t.name)) };
      return save(name, keptCopyText(text, { id, name: templateName }, taken));
    },
  };
}
