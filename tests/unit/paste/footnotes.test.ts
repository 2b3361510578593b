// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, type FootnoteCounts } from '../../../renderer/editor/paste/index.ts';
import { sanitizeHtml } from '../../../renderer/editor/paste/sanitize.ts';
import { clean, expectWithinContract, fixture, parsed } from './helpers.ts';

/** Cleans and returns the HTML and the footnote counts, failing the test if the cleaner declined. */
function cleanWithCounts(html: string): { html: string; footnotes: FootnoteCounts } {
  const result = cleanPastedHtml(html);
  if (!result.ok) throw new Error(`cleanPastedHtml declined: ${result.reason}`);
  return { html: result.html, footnotes: result.footnotes };
}

function notes(body: ParentNode): Element[] {
  return Array.from(body.querySelectorAll('sup[data-footnote]'));
}

/** Where each footnote sits: the tag of its parent and the last words just before it. */
function anchorsOf(body: ParentNode): [string, string][] {
  return notes(body).map((sup) => [sup.parentElement?.localName ?? '', (sup.previousSibling?.textContent ?? '').split(' ').slice(-2).join(' ')]);
}

const COUNTS = (matched: number, unmatchedReferences = 0, unmatchedDefinitions = 0): FootnoteCounts => ({ matched, unmatchedReferences, unmatchedDefinitions });

/** Word clipboard pieces, as Word writes them (mso-footnote-id, conditional comments, spans). */
function wordRef(n: string, kind: 'ftn' | 'edn' = 'ftn'): string {
  const support = kind === 'ftn' ? 'supportFootnotes' : 'supportEndnotes';
  const cls = kind === 'ftn' ? 'MsoFootnoteReference' : 'MsoEndnoteReference';
  return `<a style='mso-${kind === 'ftn' ? 'foot' : 'end'}note-id:${kind}${n}' href="#_${kind}${n}" name="_${kind}ref${n}" title=""><span class=${cls}><span style='mso-special-character:footnote'><![if !${support}]><span class=${cls}>[${n}]</span><![endif]></span></span></a>`;
}
function wordNote(n: string, paragraphs: string, kind: 'ftn' | 'edn' = 'ftn'): string {
  const element = kind === 'ftn' ? 'footnote' : 'endnote';
  const label = wordRef(n, kind).replace(`href="#_${kind}${n}" name="_${kind}ref${n}"`, `href="#_${kind}ref${n}" name="_${kind}${n}"`);
  return `<div style='mso-element:${element}' id=${kind}${n}><p class=Mso${kind === 'ftn' ? 'Footnote' : 'Endnote'}Text>${label}<span lang=EN-GB> ${paragraphs}</div>`;
}
function wordList(notesHtml: string): string {
  return `<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>${notesHtml}</div>`;
}
/** Google Docs pieces. */
function docsRef(n: number): string {
  return `<sup><a href="#ftnt${n}" id="ftnt_ref${n}">[${n}]</a></sup>`;
}
function docsNote(n: number, text: string): string {
  return `<div><p dir="ltr"><a href="#ftnt_ref${n}" id="ftnt${n}">[${n}]</a><span style="font-size:10pt;font-weight:400">&nbsp;${text}</span></p></div>`;
}

