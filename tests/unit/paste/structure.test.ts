// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clean } from './helpers.ts';

describe('block structure', () => {
  it('maps h4–h6 to h3 and keeps h1–h3', () => {
    expect(clean('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>')).toBe('<h1>a</h1><h2>b</h2><h3>c</h3><h3>d</h3><h3>e</h3><h3>f</h3>');
  });

  it('turns divs of text into paragraphs and dissolves divs of blocks', () => {
    expect(clean('<div>One</div><div><div>Two</div><div>Three <b>bold</b></div></div>')).toBe('<p>One</p><p>Two</p><p>Three <b>bold</b></p>');
    expect(clean('<section><h2>Title</h2>Loose text<p>Para</p></section>')).toBe('<h2>Title</h2><p>Loose text</p><p>Para</p>');
  });

  it('keeps the text of a table, one paragraph per cell, and none of the table', () => {
    const table = '<table><thead><tr><th>Name</th><th>Charge</th></tr></thead><tbody><tr><td>R. Aliev</td><td><p>Article 280</p><p>Article 207.3</p></td></tr><tr><td></td><td>&nbsp;</td></tr></tbody></table>';
    expect(clean(table)).toBe('<p>Name</p><p>Charge</p><p>R. Aliev</p><p>Article 280</p><p>Article 207.3</p>');
  });

  it('pushes links and formatting wrapped around blocks into each line', () => {
    expect(clean('<a href="https://example.org/case"><div><h3>Case 12</h3><p>Read more</p></div></a>')).toBe(
      '<h3><a href="https://example.org/case">Case 12</a></h3><p><a href="https://example.org/case">Read more</a></p>',
    );
    expect(clean('<font face="Arial"><p>one</p><p>two</p></font>')).toBe('<p>one</p><p>two</p>');
  });

  it('turns paragraphs inside list items and quotes into lines', () => {
    expect(clean('<ul><li><p>first line</p><p>second line</p></li></ul>')).toBe('<ul><li>first line<br>second line</li></ul>');
    expect(clean('<blockquote><p>Quoted.</p><p>Still quoted.</p></blockquote>')).toBe('<blockquote>Quoted.<br>Still quoted.</blockquote>');
    expect(clean('<ul><li><h2>Heading in item</h2><ul><li>nested</li></ul></li></ul>')).toBe('<ul><li>Heading in item<ul><li>nested</li></ul></li></ul>');
  });

  it('repairs list markup', () => {
    expect(clean('<ul><li>a</li><ul><li>a.1</li></ul><li>b</li></ul>')).toBe('<ul><li>a<ul><li>a.1</li></ul></li><li>b</li></ul>');
    expect(clean('<ol><ul><li>orphan nested</li></ul></ol>')).toBe('<ol><li><ul><li>orphan nested</li></ul></li></ol>');
    expect(clean('<ul>loose <b>text</b><li>item</li></ul>')).toBe('<ul><li>loose <b>text</b></li><li>item</li></ul>');
    expect(clean('<li>one</li><li>two</li><p>after</p>')).toBe('<ul><li>one</li><li>two</li></ul><p>after</p>');
    expect(clean('<menu><li>m</li></menu><dir><li>d</li></dir>')).toBe('<ul><li>m</li></ul><ul><li>d</li></ul>');
    expect(clean('<ul><li></li><li>&nbsp;</li></ul><ol></ol>')).toBe('');
  });

  it('leaves an inline-only paste inline, so it merges into the current paragraph', () => {
    expect(clean('<span style="color:red">part of a <b>sentence</b></span>')).toBe('part of a <b>sentence</b>');
  });

  it('wraps loose text that sits beside whole blocks', () => {
    expect(clean('end of one paragraph<p>A whole paragraph</p>start of another')).toBe('<p>end of one paragraph</p><p>A whole paragraph</p><p>start of another</p>');
  });

  it('drops empty paragraphs, stray <br> between blocks and at line ends, and collapses whitespace', () => {
    expect(clean('<p>&nbsp;</p><p>  First\n\t line  <br> </p><br><p><br></p><p>Second<br><br>after a blank line</p>')).toBe(
      '<p>First line</p><p>Second<br><br>after a blank line</p>',
    );
  });

  it('keeps no-break spaces the writer typed', () => {
    expect(clean('<p>Article\u00a019</p>')).toBe('<p>Article\u00a019</p>'.replace('\u00a0', '&nbsp;'));
  });

  it('strips control characters from text', () => {
    expect(clean('<p>bell\u0007 and\u0001 escape\u001b</p>')).toBe('<p>bell and escape</p>');
  });

  it('removes <hr>, keeps the paragraphs on either side', () => {
    expect(clean('<p>a</p><hr><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });
});
