import { ruPlural } from '../../core/i18n/plural.ts';
import { describeBracketConversion, type BracketConversionReport } from '../../core/footnotes/bracket-notes.ts';
import { defineMessages } from '../i18n/messages.ts';

type CaseState = 'checking' | 'current' | 'stale' | 'missing';
const brackets = (labels: readonly string[]) => labels.map((label) => `[${label}]`).join(', ');

/**
 * The editor's own words: the page's labels, the tooltips of its nodes (set when a node is
 * drawn, in the interface language of that moment) and the report of Convert [1] Notes.
 */
export const editorMessages = defineMessages({
  en: {
    statementText: 'Statement text',
    placeholder: 'Write the statement…',
    footnoteMarker: 'Footnote',
    goToNote: 'Go to the note',
    goToReference: 'Go to the reference',
    footnotesArea: 'Footnotes',
    leadSentence: 'Issuing organisations, from the signatory list',
    variable: (label: string) => `To fill in: ${label}. Select it and type.`,
    caseText: (state: CaseState, confidential: boolean) =>
      `${{ checking: 'From the case library', current: 'From the case library', stale: 'The library has newer facts: see Cases', missing: 'This case is no longer in the library' }[state]}${confidential ? ' · CONFIDENTIAL' : ''}`,
    notesConverted: 'Notes converted',
    bracketReport: (report: BracketConversionReport) => describeBracketConversion(report),
  },
  ru: {
    statementText: 'Текст заявления',
    placeholder: 'Напишите заявление…',
    footnoteMarker: 'Сноска',
    goToNote: 'Перейти к тексту сноски',
    goToReference: 'Перейти к знаку сноски',
    footnotesArea: 'Сноски',
    leadSentence: 'Организации-авторы, из списка подписантов',
    variable: (label: string) => `Заполнить: ${label}. Выделите и впишите.`,
    caseText: (state: CaseState, confidential: boolean) =>
      `${{ checking: 'Из библиотеки дел', current: 'Из библиотеки дел', stale: 'В библиотеке есть новые сведения: см. «Дела»', missing: 'Этого дела больше нет в библиотеке' }[state]}${confidential ? ' · КОНФИДЕНЦИАЛЬНО' : ''}`,
    notesConverted: 'Сноски преобразованы',
    bracketReport: (report: BracketConversionReport) =>
      [
        `Преобразовано: ${ruPlural(report.converted, 'сноска', 'сноски', 'сносок')}.`,
        ...(report.unmatchedMarkers.length > 0 ? [`Нет текста сноски для ${brackets(report.unmatchedMarkers)}: оставлено как есть.`] : []),
        ...(report.unusedDefinitions.length > 0 ? [`На ${brackets(report.unusedDefinitions)} нет ссылок в тексте: сохранено как абзацы.`] : []),
      ].join(' '),
  },
});
