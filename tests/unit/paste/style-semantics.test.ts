// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clean } from './helpers.ts';

describe('formatting from inline styles', () => {
  it.each([
    ['<span style="font-weight:700">x</span>', '<b>x</b>'],
    ['<span style="font-weight:600">x</span>', '<b>x</b>'],
    ['<span style="font-weight:900">x</span>', '<b>x</b>'],
    ['<span style="font-weight: bold !important">x</span>', '<b>x</b>'],
    ['<span style="FONT-WEIGHT:BOLDER">x</span>', '<b>x</b>'],
    ['<span style="font-weight:500">x</span>', 'x'],
    ['<span style="font-weight:400">x</span>', 'x'],
    ['<span style="font-weight:normal">x</span>', 'x'],
    ['<span style="font-style:italic">x</span>', '<i>x</i>'],
    ['<span style="font-style:oblique 10deg">x</span>', '<i>x</i>'],
    ['<span style="text-decoration:underline">x</span>', '<u>x</u>'],
    ['<span style="text-decoration-line:underline">x</span>', '<u>x</u>'],
    ['<span style="text-decoration:line-through">x</span>', '<s>x</s>'],
    ['<span style="text-decoration:underline line-through">x</span>', '<u><s>x</s></u>'],
    ['<span style="vertical-align:super">x</span>', '<sup>x</sup>'],
    ['<span style="vertical-align:sub">x</span>', '<sub>x</sub>'],
    ['<span style="vertical-align:baseline;text-decoration:none;font-style:normal">x</span>', 'x'],
    ['<span style="font-weight:700;font-style:italic">x</span>', '<b><i>x</i></b>'],
  ])('%s → %s', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('unwraps the Google Docs clipboard wrapper, which is not bold', () => {
    const html = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-0a1b2c3d-7fff-0000-1111-222233334444"><p dir="ltr"><span style="font-weight:400">Plain</span> <span style="font-weight:700">bold</span></p></b>';
    expect(clean(html)).toBe('<p>Plain <b>bold</b></p>');
  });

  it('unwraps <b>/<i> that a style makes normal', () => {
    expect(clean('<b style="font-weight:normal">a</b> <strong style="font-weight:400">b</strong> <i style="font-style:normal">c</i>')).toBe('a b c');
  });

  it('counts only real CSS: Word’s mso-bidi-* properties are not formatting', () => {
    expect(clean(`<p class=MsoNormal><span style='mso-bidi-font-weight:bold;mso-bidi-font-style:italic'>plain</span></p>`)).toBe('<p>plain</p>');
    expect(clean(`<p class=MsoNormal><b style='mso-bidi-font-weight:normal'>bold</b> <i style='mso-bidi-font-style:normal'>italic</i></p>`)).toBe('<p><b>bold</b> <i>italic</i></p>');
  });

  it('adds no second <b> inside bold text', () => {
    expect(clean('<p style="font-weight:700">All <span style="font-weight:bold">bold</span></p>')).toBe('<p><b>All bold</b></p>');
    expect(clean('<b>Bold <span style="font-weight:700">too</span></b>')).toBe('<b>Bold too</b>');
  });

  it('does not bold headings or underline links that are styled so only for looks', () => {
    expect(clean('<h2 style="font-weight:700"><span style="font-weight:700">Demands</span></h2>')).toBe('<h2>Demands</h2>');
    expect(clean('<a href="https://example.org/" style="text-decoration:underline"><span style="text-decoration:underline;color:#1155cc">link</span></a>')).toBe(
      '<a href="https://example.org/">link</a>',
    );
    expect(clean('<a href="https://example.org/"><span style="font-weight:700">bold link</span></a>')).toBe('<a href="https://example.org/"><b>bold link</b></a>');
  });

  it('turns a Google Docs Title (26pt) into a heading and Word Title/Quote styles into their blocks', () => {
    expect(clean('<p dir="ltr"><span style="font-size:26pt;font-weight:400">Joint letter</span></p>')).toBe('<h1>Joint letter</h1>');
    expect(clean('<p class=MsoTitle>Joint letter</p><p class=MsoQuote>“Free them.”</p><p class=MsoIntenseQuote>“Now.”</p>')).toBe(
      '<h1>Joint letter</h1><blockquote>“Free them.”</blockquote><blockquote>“Now.”</blockquote>',
    );
  });

  it('keeps formatting elements, folding synonyms into one spelling', () => {
    expect(clean('<strong>a</strong> <em>b</em> <strike>c</strike> <del>d</del> <s>e</s> <u>f</u> <sup>g</sup> <sub>h</sub>')).toBe(
      '<b>a</b> <i>b</i> <s>c</s> <s>d</s> <s>e</s> <u>f</u> <sup>g</sup> <sub>h</sub>',
    );
  });

  it('merges the adjacent runs Docs writes for one formatted phrase', () => {
    expect(clean('<span style="font-weight:700">at least </span><span style="font-weight:700">forty</span>')).toBe('<b>at least forty</b>');
  });
});
