// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, MAX_PASTE_HTML_CHARS, type PasteWindow } from '../../../renderer/editor/paste/index.ts';
import { clean, expectWithinContract, fixture } from './helpers.ts';

/** Deterministic junk, so a failure can be reproduced. */
function junk(seed: number, length: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCharCode(state % 3 === 0 ? '<>/="\'&!-[]'.charCodeAt(state % 13) || 60 : state % 0x3000);
  }
  return out;
}

const ALL_FIXTURES = ['word-desktop.html', 'google-docs.html', 'web-article.html', 'hostile.html', 'word-footnotes.html', 'google-docs-footnotes.html'];

describe('robustness', () => {
  it.each([
    '',
    '<',
    '<p',
    '<p><b>unfinished <a href="https://exa',
    '<ul><li><ul><li>',
    '</p></div></li></ul>',
    '<!--',
    '<!--[if !supportLists]-->',
    '<![if',
    '<table><tr><td>cell',
    '<p style="font-weight:',
    '<p style=";;;:;:font-weight:700;;">x</p>',
    '<a href>no href value</a>',
    '<a href="">empty href</a>',
    '<p class=MsoListParagraph style="mso-list:l0 level99999999999999999999 lfo1">x</p>',
    '<p class=MsoListParagraph style="mso-list:l0 level0 lfo1"><span style="mso-list:Ignore"></span></p>',
    '<b id="docs-internal-guid-">',
    '\u0000\u0001\u0002<p>\u0000</p>\ufffe\uffff\ud800',
    '<html><html><body><body><head><p>x</head></body></html>',
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    '<svg><p>breaks out of svg</p></svg>',
    '<math><mi><p>breaks out of math</p></mi></math>',
  ])('does not throw on %j and returns contract-conforming HTML', (input) => {
    const result = cleanPastedHtml(input);
    expect(result.ok).toBe(true);
    if (result.ok) expectWithinContract(result.html);
  });

  it('survives binary junk', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const result = cleanPastedHtml(junk(seed, 4000));
      expect(result.ok, `seed ${seed}`).toBe(true);
      if (result.ok) expectWithinContract(result.html);
    }
  });

  // One fixture per test: all of them in one would come close to the test timeout.
  it.each(ALL_FIXTURES)('survives %s cut off at arbitrary points', (name) => {
    const html = fixture(name);
    for (let cut = 7; cut < html.length; cut += Math.ceil(html.length / 24)) {
      const result = cleanPastedHtml(html.slice(0, cut));
      expect(result.ok, `${name} cut at ${cut}`).toBe(true);
      if (result.ok) expectWithinContract(result.html);
    }
  });

  // Chromium's parser caps nesting at 512 levels; jsdom does not, and is slow at depth,
  // so the test stays a little below that.
  it('survives deep nesting', () => {
    for (const open of ['<div>', '<b>', '<span>', '<ul><li>', '<blockquote>', '<table><tr><td>']) {
      const result = cleanPastedHtml(`${open.repeat(300)}deep<p>text</p>`);
      expect(result.ok, open).toBe(true);
      if (result.ok) {
        expect(result.html, open).toContain('deep');
        expectWithinContract(result.html);
      }
    }
  });

  it('collapses formatting nested in the same formatting', () => {
    expect(clean(`${'<b>'.repeat(200)}bold${'</b>'.repeat(200)}`)).toBe('<b>bold</b>');
  });

  it('reports input over the size limit as too large, without parsing it', () => {
    expect(MAX_PASTE_HTML_CHARS).toBe(5 * 1024 * 1024);
    const huge = `<p>${'x'.repeat(MAX_PASTE_HTML_CHARS)}</p>`;
    expect(cleanPastedHtml(huge)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('treats a non-string as nothing to paste', () => {
    const nothing = { ok: true, html: '', footnotes: { matched: 0, unmatchedReferences: 0, unmatchedDefinitions: 0 } };
    expect(cleanPastedHtml(undefined as unknown as string)).toEqual(nothing);
    expect(cleanPastedHtml(null as unknown as string)).toEqual(nothing);
  });

  it('declines, without throwing, when the window cannot parse HTML', () => {
    expect(cleanPastedHtml('<p>x</p>', { window: {} as PasteWindow })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('works with another window passed in, whose DOM classes are not this realm’s', () => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    try {
      const other = frame.contentWindow as unknown as PasteWindow;
      expect(other).not.toBe(window);
      for (const name of ['google-docs.html', 'word-footnotes.html']) {
        const result = cleanPastedHtml(fixture(name), { window: other });
        expect(result, name).toEqual(cleanPastedHtml(fixture(name)));
      }
    } finally {
      frame.remove();
    }
  });

  it('is idempotent: cleaning clean output changes nothing', () => {
    for (const name of ALL_FIXTURES) {
      const once = clean(fixture(name));
      expect(clean(once), name).toBe(once);
    }
  });
});
