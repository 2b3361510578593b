/**
 * A generated library for the benchmarks: cases with Central Asian names in Latin and
 * Cyrillic (several transliterations of the same names, as real libraries have), events,
 * charges and tags. Deterministic for a given seed, so two runs time the same work.
 */
import type { CaseRecord } from '../core/cases/person.ts';
import type { Role, Status, EventType } from '../core/cases/vocabulary.ts';

/** [Latin, Cyrillic] */
export const GIVEN_NAMES: ReadonlyArray<[string, string]> = [
  ['Farhat', 'Фархат'], ['Rovshen', 'Ровшен'], ['Dovran', 'Довран'], ['Maksat', 'Максат'], ['Rustam', 'Рустам'], ['Serdar', 'Сердар'],
  ['Allamurat', 'Алламурат'], ['Ashyrbay', 'Ашырбай'], ['Mukhsinjon', 'Мухсинжон'], ['Manuchehr', 'Манучехр'], ['Dauletmurat', 'Даулетмурат'],
  ['Zhanbolat', 'Жанболат'], ['Bolot', 'Болот'], ['Buzurgmehr', 'Бузургмехр'], ['Nurgeldy', 'Нургельды'], ['Murat', 'Мурат'], ['Mansur', 'Мансур'],
  ['Otabek', 'Отабек'], ['Miraziz', 'Миразиз'], ['Yermek', 'Ермек'], ['Aziz', 'Азиз'], ['Bakhrom', 'Бахром'], ['Dilshod', 'Дилшод'], ['Sherzod', 'Шерзод'],
  ['Jahongir', 'Жахонгир'], ['Shukhrat', 'Шухрат'], ['Ulugbek', 'Улугбек'], ['Nurlan', 'Нурлан'], ['Askar', 'Аскар'], ['Yerlan', 'Ерлан'],
  ['Bakhyt', 'Бахыт'], ['Sanjar', 'Санжар'], ['Timur', 'Тимур'], ['Ilkhom', 'Илхом'], ['Firuz', 'Фируз'], ['Daler', 'Далер'], ['Parviz', 'Парвиз'],
  ['Khurshed', 'Хуршед'], ['Gurbanguly', 'Гурбангулы'], ['Nurjan', 'Нуржан'], ['Kanat', 'Канат'], ['Azamat', 'Азамат'], ['Bekzod', 'Бекзод'],
  ['Jamshid', 'Жамшид'], ['Kudrat', 'Кудрат'], ['Olim', 'Олим'], ['Yusuf', 'Юсуф'], ['Ilyas', 'Ильяс'], ['Kassym', 'Касым'], ['Yodgor', 'Ёдгор'],
];
export const GIVEN_NAMES_FEMALE: ReadonlyArray<[string, string]> = [
  ['Rita', 'Рита'], ['Nodira', 'Нодира'], ['Gulnara', 'Гульнара'], ['Zarina', 'Зарина'], ['Dilnoza', 'Дилноза'], ['Aigul', 'Айгуль'], ['Asel', 'Асель'],
  ['Saodat', 'Саодат'], ['Maral', 'Марал'], ['Ogulsapar', 'Огулсапар'], ['Sayora', 'Саёра'], ['Feruza', 'Феруза'], ['Madina', 'Мадина'],
  ['Shakhnoza', 'Шахноза'], ['Dursoltan', 'Дурсолтан'], ['Nargiza', 'Наргиза'], ['Yekaterina', 'Екатерина'], ['Aishenur', 'Айшенур'],
];

