import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from '../paste/index.ts';

/**
 * Paste from Word, Google Docs and web pages: the clipboard's HTML is cleaned to the
 * structure a statement can hold (see ../paste) before Lexical turns it into nodes.
 * Copies from this editor itself (Lexical's own clipboard format) and plain text take
 * Lexical's usual path; an HTML paste too large to clean quickly is pasted as plain text.
 */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          if (!html) return false;
          const cleaned = cleanPastedHtml(html);
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          event.preventDefault();
          if (!cleaned.ok) {
            selection.insertRawText(data.getData('text/plain'));
            return true;
          }
          const dom = new DOMParser().parseFromString(cleaned.html, 'text/html');
          $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, dom), selection);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
