import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { $selectedBlockType } from '../block-type.ts';
import { SET_BLOCK_TYPE_COMMAND } from '../commands.ts';

/** Handles SET_BLOCK_TYPE_COMMAND: headings, quote, body text and the two kinds of list. */
export function BlockTypePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        SET_BLOCK_TYPE_COMMAND,
        (type) => {
          const current = $selectedBlockType();
          if (type === 'bullet' || type === 'number') {
            editor.dispatchCommand(current === type ? REMOVE_LIST_COMMAND : type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
            return true;
          }
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          if (current === 'bullet' || current === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
          const target = current === type && type !== 'paragraph' ? 'paragraph' : type;
          $setBlocksType($getSelection() as typeof selection, () =>
            target === 'paragraph' ? $createParagraphNode() : target === 'quote' ? $createQuoteNode() : $createHeadingNode(target),
          );
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
