import { describe, expect, it } from 'vitest';
import { readConsent, readSigningAs } from '../../../core/signatories/csv/answers.ts';
import { assignColumn, emptyMapping, fieldOfColumn, fieldOfHeader, guessMapping, mappingProblems } from '../../../core/signatories/csv/column-mapping.ts';
import { countryFromText } from '../../../core/signatories/csv/country-text.ts';
import { splitOrganisationName, splitPersonName } from '../../../core/signatories/csv/split-names.ts';

describe('guessing columns from headers', () => {
  it.each([
    ['Full name', 'name'],
    ['Name', 'name'],
    ['Your name', 'name'],
    ['Name and surname', 'name'],
    ['Name (as it should be printed)', 'name'],
    ['ФИО', 'name'],
    ['Ф.И.О.', 'name'],
    ['Имя и фамилия', 'name'],
    ['Ваше имя', 'name'],
    ['First name', 'givenName'],
    ['first_name', 'givenName'],
    ['Given name', 'givenName'],
    ['Имя', 'givenName'],
    ['Имя (латиницей)', 'givenName'],
    ['Last name', 'familyName'],
    ['Surname', 'familyName'],
    ['Family name', 'familyName'],
    ['Фамилия', 'familyName'],
    ['Organisation', 'organisation'],
    ['Organization name', 'organisation'],
    ['Name of organisation', 'organisation'],
    ['Affiliation', 'organisation'],
    ['Организация', 'organisation'],
    ['Название организации', 'organisation'],
    ['Место работы', 'organisation'],
    ['Acronym of your organisation', 'abbreviation'],
    ['Аббревиатура', 'abbreviation'],
    ['Role', 'role'],
    ['Title', 'role'],
    ['Job title', 'role'],
    ['Position', 'role'],
    ['Должность', 'role'],
    ['Country', 'country'],
    ['Country of residence', 'country'],
    ['Страна', 'country'],
    ['Email Address', 'email'],
    ['E-mail', 'email'],
    ['Электронная почта', 'email'],
    ['Are you signing as an organisation or as an individual?', 'signingAs'],
    ['Signing on behalf of', 'signingAs'],
    ['In what capacity do you sign?', 'signingAs'],
    ['Вы подписываете от имени организации или лично?', 'signingAs'],
    ['В каком качестве вы подписываете?', 'signingAs'],
    ['I consent to my name being published', 'consent'],
    ['Do you agree that we publish your name?', 'consent'],
    ['May we publish your name?', 'consent'],
    ['Согласие на публикацию', 'consent'],
    ['Можно ли опубликовать ваше имя?', 'consent'],
  ])('reads "%s" as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['Timestamp', 'Отметка времени', 'Comments', 'Phone', 'Zip code'])('maps "%s" to nothing', (header) => {
    expect(fieldOfHeader(header)).toBeNull();
  });

  it('maps a whole Google Forms header, first column wins a field', () => {
    const mapping = guessMapping(['Timestamp', 'Email Address', 'Full name', 'Organisation', 'Position', 'Country', 'Signing as', 'I agree to publication of my name', 'Name of organisation (second)']);
    expect(mapping).toEqual({ name: 2, givenName: null, familyName: null, organisation: 3, abbreviation: null, role: 4, country: 5, email: 1, signingAs: 6, consent: 7 });
  });

  it('maps an Action Network export and a Russian spreadsheet', () => {
    expect(guessMapping(['first_name', 'last_name', 'email', 'zip_code', 'can2_country'])).toMatchObject({ givenName: 0, familyName: 1, email: 2, country: 4, name: null });
    expect(guessMapping(['Фамилия', 'Имя', 'Организация', 'Должность', 'Страна', 'E-mail'])).toMatchObject({ familyName: 0, givenName: 1, organisation: 2, role: 3, country: 4, email: 5 });
  });

  it('lets the writer correct the guess, one field per column', () => {
    let mapping = guessMapping(['Name', 'Organisation', 'Notes']);
    mapping = assignColumn(mapping, 'role', 2);
    expect(mapping.role).toBe(2);
    mapping = assignColumn(mapping, 'familyName', 0);
    expect(mapping.familyName).toBe(0);
    expect(mapping.name).toBeNull();
    expect(fieldOfColumn(mapping, 0)).toBe('familyName');
    mapping = assignColumn(mapping, 'organisation', null);
    expect(fieldOfColumn(mapping, 1)).toBeNull();
  });

  it('asks for a name column when there is none', () => {
    expect(mappingProblems(emptyMapping())).toHaveLength(1);
    expect(mappingProblems(assignColumn(emptyMapping(), 'organisation', 0))).toEqual([]);
    expect(mappingProblems(assignColumn(emptyMapping(), 'familyName', 0))).toEqual([]);
  });
});

