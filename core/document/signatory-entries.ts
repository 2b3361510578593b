import { formatSignatoryBlock, type SignatoryBlock as PrintedBlock } from '../signatories/format-block.ts';
import { signatorySettingsOf } from '../signatories/settings.ts';
import { publicSignatory } from '../signatories/signatory.ts';
import type { Statement } from '../statement/schema.ts';
import type { SignatoryBlock, SignatoryEntry, TextRun } from './model.ts';
import { NO_MARKS } from './text-marks.ts';

const line = (text: string): TextRun[] => [{ kind: 'text', text, marks: NO_MARKS }];

/** The printed block (core/signatories) as entries: a heading, a note, or one signer each. */
export function signatoryEntries(block: PrintedBlock): SignatoryEntry[] {
  const entries: SignatoryEntry[] = [];
  for (const section of block.sections) {
    if (section.heading !== null) entries.push({ role: 'heading', lines: [line(section.heading)] });
    if (section.note !== null) entries.push({ role: 'note', lines: [line(section.note)] });
    for (const signer of section.signers) entries.push({ role: 'signer', lines: [line(signer.text)] });
  }
  return entries;
}

/**
 * The statement's signatory block, confirmed signers only, in its order and style; null when
 * nobody has confirmed. Emails and status notes never reach it (publicSignatory).
 */
export function signatoryBlockOf(statement: Pick<Statement, 'meta' | 'signatories'>): SignatoryBlock | null {
  const printed = formatSignatoryBlock(statement.signatories.map(publicSignatory), signatorySettingsOf(statement.meta), statement.meta.language);
  const entries = signatoryEntries(printed);
  return entries.length === 0 ? null : { kind: 'signatories', entries };
}