describe('footnotes from a Word clipboard', () => {
  const { html, footnotes } = cleanWithCounts(fixture('word-footnotes.html'));
  const body = parsed(html);

  it('replaces each reference in place by its note, and drops the notes lists', () => {
    expect(html).toBe(
      [
        '<h1>Joint statement on the forced closure of the Northgate Legal Aid Centre',
        '<sup data-footnote="">First published on 14 April 2025; the list of signatories was updated on 22 April 2025.</sup></h1>',
        '<p>We, the undersigned organisations, <b>strongly condemn the decision of the Ministry of Justice</b>',
        '<sup data-footnote="">Order No. 112-r of the Ministry of Justice, 28 March 2025.<br>The order was served on the Centre’s director on 7 April, after the ten-day period for an appeal had already expired.</sup>',
        ' to strip the Northgate Legal Aid Centre of its registration. For eleven years the Centre has given free legal advice to people in police custody, to asylum seekers and to families of the disappeared.</p>',
        '<p>The decision came three weeks after the Centre contributed to a <a href="https://ohchr.example.org/special-procedures/judges-lawyers/report-2025">report of the UN Special Rapporteur on the independence of judges and lawyers</a>',
        '<sup data-footnote="">UN document <b>A/HRC/59/38</b>, paragraphs 41–46; the Centre’s submission is published at <a href="https://northgate-legal-aid.example.org/submissions/un-2025">northgate-legal-aid.example.org</a>.</sup>',
        ' that documented pressure on lawyers who take on politically sensitive cases.</p>',
        '<p>We call on the authorities to:</p>',
        '<ul>',
        '<li>restore the Centre’s registration without delay;</li>',
        '<li>stop summoning its lawyers for questioning about their clients<sup data-footnote="">Four of the Centre’s seven lawyers received summonses between 1 and 10 April 2025.</sup>;</li>',
        '<li>guarantee free legal aid to everyone deprived of their liberty.</li>',
        '</ul>',
      ].join(''),
    );
    expectWithinContract(html);
  });

  it('counts three footnotes and the endnote, none left over', () => {
    expect(footnotes).toEqual(COUNTS(4));
  });

  it('puts the endnote in the heading, and the footnotes after the bold run, after the link and in the list item', () => {
    expect(anchorsOf(body)).toEqual([
      ['h1', 'Aid Centre'],
      ['p', 'of Justice'],
      ['p', 'and lawyers'],
      ['li', 'their clients'],
    ]);
    const [endnote, first, second, third] = notes(body);
    expect(first?.previousElementSibling?.localName).toBe('b'); // out of the bold run, not inside it
    expect(second?.previousElementSibling?.localName).toBe('a'); // beside the link, not in it
    expect(endnote?.closest('b, i, a')).toBeNull();
    expect(third?.closest('li')?.textContent).toContain('stop summoning');
  });

  it('keeps each note’s formatting and links, and its second paragraph as a second line', () => {
    const [, first, second] = notes(body);
    expect(first?.innerHTML.split('<br>')).toEqual([
      'Order No. 112-r of the Ministry of Justice, 28 March 2025.',
      'The order was served on the Centre’s director on 7 April, after the ten-day period for an appeal had already expired.',
    ]);
    expect(second?.querySelector('b')?.textContent).toBe('A/HRC/59/38');
    expect(second?.querySelector('a')?.getAttribute('href')).toBe('https://northgate-legal-aid.example.org/submissions/un-2025');
  });

  it('leaves no "[1]" labels, no notes section and nothing of Word’s footnote markup', () => {
    expect(body.textContent).not.toMatch(/\[(?:\d+|i)\]/);
    expect(body.querySelectorAll(':scope > p')).toHaveLength(3); // the notes did not stay as paragraphs
    for (const leak of ['mso-', 'Mso', '_ftn', '_edn', 'supportFootnotes', 'endif', '<hr']) expect(html).not.toContain(leak);
  });

  it('is idempotent: cleaning its own output keeps the footnotes as they are', () => {
    expect(cleanWithCounts(html)).toEqual({ html, footnotes: COUNTS(4) });
  });
});

