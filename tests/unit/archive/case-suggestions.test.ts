import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../core/archive/case-update.ts';
import { findPeople } from '../../../core/archive/find-people.ts';
import type { FoundPerson } from '../../../core/archive/found-person.ts';
import { sourceOfStatement, sourceOfText, type SourceStatement } from '../../../core/archive/statement-passages.ts';
import { suggestCases } from '../../../core/archive/suggest-cases.ts';
import { caseDraftSchema, caseRecordSchema, emptyCaseDraft, type CaseRecord } from '../../../core/cases/person.ts';
import { importArchive } from '../../../core/import/archive.ts';
import { importStatement } from '../../../core/import/import-statement.ts';
import { seedCases } from '../../../core/library/seed-from-samples.ts';

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples/statements-2023-archive.txt');
const RUSSIAN = resolve(import.meta.dirname, '../../fixtures/archive/case-suggestions-ru.txt');

function samples(): Map<string, SourceStatement> {
  const archive = importArchive(readFileSync(SAMPLES, 'utf8'));
  if (!archive.ok) throw new Error(archive.message);
  return new Map(archive.value.parts.map((part) => {
    if (!part.result.ok) throw new Error(part.result.message);
    return [part.date, sourceOfStatement(part.result.value.statement)];
  }));
}
const bySample = samples();
const peopleOf = (date: string) => findPeople(bySample.get(date)!);
const named = (people: FoundPerson[], family: RegExp) => people.find((p) => family.test(p.family));
const names = (people: FoundPerson[]) => people.map((p) => `${p.given} ${p.family}`);

function russian(): SourceStatement {
  const imported = importStatement({ kind: 'text', text: readFileSync(RUSSIAN, 'utf8') });
  if (!imported.ok) throw new Error(imported.message);
  return sourceOfStatement(imported.value.statement);
}

describe('people found in the sample statements', () => {
  it('reads the list of people returned to Turkmenistan with their birth years, dates and countries', () => {
    const people = peopleOf('2023-12-20');
    const list = people.filter((p) => p.birth !== null);
    expect(list.map((p) => [p.family, p.birth!.year, p.events[0]!.type, p.events[0]!.date, p.events[0]!.country, p.nationality, p.status])).toEqual([
      ['MEYMANKULYYEV', 1992, 'extradition', '2023-05-19', 'TR', 'TM', 'extradited'],
      ['KLYCHEV', 1980, 'deportation', '2023-07-12', 'TR', 'TM', 'deported'],
      ['IMAMOV', 1991, 'deportation', '2023-08', 'TR', 'TM', 'deported'],
      ['BAYMURADOV', 1993, 'deportation', '2023-09-11', 'TR', 'TM', 'deported'],
      ['SEITKULYYEV', 1977, 'extradition', '2023-09-17', 'RU', 'TM', 'extradited'],
      ['DURDULYEV', 1989, 'deportation', '2023-10-17', 'TR', 'TM', 'deported'],
    ]);
    expect(list[0]!.events[0]!.evidence).toContain('extradited from Turkey on May 19, 2023');
  });

  it('reads the death after detention, the sentence of the returned prisoner, and leaves the signatories out', () => {
    const people = peopleOf('2023-12-20');
    const hudayramov = named(people, /HUDAYRAMOV/)!;
    expect(hudayramov).toMatchObject({ given: 'Allamurat', familyStyle: 'capitals', nationality: 'TM', status: 'died-in-custody' });
    expect(hudayramov.events.map((e) => [e.type, e.date])).toContainEqual(['summons', '2023-11-27']);
    expect(named(people, /BEKIEV/)).toMatchObject({ status: 'sentenced', sentence: { years: 23, suspended: false } });
    // 22 people sign this statement; none of them is a case.
    for (const signer of [/KURBANOV/, /LOMAIA/, /PIMENOV/, /ATAYEVA/, /ABIDOV/]) expect(named(people, signer)).toBeUndefined();
    expect(people).toHaveLength(8);
  });

  it('reads an age, dated events and the charges quoted in the notes, but not the maximum term the law allows', () => {
    const people = peopleOf('2023-12-14');
    expect(names(people)).toEqual(['Mukhsinjon Akhmedov']);
    const akhmedov = people[0]!;
    expect(akhmedov.birth).toMatchObject({ year: 1984, fromAge: 39, alternative: 1983 });
    expect(akhmedov.events.map((e) => [e.type, e.date, e.country])).toEqual([
      ['release', '2015', null],
      ['flight', '2016', null],
      ['detention', '2023-10-20', 'FR'],
      ['deportation', '2023-11-15', 'FR'],
    ]);
    expect(akhmedov.charges.map((c) => [c.article, c.country])).toEqual([['159', 'UZ'], ['244-1', 'UZ'], ['246', 'UZ']]);
    expect(akhmedov.charges[0]!.articleText).toMatch(/^Public statements to unconstitutional change/);
    expect(akhmedov.sentence).toBeNull(); // "risks up to 20 years’ imprisonment"
    expect(akhmedov.status).toBe('deported');
  });

  it('finds the people of the letter with their roles and terms, and no official it addresses', () => {
    const people = peopleOf('2023-06-01');
    expect(names(people)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Michel/)]));
    expect(named(people, /Temirov/)).toMatchObject({ roles: ['journalist'], status: 'deported', events: [{ type: 'deportation', date: '2022-11', country: 'KG' }] });
    expect(named(people, /Mamai/)!.sentence).toMatchObject({ years: 6, suspended: true });
    expect(named(people, /Yorov/)).toMatchObject({ roles: ['lawyer'], sentence: { years: 22 } });
    expect(named(people, /Meimankulyiev/)).toMatchObject({ aliases: ['Durdyiev'], nationality: 'TM', roles: ['blogger'], status: 'deported' });
    // "the July 2022 events" is not the date of his sentence.
    expect(named(people, /Tazhimuratov/)!.events.find((e) => e.type === 'sentence')!.date).toBe('2023');
  });

  it('names no one in the statement about trends, where only heads of state and organisations are named', () => {
    expect(peopleOf('2023-09-27')).toEqual([]);
  });
});

