// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../core/export/html/escape.ts';
import { parseFragment } from './fixtures.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves plain prose, Cyrillic and emoji as they are', () => {
    const prose = 'Власти должны — «немедленно» освободить его 👍 (art. 9)';
    expect(escapeHtml(prose)).toBe(prose);
  });

  it('removes control characters HTML forbids, keeps tab and newlines, mends lone surrogates', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
    expect(escapeHtml('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(escapeHtml('\ud83d\udc4d')).toBe('\ud83d\udc4d');
  });

  it('round-trips through an HTML parser, in text and in a double-quoted attribute', () => {
    const nasty = `</p><script>alert("1")</script>' onmouseover="x" &lt; &#x6a;`;
    const body = parseFragment(`<p title="${escapeHtml(nasty)}">${escapeHtml(nasty)}</p>`);
    const paragraph = body.querySelector('p')!;
    expect(body.children).toHaveLength(1);
    expect(paragraph.textContent).toBe(nasty);
    expect(paragraph.getAttribute('title')).toBe(nasty);
    expect(paragraph.getAttributeNames()).toEqual(['title']);
  });
});