describe('footnotes from Google Docs', () => {
  const source = fixture('google-docs-footnotes.html');
  const { html, footnotes } = cleanWithCounts(source);
  const body = parsed(html);

  it('replaces each reference in place by its note, and drops the notes section and its rule', () => {
    expect(source).toContain('<hr>');
    expect(html).toBe(
      [
        '<h1>Free the Riverside Three</h1>',
        '<p>The three environmental defenders arrested at the Riverside protest camp on 9 May have now spent <b>six weeks in pre-trial detention</b>',
        '<sup data-footnote="">Detention order of the Riverside District Court of 11 May 2025, extended on 20 June.</sup>',
        '. None of them has been allowed a visit from their families.</p>',
        '<h2>What we ask</h2>',
        '<ul>',
        '<li>Release Daria Ocampo, Hamid Rezaei and Tomás Lindqvist pending trial',
        '<sup data-footnote="">Pre-trial detention must be the exception: see <i>Article 9(3)</i> of the International Covenant on Civil and Political Rights and the <a href="https://treaties.example.org/ccpr/general-comment-35">Human Rights Committee’s General Comment No. 35</a>.</sup>',
        '.</li>',
        '<li>Drop the charge of “organising mass disorder”, which carries up to eight years in prison.</li>',
        '</ul>',
        '<p>More than sixty organisations have signed our <a href="https://riverside-three.example.org/appeal">joint appeal</a>',
        '<sup data-footnote="">The list of signatories is updated every Friday.</sup>',
        ' to the Prosecutor General.</p>',
      ].join(''),
    );
    expectWithinContract(html);
  });

  it('counts three footnotes', () => {
    expect(footnotes).toEqual(COUNTS(3));
  });

  it('replaces Docs’ <sup> around the reference instead of nesting the note in it', () => {
    expect(body.querySelectorAll('sup')).toHaveLength(3);
    expect(body.querySelector('sup sup')).toBeNull();
    expect(anchorsOf(body)).toEqual([
      ['p', 'pre-trial detention'],
      ['li', 'pending trial'],
      ['p', 'joint appeal'],
    ]);
  });

  it('keeps the italic and the link inside the second note, without the no-break space after the label', () => {
    const second = notes(body)[1]!;
    expect(second.querySelector('i')?.textContent).toBe('Article 9(3)');
    expect(second.querySelector('a')?.getAttribute('href')).toBe('https://treaties.example.org/ccpr/general-comment-35');
    expect(second.textContent?.startsWith('Pre-trial')).toBe(true);
  });

  it('leaves no "[n]" labels and no notes section', () => {
    expect(body.textContent).not.toMatch(/\[\d+\]/);
    expect(body.lastElementChild?.textContent).toBe(
      'More than sixty organisations have signed our joint appealThe list of signatories is updated every Friday. to the Prosecutor General.',
    );
    for (const leak of ['ftnt', '<hr', 'docs-internal-guid']) expect(html).not.toContain(leak);
  });
});

