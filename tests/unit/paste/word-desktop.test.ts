// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clean, expectWithinContract, fixture, parsed, texts } from './helpers.ts';

describe('Word desktop clipboard', () => {
  const html = clean(fixture('word-desktop.html'));
  const body = parsed(html);

  it('keeps exactly the statement structure', () => {
    expect(html).toBe(
      [
        '<h1>Joint statement on the detention of blogger Tamerlan Ismailov</h1>',
        '<p>We, the <b>undersigned organisations</b>, are alarmed by the continued detention of the blogger Tamerlan Ismailov, held since 3 February on charges of <i>“spreading false information”</i> for a video about conditions in a pre-trial detention centre.</p>',
        '<p>His lawyer was denied access to him for eleven days.<br>The court hearing on his appeal has been postponed <u>three times</u>; the prosecution’s <s>original</s> amended indictment runs to 240 pages.</p>',
        '<p>We call on the authorities to:</p>',
        '<ul>',
        '<li>release Tamerlan Ismailov immediately and unconditionally;</li>',
        '<li>pending his release, guarantee:<ul><li>confidential access to a lawyer of his choosing;</li><li>regular visits by his family and an independent doctor;</li></ul></li>',
        '<li>stop prosecuting journalists and bloggers for their online speech.</li>',
        '</ul>',
        '<p>The case raises three concerns under the International Covenant on Civil and Political Rights:</p>',
        '<ol><li>arbitrary detention (Article 9);</li><li>fair trial guarantees (Article 14);</li><li>freedom of expression (Article 19).</li></ol>',
        '<p>Background on the case is available from the <a href="https://defenders.example.org/cases/tamerlan-ismailov?lang=en">case file of the Defenders Network</a>.</p>',
        '<p>Мы также выражаем солидарность с правозащитницей Мариной Соколовой, задержанной 14 марта после публикации о пытках в исправительной колонии, и призываем немедленно её освободить.</p>',
      ].join(''),
    );
    expectWithinContract(html);
  });

  it('has one heading, the top-level blocks in order, and no empty spacer paragraph', () => {
    expect(Array.from(body.children, (el) => el.localName)).toEqual(['h1', 'p', 'p', 'p', 'ul', 'p', 'ol', 'p', 'p']);
    expect(texts(body, 'p').every((text) => text.trim() !== '')).toBe(true);
  });

  it('turns mso-list paragraphs into a bulleted list with a nested list, and a numbered list', () => {
    const ul = body.querySelector(':scope > ul')!;
    expect(ul.querySelectorAll(':scope > li')).toHaveLength(3);
    const nested = ul.querySelector(':scope > li:nth-child(2) > ul')!;
    expect(texts(nested, 'li')).toEqual(['confidential access to a lawyer of his choosing;', 'regular visits by his family and an independent doctor;']);
    expect(texts(body, ':scope > ol > li')).toEqual(['arbitrary detention (Article 9);', 'fair trial guarantees (Article 14);', 'freedom of expression (Article 19).']);
  });

  it('drops the typed-out bullets and numbers', () => {
    const items = texts(body, 'li');
    expect(items.some((text) => /^[\s\u00a0]*(?:·|o\s|§|\d+\.)/.test(text))).toBe(false);
    expect(body.textContent).not.toContain('\u00a0\u00a0');
  });

  it('keeps bold and italic but not Word’s bidi-only formatting', () => {
    expect(texts(body, 'b')).toEqual(['undersigned organisations']);
    expect(texts(body, 'i')).toEqual(['“spreading false information”']);
  });

  it('keeps the hyperlink and the Russian paragraph intact', () => {
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://defenders.example.org/cases/tamerlan-ismailov?lang=en');
    expect(body.lastElementChild?.textContent).toBe(
      'Мы также выражаем солидарность с правозащитницей Мариной Соколовой, задержанной 14 марта после публикации о пытках в исправительной колонии, и призываем немедленно её освободить.',
    );
  });

  it('leaves nothing of the Office head, styles or conditional comments', () => {
    for (const leak of ['mso-', 'Mso', 'WordDocument', '@font-face', 'StartFragment', '<o:p', 'Cambria', '_Toc']) {
      expect(html).not.toContain(leak);
    }
  });
});
