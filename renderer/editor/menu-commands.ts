import { OPEN_MAKE_VARIABLE_DIALOG_COMMAND } from './plugins/templates/MakeVariablePlugin.tsx';
import { FORMAT_TEXT_COMMAND, type LexicalEditor, type TextFormatType } from 'lexical';
import { messagesNow } from '../i18n/messages.ts';
import { editorMessages } from './messages.ts';
import { CONVERT_BRACKET_NOTES_COMMAND, INSERT_FOOTNOTE_COMMAND, INSERT_LEAD_SENTENCE_COMMAND, OPEN_LIBRARY_NOTE_DIALOG_COMMAND, OPEN_INSERT_CASE_DIALOG_COMMAND, OPEN_LINK_DIALOG_COMMAND, SET_BLOCK_TYPE_COMMAND, type BlockType } from './commands.ts';

const FORMATS = new Set<TextFormatType>(['bold', 'italic', 'underline', 'strikethrough', 'superscript', 'subscript']);
const BLOCKS = new Set<BlockType>(['paragraph', 'h1', 'h2', 'h3', 'quote', 'bullet', 'number']);

/**
 * Runs a native-menu command ("format.bold", "block.h2", "insert.link") in the editor.
 * Returns false for ids that are not the editor's, so the app can handle them. `report`
 * tells the writer what a command did when that is not visible at a glance.
 */
export function runEditorMenuCommand(editor: LexicalEditor, id: string, report: (title: string, message: string) => void = () => {}): boolean {
  const [group, name] = id.split('.') as [string, string];
  if (group === 'format' && FORMATS.has(name as TextFormatType)) {
    editor.focus();
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, name as TextFormatType);
    return true;
  }
  if (group === 'block' && BLOCKS.has(name as BlockType)) {
    editor.focus();
    editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, name as BlockType);
    return true;
  }
  if (id === 'insert.link') {
    editor.focus(() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined));
    return true;
  }
  if (id === 'insert.convertNotes') {
    editor.dispatchCommand(CONVERT_BRACKET_NOTES_COMMAND, (result) => {
      const m = messagesNow(editorMessages);
      report(m.notesConverted, m.bracketReport(result));
    });
    return true;
  }
  if (id === 'insert.libraryNote') {
    editor.dispatchCommand(OPEN_LIBRARY_NOTE_DIALOG_COMMAND, undefined);
    return true;
  }
  if (id === 'insert.case') {
    editor.dispatchCommand(OPEN_INSERT_CASE_DIALOG_COMMAND, undefined);
    return true;
  }
  if (id === 'insert.leadSentence') {
    editor.focus(() => editor.dispatchCommand(INSERT_LEAD_SENTENCE_COMMAND, undefined));
    return true;
  }
  if (id === 'insert.templateVariable') {
    editor.dispatchCommand(OPEN_MAKE_VARIABLE_DIALOG_COMMAND, undefined);
    return true;
  }
  if (id === 'insert.footnote') {
    editor.focus(() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined));
    return true;
  }
  return false;
}
