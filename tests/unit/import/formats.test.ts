import { describe, expect, it } from 'vitest';
import { importStatement } from '../../../core/import/import-statement.ts';
import { allNodes, footnotes, imported, noteText, topLevel } from './helpers.ts';

describe('Markdown', () => {
  const markdown = [
    '26 June 2019',
    '',
    '# Stop torture now',
    '',
    'We call on the *authorities* to act **today**.[^1] See [the report](https://example.org/report) and [this](javascript:alert(1)).',
    '',
    '## Calls',
    '',
    '1. Release the detained',
    '2. Investigate',
    '',
    '> “Nobody answered my complaint.”',
    '',
    'A second reference[^2] and a missing one[^9].',
    '',
    '[^1]: The coalition’s report, [online](https://example.org/r).',
    '[^2]: A second note.',
    '[^3]: Nobody refers to this one.',
  ].join('\n');
  const { statement, report } = imported(importStatement({ kind: 'markdown', text: markdown }));

  it('takes the title from the first heading and the date from the line above it', () => {
    expect(statement.meta).toMatchObject({ title: 'Stop torture now', date: '2019-06-26', places: [] });
  });

  it('keeps headings, numbered lists, quotations, bold and italic, and safe links only', () => {
    expect(topLevel(statement, 'heading').map((h) => [h.tag, h.children![0]!.text])).toEqual([['h2', 'Calls']]);
    expect(topLevel(statement, 'list')[0]).toMatchObject({ listType: 'number', start: 1 });
    expect(topLevel(statement, 'quote')).toHaveLength(1);
    const texts = allNodes(statement).filter((n) => n.type === 'text');
    expect(texts.find((n) => n.text === 'authorities')!.format).toBe(2);
    expect(texts.find((n) => n.text === 'today')!.format).toBe(1);
    const links = allNodes(statement).filter((n) => n.type === 'link').map((n) => n.url);
    expect(links).toEqual(['https://example.org/r', 'https://example.org/report']);
    expect(JSON.stringify(statement)).not.toContain('javascript:');
    expect(report.entries).toContainEqual({ line: 5, kind: 'text', message: 'A link to "javascript:alert(1)" kept as plain text: only http, https and mailto links are kept.' });
  });

  it('matches GFM footnotes and reports the missing and the unused one', () => {
    expect(footnotes(statement).map(noteText)).toEqual(['The coalition’s report, online.', 'A second note.']);
    expect(report.entries).toContainEqual({ line: 14, kind: 'warning', message: 'Reference [^9] has no note text: left as typed.' });
    expect(report.entries).toContainEqual({ line: 18, kind: 'text', message: 'Note [3] is never referenced in the text: kept as a paragraph at the end.' });
    expect(JSON.stringify(statement.editor.root.children.at(-1))).toContain('Nobody refers to this one.');
  });
});

