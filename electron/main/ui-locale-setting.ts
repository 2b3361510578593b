import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isUiLocale, uiLocaleFromOs, type UiLocale } from '../../core/i18n/ui-locale.ts';
import { writeFileAtomic } from '../services/documents/atomic-write.ts';

const FILE_NAME = 'interface.json';

/**
 * The interface language: the writer's choice from View > Interface Language once made,
 * and until then the OS's (app.getPreferredSystemLanguages()), asked again at each start
 * so that a changed OS language is followed.
 */
export type UiLocaleSetting = {
  current(): UiLocale;
  /** Remembers the choice; the menus and the window are told by the caller. */
  choose(locale: UiLocale): Promise<void>;
};

export async function loadUiLocaleSetting(userDataDir: string, osLanguages: readonly string[]): Promise<UiLocaleSetting> {
  let locale = (await readChoice(userDataDir)) ?? uiLocaleFromOs(osLanguages);
  return {
    current: () => locale,
    async choose(next) {
      locale = next;
      await mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(join(userDataDir, FILE_NAME), `${JSON.stringify({ locale: next })}\n`);
    },
  };
}

/** The saved choice, or null when none was made or the file is unreadable (never fatal). */
async function readChoice(userDataDir: string): Promise<UiLocale | null> {
  try {
    const saved = (JSON.parse(await readFile(join(userDataDir, FILE_NAME), 'utf8')) as { locale?: unknown } | null)?.locale;
    return isUiLocale(saved) ? saved : null;
  } catch {
    return null;
  }
}
