// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import type { LinkRun, StatementDocument } from '../../../core/document/model.ts';
import { toHtmlFragment } from '../../../core/export/html/fragment.ts';
import { toHtmlDocument } from '../../../core/export/html/html-document.ts';
import { statementStylesheet } from '../../../core/export/html/stylesheet.ts';
import { h, item, list, note, p, statementOf, text } from '../document/helpers.ts';
import { parseFragment, parseHtml, richStatement } from './fixtures.ts';

const page = (doc: StatementDocument = toDocument(richStatement())) => parseHtml(toHtmlDocument(doc));
const tags = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.outerHTML);

describe('HTML export: the page', () => {
  it('is a standalone HTML5 page in the statement language, with its own stylesheet and nothing external', () => {
    const html = toHtmlDocument(toDocument(richStatement()));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const document = parseHtml(html);
    expect(document.title).toBe('Joint statement');
    expect(document.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('style')!.textContent!.trim()).toBe(statementStylesheet('A4'));
    expect(document.querySelectorAll('link, script, img, iframe')).toHaveLength(0);
    expect(parseHtml(toHtmlDocument(toDocument(richStatement({ language: 'ru' })))).documentElement.lang).toBe('ru');
  });

  it('has a print stylesheet for the chosen paper', () => {
    expect(toHtmlDocument(toDocument(richStatement()), { paper: 'Letter' })).toContain('@page { size: Letter;');
    expect(statementStylesheet()).toContain('@page { size: A4;');
    expect(statementStylesheet()).toMatch(/@media print/);
  });

  it('puts the title in h1 and the dateline with its date as <time>', () => {
    const header = page().querySelector('article > header')!;
    expect(header.innerHTML).toBe('<h1>Joint statement</h1><p class="dateline">Bishkek, Vienna, <time datetime="2024-06-26">26 June 2024</time></p>');
    const ru = parseHtml(toHtmlDocument(toDocument(statementOf([], { language: 'ru', title: '', date: '2024-06-26', places: [] }))));
    expect(ru.querySelector('header')!.innerHTML).toBe('<h1>Заявление без названия</h1><p class="dateline"><time datetime="2024-06-26">26 июня 2024 г.</time></p>');
    expect(ru.title).toBe('Заявление без названия');
    const undated = parseHtml(toHtmlDocument(toDocument(statementOf([], { date: '', places: ['Vienna'] }))));
    expect(undated.querySelector('.dateline')!.outerHTML).toBe('<p class="dateline">Vienna</p>');
  });
});

describe('HTML export: blocks and runs', () => {
  it('moves headings under the title and closes skipped levels', () => {
    expect(tags(page(), 'article h1, article h2, article h3, article h4')).toEqual([
      '<h1>Joint statement</h1>',
      '<h2>Background</h2>',
      '<h3>Skipped a level</h3>',
      '<h2>Calls</h2>',
      '<h2 id="notes-title">Notes</h2>',
    ]);
  });

  it('writes every mark as its element, alignment as a class and a passage language as lang', () => {
    const document = page();
    const marks = [...document.querySelectorAll('article p')].find((e) => e.textContent!.startsWith('italic'))!;
    expect(marks.innerHTML).toBe('<em>italic</em> <u>underline</u> <s>struck</s> H<sub>2</sub>O x<sup>2</sup> <code>code</code>');
    expect(tags(document, 'p.align-center')).toEqual(['<p class="align-center">A centred line</p>']);
    expect(tags(document, 'p[lang]')).toEqual(['<p lang="ru">Власти должны немедленно освободить правозащитника.</p>']);
  });

  it('writes lists with their start, nested lists inside their item, quotes as blockquote', () => {
    const document = page();
    const ol = document.querySelector('article > ol')!;
    expect(ol.getAttribute('start')).toBe('3');
    expect([...ol.children].map((li) => li.tagName)).toEqual(['LI', 'LI']);
    expect(ol.children[0]!.innerHTML).toBe('First call<ul><li>nested a</li><li>nested b</li></ul>');
    expect(document.querySelector('article > ul')!.outerHTML).toBe('<ul><li>Release him</li><li>Investigate</li></ul>');
    expect(document.querySelector('blockquote')!.innerHTML).toBe('<p>Quoted line one<br>line two</p>');
  });

  it('keeps http, https and mailto links with rel="noopener noreferrer"', () => {
    const links = [...page().querySelectorAll('article a:not([role])')].map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent]);
    expect(links).toEqual([
      ['mailto:office@example.org', 'noopener noreferrer', 'Write to us'],
      ['https://example.org/a', 'noopener noreferrer', 'linked '],
      ['https://example.org/a', 'noopener noreferrer', ' text'],
      ['https://www.ohchr.org/en/treaty-bodies/cat', 'noopener noreferrer', 'CAT'],
    ]);
  });

  it('writes the signatory block as a list of signers after the text', () => {
    const section = page().querySelector('article > section.signatories')!;
    expect(section.getAttribute('aria-label')).toBe('Signatories');
    expect(section.innerHTML).toBe(
      '<p class="signatory-heading">Organisations:</p><ul class="signatory-list"><li>Association for Human Rights in Central Asia (AHRCA)</li></ul>' +
        '<p class="signatory-heading">Individuals:</p><ul class="signatory-list"><li>Reyimberdy KURBANOV, researcher</li></ul>',
    );
    expect(section.nextElementSibling!.matches('section[role="doc-endnotes"]')).toBe(true);
  });
});

