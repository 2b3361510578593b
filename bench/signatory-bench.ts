/**
 * Signatory benchmarks: a 10,000-row sign-on CSV (names in Latin and Cyrillic, organisations,
 * repeats in other spellings, rows without consent, broken rows, fields over several lines)
 * read, mapped and previewed against a list of 1,000 and a roster of 1,800; then a list of
 * 1,000 signatories ordered and formatted in every order mode and style, as the panel does
 * on each change. Deterministic, so two runs time the same work.
 */
import { applyImport } from '../core/signatories/csv/apply-import.ts';
import { guessMapping } from '../core/signatories/csv/column-mapping.ts';
import { previewImport } from '../core/signatories/csv/import-preview.ts';
import { readSignOnCsv } from '../core/signatories/csv/read-csv.ts';
import { formatSignatoryBlock } from '../core/signatories/format-block.ts';
import { leadSentence } from '../core/signatories/lead-sentence.ts';
import type { Roster } from '../core/signatories/roster.ts';
import { SIGNATORY_ORDERS, SIGNATORY_STYLES } from '../core/signatories/settings.ts';
import { newIndividualSignatory, newOrganisationSignatory, type Signatory } from '../core/signatories/signatory.ts';
import type { BenchRow } from './editor-bench.ts';
import { FAMILY_ROOTS, GIVEN_NAMES, GIVEN_NAMES_FEMALE, random, respell } from './library-data.ts';
import { median } from './stats.ts';

/** [Latin, Cyrillic] given names from beyond Central Asia: partners in Europe and Russia sign too. */
const OTHER_GIVEN: ReadonlyArray<[string, string]> = [
  ['Olga', 'Ольга'], ['Ivan', 'Иван'], ['Maria', 'Мария'], ['Sergei', 'Сергей'], ['Anna', 'Анна'], ['Leonid', 'Леонид'], ['Oleg', 'Олег'],
  ['Natalia', 'Наталья'], ['Gvantsa', 'Гванца'], ['Matvey', 'Матвей'], ['Oksana', 'Оксана'], ['Yekaterina', 'Екатерина'], ['Tatiana', 'Татьяна'],
  ['Jan', 'Ян'], ['Marta', 'Марта'], ['Tomasz', 'Томаш'], ['Ingrid', 'Ингрид'], ['Lars', 'Ларс'], ['Sophie', 'Софи'], ['Pierre', 'Пьер'],
];
const OTHER_FAMILY: ReadonlyArray<[string, string]> = [
  ['Pimenov', 'Пименов'], ['Rodin', 'Родин'], ['Vlasova', 'Власова'], ['Lomaia', 'Ломая'], ['Kurzukov', 'Курзуков'], ['Chukayeva', 'Чукаева'],
  ['Nowak', 'Новак'], ['Kowalski', 'Ковальский'], ['Hansen', 'Хансен'], ['Berg', 'Берг'], ['Dubois', 'Дюбуа'], ['Schmidt', 'Шмидт'],
  ['Ivanova', 'Иванова'], ['Smirnov', 'Смирнов'], ['Orlova', 'Орлова'], ['Volkov', 'Волков'], ['Lebedev', 'Лебедев'], ['Morozova', 'Морозова'],
];
const SUFFIX = { ov: ['ov', 'ов'], ev: ['ev', 'ев'], yev: ['yev', 'ыев'], '': ['', ''] } as const;
const GIVEN: ReadonlyArray<[string, string]> = [...new Map([...GIVEN_NAMES, ...GIVEN_NAMES_FEMALE, ...OTHER_GIVEN].map((pair) => [pair[0], pair])).values()];
const FAMILY: ReadonlyArray<[string, string]> = [
  ...FAMILY_ROOTS.map(([latin, cyrillic, suffix]): [string, string] => [`${latin}${SUFFIX[suffix][0]}`, `${cyrillic}${SUFFIX[suffix][1]}`]),
  // Women's forms: Atayeva, Taganova.
  ...FAMILY_ROOTS.filter(([, , suffix]) => suffix !== '').map(([latin, cyrillic, suffix]): [string, string] => [`${latin}${SUFFIX[suffix][0]}a`, `${cyrillic}${SUFFIX[suffix][1]}а`]),
  ...OTHER_FAMILY,
];
const QUALIFIERS = ['', 'for Women', 'for Youth', 'of Lawyers', 'for Refugees', 'of Journalists', 'for Minorities'];
const ORGANISATION_KINDS = ['Human Rights Centre', 'Legal Clinic', 'Helsinki Committee', 'Association for Human Rights', 'Foundation for Civil Liberties', 'Initiative for Justice', 'Bureau for Human Rights and Rule of Law', 'Coalition against Torture'];
const PLACES = [
  'Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe', 'Semey', 'Pavlodar', 'Taraz', 'Zhanaozen', 'Bishkek', 'Osh', 'Karakol', 'Naryn', 'Talas', 'Batken',
  'Dushanbe', 'Khorog', 'Khujand', 'Kulob', 'Bokhtar', 'Tashkent', 'Nukus', 'Samarkand', 'Bukhara', 'Andijan', 'Fergana', 'Namangan', 'Khiva', 'Ashgabat',
  'Vienna', 'Warsaw', 'Oslo', 'Paris', 'Berlin', 'Prague', 'Vilnius', 'Tbilisi', 'Istanbul', 'Brussels', 'Geneva', 'Stockholm', 'Helsinki', 'Riga', 'Tallinn',
  'Kyiv', 'Chisinau', 'Yerevan', 'Copenhagen',
];
const COUNTRIES = ['Kazakhstan', 'Казахстан', 'Kyrgyzstan', 'Кыргызстан', 'Tajikistan', 'Uzbekistan', 'Turkmenistan', 'Туркменистан', 'Austria', 'Poland', 'Norway', 'France', 'Germany', 'Czech Republic', 'Lithuania', 'Georgia', 'Türkiye', 'Belgium', 'KZ', ''];
const ROLES = ['human rights defender', 'independent journalist', 'lawyer', 'researcher on Turkmenistan', 'blogger', 'правозащитник', 'журналист', 'адвокат', 'coordinator', 'Director', 'civil society activist', 'professor of law'];

