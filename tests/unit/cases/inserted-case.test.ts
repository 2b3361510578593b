import { describe, expect, it } from 'vitest';
import { caseSnapshot } from '../../../core/cases/insert/case-snapshot.ts';
import { freezeIfEdited, insertCase, insertedCaseSchema, isEditedByHand, isStale, reformat, regenerate } from '../../../core/cases/insert/inserted-case.ts';
import { insertedPlainText, mergeRuns } from '../../../core/cases/insert/inserted-text.ts';
import { edited, request, sample } from './fixtures.ts';

const inserted = (name: string, format: 'list-line' | 'sentence' | 'paragraph' = 'list-line', language: 'en' | 'ru' = 'en') => insertCase(sample(name), request(format, language, { chargeFootnotes: true }));

describe('what a statement stores for an inserted case', () => {
  it('holds the case id, the request, a trimmed snapshot and the text made from it', () => {
    const stored = inserted('farhat-meymankulyyev');
    expect(stored).toMatchObject({ caseId: 'sample-farhat-meymankulyyev', format: 'list-line', language: 'en', frozen: false });
    expect(insertedPlainText(stored.generatedText)).toBe('Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023');
    // Only what a format reads: the Russian alias, not the other spellings, tags or sources.
    expect(stored.snapshot.aliases.map((alias) => alias.name)).toEqual(['Фархат Мейманкулыев']);
    expect(Object.keys(stored.snapshot)).not.toContain('tags');
    expect(Object.keys(stored.snapshot)).not.toContain('sources');
  });

  it('does not share arrays with the record, so later edits of the record leave it alone', () => {
    const record = sample('dauletmurat-tazhimuratov');
    const stored = insertCase(record, request('sentence', 'en'));
    record.events[0]!.date = '2024';
    record.charges.pop();
    expect(stored.snapshot.events[0]!.date).toBe('2023-01');
    expect(stored.snapshot.charges).toHaveLength(2);
  });

  it('survives a JSON round trip through its schema, footnotes included', () => {
    const stored = inserted('mukhsinjon-akhmedov', 'sentence', 'ru');
    expect(stored.generatedText.blocks[0]!.runs.filter((run) => run.footnote).length).toBe(3);
    const back = insertedCaseSchema.parse(JSON.parse(JSON.stringify(stored)));
    expect(back).toEqual(stored);
  });

  it('rejects a stored case that could not be made again', () => {
    const stored = JSON.parse(JSON.stringify(inserted('farhat-meymankulyyev')));
    expect(insertedCaseSchema.safeParse({ ...stored, format: 'table' }).success).toBe(false);
    expect(insertedCaseSchema.safeParse({ ...stored, options: { ...stored.options, statementDate: '2023-05' } }).success).toBe(false);
    expect(insertedCaseSchema.safeParse({ ...stored, snapshot: { ...stored.snapshot, status: 'jailed' } }).success).toBe(false);
    expect(insertedCaseSchema.safeParse({ ...stored, generatedText: { blocks: [], confidential: false } }).success).toBe(false);
    expect(insertedCaseSchema.safeParse({ ...stored, frozen: undefined }).success).toBe(false);
  });
});

describe('staleness: does the library now give other text?', () => {
  it('is not stale when only the time of the last change moved', () => {
    expect(isStale(inserted('farhat-meymankulyyev'), edited('farhat-meymankulyyev', {}))).toBe(false);
  });

  it('is stale when a fact the format shows changed', () => {
    expect(isStale(inserted('farhat-meymankulyyev'), edited('farhat-meymankulyyev', { birthDate: '1991' }))).toBe(true);
    expect(isStale(inserted('farhat-meymankulyyev'), edited('farhat-meymankulyyev', { status: 'sentenced', sentence: { text: '23 years in prison', years: 23, suspended: false, date: '2023-12' } }))).toBe(true);
  });

  it('ignores what the format does not show', () => {
    const charge = { id: 'c9', article: '168', code: 'Criminal Code', country: 'TM', articleText: 'Treason.' };
    const charged = edited('farhat-meymankulyyev', { charges: [charge], tags: ['new'], sources: [] });
    // A list line of an extradited person does not name charges; a sentence does.
    expect(isStale(inserted('farhat-meymankulyyev', 'list-line'), charged)).toBe(false);
    expect(isStale(inserted('farhat-meymankulyyev', 'sentence'), charged)).toBe(true);
    // The English name ignores a new Russian alias; the Russian name does not.
    const renamed = edited('farhat-meymankulyyev', { aliases: [{ name: 'Фарҳат Мейманкулыев', kind: 'transliteration', language: 'ru' }] });
    expect(isStale(inserted('farhat-meymankulyyev', 'list-line', 'en'), renamed)).toBe(false);
    expect(isStale(inserted('farhat-meymankulyyev', 'list-line', 'ru'), renamed)).toBe(true);
  });

  it('is stale when the case became confidential, since the flag travels with the text', () => {
    expect(isStale(inserted('rovshen-klychev'), edited('rovshen-klychev', { confidential: true }))).toBe(true);
  });
});

