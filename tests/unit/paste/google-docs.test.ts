// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clean, expectWithinContract, fixture, parsed, texts } from './helpers.ts';

describe('Google Docs clipboard', () => {
  const source = fixture('google-docs.html');
  const html = clean(source);
  const body = parsed(html);

  it('keeps exactly the document structure', () => {
    expect(html).toBe(
      [
        '<h1>Stop the deportations of asylum seekers</h1>',
        '<h1>Summary</h1>',
        '<p>Since January, <b>at least 40 people</b> who fled political persecution have been deported, <i>despite</i> pending asylum claims. Several of them were <b><i>detained on arrival</i></b> and have not been heard from since.</p>',
        '<h2>Our demands</h2>',
        '<ul>',
        '<li>Halt all removals to countries where people face a real risk of torture.</li>',
        '<li>Give every person facing removal:<ul><li>access to a lawyer and an interpreter;</li><li><u>a suspensive right of appeal.</u></li></ul></li>',
        '<li>Publish the <b>figures</b> on removals every quarter.</li>',
        '</ul>',
        '<h2>Timeline</h2>',
        '<ol>',
        '<li>12 January: first charter flight.</li>',
        '<li>3 February: the Supreme Court ruling<sup>1</sup>.</li>',
        '<li>The <s>old</s> revised guidance of 20 February.</li>',
        '</ol>',
        '<p>Read the full <a href="https://www.example.org/reports/deportations-2025.pdf">briefing (PDF)</a> and write to <a href="mailto:campaigns@example.org?subject=Deportations">campaigns@example.org</a>.</p>',
        '<p>H<sub>2</sub>O is not a political opinion; <b>neither is a blog post.</b></p>',
      ].join(''),
    );
    expectWithinContract(html);
  });

  it('unwraps the docs-internal-guid <b>: the document is not bold', () => {
    expect(source).toContain('id="docs-internal-guid-');
    expect(body.querySelector(':scope > b')).toBeNull();
    expect(texts(body, 'b')).toEqual(['at least 40 people', 'detained on arrival', 'figures', 'neither is a blog post.']);
    expect(html).not.toContain('docs-internal-guid');
  });

  it('turns styled spans into bold (700, 600, "bold"), italic, underline, strikethrough, super- and subscript', () => {
    expect(texts(body, 'i')).toEqual(['despite', 'detained on arrival']);
    expect(texts(body, 'u')).toEqual(['a suspensive right of appeal.']);
    expect(texts(body, 's')).toEqual(['old']);
    expect(texts(body, 'sup')).toEqual(['1']);
    expect(texts(body, 'sub')).toEqual(['2']);
  });

  it('does not underline links just because Docs styles them so', () => {
    expect(body.querySelector('a u, a b')).toBeNull();
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      'https://www.example.org/reports/deportations-2025.pdf',
      'mailto:campaigns@example.org?subject=Deportations',
    ]);
  });

  it('keeps headings (the 26pt Title as h1) without bolding them', () => {
    expect(texts(body, 'h1')).toEqual(['Stop the deportations of asylum seekers', 'Summary']);
    expect(texts(body, 'h2')).toEqual(['Our demands', 'Timeline']);
    expect(body.querySelector('h1 b, h2 b')).toBeNull();
  });

  it('moves the nested list Docs writes as a sibling into its item, and unwraps li > p', () => {
    const nested = body.querySelector(':scope > ul > li:nth-child(2) > ul');
    expect(nested?.children).toHaveLength(2);
    expect(body.querySelector('li p, ul > ul')).toBeNull();
    expect(texts(body, ':scope > ol > li')).toHaveLength(3);
  });

  it('drops the <br> Docs puts between blocks', () => {
    expect(html).not.toContain('<br>');
  });
});