/** The index-th distinct organisation (2,688 of them). */
function organisationAt(index: number): string {
  const place = PLACES[index % PLACES.length]!;
  const kind = ORGANISATION_KINDS[Math.floor(index / PLACES.length) % ORGANISATION_KINDS.length]!;
  const qualifier = QUALIFIERS[Math.floor(index / PLACES.length / ORGANISATION_KINDS.length) % QUALIFIERS.length]!;
  return `${place} ${kind} ${qualifier}`.trim();
}

/** The index-th distinct person: every (given, family) pair, about 12,000, once before any repeats. */
function personAt(index: number): { given: [string, string]; family: [string, string] } {
  // A step through the pairs that is prime to their number, so neighbours do not share a family name.
  const pair = (index * 7919) % (GIVEN.length * FAMILY.length);
  return { given: GIVEN[pair % GIVEN.length]!, family: FAMILY[Math.floor(pair / GIVEN.length)]! };
}

const csvField = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A Google Forms export of `rows` sign-ons; about 3% repeats, 3% without consent, 1% broken. */
export function generateSignOnCsv(rows: number, seed = 2023): string {
  const rand = random(seed);
  const lines = ['Timestamp,Email Address,Full name,Organisation,Position,Country,"Are you signing as an organisation, or as an individual?",I agree that my name is published'];
  let organisations = 0;
  for (let i = 0; i < rows; i++) {
    const roll = rand();
    const cyrillic = rand() < 0.3;
    const stamp = `2023/12/${String(10 + (i % 18)).padStart(2, '0')} ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const consent = roll < 0.03 ? 'No' : 'Yes';
    if (roll > 0.9) {
      const org = organisationAt(organisations++);
      const abbreviation = org.split(' ').map((w) => w[0]).join('').toUpperCase();
      lines.push([stamp, `office${i}@ngo.example`, '', rand() < 0.5 ? `${org} (${abbreviation})` : org, '', COUNTRIES[i % COUNTRIES.length]!, 'Organisation', consent].map(csvField).join(','));
      continue;
    }
    // Repeats: an earlier signer again, in another spelling or script, or by the same email in capitals.
    const repeat = roll > 0.87 && i > 10;
    const who = repeat ? Math.floor(rand() * i) : i;
    const { given, family } = personAt(who);
    const familyName = repeat && !cyrillic ? respell(family[0], 1 + Math.floor(rand() * 63)) : family[cyrillic ? 1 : 0];
    const name = rand() < 0.5 ? `${given[cyrillic ? 1 : 0]} ${familyName.toUpperCase()}` : `${given[cyrillic ? 1 : 0]} ${familyName}`;
    const email = repeat && rand() < 0.5 ? `SIGNER${who}@MAIL.EXAMPLE` : `signer${i}@mail.example`;
    const role = rand() < 0.02 ? `${ROLES[i % ROLES.length]!},\nmember of the board` : ROLES[i % ROLES.length]!;
    const affiliation = rand() < 0.5 ? organisationAt(i * 7) : '';
    const fields = [stamp, email, name, affiliation, role, COUNTRIES[(i * 3) % COUNTRIES.length]!, 'Individual', consent];
    if (roll > 0.89) fields.splice(3, 1); // a ragged row
    else if (roll > 0.88) fields[2] = ''; // no name
    lines.push(fields.map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** A statement's list: people and organisations, most confirmed, a few leads, Russian names for some organisations. */
export function generateSignatories(count: number, seed = 7): Signatory[] {
  const rand = random(seed);
  const codes = ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'AT', 'PL', 'NO', 'FR', 'DE', null];
  const statuses = ['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'invited', 'declined', 'withdrawn'] as const;
  return Array.from({ length: count }, (_, i) => {
    const status = statuses[Math.floor(rand() * statuses.length)]!;
    const country = codes[Math.floor(rand() * codes.length)]!;
    if (rand() < 0.2) {
      // Mostly organisations that are not in the file; every 10th signed the form too.
      const fullName = organisationAt(i % 10 === 0 ? i / 10 : 1_200 + i);
      return newOrganisationSignatory(`org-${i}`, {
        status,
        fullName,
        abbreviation: `O${i}`,
        country,
        lead: rand() < 0.05,
        russian: rand() < 0.5 ? { nominative: `Организация ${i}`, genitive: `Организации ${i}`, abbreviation: `О${i}` } : null,
      });
    }
    // Mostly people who are not in the file; every 25th signed the form too.
    const { given, family } = personAt(i % 25 === 0 ? i * 7 : 10_500 + i);
    const script = rand() < 0.3 ? 1 : 0;
    return newIndividualSignatory(`person-${i}`, { status, givenName: given[script], familyName: family[script], role: ROLES[i % ROLES.length]!, organisation: rand() < 0.6 ? organisationAt(i * 5) : '', country, email: `p${i}@mail.example` });
  });
}

function generateRoster(people: number, organisations: number): Roster {
  return {
    // Past signers; every 20th also signed this form.
    people: Array.from({ length: people }, (_, i) => {
      const index = i % 20 === 0 ? i * 4 : 10_050 + i;
      const { given, family } = personAt(index);
      return { id: `roster-person-${i}`, givenName: given[0], familyName: family[0], email: `signer${index}@mail.example` };
    }),
    organisations: Array.from({ length: organisations }, (_, i) => ({
      id: `roster-org-${i}`,
      fullName: organisationAt(i % 10 === 0 ? 100 + i : 2_300 + i),
      abbreviation: '',
      country: null,
      exileCountry: null,
      names: [],
    })),
  };
}

function time(run: () => void, times: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    out.push(performance.now() - started);
  }
  return out;
}

export async function runSignatoryBench(rows = 10_000): Promise<BenchRow[]> {
  const csv = generateSignOnCsv(rows);
  const list = generateSignatories(1_000);
  const roster = generateRoster(1_500, 300);
  const importOnce = () => {
    const read = readSignOnCsv(csv);
    if (!read.ok) throw new Error(read.message);
    return previewImport(read.table, guessMapping(read.table.header), { list, roster });
  };
  const preview = importOnce(); // warm-up, and the figures of the file
  const importTimes = time(importOnce, 5);
  let n = 0;
  const applyTimes = time(() => applyImport(list, preview, {}, { newId: () => `n${n++}`, date: '2023-12-20', note: 'bench' }), 5);

  const blockRows: BenchRow[] = [];
  for (const order of SIGNATORY_ORDERS) {
    // The slowest style's median: what the writer waits for after choosing this order.
    let slowest = 0;
    for (const style of SIGNATORY_STYLES) {
      const run = () => formatSignatoryBlock(list, { order, style, familyNameCapitals: true }, order === 'by-country' ? 'ru' : 'en');
      time(run, 3);
      slowest = Math.max(slowest, median(time(run, 25)));
    }
    blockRows.push({ name: `signatories: reorder + restyle 1,000, ${order} (slowest style)`, value: slowest, unit: 'ms', goal: '< 16', pass: slowest < 16 });
  }
  const leadTimes = time(() => leadSentence(list, { language: 'ru', order: 'organisation-alphabetical' }), 25);

  const c = preview.counts;
  const importMs = median(importTimes);
  return [
    { name: `signatories: read + map + preview ${rows.toLocaleString('en')}-row CSV p50`, value: importMs / 1000, unit: 's', goal: '< 2', pass: importMs < 2_000 },
    { name: `signatories: CSV size (rows add/dup/skip/error ${c.add}/${c['duplicate-in-file'] + c['duplicate-of-list'] + c['duplicate-of-roster']}/${c.skipped}/${c.error})`, value: csv.length / 1024 / 1024, unit: 'MiB' },
    { name: 'signatories: apply the import (default decisions) p50', value: median(applyTimes), unit: 'ms' },
    ...blockRows,
    { name: 'signatories: lead sentence, 1,000 signers p50', value: median(leadTimes), unit: 'ms' },
  ];
}

// `node bench/signatory-bench.ts [rows]` runs this benchmark alone.
if (import.meta.main) {
  const rows = await runSignatoryBench(Number(process.argv[2] ?? 10_000));
  for (const row of rows) console.log(`${row.name.padEnd(72)} ${`${row.value.toFixed(2)} ${row.unit}`.padStart(10)}  ${row.goal ?? ''}${row.pass === false ? ' MISSED' : ''}`);
}