describe('references and notes that do not pair up', () => {
  it('keeps a Word reference without a note as its text, and a note nobody refers to as a paragraph', () => {
    const html = `<p class=MsoNormal>Detained since March${wordRef('1')}, without charge${wordRef('2')}.</p>`
      + wordList(wordNote('1', 'Court order of 3 March 2025.</span></p>') + wordNote('3', 'A note whose reference was not copied.</span></p>'));
    const result = cleanWithCounts(html);
    expect(result.html).toBe('<p>Detained since March<sup data-footnote="">Court order of 3 March 2025.</sup>, without charge[2].</p><p>[3] A note whose reference was not copied.</p>');
    expect(result.footnotes).toEqual(COUNTS(1, 1, 1));
    expectWithinContract(result.html);
  });

  it('does the same for Google Docs', () => {
    const html = `<p>Detained since March${docsRef(1)}, without charge${docsRef(2)}.</p><hr>${docsNote(1, 'Court order of 3 March 2025.')}${docsNote(3, 'Orphaned note.')}`;
    const result = cleanWithCounts(html);
    expect(result.html).toBe('<p>Detained since March<sup data-footnote="">Court order of 3 March 2025.</sup>, without charge[2].</p><p>[3]&nbsp;Orphaned note.</p>');
    expect(result.footnotes).toEqual(COUNTS(1, 1, 1));
  });

  it('counts a whole notes section without references (a selection that ended before the notes)', () => {
    const html = `<p>Only the end of the document was copied.</p>${wordList(wordNote('7', 'Seventh note.</span></p>') + wordNote('8', 'Eighth note.</span></p>'))}`;
    expect(cleanWithCounts(html)).toEqual({
      html: '<p>Only the end of the document was copied.</p><p>[7] Seventh note.</p><p>[8] Eighth note.</p>',
      footnotes: COUNTS(0, 0, 2),
    });
  });

  it('counts references whose notes were not copied', () => {
    expect(cleanWithCounts(`<p>One${wordRef('1')} two${docsRef(2)}.</p>`)).toEqual({ html: '<p>One[1] two[2].</p>', footnotes: COUNTS(0, 2, 0) });
  });

  it('makes a reference inside a note plain text: notes do not nest', () => {
    const html = `<p>Text${docsRef(1)}.</p><hr>${docsNote(1, `Note one, citing${docsRef(2)} another.`)}${docsNote(2, 'Note two.')}`;
    const result = cleanWithCounts(html);
    expect(result.html).toBe('<p>Text<sup data-footnote="">Note one, citing[2] another.</sup>.</p><p>[2]&nbsp;Note two.</p>');
    expect(result.footnotes).toEqual(COUNTS(1, 1, 1));
    expect(cleanWithCounts('<p>x<sup data-footnote="">outer<sup data-footnote="">inner</sup> note</sup></p>')).toEqual({
      html: '<p>x<sup data-footnote="">outerinner note</sup></p>',
      footnotes: COUNTS(1, 1, 0),
    });
  });

  it('leaves in-page links that are not footnotes alone: a table of contents, "back to top", Word comments', () => {
    const toc = '<p><a href="#_Toc1">Background</a></p><h2><a name="_Toc1"></a>Background</h2><p>Text. <a href="#top">Back to top</a></p>';
    expect(cleanWithCounts(toc)).toEqual({ html: '<p>Background</p><h2>Background</h2><p>Text. Back to top</p>', footnotes: COUNTS(0) });
    const comment = '<p>Text<span class=MsoCommentReference><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[KD1]</a></span>.</p>'
      + '<div style=\'mso-element:comment-list\'><div style=\'mso-element:comment\'><div class=msocomtxt id="_com_1"><span><a name="_msocom_1"></a></span>'
      + '<p class=MsoCommentText><span class=MsoCommentReference><a href="#_msoanchor_1" class=msocomoff>[KD1]</a></span> Check the date.</p></div></div></div>';
    expect(cleanWithCounts(comment).footnotes).toEqual(COUNTS(0));
    expect(cleanWithCounts(comment).html).not.toContain('data-footnote');
  });
});

