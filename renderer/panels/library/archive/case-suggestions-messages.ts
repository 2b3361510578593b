import { enPlural, ruPlural } from '../../../../core/i18n/plural.ts';
import type { FieldChange } from '../../../../core/archive/case-update.ts';
import { defineMessages } from '../../../i18n/messages.ts';

type Field = FieldChange['field'];

const EN_FIELDS: Record<Field, string> = { birthDate: 'Born', nationality: 'Nationality', status: 'Status', sentence: 'Sentence', role: 'Role', alias: 'Name form', event: 'Event', charge: 'Charge', source: 'Source' };
const RU_FIELDS: Record<Field, string> = { birthDate: 'Год рождения', nationality: 'Гражданство', status: 'Статус', sentence: 'Приговор', role: 'Роль', alias: 'Написание имени', event: 'Событие', charge: 'Обвинение', source: 'Источник' };

export const caseSuggestionMessages = defineMessages({
  en: {
    title: 'Suggested cases',
    suggestCases: 'Suggest cases…',
    suggestFromImport: 'Suggest cases from this statement…',
    reading: 'Reading the statement and looking its people up in the library…',
    none: 'This statement names no one with a birth year, a date or an event that could become a case.',
    upToDate: (names: string) => `Already in the library with nothing new: ${names}.`,
    intro: 'Tick the people and the facts to write into the library. Each suggestion shows the sentence it was read from.',
    newCase: 'New case',
    update: 'Update',
    takePerson: (name: string) => `Take ${name}`,
    takeChange: (field: string) => `Take the change of ${field}`,
    inLibrary: (name: string) => `Matches “${name}” in the library`,
    field: (field: Field) => EN_FIELDS[field],
    born: (year: string, age: string) => (age === '' ? `Born ${year}` : `Born ${year} (${age})`),
    fromAge: (age: number, other: number) => `from the age ${age}; may be ${other}`,
    accept: 'Accept',
    cancel: 'Cancel',
    close: 'Close',
    writing: 'Writing…',
    created: (name: string) => `Created the case of ${name}.`,
    updated: (name: string, n: number) => `Updated the case of ${name}: ${enPlural(n, 'change', 'changes')}.`,
    duplicate: (name: string, other: string) => `Not written: ${name} looks like ${other}, already in the library. Review it there.`,
    failed: (name: string, why: string) => `Not written: ${name}: ${why}`,
    nothingChosen: 'Nothing was ticked, so nothing was written.',
    lookupFailed: (why: string) => `The library could not be searched: ${why}`,
  },
  ru: {
    title: 'Предлагаемые дела',
    suggestCases: 'Предложить дела…',
    suggestFromImport: 'Предложить дела из этого заявления…',
    reading: 'Читаем заявление и ищем упомянутых людей в библиотеке…',
    none: 'В заявлении нет людей с годом рождения, датой или событием, из которых можно составить дело.',
    upToDate: (names: string) => `Уже есть в библиотеке, нового нет: ${names}.`,
    intro: 'Отметьте людей и сведения, которые нужно записать в библиотеку. У каждого предложения показана фраза, из которой оно взято.',
    newCase: 'Новое дело',
    update: 'Обновление',
    takePerson: (name: string) => `Взять: ${name}`,
    takeChange: (field: string) => `Взять изменение: ${field}`,
    inLibrary: (name: string) => `Совпадает с делом «${name}» в библиотеке`,
    field: (field: Field) => RU_FIELDS[field],
    born: (year: string, age: string) => (age === '' ? `Год рождения: ${year}` : `Год рождения: ${year} (${age})`),
    fromAge: (age: number, other: number) => `по возрасту ${age}; возможно, ${other}`,
    accept: 'Принять',
    cancel: 'Отмена',
    close: 'Закрыть',
    writing: 'Записываем…',
    created: (name: string) => `Создано дело: ${name}.`,
    updated: (name: string, n: number) => `Обновлено дело ${name}: ${ruPlural(n, 'изменение', 'изменения', 'изменений')}.`,
    duplicate: (name: string, other: string) => `Не записано: ${name}, похоже, уже есть в библиотеке как ${other}. Проверьте там.`,
    failed: (name: string, why: string) => `Не записано: ${name}: ${why}`,
    nothingChosen: 'Ничего не отмечено, поэтому ничего не записано.',
    lookupFailed: (why: string) => `Не удалось выполнить поиск в библиотеке: ${why}`,
  },
});