describe('HTML export: notes', () => {
  it('links each reference to its note and each note back, in document order', () => {
    const document = page();
    const refs = [...document.querySelectorAll('sup > a[role="doc-noteref"]')];
    expect(refs.map((a) => [a.id, a.getAttribute('href'), a.textContent])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`fnref-${n}`, `#fn-${n}`, String(n)]),
    );
    // The reference inside a link stands between two pieces of it, never inside an <a>.
    expect(document.querySelectorAll('a a')).toHaveLength(0);
    const notes = document.querySelector('section[role="doc-endnotes"]')!;
    expect(notes.getAttribute('aria-labelledby')).toBe('notes-title');
    const items = [...notes.querySelectorAll(':scope > ol > li')];
    expect(items.map((li) => li.id)).toEqual(['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5']);
    for (const [i, li] of items.entries()) {
      const back = li.querySelectorAll('a[role="doc-backlink"]');
      expect(back).toHaveLength(1);
      expect(back[0]!.getAttribute('href')).toBe(`#fnref-${i + 1}`);
      expect(back[0]!.getAttribute('aria-label')).toBe(`Back to the text of note ${i + 1}`);
      expect(document.getElementById(`fnref-${i + 1}`)).not.toBeNull();
    }
    expect(items[0]!.innerHTML).toMatch(/^<p>Source: <a href="https:\/\/www\.ohchr\.org\/en\/treaty-bodies\/cat" rel="noopener noreferrer">CAT<\/a> <a href="#fnref-1" role="doc-backlink"/);
    // A note that ends in a list gets its back link in a paragraph after it.
    expect([...items[3]!.children].map((e) => e.tagName)).toEqual(['P', 'P', 'UL', 'P']);
  });

  it('numbers notes in roman with the statement style, and writes no notes section without notes', () => {
    const roman = page(toDocument(richStatement({ footnoteStyle: 'lower-roman' })));
    expect(roman.querySelector('section[role="doc-endnotes"] > ol')!.getAttribute('type')).toBe('i');
    expect([...roman.querySelectorAll('[role="doc-noteref"]')].map((a) => a.textContent)).toEqual(['i', 'ii', 'iii', 'iv', 'v']);
    expect(page(toDocument(statementOf([p(text('No notes'))]))).querySelector('[role="doc-endnotes"]')).toBeNull();
  });

  it('sets a heading inside a note as a bold paragraph, so the outline stays the text\'s', () => {
    const doc = toDocument(statementOf([p(text('a'), note(h('h1', text('Note heading')), p(text('body'))))]));
    const document = page(doc);
    expect(document.querySelector('#fn-1')!.innerHTML).toMatch(/^<p class="note-heading"><strong>Note heading<\/strong><\/p><p>body /);
  });
});

describe('HTML export: the fragment', () => {
  it('is the article alone, in its language, without stylesheet or page', () => {
    const html = toHtmlFragment(toDocument(richStatement({ language: 'ru' })));
    expect(html.startsWith('<article class="statement" lang="ru">')).toBe(true);
    expect(html.endsWith('</article>')).toBe(true);
    expect(html).not.toMatch(/<(?:style|html|head|body|meta|title)\b/);
    const body = parseFragment(html);
    expect([...body.children].map((e) => e.tagName)).toEqual(['ARTICLE']);
    expect(body.querySelector('section[role="doc-endnotes"] h2')!.textContent).toBe('Примечания');
  });

  it('prefixes every id and anchor, and keeps the prefix from leaving its attribute', () => {
    const body = parseFragment(toHtmlFragment(toDocument(richStatement()), { idPrefix: 's1-"><script>' }));
    const ids = [...body.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.every((id) => id.startsWith('s1-script'))).toBe(true);
    const anchors = [...body.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(anchors.every((target) => ids.includes(target))).toBe(true);
    expect(body.querySelector('script')).toBeNull();
  });

  it('is the same article as in the standalone page', () => {
    const doc = toDocument(richStatement());
    expect(toHtmlDocument(doc)).toContain(`<body>\n<main>\n${toHtmlFragment(doc)}\n</main>\n</body>`);
  });
});

describe('HTML export: a model built by other code', () => {
  it('checks link targets again and never gives two references one id', () => {
    const doc = toDocument(statementOf([p(text('x'))]));
    // A link inside a link: toDocument never makes one, so the type does not allow it.
    const nested = { kind: 'link', href: 'https://b.example/', runs: [{ kind: 'text', text: 'nested', marks: [] }] } as unknown as LinkRun['runs'][number];
    doc.blocks = [
      {
        kind: 'paragraph',
        runs: [
          { kind: 'link', href: 'javascript:alert(1)', runs: [{ kind: 'text', text: 'bad', marks: [] }] },
          { kind: 'noteref', noteId: 'fn-1', number: 1, label: '1' },
          { kind: 'noteref', noteId: 'fn-1', number: 1, label: '1' },
          { kind: 'link', href: 'https://a.example/', runs: [nested] },
        ],
      },
    ];
    const body = parseFragment(toHtmlFragment(doc));
    const paragraph = body.querySelector('article > p')!;
    expect(paragraph.innerHTML).toBe(
      'bad<sup><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup><sup><a href="#fn-1" role="doc-noteref">1</a></sup><a href="https://a.example/" rel="noopener noreferrer">nested</a>',
    );
  });

  it('lists nested items, a start of 1 and empty lists plainly', () => {
    const doc = toDocument(statementOf([list('number', [item(text('one'))], 1), list('bullet', [item(p(text('a')), p(text('b')))])]));
    expect(toHtmlFragment(doc)).toContain('<ol><li>one</li></ol>\n<ul><li><p>a</p><p>b</p></li></ul>');
  });
});