/** [Latin root, Cyrillic root, suffix]: suffix "yev" is -ыев/-yev style, "ev" -ев, "ov" -ов. */
export const FAMILY_ROOTS: ReadonlyArray<[string, string, 'ov' | 'ev' | 'yev' | '']> = [
  ['Meymankul', 'Мейманкул', 'yev'], ['Kholiknazar', 'Холикназар', 'ov'], ['Tazhimurat', 'Тажимурат', 'ov'], ['Hudayram', 'Худайрам', 'ov'],
  ['Seitkul', 'Сейткул', 'yev'], ['Durdul', 'Дурдул', 'yev'], ['Klych', 'Клыч', 'ev'], ['Imam', 'Имам', 'ov'], ['Baymurad', 'Баймурад', 'ov'],
  ['Akhmed', 'Ахмед', 'ov'], ['Yor', 'Ёр', 'ov'], ['Khalyk', 'Халык', 'ov'], ['Dushem', 'Душем', 'ov'], ['Mingel', 'Мингел', 'ov'],
  ['Sattor', 'Саттор', 'ov'], ['Bazar', 'Базар', 'ov'], ['Temir', 'Темир', 'ov'], ['Karasart', 'Карасарт', 'ov'], ['Mamai', 'Мамай', ''],
  ['Rahim', 'Рахим', 'ov'], ['Kurban', 'Курбан', 'ov'], ['Yuldash', 'Юлдаш', 'ev'], ['Ismail', 'Исмаил', 'ov'], ['Nazar', 'Назар', 'ov'],
  ['Karim', 'Карим', 'ov'], ['Usman', 'Усман', 'ov'], ['Yusup', 'Юсуп', 'ov'], ['Abdulla', 'Абдулла', 'yev'], ['Tashmurat', 'Ташмурат', 'ov'],
  ['Khodja', 'Ходжа', 'yev'], ['Mirzo', 'Мирзо', 'yev'], ['Said', 'Саид', 'ov'], ['Safar', 'Сафар', 'ov'], ['Khamid', 'Хамид', 'ov'],
  ['Tursun', 'Турсун', 'ov'], ['Bekmurad', 'Бекмурад', 'ov'], ['Oraz', 'Ораз', 'ov'], ['Aman', 'Аман', 'ov'], ['Berdy', 'Берды', 'yev'],
  ['Hallyy', 'Халлы', 'yev'], ['Orus', 'Орус', 'ov'], ['Hodjanepes', 'Ходжанепес', 'ov'], ['Gapurdjan', 'Гапурджан', 'ov'], ['Matyusup', 'Матюсуп', 'ov'],
  ['Sahat', 'Сахат', 'ov'], ['Uraz', 'Ураз', 'ov'], ['Atay', 'Атай', 'ev'], ['Abid', 'Абид', 'ov'], ['Taganov', 'Таганов', ''], ['Rakhmon', 'Рахмон', 'ov'],
  ['Sharipov', 'Шарипов', ''], ['Jumay', 'Джумай', 'ev'], ['Kasym', 'Касым', 'ov'], ['Nurmukhamed', 'Нурмухамед', 'ov'], ['Zhaksylyk', 'Жаксылык', 'ov'],
  ['Tokay', 'Токай', 'ev'], ['Japar', 'Жапар', 'ov'], ['Babanov', 'Бабанов', ''], ['Iskhak', 'Исхак', 'ov'], ['Gafur', 'Гафур', 'ov'],
];

const LATIN_SUFFIX = { ov: 'ov', ev: 'ev', yev: 'yev', '': '' } as const;
const CYRILLIC_SUFFIX = { ov: 'ов', ev: 'ев', yev: 'ыев', '': '' } as const;

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Another English spelling of a Latin name, as different newsrooms write it. */
export function respell(name: string, variant: number): string {
  const rules: Array<[RegExp, string]> = [
    [/kh/gi, 'h'],
    [/yev$/i, 'iev'],
    [/zh/gi, 'j'],
    [/y/gi, 'i'],
    [/ev$/i, 'yev'],
    [/k/gi, 'q'],
  ];
  let out = name;
  for (let i = 0; i < rules.length; i++) if ((variant >> i) & 1) out = out.replace(rules[i]![0], rules[i]![1]);
  return out.toUpperCase() === out ? out : out[0]!.toUpperCase() + out.slice(1).toLowerCase();
}

const NATIONALITIES = ['TM', 'UZ', 'TJ', 'KZ', 'KG'] as const;
const PLACES: Record<string, string[]> = {
  TM: ['Ashgabat', 'Mary', 'Turkmenabat', 'Dashoguz', 'Balkanabat'],
  UZ: ['Tashkent', 'Nukus', 'Kokand', 'Andijan', 'Samarkand'],
  TJ: ['Dushanbe', 'Khorog', 'Khujand', 'Kulob'],
  KZ: ['Almaty', 'Astana', 'Zhanaozen', 'Shymkent'],
  KG: ['Bishkek', 'Osh', 'Jalal-Abad'],
  TR: ['Istanbul', 'Ankara', 'Antalya'],
  RU: ['Moscow', 'Saint Petersburg', 'Kazan'],
};
const EVENT_TEXTS: Array<[EventType, string]> = [
  ['detention', 'Detained at the airport on arrival and taken to an unknown place.'],
  ['detention', 'Задержан сотрудниками службы безопасности по месту жительства.'],
  ['deportation', 'Deported after the migration service refused to extend the residence permit.'],
  ['deportation', 'Депортирован, несмотря на поданное ходатайство об убежище.'],
  ['extradition', 'Extradited at the request of the prosecutor general’s office.'],
  ['arrest', 'Arrested after posting videos that criticised local officials.'],
  ['trial', 'Closed trial; relatives were not allowed into the courtroom.'],
  ['sentence', 'Sentenced on charges that colleagues consider politically motivated.'],
  ['sentence', 'Приговорён к лишению свободы по обвинению в экстремизме.'],
  ['torture', 'Reported beatings in pre-trial detention to the lawyer.'],
  ['torture', 'Сообщил адвокату о пытках в следственном изоляторе.'],
  ['disappearance', 'Family has had no news since the transfer to another facility.'],
  ['release', 'Released under an amnesty after years in prison.'],
  ['appeal', 'The appeal court upheld the verdict without hearing the defence witnesses.'],
  ['un-decision', 'A UN body found the detention arbitrary and asked for release.'],
];
const CHARGES: Record<string, Array<[string, string]>> = {
  UZ: [['159', 'attacks on the constitutional order'], ['244-1', 'materials threatening public security'], ['244-2', 'extremist organisations'], ['246', 'smuggling']],
  TJ: [['307', 'public calls for extremist activity'], ['187', 'organising a criminal community']],
  TM: [['210', 'hooliganism'], ['292', 'drug offences']],
  KZ: [['174', 'inciting social discord'], ['272', 'mass riots']],
  KG: [['278', 'mass riots'], ['327', 'calls to seize power']],
};
const CODE_NAMES: Record<string, string> = {
  UZ: 'Criminal Code of Uzbekistan',
  TJ: 'Criminal Code of Tajikistan',
  TM: 'Criminal Code of Turkmenistan',
  KZ: 'Criminal Code of Kazakhstan',
  KG: 'Criminal Code of Kyrgyzstan',
};
export const TAGS = ['forced returns', 'GBAO', 'Karakalpakstan', 'January 2022 events', 'Kempir-Abad', 'torture', 'religious freedom', 'YouTube', 'exiled critics', 'transnational repression', 'migrant workers', 'Hizb ut-Tahrir'];
const ROLES: Role[] = ['blogger', 'journalist', 'lawyer', 'human-rights-defender', 'activist', 'opposition-politician', 'religious-believer', 'migrant-worker'];
const STATUSES: Status[] = ['at-risk', 'detained', 'charged', 'sentenced', 'deported', 'extradited', 'released', 'disappeared', 'unknown'];

