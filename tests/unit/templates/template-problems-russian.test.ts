import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../core/templates/load-templates.ts';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { templateText } from './helpers.ts';

/** Problems as New from Template and My templates' import list them in a Russian interface: file, line, message. */
const problemsRu = (text: string) => {
  const result = parseTemplate(text, 'june-26.template.md', 'ru');
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.line}: ${p.message}`);
};

describe('template problems in a Russian interface', () => {
  it('says what is wrong with the settings, the variables and the text, keeping the file’s own words', () => {
    const text = templateText(
      `id: June 26\nname: Заявление к 26 июня\nlanguage: kk\ndate style: 26.06.2024\ncolour: red\nvariables:\n` +
        `  date:\n    type: when\n` +
        `  year:\n    compute: years since nowhere\n` +
        `  kind:\n    type: choice\n` +
        `  city:\n    type: text\n    default:\n`,
      '# Заявление {{city}}\n\nТекст {{nobody}} и **жирный.\n\nСноска[^1].\n',
    );
    expect(problemsRu(text)).toEqual([
      '2: идентификатор «June 26» может состоять только из строчных латинских букв, цифр и дефисов',
      '4: язык должен быть одним из: en, ru, а не «kk»',
      '5: формат даты — «day month year» (26 June 2024) или «month day year» (June 26, 2024)',
      '6: неизвестная настройка «colour» (настройки: id, name, description, language, date style, footnote style, date, places, variables)',
      '8: переменная «date» объявлена, но нигде не используется',
      '9: переменная «date»: неизвестный тип переменной «when» (типы: text, date, year, number, organisation list, case list, choice)',
      '10: переменная «year» объявлена, но нигде не используется',
      '11: переменная «year»: «nowhere» — не объявленная переменная, не «today», не дата (1998-06-26) и не год (1998)',
      '12: переменная «kind»: у типа «choice» должны быть варианты (choices: [первый, второй])',
      '12: переменная «kind» объявлена, но нигде не используется',
      '16: значение по умолчанию у «city»: значение не указано',
      '20: {{nobody}} не объявлена в «variables:»',
      '20: «**» (полужирный) не закрыто в этом абзаце; чтобы написать саму звёздочку, поставьте \\*',
      '22: у сноски [^1] нет текста: добавьте строку «[^1]: …»',
    ]);
  });

  it('explains a file that is no template, and YAML that does not parse', () => {
    expect(problemsRu('# Просто заявление\n')).toEqual(['1: шаблон начинается строкой из трёх дефисов (---), за ней идут настройки и переменные, затем ещё одна строка из трёх дефисов']);
    expect(problemsRu('---\nid: a\nname: b\n')).toEqual(['1: настройки, которые начинаются в строке 1, не закрыты строкой из трёх дефисов (---)']);
    expect(problemsRu('---\nid: x\n\tname: y\n---\n# T\n')[0]).toMatch(/^3: настройки — не корректный YAML: .+ \(делайте отступы пробелами, а не табуляцией\)$/);
  });

  it('reports two files with one id in Russian, and keeps English by default', () => {
    const file = { name: 'a.template.md', text: templateText('id: same\nname: A\nlanguage: ru\n', '# A\n') };
    const loaded = loadTemplates([file, { ...file, name: 'b.template.md' }], 'ru');
    expect(loaded.problems).toEqual([{ file: 'b.template.md', line: 2, column: 1, message: 'идентификатор «same» уже занят шаблоном a.template.md' }]);
    expect(loadTemplates([file, { ...file, name: 'b.template.md' }]).problems[0]!.message).toBe('the id "same" is already the id of a.template.md');
  });
});