describe('refresh and hand edits', () => {
  it('regenerates from the current record, unfrozen, keeping format and options', () => {
    const stored = { ...inserted('farhat-meymankulyyev', 'sentence'), frozen: true };
    const current = edited('farhat-meymankulyyev', { status: 'sentenced', sentence: { text: '23 years in prison', years: 23, suspended: false, date: '2023-12-01' } });
    const fresh = regenerate(stored, current);
    expect(fresh).toMatchObject({ caseId: stored.caseId, format: 'sentence', language: 'en', options: stored.options, frozen: false });
    expect(fresh.snapshot).toEqual(caseSnapshot(current));
    expect(insertedPlainText(fresh.generatedText)).toBe('Farhat MEYMANKULYYEV (1992), a blogger from Turkmenistan, was sentenced to 23 years in prison on 1 December 2023.');
    expect(isStale(fresh, current)).toBe(false);
  });

  it('takes only the accepted facts, so a kept difference stays a difference', () => {
    const stored = inserted('farhat-meymankulyyev', 'list-line');
    const current = edited('farhat-meymankulyyev', { birthDate: '1991', familyNameStyle: 'as-written' });
    const partly = regenerate(stored, current, ['birthDate']);
    expect(insertedPlainText(partly.generatedText)).toBe('Farhat MEYMANKULYYEV (1991), extradited from Turkey on 19 May 2023');
    expect(isStale(partly, current)).toBe(true);
    expect(insertedPlainText(regenerate(partly, current, ['name']).generatedText)).toBe('Farhat Meymankulyyev (1991), extradited from Turkey on 19 May 2023');
  });

  it('writes the stored facts again in another format, language or at another statement date', () => {
    const stored = { ...inserted('farhat-meymankulyyev'), frozen: true };
    const current = edited('farhat-meymankulyyev', { birthDate: '1990' });
    const russian = reformat(stored, { language: 'ru', format: 'sentence' });
    expect(insertedPlainText(russian.generatedText)).toBe('Фархат МЕЙМАНКУЛЫЕВ (1992), блогер из Туркменистана, был экстрадирован из Турции 19 мая 2023 г.');
    expect(russian).toMatchObject({ language: 'ru', format: 'sentence', frozen: false, snapshot: stored.snapshot });
    const aged = reformat(stored, { options: { showAge: true, statementDate: '2024-01-15' } });
    expect(insertedPlainText(aged.generatedText)).toBe('Farhat MEYMANKULYYEV (31 or 32), extradited from Turkey on 19 May 2023');
    expect(aged.options.chargeFootnotes).toBe(true);
    // Still made from the snapshot: the library's new birth year waits for a refresh.
    expect(isStale(aged, current)).toBe(true);
  });

  it('finds text edited by hand, but not differences of spacing the editor may introduce', () => {
    const stored = inserted('farhat-meymankulyyev', 'paragraph');
    const text = insertedPlainText(stored.generatedText);
    expect(isEditedByHand(stored, text)).toBe(false);
    expect(isEditedByHand(stored, ` ${text.replaceAll(' ', '\u00a0')}\n`)).toBe(false);
    expect(isEditedByHand(stored, text.replace('blogger', 'video blogger'))).toBe(true);
    expect(isEditedByHand(stored, text.replace('.', ''))).toBe(true);
  });

  it('marks edited text frozen, and keeps frozen text frozen', () => {
    const stored = inserted('farhat-meymankulyyev');
    const text = insertedPlainText(stored.generatedText);
    expect(freezeIfEdited(stored, text)).toBe(stored);
    const frozen = freezeIfEdited(stored, `${text}; now in Ashgabat`);
    expect(frozen.frozen).toBe(true);
    expect(freezeIfEdited(frozen, text).frozen).toBe(true);
  });
});

describe('runs', () => {
  it('joins runs of one formatting but never across a footnote', () => {
    const note = { body: [{ text: 'Article 159.' }] };
    expect(
      mergeRuns([{ text: 'under ' }, { text: 'Article ' }, { text: '159', footnote: note }, { text: ' of ' }, { text: 'the Code', bold: true }, { text: '', italic: true }]),
    ).toEqual([{ text: 'under Article 159', footnote: note }, { text: ' of ' }, { text: 'the Code', bold: true }]);
  });
});
