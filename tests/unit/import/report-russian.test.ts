import { describe, expect, it } from 'vitest';
import { importStatement } from '../../../core/import/import-statement.ts';
import { reportLines, summariseImport } from '../../../core/import/report.ts';
import { imported, readFixture } from './helpers.ts';

/** The report shown after File > Import a Statement, for a writer whose interface is Russian. */
describe('the import report in a Russian interface', () => {
  it('sums up a Russian statement and lists its lines in Russian, with Russian plurals and the date in words', () => {
    const { report } = imported(importStatement({ kind: 'text', text: readFixture('russian-statement.txt') }, { locale: 'ru' }));
    expect(summariseImport(report, 'ru')).toBe(
      'Распознано: заголовок, дата (26 июня 2025 г.), место (Бишкек, Алматы, Вена), 5\u00a0абзацев, 1\u00a0список (3\u00a0пункта), 2\u00a0сноски, 3\u00a0подписанта. Строк, оставленных обычным текстом: 1.',
    );
    expect(reportLines(report, 'ru')).toEqual([
      'строка 1: Дата 26 июня 2025 г., место: Бишкек, Алматы, Вена: «Бишкек, Алматы, Вена, 26 июня 2025 г.».',
      'строка 3: Заголовок: «Совместное заявление к Международному дню в поддержку жертв пыток».',
      'строка 10: Маркированный список: 3\u00a0пункта.',
      'строка 15: Подписант (организация): Ассоциация «Права человека в Центральной Азии».',
      'строка 16: Подписант (организация): Международное партнерство за права человека.',
      'строка 17: Подписант (частное лицо): Анна Петрова.',
      'строка 19: Сноска [1], ссылка на неё в строке 5.',
      'строка 20: Сноска [2], ссылка на неё в строке 7.',
      'строка 21: [текст] На сноску [5] нигде в тексте нет ссылки: сохранена абзацем в конце.',
    ]);
  });

  it('says in Russian what a web page lost: scripts, handlers, unsafe links, and the missing date', () => {
    const html = '<title>Page</title><p>Hello <a href="javascript:alert(1)">x</a> <b onclick="y()">b</b></p><script>alert(2)</script><blockquote>Quote here</blockquote><h2>Sub</h2>';
    const { report } = imported(importStatement({ kind: 'html', html }, { locale: 'ru' }));
    expect(summariseImport(report, 'ru')).toBe(
      'Распознано: заголовок, 0\u00a0абзацев, 1\u00a0подзаголовок, 1\u00a0цитата, 0\u00a0сносок, 0\u00a0подписантов. Мест для проверки: 1; строк, оставленных обычным текстом: 1; удалённых элементов: 2.',
    );
    expect(reportLines(report, 'ru')).toEqual(
      expect.arrayContaining([
        '[удалено] Удалены скрипты (1): в заявлении не бывает программного кода.',
        '[удалено] Удалены атрибуты-обработчики событий (onclick и подобные): 1.',
        '[текст] Ссылки оставлены обычным текстом (1): сохраняются только ссылки http, https и mailto.',
        '[проверить] Строка с датой не распознана: укажите дату.',
        'строка 1: Подзаголовок (уровень 2): «Sub».',
      ]),
    );
  });

  it('words Markdown’s images, tables and broken notes in Russian', () => {
    const markdown = '# Заявление\n\n![Фото](http://example.org/photo.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nТекст[^1] и ещё[^2]\n\n[^1]: См. доклад:\n';
    const { report } = imported(importStatement({ kind: 'markdown', text: markdown }, { locale: 'ru' }));
    expect(reportLines(report, 'ru')).toEqual([
      '[проверить] Строка с датой не распознана: укажите дату.',
      'строка 1: Заголовок: «Заявление».',
      'строка 3: [удалено] Изображение (http://example.org/photo.png): в заявлении бывает только текст; его описание сохранено.',
      'строка 5: [текст] Таблица: её строки сохранены как абзацы.',
      'строка 9: [проверить] У ссылки [^2] нет текста сноски: оставлена как есть.',
      'строка 11: [проверить] Сноска [1] заканчивается на «:» — похоже, текст обрезан.',
    ]);
  });

  it('takes consecutive lines ending in ";" as a list, and refuses an empty file, in Russian; English stays the default', () => {
    const text = 'Бишкек, 20 декабря 2023 г.\n\nЗаявление\n\nМы призываем:\n\nосвободить задержанных;\nпрекратить преследование;\nрасследовать пытки.\n';
    const { report } = imported(importStatement({ kind: 'text', text }, { locale: 'ru' }));
    expect(report.entries.map((e) => e.message)).toContain('Принято за список из 3\u00a0пунктов: строки подряд заканчиваются на «;».');
    expect(importStatement({ kind: 'text', text: '  \n' }, { locale: 'ru' })).toMatchObject({ ok: false, message: 'Файл пуст: импортировать нечего.' });
    const english = imported(importStatement({ kind: 'text', text })).report;
    expect(summariseImport(english)).toMatch(/^Recognised the title, the date \(2023-12-20\), the dateline \(Бишкек\)/);
    expect(english.entries.map((e) => e.message)).toContain('Taken as a list of 3 items: consecutive lines ending in ";".');
  });
});