describe('reading answers', () => {
  it.each(['Yes', 'yes, I agree', 'I agree', 'Agree', 'TRUE', '1', 'x', '✓', 'Да', 'да, согласен', 'Согласна', 'Даю согласие'])('reads "%s" as consent', (answer) => {
    expect(readConsent(answer)).toBe('yes');
  });
  it.each(['No', 'no thanks', 'I do not agree', "Don't publish", 'Нет', 'Не согласен', 'Не даю согласия', 'false', '0', ''])('reads "%s" as no consent', (answer) => {
    expect(readConsent(answer)).toBe('no');
  });
  it.each(['Maybe', 'ask me later', 'only initials'])('calls "%s" unclear', (answer) => {
    expect(readConsent(answer)).toBe('unclear');
  });

  it.each([
    ['Individual', 'individual'],
    ['In a personal capacity', 'individual'],
    ['On behalf of myself', 'individual'],
    ['Частное лицо', 'individual'],
    ['Лично', 'individual'],
    ['От своего имени', 'individual'],
    ['Organisation', 'organisation'],
    ['As an organization', 'organisation'],
    ['On behalf of my organisation', 'organisation'],
    ['Организация', 'organisation'],
    ['От имени организации', 'organisation'],
    ['Both', 'unclear'],
    ['', 'blank'],
  ])('reads signing as "%s" as %s', (answer, expected) => {
    expect(readSigningAs(answer)).toBe(expected);
  });
});

describe('countryFromText', () => {
  it.each([
    ['Kazakhstan', 'KZ'],
    ['kazakhstan ', 'KZ'],
    ['Казахстан', 'KZ'],
    ['KZ', 'KZ'],
    ['kz', 'KZ'],
    ['Kyrgyz Republic', 'KG'],
    ['Киргизия', 'KG'],
    ['Кыргызстан', 'KG'],
    ['Russian Federation', 'RU'],
    ['Türkiye', 'TR'],
    ['UK', 'GB'],
    ['U.S.A.', 'US'],
    ['Белоруссия', 'BY'],
    ['IT', 'IT'],
  ])('%s → %s', (text, code) => {
    expect(countryFromText(text)).toBe(code);
  });
  it('gives null for nothing and undefined for what it does not know', () => {
    expect(countryFromText('  ')).toBeNull();
    expect(countryFromText('Atlantis')).toBeUndefined();
    expect(countryFromText('it')).toBeUndefined();
  });
});

describe('splitting names typed in one field', () => {
  it.each([
    ['Reyimberdy Kurbanov', 'Reyimberdy', 'Kurbanov'],
    ['Reyimberdy KURBANOV', 'Reyimberdy', 'KURBANOV'],
    ['KURBANOV Reyimberdy', 'Reyimberdy', 'KURBANOV'],
    ['Kurbanov, Reyimberdy', 'Reyimberdy', 'Kurbanov'],
    ['Gvantsa  Lomaia ', 'Gvantsa', 'Lomaia'],
    ['Mary Anne Smith', 'Mary Anne', 'Smith'],
    ['Курбанов Реимберды Ахмедович', 'Реимберды Ахмедович', 'Курбанов'],
    ['Atayeva Nadejda Ivanovna', 'Nadejda Ivanovna', 'Atayeva'],
    ['Zarina', 'Zarina', ''],
    ['', '', ''],
    ['REYIMBERDY KURBANOV', 'REYIMBERDY', 'KURBANOV'],
  ])('"%s" → given "%s", family "%s"', (text, givenName, familyName) => {
    expect(splitPersonName(text)).toEqual({ givenName, familyName });
  });

  it('reads a ФИО column family name first', () => {
    expect(splitPersonName('Курбанов Реимберды', { familyFirst: true })).toEqual({ givenName: 'Реимберды', familyName: 'Курбанов' });
  });

  it.each([
    ['Association for Human Rights in Central Asia (AHRCA)', 'Association for Human Rights in Central Asia', 'AHRCA'],
    ['Association for Human Rights in Central Asia – AHRCA', 'Association for Human Rights in Central Asia', 'AHRCA'],
    ['Association for Human Rights in Central Asia - AHRCA', 'Association for Human Rights in Central Asia', 'AHRCA'],
    ['Норвежский Хельсинкский комитет (НХК)', 'Норвежский Хельсинкский комитет', 'НХК'],
    ['Helsinki Foundation for Human Rights (Poland)', 'Helsinki Foundation for Human Rights (Poland)', ''],
    ['“Kovcheg” (Ark) project', '“Kovcheg” (Ark) project', ''],
    ['Bir Duino - Kyrgyzstan', 'Bir Duino - Kyrgyzstan', ''],
    ['Human Rights Watch', 'Human Rights Watch', ''],
  ])('"%s" → "%s" + "%s"', (text, fullName, abbreviation) => {
    expect(splitOrganisationName(text)).toEqual({ fullName, abbreviation });
  });
});
