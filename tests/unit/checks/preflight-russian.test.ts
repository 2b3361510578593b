import { describe, expect, it } from 'vitest';
import { displayName } from '../../../core/cases/names.ts';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { checkFootnotes } from '../../../core/checks/footnote-checks.ts';
import { checkMessages } from '../../../core/checks/messages.ts';
import { preflight } from '../../../core/checks/preflight.ts';
import { newIndividualSignatory } from '../../../core/signatories/signatory.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import { request, sample } from '../cases/fixtures.ts';
import { el, link, note, p, statementOf, text } from '../document/helpers.ts';

const LATIN_WORD = /\b[A-Za-z]{2,}\b/g;

describe('the checks in a Russian interface', () => {
  it('writes every preflight finding in Russian, with the same codes and places as in English', () => {
    const confidential = insertCase({ ...sample('farhat-meymankulyyev'), confidential: true }, request('list-line', 'en'));
    const caseText: SerializedNode = el('case-text', [text('…')], { inserted: confidential });
    const statement = statementOf(
      [
        p(text('В '), { type: 'template-variable', version: 1, name: 'country', label: 'Страна' }, text(' и '), { type: 'template-variable', version: 1, name: 'country', label: 'Страна' }),
        p(link('javascript:alert(1)', text('ссылка')), caseText),
        p(text('x'), note(p()), note(p(text('Доклад ООН'))), note(p(text('доклад ООН')))),
      ],
      { title: ' ', date: '' },
    );
    statement.signatories = [
      newIndividualSignatory('i1', { givenName: 'Reyimberdy', familyName: 'Kurbanov', status: 'invited' }),
      newIndividualSignatory('i2', { givenName: 'Nadejda', familyName: 'Atayeva', status: 'invited' }),
    ];
    const standing = new Map([['sample-farhat-meymankulyyev', 'stale' as const]]);
    const english = preflight(statement, { caseStanding: standing });
    const russian = preflight(statement, { caseStanding: standing, locale: 'ru' });

    expect(russian.map(({ code, path, footnote }) => ({ code, path, footnote }))).toEqual(english.map(({ code, path, footnote }) => ({ code, path, footnote })));
    expect(russian.map((problem) => problem.message)).toEqual([
      'У заявления нет заголовка.',
      'У заявления нет даты.',
      'Поле «Страна» не заполнено (2\u00a0места).',
      'Ссылка ведёт на «javascript:alert(1)» — это не веб-адрес (http, https) и не адрес электронной почты.',
      'Farhat MEYMANKULYYEV: дело конфиденциальное — убедитесь, что его можно публиковать.',
      'В библиотеке есть более новые сведения о деле Farhat MEYMANKULYYEV: обновите текст или оставьте как есть.',
      'Сноска 1 пуста.',
      'Текст сноски 3 совпадает с текстом сноски 2.',
      'Ни один подписант не подтвердил участие: заявление выйдет без подписей.',
      '2\u00a0приглашённых подписанта не подтвердили участие; их подписи не будут напечатаны.',
    ]);
    // English stays the default.
    expect(english[0]!.message).toBe('The statement has no title.');
  });

  it('names a missing case, an empty signatory list and one invited signer in Russian', () => {
    const inserted = insertCase(sample('bolot-temirov'), request('list-line', 'en'));
    const statement = statementOf([p(el('case-text', [text('…')], { inserted }))]);
    const missing = preflight(statement, { caseStanding: new Map([['sample-bolot-temirov', 'missing' as const]]), locale: 'ru' }).map((problem) => problem.message);
    expect(missing).toContain(`${displayName(sample('bolot-temirov'))}: этого дела больше нет в библиотеке.`);
    expect(missing).toContain('Заявление пока никто не подписал.');
    expect(checkMessages.ru.unconfirmed(1)).toBe('1\u00a0приглашённый подписант не подтвердил участие; его подпись не будет напечатана.');
    expect(checkMessages.ru.unconfirmed(5)).toBe('5\u00a0приглашённых подписантов не подтвердили участие; их подписи не будут напечатаны.');
  });

  it('writes the Footnotes panel’s findings in Russian, numbered in the statement’s style', () => {
    const statement = statementOf([p(text('x'), note(p()), note(p(link('file:///etc/passwd', text('там')))))]);
    expect(checkFootnotes(statement.editor, 'lower-roman', 'ru').map((problem) => problem.message)).toEqual([
      'Сноска i пуста.',
      'Сноска ii ссылается на «file:///etc/passwd» — это не веб-адрес (http, https) и не адрес электронной почты.',
    ]);
  });

  it('leaves no English words in a Russian message but names, addresses and protocol names', () => {
    const allowed = new Set(['http', 'https', 'Note', 'Name', 'URL', 'example', 'com']);
    const values = { note: '4', first: '1', url: 'https://example.com', name: 'Имя', label: 'Метка' };
    for (const [key, message] of Object.entries(checkMessages.ru)) {
      const said = typeof message === 'string' ? message : (message as (...args: unknown[]) => string)(...(key === 'unfilled' ? [values.label, 3] : key === 'unconfirmed' ? [3] : [values.note, values.first].slice(0, message.length)));
      const words = (said.match(LATIN_WORD) ?? []).filter((word) => !allowed.has(word));
      expect(words, `${key}: ${said}`).toEqual([]);
    }
  });
});
