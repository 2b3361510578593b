import { createCommand, type LexicalCommand } from 'lexical';
import type { BracketConversionReport } from '../../core/footnotes/bracket-notes.ts';
import type { InsertedCase } from '../../core/cases/insert/inserted-case.ts';

/** Opens the link dialog for the selection (Ctrl+K, Insert > Link, the toolbar). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';
/** Turns the selected blocks into one kind of block (toggling lists off when applied twice). */
export const SET_BLOCK_TYPE_COMMAND: LexicalCommand<BlockType> = createCommand('SET_BLOCK_TYPE_COMMAND');

/** Inserts a footnote reference at the cursor and moves the cursor into its note. */
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<void> = createCommand('INSERT_FOOTNOTE_COMMAND');

/** Opens the list of the library's reusable notes, to insert one at the cursor (Insert > Note from Library). */
export const OPEN_LIBRARY_NOTE_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LIBRARY_NOTE_DIALOG_COMMAND');

/** Turns "[1]" markers and a closing "[1] …" list into real footnotes; reports what it did. */
export const CONVERT_BRACKET_NOTES_COMMAND: LexicalCommand<(report: BracketConversionReport) => void> = createCommand('CONVERT_BRACKET_NOTES_COMMAND');

/** Inserts text written from a library case at the cursor (the Insert Case dialog's result). */
export const INSERT_CASE_COMMAND: LexicalCommand<InsertedCase> = createCommand('INSERT_CASE_COMMAND');

/** Opens the dialog that finds a case in the library and inserts it in a chosen format (Insert > Case from Library). */
export const OPEN_INSERT_CASE_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_INSERT_CASE_DIALOG_COMMAND');

/** Inserts the fragment naming the issuing organisations, kept up to date from the signatory list (Insert > Issuing Organisations). */
export const INSERT_LEAD_SENTENCE_COMMAND: LexicalCommand<void> = createCommand('INSERT_LEAD_SENTENCE_COMMAND');

/** Asks the library again about every case inserted in the statement (after a change in the library). */
export const CHECK_CASES_COMMAND: LexicalCommand<void> = createCommand('CHECK_CASES_COMMAND');
