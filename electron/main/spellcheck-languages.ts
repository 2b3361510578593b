import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The writer's spelling choice: statements are written in English, Russian or both. */
export type SpellcheckChoice = 'en' | 'ru' | 'both';

export const SPELLCHECK_CHOICES: readonly SpellcheckChoice[] = ['en', 'ru', 'both'];
/** Most statements mix the two (names, quotations), so both are checked until told otherwise. */
export const DEFAULT_SPELLCHECK_CHOICE: SpellcheckChoice = 'both';

const FILE_NAME = 'spellcheck.json';

/** Preferred dictionary codes per language, best first, as Chromium names its Hunspell dictionaries. */
const PREFERRED: Readonly<Record<'en' | 'ru', readonly string[]>> = { en: ['en-US', 'en-GB'], ru: ['ru', 'ru-RU'] };

/**
 * The dictionary codes for a choice among those this Electron offers
 * (session.availableSpellCheckerLanguages): an unknown code makes
 * setSpellCheckerLanguages throw. macOS offers none, as it uses the system's checker,
 * which picks the language itself; the result is then empty.
 */
export function spellCheckerLanguages(choice: SpellcheckChoice, available: readonly string[]): string[] {
  const wanted = choice === 'both' ? (['en', 'ru'] as const) : [choice];
  return wanted.flatMap((language) => {
    const code = PREFERRED[language].find((candidate) => available.includes(candidate)) ?? available.find((candidate) => candidate.split('-')[0] === language);
    return code === undefined ? [] : [code];
  });
}

/** The remembered choice; the default when none was saved or the file is damaged. */
export async function loadSpellcheckChoice(userDataDir: string): Promise<SpellcheckChoice> {
  try {
    const saved = (JSON.parse(await readFile(join(userDataDir, FILE_NAME), 'utf8')) as { languages?: unknown } | null)?.languages;
    return SPELLCHECK_CHOICES.find((choice) => choice === saved) ?? DEFAULT_SPELLCHECK_CHOICE;
  } catch {
    return DEFAULT_SPELLCHECK_CHOICE;
  }
}

export async function saveSpellcheckChoice(userDataDir: string, choice: SpellcheckChoice): Promise<void> {
  await mkdir(userDataDir, { recursive: true });
  await writeFile(join(userDataDir, FILE_NAME), `${JSON.stringify({ languages: choice })}\n`);
}
