import { describe, expect, it } from 'vitest';
import { diffInsertedCase } from '../../../core/cases/insert/case-diff.ts';
import { insertCase, isStale } from '../../../core/cases/insert/inserted-case.ts';
import type { InsertFormat, InsertOptions } from '../../../core/cases/insert/insert-request.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { edited, request, sample } from './fixtures.ts';

const lines = (record: CaseRecord, current: CaseRecord, format: InsertFormat = 'sentence', options: Partial<InsertOptions> = {}) =>
  diffInsertedCase(insertCase(record, request(format, 'en', options)), current).map((difference) => difference.text);

describe('the differences a Refresh dialog lists', () => {
  it('names a changed status and a sentence that was not there', () => {
    const before = edited('rita-karasartova', { events: [] });
    const after = { ...before, status: 'sentenced' as const, sentence: { text: '5 years in prison', years: 5, suspended: false, date: '2024-02-15' } };
    expect(lines(before, after)).toEqual(['Status: detained → sentenced', 'Sentence: — → 5 years in prison, 15 February 2024']);
  });

  it('lists a new, a removed and a changed event, each on its own line', () => {
    const farhat = sample('farhat-meymankulyyev');
    const extradition = farhat.events[1];
    const current = edited('farhat-meymankulyyev', {
      events: [
        { ...extradition!, date: '2023-05-20' },
        { id: 'new', type: 'detention', date: '2023-05-21', place: 'Ashgabat', country: 'TM', text: '' },
      ],
    });
    expect(lines(farhat, current, 'paragraph')).toEqual([
      'Event removed: detention, August 2021, Istanbul, Turkey',
      'Event: extradition, 19 May 2023, Turkey → extradition, 20 May 2023, Turkey',
      'New event: detention, 21 May 2023, Ashgabat, Turkmenistan',
    ]);
  });

  it('leaves out changes the inserted text does not show, and shortens long texts', () => {
    const farhat = sample('farhat-meymankulyyev');
    const older = { ...farhat.events[0]!, text: 'Held at the consulate in Istanbul.' };
    const current = edited('farhat-meymankulyyev', {
      tags: ['changed'],
      aliases: [...farhat.aliases, { name: 'Farhad Meymankulyyev', kind: 'transliteration', language: 'en' }],
      events: [older, farhat.events[1]!],
      charges: [{ id: 'c1', article: '168', code: 'Criminal Code', country: 'TM', articleText: '' }],
    });
    // The list line shows the extradition only.
    expect(lines(farhat, current, 'list-line')).toEqual([]);
    expect(isStale(insertCase(farhat, request('list-line', 'en')), current)).toBe(false);
    // The paragraph shows the charge, and the event's text once details are asked for.
    expect(lines(farhat, current, 'paragraph')).toEqual(['New charge: Article 168, Criminal Code, Turkmenistan']);
    expect(lines(farhat, current, 'paragraph', { eventDetails: true })).toEqual([
      'Event: detention, August 2021, Istanbul, Turkey: “Held at the consulate of Turkmenistan in connection with a planned protest; rep…” → detention, August 2021, Istanbul, Turkey: “Held at the consulate in Istanbul.”',
      'New charge: Article 168, Criminal Code, Turkmenistan',
    ]);
  });

  it('shows a new event that changes a list line’s headline only together with the status', () => {
    const farhat = sample('farhat-meymankulyyev');
    const release = { id: 'r', type: 'release' as const, date: '2024-01-10', place: '', country: 'TM', text: '' };
    // A release while the status still says "extradited" changes nothing in the line...
    expect(lines(farhat, edited('farhat-meymankulyyev', { events: [...farhat.events, release] }), 'list-line')).toEqual([]);
    // ...but with the new status, both are what changed it.
    expect(lines(farhat, edited('farhat-meymankulyyev', { status: 'released', events: [...farhat.events, release] }), 'list-line')).toEqual([
      'Status: extradited → released',
      'New event: release, 10 January 2024, Turkmenistan',
    ]);
  });

  it('describes name, birth date, nationality, roles and confidentiality in words', () => {
    const before = sample('bolot-temirov');
    const after = edited('bolot-temirov', {
      familyNameStyle: 'capitals',
      birthDate: '1979-03-04',
      nationality: 'KZ',
      roles: ['journalist', 'blogger'],
      confidential: true,
    });
    expect(lines(before, after)).toEqual([
      'Name: Bolot Temirov → Bolot TEMIROV',
      'Born: — → 4 March 1979',
      'Nationality: Kyrgyzstan → Kazakhstan',
      'Roles: journalist → journalist, blogger',
      'Confidential: no → yes',
    ]);
  });

  it('names a changed Russian name for a Russian text, and a changed article text under footnotes', () => {
    const yorov = sample('buzurgmehr-yorov');
    const renamed = edited('buzurgmehr-yorov', { aliases: [{ name: 'Бузургмехр Юров', kind: 'transliteration', language: 'ru' }] });
    expect(diffInsertedCase(insertCase(yorov, request('list-line', 'ru')), renamed).map((d) => [d.fact, d.text])).toEqual([['russianName', 'Name in Russian: Бузургмехр Ёров → Бузургмехр Юров']]);
    const akhmedov = sample('mukhsinjon-akhmedov');
    const reworded = edited('mukhsinjon-akhmedov', { charges: akhmedov.charges.map((c, i) => (i === 2 ? { ...c, articleText: 'Article 246: smuggling.' } : c)) });
    expect(lines(akhmedov, reworded, 'sentence')).toEqual([]);
    expect(lines(akhmedov, reworded, 'sentence', { chargeFootnotes: true })).toEqual([
      'Charge: Article 246, Criminal Code of the Republic of Uzbekistan, Uzbekistan: “Article 246: smuggling across the customs border of Uzbekistan.” → Article 246, Criminal Code of the Republic of Uzbekistan, Uzbekistan: “Article 246: smuggling.”',
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(lines(sample('mukhsinjon-akhmedov'), sample('mukhsinjon-akhmedov'), 'paragraph', { eventDetails: true, chargeFootnotes: true })).toEqual([]);
  });
});