describe('the shape of a note', () => {
  const twoParagraphs = '<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> First paragraph.</p><p>Second <b>paragraph</b>.</p></div>';

  it('keeps a note’s paragraphs as <p> inside the <sup> in a list item, a heading, a quote or loose text', () => {
    expect(clean(`<ul><li>Item${docsRef(1)} end</li></ul>${twoParagraphs}`)).toBe(
      '<ul><li>Item<sup data-footnote=""><p>First paragraph.</p><p>Second <b>paragraph</b>.</p></sup> end</li></ul>',
    );
    expect(clean(`<h2>Heading${docsRef(1)}</h2>${twoParagraphs}`)).toBe('<h2>Heading<sup data-footnote=""><p>First paragraph.</p><p>Second <b>paragraph</b>.</p></sup></h2>');
    expect(clean(`<blockquote>Quote${docsRef(1)}</blockquote>${twoParagraphs}`)).toBe(
      '<blockquote>Quote<sup data-footnote=""><p>First paragraph.</p><p>Second <b>paragraph</b>.</p></sup></blockquote>',
    );
    expect(clean(`Loose text${docsRef(1)} more${twoParagraphs}`)).toBe('Loose text<sup data-footnote=""><p>First paragraph.</p><p>Second <b>paragraph</b>.</p></sup> more');
  });

  it('makes them lines inside a paragraph, where an HTML parser would end the paragraph at the inner <p>', () => {
    const html = clean(`<p>Paragraph${docsRef(1)} end</p>${twoParagraphs}`);
    expect(html).toBe('<p>Paragraph<sup data-footnote="">First paragraph.<br>Second <b>paragraph</b>.</sup> end</p>');
    expectWithinContract(html); // the editor re-parses the string: it must come back the same
    const naive = '<p>Paragraph<sup data-footnote=""><p>First paragraph.</p><p>Second.</p></sup> end</p>';
    expect(parsed(naive).innerHTML).not.toBe(naive); // what <p> inside would have done
  });

  it('lists in a note stay lists where they can, and become lines inside a paragraph', () => {
    const note = (n: number): string => `<div><p><a href="#ftnt_ref${n}" id="ftnt${n}">[${n}]</a> Sources:</p><ul><li>court records;</li><li>interviews.</li></ul></div>`;
    expect(clean(`<p>In a paragraph${docsRef(1)}.</p><ul><li>In an item${docsRef(2)}.</li></ul><hr>${note(1)}${note(2)}`)).toBe(
      '<p>In a paragraph<sup data-footnote="">Sources:<br>court records;<br>interviews.</sup>.</p>'
        + '<ul><li>In an item<sup data-footnote=""><p>Sources:</p><ul><li>court records;</li><li>interviews.</li></ul></sup>.</li></ul>',
    );
  });

  it('takes the note out of bold, links and superscript around the reference, splitting them', () => {
    expect(clean(`<p><b>strongly condemn${docsRef(1)} the verdict</b></p><hr>${docsNote(1, 'N.')}`)).toBe(
      '<p><b>strongly condemn</b><sup data-footnote="">N.</sup><b> the verdict</b></p>',
    );
    expect(clean(`<p><i><b>all${wordRef('1')}</b></i> of them</p>${wordList(wordNote('1', 'N.</span></p>'))}`)).toBe(
      '<p><i><b>all</b></i><sup data-footnote="">N.</sup> of them</p>',
    );
    expect(clean(`<p>the 5<sup>th${docsRef(1)}</sup> hearing</p><hr>${docsNote(1, 'N.')}`)).toBe('<p>the 5<sup>th</sup><sup data-footnote="">N.</sup> hearing</p>');
  });

  it('keeps two adjacent references as two notes', () => {
    expect(clean(`<p>Claim${docsRef(1)}${docsRef(2)}.</p><hr>${docsNote(1, 'One.')}${docsNote(2, 'Two.')}`)).toBe(
      '<p>Claim<sup data-footnote="">One.</sup><sup data-footnote="">Two.</sup>.</p>',
    );
  });

  it('keeps an empty note as an empty footnote', () => {
    expect(cleanWithCounts(`<p>Claim${docsRef(1)}.</p><hr>${docsNote(1, '')}`)).toEqual({ html: '<p>Claim<sup data-footnote=""></sup>.</p>', footnotes: COUNTS(1) });
  });

  it('reads Word’s conditionals whether the parser made them comments or they arrived as text', () => {
    const asText = (html: string): string => html.replaceAll('<![if !supportFootnotes]>', '&lt;![if !supportFootnotes]&gt;').replaceAll('<![endif]>', '&lt;![endif]&gt;');
    const html = `<p>Text${wordRef('1')}.</p>${wordList(wordNote('1', 'The note.</span></p>'))}`;
    expect(html).toContain('<![if !supportFootnotes]>');
    expect(cleanWithCounts(html)).toEqual({ html: '<p>Text<sup data-footnote="">The note.</sup>.</p>', footnotes: COUNTS(1) });
    expect(cleanWithCounts(asText(html))).toEqual({ html: '<p>Text<sup data-footnote="">The note.</sup>.</p>', footnotes: COUNTS(1) });
    expect(cleanWithCounts(asText(`<p>No notes here${'<![if !supportFootnotes]>'}.<![endif]></p>`)).html).toBe('<p>No notes here.</p>');
  });

  it('treats Word endnotes like footnotes', () => {
    const html = `<p>Text${wordRef('i', 'edn')}.</p><div style='mso-element:endnote-list'><![if !supportEndnotes]><br clear=all><hr><![endif]>${wordNote('i', 'An endnote.</span></p>', 'edn')}</div>`;
    expect(cleanWithCounts(html)).toEqual({ html: '<p>Text<sup data-footnote="">An endnote.</sup>.</p>', footnotes: COUNTS(1) });
  });

  it('follows the general rule on web pages: a link to a note that links back', () => {
    const html = '<p>Claim.<sup id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup> Next.</p><ol class="references"><li id="cite_note-1">'
      + '<span class="backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">Annual report, <i>p. 4</i>.</span></li></ol>';
    expect(cleanWithCounts(html)).toEqual({ html: '<p>Claim.<sup data-footnote="">Annual report, <i>p. 4</i>.</sup> Next.</p>', footnotes: COUNTS(1) });
  });

  it('keeps footnotes copied from the editor itself', () => {
    for (const html of [
      '<p>A claim<sup data-footnote="">A note with <b>bold</b> and a <a href="https://example.org/">link</a>.</sup> and more.</p>',
      '<ul><li>An item<sup data-footnote=""><p>First.</p><p>Second.</p></sup></li></ul>',
      '<p>Two lines<sup data-footnote="">First.<br>Second.</sup></p>',
    ]) {
      expect(cleanWithCounts(html), html).toEqual({ html, footnotes: COUNTS(1) });
    }
  });
});

