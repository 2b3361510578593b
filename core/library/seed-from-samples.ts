import type { Charge, CaseEvent, CaseRecord } from '../cases/person.ts';
import type { FootnoteRecord } from '../cases/footnote.ts';
import type { OrganisationRecord } from '../cases/organisation.ts';
import { emptyCaseDraft } from '../cases/person.ts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile } from './format.ts';

/**
 * A demo library of the people and organisations named in the 2023 statements of
 * shared/samples/: facts only (names and their spellings there, birth years, dates, places,
 * articles, sentences). Event texts, article summaries and footnotes are written here, not
 * copied from the statements. Ids are fixed, so importing the seed twice changes nothing.
 */
const SEEDED_AT = '2024-01-15T09:00:00.000Z';

type CaseSeed = Partial<Omit<CaseRecord, 'id' | 'updatedAt' | 'events' | 'charges'>> & {
  id: string;
  events?: Array<Omit<CaseEvent, 'id' | 'place' | 'country' | 'text'> & Partial<Pick<CaseEvent, 'place' | 'country' | 'text'>>>;
  charges?: Array<Omit<Charge, 'id'>>;
};

function seedCase(seed: CaseSeed): CaseRecord {
  const { id, events = [], charges = [], ...fields } = seed;
  return {
    ...emptyCaseDraft(),
    ...fields,
    events: events.map((event, index) => ({ place: '', country: null, text: '', ...event, id: `${id}-e${index + 1}` })),
    charges: charges.map((charge, index) => ({ ...charge, id: `${id}-c${index + 1}` })),
    id,
    updatedAt: SEEDED_AT,
  };
}

const UZ_CRIMINAL_CODE = 'Criminal Code of the Republic of Uzbekistan';
const ART_159 = { article: '159', code: UZ_CRIMINAL_CODE, country: 'UZ', articleText: 'Article 159 (attacks on the constitutional order): public calls for an unconstitutional change of the state order or of the territory of Uzbekistan, and spreading materials that contain such calls.' };

const turkmenReturnee = (id: string, given: string, family: string, aliases: CaseRecord['aliases'], born: string, type: 'deportation' | 'extradition', date: string, from: string) =>
  seedCase({
    id,
    givenName: given,
    familyName: family,
    aliases,
    birthDate: born,
    nationality: 'TM',
    roles: [],
    status: type === 'deportation' ? 'deported' : 'extradited',
    events: [{ type, date, country: from, text: `${type === 'deportation' ? 'Deported' : 'Extradited'} to Turkmenistan; whereabouts since unknown.` }],
    tags: ['forced returns to Turkmenistan'],
  });

