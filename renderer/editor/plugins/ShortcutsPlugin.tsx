import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { OPEN_LINK_DIALOG_COMMAND, SET_BLOCK_TYPE_COMMAND, type BlockType } from '../commands.ts';

const HEADING_BY_DIGIT: Record<string, BlockType> = { Digit0: 'paragraph', Digit1: 'h1', Digit2: 'h2', Digit3: 'h3' };

/**
 * Word's shortcuts that Lexical does not already give: Ctrl+K for a link, Ctrl+Alt+1..3
 * for headings (Ctrl+Alt+0 back to body text), Ctrl+Shift+= and Ctrl+= for superscript
 * and subscript. Keys are matched by physical code so that they work in a Russian layout.
 * Ctrl+B/I/U, Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z come from Lexical's rich-text handling.
 */
export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          const mod = event.ctrlKey || event.metaKey;
          if (!mod) return false;
          let handled = true;
          if (event.code === 'KeyK' && !event.altKey && !event.shiftKey) editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
          else if (event.altKey && !event.shiftKey && event.code in HEADING_BY_DIGIT) editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, HEADING_BY_DIGIT[event.code]!);
          else if (event.code === 'Equal' && !event.altKey) editor.dispatchCommand(FORMAT_TEXT_COMMAND, event.shiftKey ? 'superscript' : 'subscript');
          else handled = false;
          if (handled) event.preventDefault();
          return handled;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
