/**
 * The plain text of a statement, for the archive's full-text search: every text run of the
 * editor state (footnote bodies in their slots included), a line per block, then the
 * signatories. Works on the serialized state, so no editor is needed.
 */
import type { Statement } from '../statement/schema.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'footnote']);

function collect(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record['type'] === 'text' && typeof record['text'] === 'string') out.push(record['text']);
  else if (record['type'] === 'linebreak') out.push('\n');
  for (const [key, value] of Object.entries(record)) if (key !== 'text' && typeof value === 'object') collect(value, out);
  if (typeof record['type'] === 'string' && BLOCKS.has(record['type'])) out.push('\n');
}

/**
 * The signers as the import found them: the organisations that signed, with those individuals
 * signed for ("Name SURNAME, Director, Freedom Now"), each once; and the individuals' names.
 */
export function signatoryNames(statement: Pick<Statement, 'signatories'>): { organisations: string[]; individuals: string[] } {
  const organisations = new Set<string>();
  const individuals: string[] = [];
  for (const signer of statement.signatories) {
    if (signer.kind === 'organisation') organisations.add(signer.fullName);
    else {
      individuals.push([signer.givenName, signer.familyName].filter(Boolean).join(' '));
      if (signer.organisation.trim() !== '') organisations.add(signer.organisation.trim());
    }
  }
  return { organisations: [...organisations], individuals };
}

export function statementPlainText(statement: Statement): string {
  const parts: string[] = [statement.meta.title, '\n'];
  collect(statement.editor, parts);
  // Signers' names are in the text already when they came from it; a list made elsewhere is added.
  for (const signer of statement.signatories) {
    const name = signer.kind === 'organisation' ? signer.fullName : [signer.givenName, signer.familyName, signer.role, signer.organisation].filter(Boolean).join(', ');
    parts.push(name, '\n');
  }
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
}