export function seedCases(): CaseRecord[] {
  return [
    seedCase({
      id: 'sample-allamurat-hudayramov',
      givenName: 'Allamurat',
      familyName: 'Hudayramov',
      aliases: [{ name: 'Allamurat Khudayramov', kind: 'transliteration', language: 'en' }],
      nationality: 'TM',
      ethnicity: 'Baluchi',
      status: 'died-in-custody',
      events: [
        { type: 'summons', date: '2023-11-27', place: 'Mary', country: 'TM', text: 'Summoned by an investigator of the regional department of the Ministry of National Security, and held there.' },
        { type: 'death', date: '2023-11', place: 'Mary', country: 'TM', text: 'Died in the custody of the Ministry of National Security; injuries on the body point to torture.' },
      ],
      tags: ['death in custody', 'torture'],
    }),
    seedCase({
      id: 'sample-ashyrbay-bekiev',
      givenName: 'Ashyrbay',
      familyName: 'Bekiev',
      nationality: 'TM',
      status: 'sentenced',
      events: [{ type: 'sentence', date: null, country: 'TM', text: 'Sentenced after his forced return to Turkmenistan.' }],
      sentence: { text: '23 years in prison', years: 23, suspended: false, date: null },
      tags: ['forced returns to Turkmenistan'],
    }),
    seedCase({
      id: 'sample-farhat-meymankulyyev',
      givenName: 'Farhat',
      familyName: 'Meymankulyyev',
      aliases: [
        { name: 'Farhat Meimankulyiev', kind: 'transliteration', language: 'en' },
        { name: 'Farhat Meýmankulyýew', kind: 'transliteration', language: 'tk' },
        { name: 'Фархат Мейманкулыев', kind: 'transliteration', language: 'ru' },
        { name: 'Durdyiev', kind: 'alias', language: null },
      ],
      birthDate: '1992',
      nationality: 'TM',
      roles: ['blogger'],
      status: 'extradited',
      events: [
        { type: 'detention', date: '2021-08', place: 'Istanbul', country: 'TR', text: 'Held at the consulate of Turkmenistan in connection with a planned protest; reportedly ill-treated.' },
        { type: 'extradition', date: '2023-05-19', country: 'TR', text: 'Returned from Turkey to Turkmenistan after being detained at the request of Turkmen diplomats.' },
      ],
      tags: ['forced returns to Turkmenistan', 'YouTube'],
    }),
    turkmenReturnee('sample-rovshen-klychev', 'Rovshen', 'Klychev', [], '1980', 'deportation', '2023-07-12', 'TR'),
    turkmenReturnee('sample-dovran-imamov', 'Dovran', 'Imamov', [], '1991', 'deportation', '2023-08', 'TR'),
    turkmenReturnee('sample-maksat-baymuradov', 'Maksat', 'Baymuradov', [], '1993', 'deportation', '2023-09-11', 'TR'),
    turkmenReturnee('sample-rustam-seitkulyyev', 'Rustam', 'Seitkulyyev', [{ name: 'Рустам Сейткулыев', kind: 'transliteration', language: 'ru' }], '1977', 'extradition', '2023-09-17', 'RU'),
    turkmenReturnee('sample-serdar-durdulyev', 'Serdar', 'Durdulyev', [], '1989', 'deportation', '2023-10-17', 'TR'),
    seedCase({
      id: 'sample-mukhsinjon-akhmedov',
      givenName: 'Mukhsinjon',
      familyName: 'Akhmedov',
      familyNameStyle: 'as-written',
      nationality: 'UZ',
      roles: ['asylum-seeker'],
      status: 'charged',
      events: [
        { type: 'detention', date: '2015', place: 'Kokand', country: 'UZ', text: 'Held by police for about three days and tortured; later complained to the prosecutor, without result.' },
        { type: 'flight', date: '2016', place: 'Saint Petersburg', country: 'RU', text: 'Left Uzbekistan for Russia; declared internationally wanted.' },
        { type: 'other', date: '2019', country: 'FR', text: 'Moved to France after 18 months in a deportation camp in Estonia and a refused asylum claim there.' },
        { type: 'court-ruling', date: '2023-03', text: 'The European Court of Human Rights ordered interim measures against his return to Uzbekistan.' },
        { type: 'detention', date: '2023-10-20', country: 'FR', text: 'Placed in a detention centre for foreigners.' },
        { type: 'deportation', date: '2023-11-15', country: 'FR', text: 'Deported to Uzbekistan at the age of 39, then held in Kokand.' },
        { type: 'court-ruling', date: '2023-12-07', country: 'FR', text: 'The Conseil d’État found the deportation manifestly illegal and ordered steps for his return.' },
      ],
      charges: [
        ART_159,
        { article: '244-1', code: UZ_CRIMINAL_CODE, country: 'UZ', articleText: 'Article 244-1: making, keeping or spreading materials that threaten public security and public order.' },
        { article: '246', code: UZ_CRIMINAL_CODE, country: 'UZ', articleText: 'Article 246: smuggling across the customs border of Uzbekistan.' },
      ],
      tags: ['non-refoulement', 'ECtHR interim measures'],
    }),
    seedCase({
      id: 'sample-manuchehr-kholiknazarov',
      givenName: 'Manuchehr',
      familyName: 'Kholiknazarov',
      familyNameStyle: 'as-written',
      aliases: [
        { name: 'Manuchehr Kholiqnazarov', kind: 'transliteration', language: 'en' },
        { name: 'Манучехр Холикназаров', kind: 'transliteration', language: 'ru' },
      ],
      nationality: 'TJ',
      roles: ['human-rights-defender', 'lawyer'],
      status: 'sentenced',
      events: [{ type: 'sentence', date: '2022-12', country: 'TJ', text: 'Sentenced by the Supreme Court for alleged participation in a criminal and banned organisation.' }],
      sentence: { text: '16 years in prison', years: 16, suspended: false, date: '2022-12' },
      sources: [
        { title: 'Tajikistan: Manuchehr Kholiqnazarov must be immediately released', url: 'https://www.iphronline.org/tajikistan-manuchehr-kholiqnazarov-must-be-immediately-released.html', date: '2023-04-03', reliability: 'confirmed' },
      ],
      tags: ['GBAO', 'Lawyers’ Association of Pamir'],
    }),
    seedCase({
      id: 'sample-dauletmurat-tazhimuratov',
      givenName: 'Dauletmurat',
      familyName: 'Tazhimuratov',
      familyNameStyle: 'as-written',
      aliases: [{ name: 'Даулетмурат Тажимуратов', kind: 'transliteration', language: 'ru' }],
      nationality: 'UZ',
      roles: ['lawyer', 'journalist', 'blogger'],
      status: 'sentenced',
      events: [
        { type: 'sentence', date: '2023-01', country: 'UZ', text: 'Sentenced as an alleged leader of the July 2022 protests in Karakalpakstan; said in court that he had been tortured.' },
        { type: 'appeal', date: '2023-06', country: 'UZ', text: 'The Supreme Court upheld the sentence.' },
      ],
      charges: [ART_159, { article: '244', code: UZ_CRIMINAL_CODE, country: 'UZ', articleText: 'Article 244: organising mass riots.' }],
      sentence: { text: '16 years in prison', years: 16, suspended: false, date: '2023-01' },
      tags: ['Karakalpakstan', 'torture'],
    }),
    seedCase({
      id: 'sample-zhanbolat-mamai',
      givenName: 'Zhanbolat',
      familyName: 'Mamai',
      familyNameStyle: 'as-written',
      aliases: [{ name: 'Жанболат Мамай', kind: 'transliteration', language: 'ru' }],
      nationality: 'KZ',
      roles: ['opposition-politician'],
      status: 'sentenced',
      events: [{ type: 'sentence', date: '2023', country: 'KZ', text: 'Convicted over the January 2022 events; barred from political and social media activity.' }],
      sentence: { text: 'six years, suspended', years: 6, suspended: true, date: '2023' },
      tags: ['January 2022 events', 'Democratic Party'],
    }),
    seedCase({
      id: 'sample-rita-karasartova',
      givenName: 'Rita',
      familyName: 'Karasartova',
      familyNameStyle: 'as-written',
      nationality: 'KG',
      roles: ['human-rights-defender', 'activist'],
      status: 'detained',
      events: [{ type: 'arrest', date: '2022-10', country: 'KG', text: 'Arrested with others who opposed the border deal on the Kempir-Abad reservoir; held in pre-trial detention.' }],
      tags: ['Kempir-Abad'],
    }),
    seedCase({
      id: 'sample-bolot-temirov',
      givenName: 'Bolot',
      familyName: 'Temirov',
      familyNameStyle: 'as-written',
      nationality: 'KG',
      roles: ['journalist'],
      status: 'deported',
      events: [{ type: 'deportation', date: '2022-11', country: 'KG', text: 'Expelled from Kyrgyzstan despite the constitutional ban on expelling citizens.' }],
      tags: ['corruption investigations'],
    }),
    seedCase({
      id: 'sample-buzurgmehr-yorov',
      givenName: 'Buzurgmehr',
      familyName: 'Yorov',
      familyNameStyle: 'as-written',
      aliases: [{ name: 'Бузургмехр Ёров', kind: 'transliteration', language: 'ru' }],
      nationality: 'TJ',
      roles: ['lawyer', 'human-rights-defender'],
      status: 'sentenced',
      events: [{ type: 'charge', date: '2023', country: 'TJ', text: 'Faces new charges that could extend his sentence.' }],
      sentence: { text: '22 years in prison', years: 22, suspended: false, date: null },
    }),
    seedCase({
      id: 'sample-nurgeldy-khalykov',
      givenName: 'Nurgeldy',
      familyName: 'Khalykov',
      familyNameStyle: 'as-written',
      aliases: [{ name: 'Nurgeldi Halykow', kind: 'transliteration', language: 'tk' }],
      nationality: 'TM',
      roles: ['journalist'],
      status: 'sentenced',
      events: [{ type: 'un-decision', date: '2023', text: 'The UN Human Rights Committee called for his release.' }],
    }),
    seedCase({
      id: 'sample-murat-dushemov',
      givenName: 'Murat',
      familyName: 'Dushemov',
      familyNameStyle: 'as-written',
      nationality: 'TM',
      roles: ['activist'],
      status: 'sentenced',
      events: [{ type: 'un-decision', date: '2023', text: 'The UN Human Rights Committee called for his release.' }],
    }),
    seedCase({
      id: 'sample-mansur-mingelov',
      givenName: 'Mansur',
      familyName: 'Mingelov',
      familyNameStyle: 'as-written',
      nationality: 'TM',
      roles: ['human-rights-defender'],
      status: 'sentenced',
      events: [{ type: 'un-decision', date: '2023', text: 'The UN Human Rights Committee called for his release.' }],
    }),
    seedCase({
      id: 'sample-otabek-sattoriy',
      givenName: 'Otabek',
      familyName: 'Sattoriy',
      familyNameStyle: 'as-written',
      nationality: 'UZ',
      roles: ['blogger'],
      status: 'sentenced',
      events: [{ type: 'other', date: '2023', country: 'UZ', text: 'Refused a transfer to milder prison conditions.' }],
      sentence: { text: 'six years in prison', years: 6, suspended: false, date: null },
    }),
    seedCase({
      id: 'sample-miraziz-bazarov',
      givenName: 'Miraziz',
      familyName: 'Bazarov',
      familyNameStyle: 'as-written',
      nationality: 'UZ',
      roles: ['blogger'],
      status: 'at-risk',
      events: [{ type: 'detention', date: '2023-05', country: 'UZ', text: 'Held for several hours and pressed to delete what he had posted online.' }],
      sentence: { text: 'restricted liberty', years: null, suspended: false, date: '2022' },
    }),
  ];
}

