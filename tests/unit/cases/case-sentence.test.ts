import { describe, expect, it } from 'vitest';
import { formatCase } from '../../../core/cases/insert/format-case.ts';
import { edited, request, runsOf, sample, written } from './fixtures.ts';

describe('a case as one sentence', () => {
  it('says who the person is and the event that led to their status', () => {
    expect(written(sample('farhat-meymankulyyev'), 'sentence', 'en')).toBe('Farhat MEYMANKULYYEV (1992), a blogger from Turkmenistan, was extradited from Turkey on 19 May 2023.');
    expect(written(sample('farhat-meymankulyyev'), 'sentence', 'ru')).toBe('Фархат МЕЙМАНКУЛЫЕВ (1992), блогер из Туркменистана, был экстрадирован из Турции 19 мая 2023 г.');
    expect(written(sample('rustam-seitkulyyev'), 'sentence', 'en')).toBe('Rustam SEITKULYYEV (1977), a citizen of Turkmenistan, was extradited from Russia on 17 September 2023.');
    expect(written(sample('rustam-seitkulyyev'), 'sentence', 'ru')).toBe('Рустам СЕЙТКУЛЫЕВ (1977), гражданин Туркменистана, был экстрадирован из России 17 сентября 2023 г.');
  });

  it('joins charges and sentence, grouping articles of one code', () => {
    expect(written(sample('dauletmurat-tazhimuratov'), 'sentence', 'en')).toBe(
      'Dauletmurat Tazhimuratov, a lawyer, journalist and blogger from Uzbekistan, has been charged under Articles 159 and 244 of the Criminal Code of the Republic of Uzbekistan and was sentenced to 16 years in prison in Uzbekistan in January 2023.',
    );
    expect(written(sample('dauletmurat-tazhimuratov'), 'sentence', 'ru')).toBe(
      'Даулетмурат Тажимуратов, адвокат, журналист и блогер из Узбекистана, обвиняется по статьям 159 и 244 Уголовного кодекса Узбекистана и был приговорён к 16 годам лишения свободы в Узбекистане в январе 2023 г.',
    );
  });

  it('names the code’s country where the code does not, and separates codes', () => {
    const charges = [
      { id: 'c1', article: '159', code: 'Criminal Code', country: 'UZ', articleText: '' },
      { id: 'c2', article: '20.3', code: 'Code of Administrative Offences', country: 'RU', articleText: '' },
    ];
    const farhat = edited('farhat-meymankulyyev', { charges, status: 'charged', roles: [] });
    expect(written(farhat, 'sentence', 'en')).toBe(
      'Farhat MEYMANKULYYEV (1992), a citizen of Turkmenistan, has been charged under Article 159 of the Criminal Code of Uzbekistan and Article 20.3 of the Code of Administrative Offences of Russia.',
    );
    expect(written(farhat, 'sentence', 'ru')).toBe(
      'Фархат МЕЙМАНКУЛЫЕВ (1992), гражданин Туркменистана, обвиняется по статье 159 Уголовного кодекса Узбекистана и статье 20.3 Кодекса об административных правонарушениях России.',
    );
  });

  it('closes an American date inside the sentence with a comma', () => {
    const farhat = edited('farhat-meymankulyyev', { charges: [{ id: 'c1', article: '168', code: 'Criminal Code', country: 'TM', articleText: '' }] });
    expect(written(farhat, 'sentence', 'en', { dateStyle: 'month-day-year' })).toBe(
      'Farhat MEYMANKULYYEV (1992), a blogger from Turkmenistan, was extradited from Turkey on May 19, 2023, and has been charged under Article 168 of the Criminal Code of Turkmenistan.',
    );
  });

  it('agrees with a woman in Russian and uses feminine role nouns', () => {
    expect(written(sample('rita-karasartova'), 'sentence', 'ru')).toBe('Rita Karasartova, правозащитница и активистка из Кыргызстана, была арестована в Кыргызстане в октябре 2022 г.');
    expect(written(sample('rita-karasartova'), 'sentence', 'en')).toBe('Rita Karasartova, a human rights defender and activist from Kyrgyzstan, was arrested in Kyrgyzstan in October 2022.');
  });

  it('writes Russian without gender after a colon when the name shows none', () => {
    expect(written(sample('zhanbolat-mamai'), 'sentence', 'ru')).toBe('Жанболат Мамай, оппозиционный политик из Казахстана: приговор к 6 годам лишения свободы условно в Казахстане в 2023 г.');
    const charged = edited('zhanbolat-mamai', { charges: [{ id: 'c1', article: '272', code: 'Criminal Code', country: 'KZ', articleText: '' }] });
    expect(written(charged, 'sentence', 'ru')).toBe(
      'Жанболат Мамай, оппозиционный политик из Казахстана: обвиняется по статье 272 Уголовного кодекса Казахстана; приговор к 6 годам лишения свободы условно в Казахстане в 2023 г.',
    );
    expect(written(charged, 'sentence', 'en')).toBe(
      'Zhanbolat Mamai, an opposition politician from Kazakhstan, has been charged under Article 272 of the Criminal Code of Kazakhstan and was sentenced to six years, suspended, in Kazakhstan in 2023.',
    );
  });

  it('says a status no event tells in general words', () => {
    expect(written(sample('nurgeldy-khalykov'), 'sentence', 'en')).toBe('Nurgeldy Khalykov, a journalist from Turkmenistan, has been sentenced.');
    expect(written(sample('nurgeldy-khalykov'), 'sentence', 'ru')).toBe('Nurgeldy Khalykov, журналист из Туркменистана, осуждён.');
    const missing = edited('rovshen-klychev', { status: 'unknown', events: [] });
    expect(written(missing, 'sentence', 'en')).toBe('Rovshen KLYCHEV (1980), a citizen of Turkmenistan, remains unaccounted for.');
    expect(written(missing, 'sentence', 'ru')).toBe('Rovshen KLYCHEV (1980), гражданин Туркменистана: судьба неизвестна.');
    const bare = { ...missing, nationality: null, status: 'at-risk' as const };
    expect(written(bare, 'sentence', 'en')).toBe('Rovshen KLYCHEV (1980) is at risk.');
    expect(written(bare, 'sentence', 'ru')).toBe('Rovshen KLYCHEV (1980) находится под угрозой.');
  });

  it('puts each article’s text in a footnote after its number when asked', () => {
    const runs = runsOf(formatCase(sample('dauletmurat-tazhimuratov'), request('sentence', 'ru', { chargeFootnotes: true })));
    const notes = runs.filter((run) => run.footnote !== undefined);
    expect(notes.map((run) => run.text.slice(-3))).toEqual(['159', '244']);
    expect(notes[1]!.footnote).toEqual({ body: [{ text: 'Article 244: organising mass riots.' }] });
    // A charge without article text gets no empty note.
    const bare = edited('dauletmurat-tazhimuratov', { charges: sample('dauletmurat-tazhimuratov').charges.map((c) => ({ ...c, articleText: ' ' })) });
    expect(runsOf(formatCase(bare, request('sentence', 'ru', { chargeFootnotes: true }))).some((run) => run.footnote)).toBe(false);
  });
});
