import { createCommand, type LexicalCommand } from 'lexical';
import type { BracketConversionReport } from '../../core/footnotes/bracket-notes.ts';

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