const organisation = (o: Omit<OrganisationRecord, 'updatedAt' | 'tags' | 'website' | 'exileCountry'> & Partial<OrganisationRecord>): OrganisationRecord => ({
  website: null,
  exileCountry: null,
  tags: [],
  ...o,
  updatedAt: SEEDED_AT,
});

export function seedOrganisations(): OrganisationRecord[] {
  return [
    organisation({
      id: 'sample-org-ahrca',
      fullName: 'Association for Human Rights in Central Asia',
      abbreviation: 'AHRCA',
      country: 'UZ',
      exileCountry: 'FR',
      names: [{ language: 'ru', nominative: 'Ассоциация «Права человека в Центральной Азии»', genitive: 'Ассоциации «Права человека в Центральной Азии»', abbreviation: 'АПЧЦА' }],
    }),
    organisation({
      id: 'sample-org-iphr',
      fullName: 'International Partnership for Human Rights',
      abbreviation: 'IPHR',
      country: 'BE',
      website: 'https://www.iphronline.org/',
      names: [{ language: 'ru', nominative: 'Международное партнёрство за права человека', genitive: 'Международного партнёрства за права человека', abbreviation: '' }],
    }),
    organisation({
      id: 'sample-org-nhc',
      fullName: 'Norwegian Helsinki Committee',
      abbreviation: 'NHC',
      country: 'NO',
      names: [{ language: 'ru', nominative: 'Норвежский Хельсинкский комитет', genitive: 'Норвежского Хельсинкского комитета', abbreviation: '' }],
    }),
    organisation({
      id: 'sample-org-tihr',
      fullName: 'Turkmen Initiative for Human Rights',
      abbreviation: 'TIHR',
      country: 'TM',
      exileCountry: 'AT',
      names: [{ language: 'ru', nominative: 'Туркменская инициатива по правам человека', genitive: 'Туркменской инициативы по правам человека', abbreviation: 'ТИПЧ' }],
    }),
    organisation({
      id: 'sample-org-kibhr',
      fullName: 'Kazakhstan International Bureau for Human Rights and Rule of Law',
      abbreviation: 'KIBHR',
      country: 'KZ',
      names: [{ language: 'ru', nominative: 'Казахстанское международное бюро по правам человека и соблюдению законности', genitive: 'Казахстанского международного бюро по правам человека и соблюдению законности', abbreviation: 'КМБПЧ' }],
    }),
    organisation({ id: 'sample-org-lpf', fullName: 'Legal Prosperity Foundation', abbreviation: '', country: 'KG', names: [] }),
    organisation({
      id: 'sample-org-hfhr',
      fullName: 'Helsinki Foundation for Human Rights',
      abbreviation: 'HFHR',
      country: 'PL',
      names: [{ language: 'ru', nominative: 'Хельсинкский фонд по правам человека', genitive: 'Хельсинкского фонда по правам человека', abbreviation: '' }],
    }),
    organisation({
      id: 'sample-org-omct',
      fullName: 'World Organisation Against Torture',
      abbreviation: 'OMCT',
      country: 'CH',
      names: [{ language: 'ru', nominative: 'Всемирная организация против пыток', genitive: 'Всемирной организации против пыток', abbreviation: 'ВОПП' }],
    }),
    organisation({ id: 'sample-org-lap', fullName: 'Lawyers’ Association of Pamir', abbreviation: 'LAP', country: 'TJ', names: [] }),
  ];
}

export function seedFootnotes(): FootnoteRecord[] {
  return [
    {
      id: 'sample-fn-uncat-art3',
      title: 'UN Convention against Torture, Article 3',
      body: [
        { text: 'Convention against Torture', italic: true },
        { text: ', Article 3: no State Party may send a person to another State where there are substantial grounds for believing that the person would be in danger of being tortured.' },
      ],
      language: 'en',
      tags: ['non-refoulement'],
      updatedAt: SEEDED_AT,
    },
    {
      id: 'sample-fn-uz-cc-159',
      title: 'Art. 159, Criminal Code of Uzbekistan',
      body: [{ text: ART_159.articleText }],
      language: 'en',
      tags: ['Uzbekistan'],
      updatedAt: SEEDED_AT,
    },
  ];
}

/** The whole demo library as an exchange file, ready for importLibrary or importData. */
export function seedLibraryFile(): LibraryFile {
  return {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: SEEDED_AT,
    cases: seedCases(),
    organisations: seedOrganisations(),
    footnotes: seedFootnotes(),
    // No people who sign: the roster fills as writers add signers, and emails do not belong in a demo.
    signers: [],
  };
}
