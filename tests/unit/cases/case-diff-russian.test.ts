import { describe, expect, it } from 'vitest';
import { diffInsertedCase } from '../../../core/cases/insert/case-diff.ts';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import type { InsertFormat, InsertOptions } from '../../../core/cases/insert/insert-request.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { edited, request, sample } from './fixtures.ts';

/** The Refresh dialog's lines in a Russian interface, for an English text (the statement's language is not the interface's). */
const lines = (record: CaseRecord, current: CaseRecord, format: InsertFormat = 'sentence', options: Partial<InsertOptions> = {}) =>
  diffInsertedCase(insertCase(record, request(format, 'en', options)), current, 'ru').map((difference) => difference.text);

describe('the Refresh dialog’s differences in a Russian interface', () => {
  it('names a changed status and a new sentence, the years and dates in Russian', () => {
    const before = edited('rita-karasartova', { events: [] });
    const sentenced = { ...before, status: 'sentenced' as const, sentence: { text: '', years: 5, suspended: true, date: '2024-02-15' } };
    expect(lines(before, sentenced)).toEqual(['Статус: задержан → осуждён', 'Приговор: — → 5\u00a0лет, условно, 15 февраля 2024 г.']);
    const oneYear = { ...sentenced, sentence: { text: '', years: 1, suspended: false, date: null } };
    expect(lines(before, oneYear)).toContain('Приговор: — → 1\u00a0год');
  });

  it('lists a new, a removed and a changed event, and a new charge', () => {
    const farhat = sample('farhat-meymankulyyev');
    const current = edited('farhat-meymankulyyev', {
      events: [
        { ...farhat.events[1]!, date: '2023-05-20' },
        { id: 'new', type: 'detention', date: '2023-05-21', place: 'Ashgabat', country: 'TM', text: '' },
      ],
      charges: [{ id: 'c1', article: '168', code: 'Criminal Code', country: 'TM', articleText: '' }],
    });
    expect(lines(farhat, current, 'paragraph')).toEqual([
      'Событие удалено: задержание, август 2021 г., Istanbul, Турция',
      'Событие: экстрадиция, 19 мая 2023 г., Турция → экстрадиция, 20 мая 2023 г., Турция',
      'Новое событие: задержание, 21 мая 2023 г., Ashgabat, Туркменистан',
      'Новое обвинение: ст. 168, Criminal Code, Туркменистан',
    ]);
  });

  it('quotes a changed event text in «ёлочки»', () => {
    const farhat = sample('farhat-meymankulyyev');
    const current = edited('farhat-meymankulyyev', { events: [{ ...farhat.events[0]!, text: 'Held at the consulate in Istanbul.' }, farhat.events[1]!] });
    expect(lines(farhat, current, 'paragraph', { eventDetails: true })).toEqual([
      'Событие: задержание, август 2021 г., Istanbul, Турция: «Held at the consulate of Turkmenistan in connection with a planned protest; rep…» → задержание, август 2021 г., Istanbul, Турция: «Held at the consulate in Istanbul.»',
    ]);
  });

  it('describes name, birth date, nationality, roles and confidentiality in Russian words', () => {
    const after = edited('bolot-temirov', { familyNameStyle: 'capitals', birthDate: '1979-03-04', nationality: 'KZ', roles: ['journalist', 'blogger'], confidential: true });
    expect(lines(sample('bolot-temirov'), after)).toEqual([
      'Имя: Bolot Temirov → Bolot TEMIROV',
      'Дата рождения: — → 4 марта 1979 г.',
      'Гражданство: Кыргызстан → Казахстан',
      'Роли: журналист → журналист, блогер',
      'Конфиденциально: нет → да',
    ]);
  });
});
