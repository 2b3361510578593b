import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { backupName } from '../../../electron/services/library/backups.ts';
import { createLibraryClient, type LibraryClient } from '../../../electron/services/library/library-client.ts';
import { draft, failure, tempDir, tempLibrary, value } from './helpers.ts';

const ORGANISATION = { fullName: 'Legal Prosperity', abbreviation: '', country: 'KG', exileCountry: null, website: 'https://example.org/', names: [], tags: [] };

const clients: LibraryClient[] = [];
afterEach(async () => {
  for (const library of clients.splice(0)) await library.close();
});

describe('the library’s refusals in the interface language', () => {
  it('says in Russian that a record is missing, was changed elsewhere, or a backup is gone, with the right word forms', async () => {
    let locale: UiLocale = 'ru';
    const { library } = await tempLibrary({ locale: () => locale });
    expect(failure(library.getCase('case-404'))).toEqual({ ok: false, code: 'NOT_FOUND', message: 'В библиотеке нет дела с идентификатором «case-404».' });
    const org = value(library.createOrganisation(ORGANISATION));
    value(library.updateOrganisation(org.id, { ...org, fullName: 'Legal Prosperity Foundation' }, { expectedUpdatedAt: org.updatedAt }));
    expect(failure(library.updateOrganisation(org.id, org, { expectedUpdatedAt: org.updatedAt })).message).toBe(
      'Эта организация изменена в другом месте (в другом окне или из командной строки) после того, как вы её открыли. Откройте заново, чтобы увидеть изменения.',
    );
    expect(failure(library.deleteSigner('signer-404')).message).toBe('В библиотеке нет подписанта с идентификатором «signer-404».');
    expect(failure(library.restoreBackup('not a backup')).message).toBe('Это не имя резервной копии библиотеки.');
    const gone = backupName('daily', new Date('2020-01-01T09:00:00Z'));
    expect(failure(library.restoreBackup(gone)).message).toBe(`Резервной копии «${gone}» больше нет.`);
    expect(failure(library.createCase(draft({ givenName: '', familyName: '' }))).message).toMatch(/^Неверные данные \(дело/);
    expect(failure(library.saveTemplate('# no settings\n')).message).toMatch(/^В шаблоне есть ошибки \(1\u00a0ошибка\); строка 1: шаблон начинается строкой из трёх дефисов/);
    // The language of the moment: the same library answers in English after a switch.
    locale = 'en';
    expect(failure(library.getCase('case-404')).message).toBe('There is no case with the id “case-404” in the library.');
  });

  it('gets the language from the window with each request through the worker', async () => {
    let locale: UiLocale = 'ru';
    const library = createLibraryClient(join(await tempDir(), 'library.sqlite'), { autoBackup: false, locale: () => locale });
    clients.push(library);
    expect(failure(await library.getOrganisation('org-404')).message).toBe('В библиотеке нет организации с идентификатором «org-404».');
    expect(failure(await library.deleteTemplate('june-26')).message).toBe('В библиотеке нет шаблона с идентификатором «june-26».');
    locale = 'en';
    expect(failure(await library.getOrganisation('org-404')).message).toBe('There is no organisation with the id “org-404” in the library.');
  });
});