describe('hostile content in notes', () => {
  it('cleans a note by the same rules as the text: no script, handler or javascript: link', () => {
    const note = 'See <script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">this page</a>, '
      + '<a href="https://ok.example.org/" onclick="alert(4)" style="color:red">that page</a> <iframe src="https://evil.example/"></iframe>'
      + '<b onmouseover="alert(5)" data-footnote="">and</b> <svg><script>alert(6)</script></svg><style>p{}</style>this.';
    const html = `<p>Claim${docsRef(1)}.</p><hr>${docsNote(1, note)}`;
    const result = cleanWithCounts(html);
    expect(result.html).toBe('<p>Claim<sup data-footnote="">See this page, <a href="https://ok.example.org/">that page</a> <b>and</b> this.</sup>.</p>');
    expect(result.footnotes).toEqual(COUNTS(1));
    expectWithinContract(result.html);
    for (const leak of ['script', 'alert', 'onerror', 'onclick', 'javascript:', 'iframe', 'style']) expect(result.html).not.toContain(leak);
  });

  it('cleans a pasted <sup data-footnote> the same way, and a nested one to text', () => {
    const html = '<p>x<sup data-footnote="">a<img src=x onerror=alert(1)><a href="javascript:alert(2)">b</a><sup data-footnote=""><script>alert(3)</script>c</sup></sup></p>';
    expect(cleanWithCounts(html)).toEqual({ html: '<p>x<sup data-footnote="">abc</sup></p>', footnotes: COUNTS(1, 1, 0) });
  });

  it('keeps data-footnote only on <sup>, only empty, and only where the cleaner made a footnote', () => {
    expect(clean('<p data-footnote="">a <b data-footnote="">b</b> <a href="https://example.org/" data-footnote="">c</a> <sub data-footnote="">d</sub></p>')).toBe(
      '<p>a <b>b</b> <a href="https://example.org/">c</a> <sub>d</sub></p>',
    );
  });

  it('has the sanitizer keep data-footnote on <sup> only, and href on <a> only', () => {
    expect(sanitizeHtml('<sup data-footnote="">a</sup><b data-footnote="">b</b><sup data-footnote="x">c</sup><b href="https://example.org/">d</b><a href="https://example.org/" data-footnote="">e</a>', window)).toBe(
      '<sup data-footnote="">a</sup><b>b</b><sup>c</sup><b>d</b><a href="https://example.org/">e</a>',
    );
  });

  it('cannot be made to plant a footnote with a look-alike of the internal placeholder', () => {
    const html = '<p>x\ue000abcdefabcdef.0\ue001 y</p>';
    const result = cleanWithCounts(html);
    expect(result.footnotes).toEqual(COUNTS(0));
    expect(result.html).toBe(html);
  });
});

describe('pastes without footnotes', () => {
  it.each(['word-desktop.html', 'google-docs.html', 'web-article.html', 'hostile.html'])('%s: no footnotes found, nothing added', (name) => {
    const result = cleanWithCounts(fixture(name));
    expect(result.footnotes).toEqual(COUNTS(0));
    expect(result.html).not.toContain('data-footnote');
  });
});