export type GeneratedPerson = { index: number; givenLatin: string; familyLatin: string; familyCyrillic: string; givenCyrillic: string };

const pick = <T>(rand: () => number, items: ReadonlyArray<T>): T => items[Math.floor(rand() * items.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

/** The name of the index-th generated case, without generating the rest of it. */
export function personAt(index: number): GeneratedPerson {
  const rand = random(index * 7919 + 17);
  const female = rand() < 0.3;
  const [givenLatin, givenCyrillic] = pick(rand, female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES);
  const [root, rootCyrillic, suffix] = pick(rand, FAMILY_ROOTS);
  const femaleEnd = female && suffix !== '' ? 'a' : '';
  const femaleEndCyrillic = female && suffix !== '' ? 'а' : '';
  return {
    index,
    givenLatin,
    givenCyrillic,
    familyLatin: `${root}${LATIN_SUFFIX[suffix]}${femaleEnd}`,
    familyCyrillic: `${rootCyrillic}${CYRILLIC_SUFFIX[suffix]}${femaleEndCyrillic}`,
  };
}

export function generateCase(index: number, updatedAt: string): CaseRecord {
  const person = personAt(index);
  const rand = random(index * 104729 + 3);
  const id = `gen-${index}`;
  const nationality = pick(rand, NATIONALITIES);
  const aliases: CaseRecord['aliases'] = [];
  if (rand() < 0.5) aliases.push({ name: `${person.givenCyrillic} ${person.familyCyrillic}`, kind: 'transliteration', language: 'ru' });
  if (rand() < 0.2) aliases.push({ name: respell(person.familyLatin, 1 + Math.floor(rand() * 63)), kind: 'transliteration', language: 'en' });
  const year = 2014 + Math.floor(rand() * 11);
  const events: CaseRecord['events'] = [];
  const eventCount = 1 + Math.floor(rand() * 4);
  for (let e = 0; e < eventCount; e++) {
    const [type, text] = pick(rand, EVENT_TEXTS);
    const country = rand() < 0.25 ? pick(rand, ['TR', 'RU'] as const) : nationality;
    const precision = rand();
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const date = precision < 0.1 ? null : precision < 0.25 ? `${year + e}` : precision < 0.45 ? `${year + e}-${pad(month)}` : `${year + e}-${pad(month)}-${pad(day)}`;
    events.push({ id: `${id}-e${e}`, type, date: date !== null && Number(date.slice(0, 4)) > 2025 ? null : date, place: pick(rand, PLACES[country]!), country, text });
  }
  const charges: CaseRecord['charges'] = [];
  const chargeCount = Math.floor(rand() * 3);
  for (let c = 0; c < chargeCount; c++) {
    const [article, summary] = pick(rand, CHARGES[nationality]!);
    charges.push({ id: `${id}-c${c}`, article, code: CODE_NAMES[nationality]!, country: nationality, articleText: `Article ${article}: ${summary}.` });
  }
  const tags = TAGS.filter(() => rand() < 0.12);
  const roles = ROLES.filter(() => rand() < 0.15);
  const status = pick(rand, STATUSES);
  const birth = rand() < 0.7 ? `${1950 + Math.floor(rand() * 50)}` : null;
  return {
    id,
    givenName: person.givenLatin,
    familyName: person.familyLatin,
    middleName: '',
    familyNameStyle: rand() < 0.5 ? 'capitals' : 'as-written',
    aliases,
    birthDate: birth,
    nationality,
    ethnicity: '',
    roles,
    status,
    events,
    charges,
    sentence: status === 'sentenced' ? { text: `${3 + Math.floor(rand() * 20)} years in prison`, years: null, suspended: false, date: null } : null,
    sources: [],
    tags,
    confidential: rand() < 0.02,
    updatedAt,
  };
}
