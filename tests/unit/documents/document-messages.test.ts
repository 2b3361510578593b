import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { diskFullFor, makeService, sampleStatement, snapshot, tempDir, writeStatementFile } from './helpers.ts';

/** The writer switches the interface language while the app runs: each call answers in the language of that moment. */
function switchable(start: UiLocale) {
  let locale = start;
  return { locale: () => locale, set: (next: UiLocale) => void (locale = next) };
}

describe('documents: what the writer is told, in the interface language', () => {
  it('says a full disk in Russian, loses nothing, and in English again after a switch', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const before = await snapshot(path);
    const language = switchable('ru');
    const { service } = await makeService({ fs: diskFullFor('Too big for the disk'), locale: language.locale });
    const opened = await service.openPath(path);
    if (!opened.ok) throw new Error(opened.message);
    expect(await service.save(opened.value.id, sampleStatement('Too big for the disk'))).toEqual({
      ok: false,
      code: 'IO_ERROR',
      message: 'Не удалось сохранить «kloop.statement»: на диске не осталось места (ENOSPC).',
    });
    expect(await snapshot(path)).toEqual(before);
    expect(await readdir(docs)).toEqual(['kloop.statement']);
    language.set('en');
    expect(await service.save(opened.value.id, sampleStatement('Too big for the disk'))).toMatchObject({ message: 'Could not save “kloop.statement”: the disk is full (ENOSPC).' });
  });

  it('says in Russian why a file cannot be opened: not a statement, missing, changed by another program', async () => {
    const docs = await tempDir();
    const binary = join(docs, 'scan.statement');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    const { service } = await makeService({ locale: () => 'ru' });
    expect(await service.openPath(binary)).toMatchObject({ code: 'NOT_JSON', message: 'Не удалось открыть «scan.statement»: это не текст в кодировке UTF-8, значит, и не заявление.' });
    expect(await service.openPath(join(docs, 'gone.statement'))).toMatchObject({ code: 'NOT_FOUND', message: 'Не удалось открыть «gone.statement»: файла или его папки не существует (ENOENT).' });

    const path = await writeStatementFile(docs, 'letter.statement');
    const opened = await service.openPath(path);
    if (!opened.ok) throw new Error(opened.message);
    await writeStatementFile(docs, 'letter.statement', sampleStatement('Changed by a colleague'));
    expect(await service.save(opened.value.id, sampleStatement('Mine'))).toMatchObject({
      code: 'CHANGED_ON_DISK',
      message: 'Другая программа изменила «letter.statement» после того, как вы его открыли. Если сохранить сейчас, эти изменения пропадут.',
    });
  });
});
