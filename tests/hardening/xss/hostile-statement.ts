import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { insertedPlainText } from '../../../core/cases/insert/inserted-text.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { request, sample } from '../../unit/cases/fixtures.ts';
import { el, h, link, note, p, statementOf, text } from '../../unit/document/helpers.ts';
import { OWASP_URLS, OWASP_VECTORS } from './owasp-vectors.ts';

/** Each signer's email: private, so it must appear in no export. */
export const signerEmail = (i: number) => `signer-${i}@private-inbox.example`;

/** A library case whose every text field is the vector, inserted as the app inserts it. */
function hostileCase(vector: string, i: number, confidential: boolean): SerializedNode {
  const record = { ...sample('farhat-meymankulyyev'), id: `hostile-${i}`, givenName: vector, familyName: vector, ethnicity: vector, confidential };
  record.events = record.events.map((event) => ({ ...event, place: vector, text: vector }));
  const inserted = insertCase(record, request('paragraph', 'en'));
  return el('case-text', [text(insertedPlainText(inserted.generatedText))], { inserted });
}

/**
 * The vectors in every place a writer or a stranger's file can put text: title, places, body,
 * headings, link text and targets, notes, inserted cases, signatories' names and roles.
 * `count` limits the vectors used (the PDF test lays out fewer for time).
 */
export function owaspStatement(count = OWASP_VECTORS.length): Statement {
  const vectors = OWASP_VECTORS.slice(0, count);
  const blocks: SerializedNode[] = vectors.flatMap((vector, i) => [
    h('h2', text(vector)),
    p(text(vector), link(OWASP_URLS[i % OWASP_URLS.length]!, text(`link ${i}`)), link('https://example.org/ok', text(vector))),
    p(text(`note ${i}`), note(p(text(vector), link(OWASP_URLS[(i + 3) % OWASP_URLS.length]!, text(vector))))),
    p(hostileCase(vector, i, i === 0)),
  ]);
  const statement = statementOf(blocks, { title: vectors.slice(0, 4).join(' '), places: vectors.slice(0, 3), date: '2025-06-26' });
  statement.signatories = vectors.flatMap((vector, i) => [
    newOrganisationSignatory(`o${i}`, { status: 'confirmed', fullName: vector, abbreviation: vector.slice(0, 20), email: signerEmail(2 * i) }),
    newIndividualSignatory(`i${i}`, { status: 'confirmed', givenName: vector, familyName: vector, role: vector, organisation: vector, email: signerEmail(2 * i + 1) }),
  ]);
  return statement;
}
