import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { br, h, item, link, list, note, p, quote, statementOf, text } from '../document/helpers.ts';

/** A statement using every block, mark and inline the model knows, with signers and notes. */
export function richStatement(meta: Partial<Statement['meta']> = {}): Statement {
  const statement = statementOf(
    [
      h('h1', text('Background')),
      p(text('On 19 May 2023 the authorities '), text('detained', 1), text(' him'), note(p(text('Source: '), link('https://www.ohchr.org/en/treaty-bodies/cat', text('CAT'))))),
      { ...p(text('A centred line')), format: 'center' },
      p(text('Власти должны немедленно освободить правозащитника.')),
      h('h3', text('Skipped a level')),
      p(text('italic', 2), text(' '), text('underline', 8), text(' '), text('struck', 4), text(' H'), text('2', 32), text('O x'), text('2', 64), text(' '), text('code', 16)),
      list('number', [item(text('First call')), item(list('bullet', [item(text('nested a')), item(text('nested b'))])), item(text('Second call'), note(p(text('Second note'))))], 3),
      quote(text('Quoted line one'), br(), text('line two')),
      p(link('mailto:office@example.org', text('Write to us'))),
      p(link('https://example.org/a', text('linked '), note(p(text('A note in a link'))), text(' text'))),
      h('h1', text('Calls')),
      list('bullet', [item(text('Release him')), item(text('Investigate'))]),
    ],
    meta,
  );
  statement.editor.root.children.push(
    p(text('Last paragraph'), note(p(text('Long note, first paragraph.')), p(text('Second paragraph.')), list('bullet', [item(text('ends in a list'))]))),
    p(text('Final'), note(p(text('Plain note')))),
  );
  statement.signatories = [
    newOrganisationSignatory('a', { status: 'confirmed', fullName: 'Association for Human Rights in Central Asia', abbreviation: 'AHRCA' }),
    newIndividualSignatory('b', { status: 'confirmed', givenName: 'Reyimberdy', familyName: 'Kurbanov', role: 'researcher' }),
  ];
  statement.meta.signatorySettings = { order: 'organisations-first', style: 'one-line-per-signer', familyNameCapitals: true };
  return statement;
}

/** Parsed by the DOM of the test environment (jsdom: the test files say `@vitest-environment jsdom`). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The fragment's article, parsed as a website's editor would insert it into a page. */
export function parseFragment(html: string): HTMLElement {
  const body = parseHtml('<!DOCTYPE html><html><body></body></html>').body;
  body.innerHTML = html;
  return body;
}