describe('Russian statements', () => {
  it('reads names in capitals, birth years "г.р.", ages, Russian dates, extradition, articles and terms', () => {
    const people = findPeople(russian());
    expect(names(people)).toEqual(['Алишер НАЗАРОВ', 'Фархат Мейманкулыев', 'Зарина ЮСУПОВА']);
    const [nazarov, farhat, zarina] = people as [FoundPerson, FoundPerson, FoundPerson];
    expect(nazarov).toMatchObject({ nationality: 'UZ', birth: { year: 1987 }, status: 'sentenced', sentence: { years: 7, date: '2024-03-05' } });
    expect(nazarov.events.map((e) => [e.type, e.date, e.country])).toEqual([
      ['detention', '2024-02-02', null],
      ['extradition', '2024-02-28', 'KZ'],
      ['sentence', '2024-03-05', null],
    ]);
    expect(nazarov.charges).toMatchObject([{ article: '244-1', code: 'Уголовный кодекс', country: 'UZ' }]);
    expect(farhat).toMatchObject({ aliases: ['Дурдыев'], roles: ['blogger'], status: 'deported', events: [{ type: 'deportation', date: '2023-05', country: 'TR' }] });
    expect(zarina).toMatchObject({ roles: ['human-rights-defender'], birth: { year: 1982, fromAge: 41 }, status: 'detained' });
  });
});

describe('no false positives', () => {
  const textOf = (body: string) => findPeople(sourceOfText('Test', '2024-05-01', 'en', body));

  it('finds no one in text that names organisations, officials and places only', () => {
    expect(textOf('The Norwegian Helsinki Committee and Human Rights Watch were detained in spirit only.')).toEqual([]);
    expect(textOf('Prime Minister Akylbek Japarov was sentenced by public opinion. Charles Michel, President of the European Council, was detained by traffic.')).toEqual([]);
    expect(textOf('The Supreme Court of Uzbekistan and the Ministry of National Security sentenced 20 people in 2022.')).toEqual([]);
    expect(textOf('Министр иностранных дел Бахтиёр Саидов заявил, что Комитет ООН против пыток был задержан.')).toEqual([]);
    expect(textOf('In Saint Petersburg, Russia he learned of the Kempir-Abad water reservoir deal.')).toEqual([]);
  });

  it('does not take a denial, a fear or a risk for an event', () => {
    const [person] = textOf('Journalist Aziz Rahimov, born 1990, has not been tortured. Fearing deportation, he left for Poland. He risks up to 10 years in prison.');
    expect(person).toMatchObject({ given: 'Aziz', family: 'Rahimov', birth: { year: 1990 }, events: [], sentence: null, status: null });
  });
});

