import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpellcheckChoice, saveSpellcheckChoice, spellCheckerLanguages } from '../../../electron/main/spellcheck-languages.ts';

/** Part of what Electron 45 lists in session.availableSpellCheckerLanguages on Windows and Linux. */
const AVAILABLE = ['af', 'de', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'fr', 'ru', 'uk', 'uz'];

describe('spellcheck languages', () => {
  it('maps the choice to Chromium’s dictionaries', () => {
    expect(spellCheckerLanguages('en', AVAILABLE)).toEqual(['en-US']);
    expect(spellCheckerLanguages('ru', AVAILABLE)).toEqual(['ru']);
    expect(spellCheckerLanguages('both', AVAILABLE)).toEqual(['en-US', 'ru']);
  });

  it('falls back to another variant, and asks for nothing it does not offer (macOS offers none)', () => {
    expect(spellCheckerLanguages('both', ['en-GB', 'ru-RU'])).toEqual(['en-GB', 'ru-RU']);
    expect(spellCheckerLanguages('both', ['en-AU', 'de'])).toEqual(['en-AU']);
    expect(spellCheckerLanguages('both', [])).toEqual([]);
  });

  it('remembers the choice in the user data folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spell-'));
    expect(await loadSpellcheckChoice(dir)).toBe('both');
    await saveSpellcheckChoice(dir, 'ru');
    expect(JSON.parse(await readFile(join(dir, 'spellcheck.json'), 'utf8'))).toEqual({ languages: 'ru' });
    expect(await loadSpellcheckChoice(dir)).toBe('ru');
  });

  it('uses both languages when the file is damaged or holds something unknown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spell-'));
    await writeFile(join(dir, 'spellcheck.json'), '{"languages": "klingon"}');
    expect(await loadSpellcheckChoice(dir)).toBe('both');
    await writeFile(join(dir, 'spellcheck.json'), '{"languages": ');
    expect(await loadSpellcheckChoice(dir)).toBe('both');
    await writeFile(join(dir, 'spellcheck.json'), 'null');
    expect(await loadSpellcheckChoice(dir)).toBe('both');
  });
});
