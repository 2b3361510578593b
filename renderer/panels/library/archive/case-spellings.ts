import { nameWords } from '../../../../core/cases/name-key.ts';
import type { CaseRecord } from '../../../../core/cases/person.ts';

/**
 * The ways the archive may write a case's person: the name, and each alias. An alias of one
 * word is another spelling of the family name ("Мейманкулыев", "Durdyiev"), so it goes with the
 * given name: the archive is searched for the words of a name side by side, and a family name
 * alone would find every namesake.
 */
export function caseSpellings(record: Pick<CaseRecord, 'givenName' | 'familyName' | 'aliases'>): string[] {
  const full = [record.givenName, record.familyName].filter(Boolean).join(' ');
  const spellings = [full];
  for (const alias of record.aliases) spellings.push(nameWords(alias.name).length === 1 && record.givenName ? `${record.givenName} ${alias.name}` : alias.name);
  return [...new Set(spellings.filter((s) => s.trim() !== ''))].slice(0, 50);
}
