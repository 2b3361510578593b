import type { Role } from '../cases/vocabulary.ts';

/**
 * The words around a name that say what kind of person it is. A role word before a
 * title-case name ("blogger Farhat Meimankulyiev", "правозащитник Иван Петров") marks a
 * person the statement is about; an official's title ("US President Joe Biden", "Charles
 * Michel, President of the European Council") marks someone it addresses, never a case.
 */
export const ROLE_WORDS: ReadonlyArray<[RegExp, Role | null]> = [
  [/^human rights (?:defender|activist)s?$|^правозащитни\p{L}*$/iu, 'human-rights-defender'],
  [/^(?:human rights )?lawyers?$|^attorneys?$|^адвокат\p{L}*$|^юрист\p{L}*$/iu, 'lawyer'],
  [/^(?:YouTube )?bloggers?$|^блогер\p{L}*$|^блоггер\p{L}*$/iu, 'blogger'],
  [/^journalists?$|^correspondents?$|^журналист\p{L}*$/iu, 'journalist'],
  [/^(?:civil society |political |civic )?activists?$|^активист\p{L}*$/iu, 'activist'],
  [/^opposition (?:leader|politician|figure|activist)s?$|^оппозиционер\p{L}*$|^оппозиционн\p{L}* политик\p{L}*$/iu, 'opposition-politician'],
  [/^refugees?$|^asylum seekers?$|^беженц\p{L}*$|^беженк\p{L}*$|^беженец$/iu, 'asylum-seeker'],
  [/^migrant workers?$|^labou?r migrants?$|^трудов\p{L}* мигрант\p{L}*$|^мигрант\p{L}*$/iu, 'migrant-worker'],
  [/^torture survivors?$|^пострадавш\p{L}* от пыток$/iu, 'torture-survivor'],
  [/^believers?$|^imams?$|^верующ\p{L}*$|^имам\p{L}*$/iu, 'religious-believer'],
  [/^(?:prisoners?|political prisoners?|detainees?|dissidents?|poets?|writers?|citizens?|Mr\.?|Ms\.?|Mrs\.?|политзаключ\p{L}*|заключ[её]нн\p{L}*|граждан\p{L}*|г-н|г-жа|писател\p{L}*|поэт\p{L}*)$/iu, null],
];

/** The role words as one alternation, longest first, for searching before a name. */
export const ROLE_PHRASE = [
  'human rights defenders?', 'human rights activists?', 'human rights lawyers?', 'YouTube bloggers?', 'civil society activists?', 'political activists?',
  'opposition (?:leader|politician|figure|activist)s?', 'asylum seekers?', 'migrant workers?', 'labou?r migrants?', 'torture survivors?', 'political prisoners?',
  'lawyers?', 'attorneys?', 'bloggers?', 'journalists?', 'correspondents?', 'activists?', 'refugees?', 'believers?', 'imams?', 'prisoners?', 'detainees?',
  'dissidents?', 'poets?', 'writers?', 'citizens?(?: of(?: the)?(?: Republic of)? \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)?', 'Mr\\.?', 'Ms\\.?', 'Mrs\\.?',
  'правозащитни\\p{L}*', 'адвокат\\p{L}*', 'юрист\\p{L}*', 'блогг?ер\\p{L}*', 'журналист\\p{L}*', 'активист\\p{L}*', 'оппозиционер\\p{L}*',
  'беженц\\p{L}*', 'беженк\\p{L}*', 'беженец', 'трудов\\p{L}* мигрант\\p{L}*', 'мигрант\\p{L}*', 'пострадавш\\p{L}* от пыток', 'верующ\\p{L}*', 'имам\\p{L}*',
  'политзаключ\\p{L}*', 'заключ[её]нн\\p{L}*', 'граждан\\p{L}*(?: \\p{Lu}\\p{L}+)?', 'г-н', 'г-жа', 'писател\\p{L}*', 'поэт\\p{L}*',
].join('|');

export function roleOf(phrase: string): Role | null | undefined {
  const words = phrase.replace(/\s+/g, ' ').trim();
  for (const [re, role] of ROLE_WORDS) if (re.test(words)) return role;
  // "citizen of Turkmenistan", "гражданин Туркменистана": a person, no role.
  if (/^citizens? of |^граждан\p{L}* /iu.test(words)) return null;
  return undefined;
}

