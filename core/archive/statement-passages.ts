import { toDocument } from '../document/to-document.ts';
import type { Block, InlineRun, NoteBlock } from '../document/model.ts';
import type { Statement } from '../statement/schema.ts';

/**
 * The running text of a statement as the case finder reads it: one passage per paragraph,
 * list item, quotation paragraph and heading, in document order, each with the text of the
 * footnotes it cites (a charge's article is often quoted only in a note). The signatory list
 * is left out: its people sign the statement, they are not its cases.
 */
export type Passage = {
  text: string;
  /** The notes cited in the passage, with where in `text` their reference stands. */
  notes: Array<{ at: number; text: string }>;
  /** The passage that leads into a list ("…in the list below:"), for the items of that list. */
  lead: string | null;
};

/** What the suggestions need of an imported or archived statement. */
export type SourceStatement = { title: string; date: string; language: 'en' | 'ru'; passages: Passage[] };

function runsWithNotes(runs: readonly InlineRun[], noteText: (number: number) => string): Pick<Passage, 'text' | 'notes'> {
  let text = '';
  const notes: Passage['notes'] = [];
  const walk = (list: readonly InlineRun[]) => {
    for (const run of list) {
      if (run.kind === 'text') text += run.text;
      else if (run.kind === 'break') text += '\n';
      else if (run.kind === 'link') walk(run.runs);
      else notes.push({ at: text.length, text: noteText(run.number) });
    }
  };
  walk(runs);
  return { text, notes };
}

function blocksText(blocks: readonly NoteBlock[]): string {
  return blocks.map((block) => passagesOf([block], () => '').map((p) => p.text).join('\n')).join('\n');
}

function passagesOf(blocks: readonly Block[], noteText: (number: number) => string): Passage[] {
  const out: Passage[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        out.push({ ...runsWithNotes(block.runs, noteText), lead: null });
        break;
      case 'quote':
        for (const paragraph of block.paragraphs) out.push({ ...runsWithNotes(paragraph.runs, noteText), lead: null });
        break;
      case 'list': {
        const lead = out.at(-1)?.text ?? null;
        for (const item of block.items) for (const passage of passagesOf(item.blocks, noteText)) out.push({ ...passage, lead });
        break;
      }
      case 'signatories':
        break;
    }
  }
  return out.filter((passage) => passage.text.trim() !== '');
}

export function sourceOfStatement(statement: Pick<Statement, 'meta' | 'editor' | 'signatories'>): SourceStatement {
  const document = toDocument(statement, { signatories: false });
  const notes = new Map(document.footnotes.map((note) => [note.number, blocksText(note.blocks)]));
  return {
    title: document.meta.title,
    date: document.meta.date,
    language: document.meta.language,
    passages: passagesOf(document.blocks, (number) => notes.get(number) ?? ''),
  };
}

/** A statement kept only as plain text (an archive entry): passages are its paragraphs and lines. */
export function sourceOfText(title: string, date: string, language: 'en' | 'ru', text: string): SourceStatement {
  const passages = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk): Passage => ({ text: chunk, notes: [], lead: null }));
  return { title, date, language, passages };
}