describe('HTML', () => {
  it('keeps the text and structure of a saved page and drops scripts, styles, handlers and unsafe links', () => {
    const html = `<!doctype html><html><head><title>News | Org</title><script>steal()</script><style>p{}</style></head>
<body onload="steal()"><nav><a href="/">Home</a></nav>
<h1>Deported despite the risk of torture</h1>
<p>Vienna, 14 December 2023</p>
<p>The <b>court</b> ruled<sup><a href="#fn1">1</a></sup> that <i>the return</i> was illegal. <a href="https://example.org/ruling" onclick="x()">Read it</a>,
<a href="javascript:alert(1)">not this</a>, <a href="data:text/html,hi">nor this</a>.</p>
<img src="x" onerror="steal()" alt="">
<ul><li>first call</li><li>second call<ul><li>a detail</li></ul></li></ul>
<blockquote><p>Quoted words.</p></blockquote>
<iframe src="https://evil.example"></iframe><script>more()</script>
<section class="footnotes"><ol><li id="fn1"><p>The ruling of 7 December. <a href="#fnref1">↩</a></p></li></ol></section>
</body></html>`;
    const { statement, report } = imported(importStatement({ kind: 'html', html }));
    expect(statement.meta).toMatchObject({ title: 'Deported despite the risk of torture', date: '2023-12-14', places: ['Vienna'] });
    const json = JSON.stringify(statement);
    for (const banned of ['steal', 'more()', 'javascript:', 'data:', 'evil.example', 'onclick', 'Home']) expect(json).not.toContain(banned);
    expect(json).toContain('not this');
    expect(allNodes(statement).filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://example.org/ruling']);
    expect(footnotes(statement).map(noteText)).toEqual(['The ruling of 7 December.']);
    expect(topLevel(statement, 'list')[0]!.children!.map((item) => item.children![0]!.text)).toEqual(['first call', 'second call', 'a detail']);
    expect(topLevel(statement, 'quote')).toHaveLength(1);
    const removed = report.entries.filter((e) => e.kind === 'removed').map((e) => e.message);
    expect(removed).toEqual(['2 scripts removed: a statement holds no code.', '3 event handler attributes (onclick and the like) removed.']);
    expect(report.entries).toContainEqual({ line: null, kind: 'text', message: '2 links kept as plain text: only http, https and mailto links are kept.' });
  });

  it('reads Word\'s "[1]" footnotes after a rule, and falls back to <title> when the text has no headline', () => {
    const html = `<html><head><title>Statement on Article 159</title></head><body>
<p class=MsoNormal>The charges under Article 159<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> are political.</p>
<div style='mso-element:footnote-list'><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Attacks on the constitutional order.</p></div></div>
</body></html>`;
    const { statement, report } = imported(importStatement({ kind: 'html', html }));
    expect(statement.meta.title).toBe('Statement on Article 159');
    expect(report.entries).toContainEqual({ line: 1, kind: 'recognised', message: 'Title from the page\'s <title>: "Statement on Article 159".' });
    expect(footnotes(statement).map(noteText)).toEqual(['Attacks on the constitutional order.']);
    expect(topLevel(statement, 'paragraph')).toHaveLength(1);
  });

  it('takes the signatories above a notes section, and keeps the rest of a page written on one line', () => {
    const html = '<h1>Free them</h1><p>26 June 2019</p><p>The court ruled.<sup><a href="#fn1">1</a></sup></p><p>Signatories:</p><p>Human Rights Watch</p><p>Anna PETROVA, lawyer, Kazakhstan</p><section class="footnotes"><ol><li id="fn1"><p>The ruling.</p></li></ol></section>';
    const { statement, report } = imported(importStatement({ kind: 'html', html }));
    expect(statement.signatories.map((s) => (s.kind === 'organisation' ? s.fullName : s.familyName))).toEqual(['Human Rights Watch', 'Petrova']);
    expect(footnotes(statement).map(noteText)).toEqual(['The ruling.']);
    expect(topLevel(statement, 'paragraph').map((p) => p.children![0]!.text)).toEqual(['The court ruled.', 'Signatories:']);
    expect(report.counts).toMatchObject({ paragraphs: 2, footnotes: 1, signatories: 2 });
  });

  it('survives markup nested thousands of levels deep', () => {
    const html = `<p>Title</p>${'<div><span>'.repeat(5000)}deep text${'</span></div>'.repeat(5000)}`;
    const { statement } = imported(importStatement({ kind: 'html', html }));
    expect(JSON.stringify(statement.editor)).toContain('deep text');
  });
});

describe('plain text details', () => {
  it('matches superscript and roman references, and leaves "m²" alone when there are no superscript notes', () => {
    const roman = imported(importStatement({ kind: 'text', text: 'A title\n\nText[i] and more[ii].\n\n[i] First.\n[ii] Second.' }));
    expect(footnotes(roman.statement).map(noteText)).toEqual(['First.', 'Second.']);
    expect(roman.statement.meta.footnoteStyle).toBe('lower-roman');
    const superscript = imported(importStatement({ kind: 'text', text: 'A title\n\nThe cell was 6 m² wide¹ and cold².\n\n¹ Measured by the monitors.\n² In January.' }));
    expect(footnotes(superscript.statement).map(noteText)).toEqual(['Measured by the monitors.', 'In January.']);
    expect(JSON.stringify(superscript.statement.editor)).toContain('6 m² wide');
    const plain = imported(importStatement({ kind: 'text', text: 'A title\n\nThe cell was 6 m² wide.' }));
    expect(plain.report.entries.filter((e) => e.kind === 'warning').map((e) => e.message)).toEqual(['No date line recognised: set the date.']);
  });

  it('numbers lists from their first number, and does not take a lone numbered line for a list', () => {
    const { statement } = imported(importStatement({ kind: 'text', text: 'Title\n\nWe ask:\n3. one\n4. two\n\n2019. A year is not a list item.' }));
    expect(topLevel(statement, 'list')[0]).toMatchObject({ listType: 'number', start: 3 });
    expect(topLevel(statement, 'paragraph').map((p) => p.children![0]!.text)).toEqual(['We ask:', '2019. A year is not a list item.']);
  });

  it('reports a definition that is empty and a reference used twice', () => {
    const { statement, report } = imported(importStatement({ kind: 'text', text: 'Title\n\nOne[1], two[2], again[1].\n\n[1] Note one.\n[2]' }));
    expect(footnotes(statement).map(noteText)).toEqual(['Note one.', '']);
    expect(report.entries.filter((e) => e.kind === 'warning').map((e) => [e.line, e.message])).toEqual([
      [null, 'No date line recognised: set the date.'],
      [3, 'Reference [1] appears again: only the first became a footnote, this one is left as typed.'],
      [6, 'Note [2] has no text: the footnote is empty.'],
    ]);
  });
});
