// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isOrderedMarker } from '../../../renderer/editor/paste/word-lists.ts';
import { clean } from './helpers.ts';

/** One Word list paragraph, the way Word 2016+ writes it. */
function item(text: string, marker: string, level = 1, list = 'l0', cls = 'MsoListParagraphCxSpMiddle'): string {
  return (
    `<p class=${cls} style='margin-left:${36 * level}.0pt;text-indent:-18.0pt;mso-list:${list} level${level} lfo1'>` +
    `<!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}` +
    `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->` +
    `<span lang=EN-GB>${text}<o:p></o:p></span></p>\n`
  );
}

describe('Word lists', () => {
  it.each(['1.', '12.', '1)', '(1)', 'a.', 'b)', '(c)', 'A.', 'aa.', 'iv.', 'VIII)', 'xiv.', '1.2.', '2.3.1', '1.1'])('reads %j as a number', (marker) => {
    expect(isOrderedMarker(marker)).toBe(true);
  });

  it.each(['·', 'o', '§', '•', '–', '-', '\uf0b7', '\uf0a7', 'Ø', 'ü', 'v', '➢', '', '1', 'abcd.', '1..'])('reads %j as a bullet', (marker) => {
    expect(isOrderedMarker(marker)).toBe(false);
  });

  it('nests by level and returns to the outer level', () => {
    const html = item('one', '·', 1, 'l0', 'MsoListParagraphCxSpFirst') + item('one.a', 'o', 2) + item('one.a.i', '§', 3) + item('two', '·', 1, 'l0', 'MsoListParagraphCxSpLast');
    expect(clean(html)).toBe('<ul><li>one<ul><li>one.a<ul><li>one.a.i</li></ul></li></ul></li><li>two</li></ul>');
  });

  it('finds the runs inside Word’s WordSection div too', () => {
    const html = `<div class=WordSection1><p class=MsoNormal>Demands:</p>${item('one', '·')}${item('two', '·')}</div>`;
    expect(clean(html)).toBe('<p>Demands:</p><ul><li>one</li><li>two</li></ul>');
  });

  it('makes numbered levels ordered and bulleted levels unordered, in the same list', () => {
    const html = item('First', '1.') + item('detail', 'a)', 2) + item('aside', '–', 2) + item('Second', '2.');
    expect(clean(html)).toBe('<ol><li>First<ol><li>detail</li></ol><ul><li>aside</li></ul></li><li>Second</li></ol>');
  });

  it('nests a skipped level one step deeper, and starts a list that begins at level 2', () => {
    expect(clean(item('top', '·') + item('deep', '§', 3))).toBe('<ul><li>top<ul><li>deep</li></ul></li></ul>');
    expect(clean(item('indented', 'o', 2) + item('top', '·', 1))).toBe('<ul><li>indented</li></ul><ul><li>top</li></ul>');
  });

  it('starts a new list for a different Word list or after an ordinary paragraph', () => {
    expect(clean(item('a', '·', 1, 'l0') + item('b', '1.', 1, 'l1'))).toBe('<ul><li>a</li></ul><ol><li>b</li></ol>');
    expect(clean(item('a', '1.', 1, 'l0') + '<p class=MsoNormal>Between.</p>' + item('b', '1.', 1, 'l1'))).toBe(
      '<ol><li>a</li></ol><p>Between.</p><ol><li>b</li></ol>',
    );
  });

  it('appends an unmarked MsoListParagraph to the item above it as a new line', () => {
    const html = item('Release the defenders', '·') + `<p class=MsoListParagraphCxSpLast><span>and drop all charges.</span></p>`;
    expect(clean(html)).toBe('<ul><li>Release the defenders<br>and drop all charges.</li></ul>');
  });

  it('finds the marker between the supportLists comments when there is no mso-list:Ignore span', () => {
    const old =
      `<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'><![if !supportLists]><span>1.&nbsp;&nbsp;&nbsp; </span><![endif]>Ratify the convention</p>` +
      `<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'><!--[if !supportLists]-->2.&nbsp;&nbsp;&nbsp; <!--[endif]-->Report annually</p>`;
    expect(clean(old)).toBe('<ol><li>Ratify the convention</li><li>Report annually</li></ol>');
  });

  it('keeps formatting and links inside items', () => {
    const html = item('<b>Free</b> <i>all</i> <a href="https://example.org/list">detained bloggers</a>', '·');
    expect(clean(html)).toBe('<ul><li><b>Free</b> <i>all</i> <a href="https://example.org/list">detained bloggers</a></li></ul>');
  });

  it('drops the typed-out number of a numbered heading', () => {
    const html = `<h2 style='mso-list:l5 level1 lfo6'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span></span><![endif]>Background</h2>`;
    expect(clean(html)).toBe('<h2>Background</h2>');
  });

  it('leaves paragraphs with mso-list:none alone', () => {
    expect(clean(`<p class=MsoNormal style='mso-list:none'>Plain.</p>`)).toBe('<p>Plain.</p>');
  });
});