describe('suggestions against the library', () => {
  const library = seedCases();

  it('offers the people of the first sample the library lacks as new cases, with the statement as their source', () => {
    const source = bySample.get('2023-12-20')!;
    const { suggestions, upToDate } = suggestCases(findPeople(source), source, library.filter((c) => !/klychev|imamov/.test(c.id)));
    const fresh = suggestions.filter((s) => s.kind === 'new');
    expect(fresh.map((s) => s.kind === 'new' && s.draft.familyName)).toEqual(['Klychev', 'Imamov']);
    const klychev = fresh[0]!.kind === 'new' ? fresh[0]!.draft : emptyCaseDraft();
    expect(caseDraftSchema.safeParse(klychev).success).toBe(true);
    expect(klychev).toMatchObject({ givenName: 'Rovshen', familyNameStyle: 'capitals', birthDate: '1980', nationality: 'TM', status: 'deported' });
    expect(klychev.sources).toEqual([{ title: source.title, url: null, date: '2023-12-20', reliability: 'credible' }]);
    // The library already knows all the statement says of Farhat MEYMANKULYYEV.
    expect(upToDate.map((c) => c.id)).toContain('sample-farhat-meymankulyyev');
  });

  it('matches a case written in another script and spelling, and offers only what is new, field by field', () => {
    // The library knows him only in Latin letters: "Farhat MEYMANKULYYEV", born 1992.
    const record: CaseRecord = { ...library.find((c) => c.id === 'sample-farhat-meymankulyyev')!, aliases: [] };
    const statement = russian();
    const { suggestions } = suggestCases(findPeople(statement), statement, [record]);
    const update = suggestions.find((s) => s.kind === 'update');
    expect(update?.kind).toBe('update');
    if (update?.kind !== 'update') return;
    expect(update.record.id).toBe(record.id);
    const fields = update.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`);
    expect(fields).toEqual(expect.arrayContaining(['alias: — → Фархат Мейманкулыев', 'alias: — → Дурдыев', 'source: — → Узбекистан: блогер Алишер НАЗАРОВ выдан из Казахстана, 12 March 2024']));
    // His extradition in May 2023 is the deportation the text names: no second event, no status turned back.
    expect(update.changes.filter((c) => c.field === 'event' || c.field === 'status')).toEqual([]);
    const chosen = update.changes.filter((c) => c.field === 'alias');
    const next = applyChanges(record, chosen);
    expect(caseRecordSchema.safeParse({ ...next, id: record.id, updatedAt: record.updatedAt }).success).toBe(true);
    expect(next.aliases.map((a) => a.name)).toEqual(['Фархат Мейманкулыев', 'Дурдыев']);
    expect(next.sources).toEqual(record.sources);
  });

  it('offers a birth year, a new event and a status from a newer statement, and keeps an older status unticked', () => {
    const record: CaseRecord = { ...library.find((c) => c.id === 'sample-mukhsinjon-akhmedov')!, updatedAt: '2024-01-15T09:00:00.000Z' };
    const source = bySample.get('2023-12-14')!;
    const { suggestions } = suggestCases(findPeople(source), source, [record]);
    const update = suggestions[0]!;
    if (update.kind !== 'update') throw new Error('expected an update');
    const status = update.changes.find((c) => c.field === 'status')!;
    expect([status.before, status.after, status.preselected]).toEqual(['charged', 'deported', true]);
    expect(update.changes.find((c) => c.field === 'birthDate')).toMatchObject({ before: '—', after: '1984', replaces: false, preselected: true });
    const later = { ...record, events: [...record.events, { id: 'x-1', type: 'sentence' as const, date: '2024-06-01', place: '', country: 'UZ', text: '' }] };
    const again = suggestCases(findPeople(source), source, [later]).suggestions[0]!;
    expect(again.kind === 'update' && again.changes.find((c) => c.field === 'status')?.preselected).toBe(false);
  });

  it('words the changes in the interface language when asked: Russian statuses, dates and vocabulary', () => {
    const record: CaseRecord = { ...library.find((c) => c.id === 'sample-mukhsinjon-akhmedov')!, updatedAt: '2024-01-15T09:00:00.000Z' };
    const source = bySample.get('2023-12-14')!;
    const update = suggestCases(findPeople(source), source, [record], { locale: 'ru' }).suggestions[0]!;
    if (update.kind !== 'update') throw new Error('expected an update');
    expect(update.changes.find((c) => c.field === 'status')).toMatchObject({ before: 'обвиняется', after: 'депортирован' });
    expect(update.changes.find((c) => c.field === 'birthDate')).toMatchObject({ before: '—', after: '1984 г.' });
    expect(update.changes.find((c) => c.field === 'source')?.after).toMatch(/, 14 декабря 2023 г\.$/);
  });
});