/** Titles of officials: a name right after one, or with one in apposition, is not a case. */
export const OFFICIAL_TITLE =
  /(?:^|[\s,(])(?:President|Vice[- ]President|Chancellor|(?:Prime |Foreign |Interior |Deputy )?Minister|Ambassador|Commissioner|Rapporteur|Secretary(?:-General)?|Chair(?:man|woman|person)?|Speaker|Senator|Governor|Mayor|King|Queen|Prince|Emir|Prosecutor(?:-General)?|Judge|Investigator|Spokes(?:man|woman|person)|Head of State|High Representative|Envoy|президент\p{L}*|премьер-министр\p{L}*|министр\p{L}*|канцлер\p{L}*|посол|посла|послу|уполномоченн\p{L}*|докладчик\p{L}*|генсек\p{L}*|генпрокурор\p{L}*|прокурор\p{L}*|судь[яиею]|следовател\p{L}*|председател\p{L}*|спикер\p{L}*|глав[аыеу] государства)\s*$/u;

/** An apposition that names an office: "Charles Michel, President of the European Council". */
export const OFFICIAL_APPOSITION = /^\s*,\s*(?:the\s+)?(?:President|Vice[- ]President|Chancellor|(?:Prime |Foreign |Deputy )?Minister|Ambassador|Commissioner|Special Rapporteur|Secretary|Chair|Speaker|Prosecutor|Judge|президент|министр|канцлер|посол|председатель|прокурор|судья)\b/u;

/**
 * Capitalised words that start sentences or name things, never a given name: a title-case
 * pair made of them ("The Court", "Central Asia", "Human Rights") is not a person.
 */
export const NOT_A_NAME = new Set(
  [
    'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'And', 'But', 'Or', 'To', 'By', 'With', 'From', 'As', 'After', 'Before', 'Since', 'While', 'When', 'Where',
    'Following', 'According', 'This', 'That', 'These', 'Those', 'Today', 'Also', 'Another', 'Other', 'Earlier', 'Later', 'Currently', 'However', 'Together',
    'Mr', 'Ms', 'Mrs', 'Dr', 'Citizen', 'Deceased', 'Human', 'Rights', 'Central', 'Asia', 'Asian', 'International', 'National', 'European', 'United', 'Nations',
    'Court', 'Supreme', 'Constitutional', 'Committee', 'Council', 'Union', 'Republic', 'Region', 'State', 'States', 'Ministry', 'Security', 'Foundation', 'Association',
    'Movement', 'Initiative', 'Partnership', 'Bureau', 'Coalition', 'Party', 'Organisation', 'Organization', 'Watch', 'Democratic', 'Choice', 'Helsinki',
    'Law', 'Rule', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Article', 'Criminal',
    'Code', 'Day', 'Summit', 'Conference', 'Islamic', 'Muslim', 'Russian', 'Federation', 'Minister', 'President', 'Chancellor', 'Saint', 'Airport', 'Mary',
    'Гражданин', 'Гражданка', 'Граждане', 'Статья', 'Уголовного', 'Кодекса', 'Республики', 'Верховный', 'Суд', 'Министерство', 'Комитет', 'Совет', 'Как', 'По',
    'В', 'На', 'С', 'Из', 'И', 'Но', 'А', 'Это', 'После', 'До', 'Также', 'Сегодня', 'Центральной', 'Азии', 'ООН', 'Правозащитный', 'Центр',
  ].map((word) => word.toLowerCase()),
);

/** Words that end an organisation's or a place's name: "Norwegian Helsinki Committee", "Mary regional department". */
export const ORGANISATION_WORD =
  /^(?:Committee|Court|Foundation|Association|Movement|Initiative|Partnership|Bureau|Coalition|Union|Council|Ministry|Party|Organi[sz]ation|Republic|Region|Centre|Center|Institute|Office|Service|Agency|Fund|Network|Club|Watch|Monitor|Airport|University|Prison|Colony|Department|Conference|Summit|Group|комитет\p{L}*|суд\p{L}*|фонд\p{L}*|ассоциаци\p{L}*|движени\p{L}*|центр\p{L}*|министерств\p{L}*|парти\p{L}*|организаци\p{L}*|колони\p{L}*)$/iu;
