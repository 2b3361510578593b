import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $nodesOfType,
  COMMAND_PRIORITY_EDITOR,
  HISTORY_MERGE_TAG,
  SKIP_DOM_SELECTION_TAG,
  SKIP_SCROLL_INTO_VIEW_TAG,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useMemo, useRef } from 'react';
import { leadSentence } from '../../../../core/signatories/lead-sentence.ts';
import type { SignatoryOrder } from '../../../../core/signatories/settings.ts';
import { publicSignatory, type Signatory } from '../../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../../core/statement/language.ts';
import { INSERT_LEAD_SENTENCE_COMMAND } from '../../commands.ts';
import { $createLeadSentenceNode, LeadSentenceNode } from '../../nodes/LeadSentenceNode.ts';
import { $selectEndOfText } from '../../select-end-of-text.ts';

type Props = { signatories: readonly Signatory[]; order: SignatoryOrder; language: StatementLanguage };

/** Every lead sentence in the statement made to read `text`; nothing is written when they already do. */
export function repaintLeadSentences(editor: LexicalEditor, text: string): void {
  const stale = editor.getEditorState().read(() => $nodesOfType(LeadSentenceNode).some((node) => node.getText() !== text));
  if (!stale) return;
  // Merged into the step before: the text follows the list, so undoing it on its own would only be redone.
  // Neither the caret nor the focus moves: the writer may be working in the panel.
  editor.update(
    () => {
      for (const node of $nodesOfType(LeadSentenceNode)) if (node.getText() !== text) node.setText(text);
    },
    { tag: [HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] },
  );
}

/**
 * Insert > Issuing Organisations (Lead Sentence), and the upkeep of what it inserted: each
 * lead sentence names the lead organisations (or every confirmed one when none is lead) in
 * the statement's language and signatory order, and is rewritten when they change. A lead
 * sentence that arrives with other text (a paste, an undo, a file from another computer)
 * is brought up to date too.
 */
export function LeadSentencePlugin({ signatories, order, language }: Props): null {
  const [editor] = useLexicalComposerContext();
  const text = useMemo(() => leadSentence(signatories.map(publicSignatory), { language, order }).text, [signatories, order, language]);
  const textRef = useRef(text);

  useEffect(() => {
    textRef.current = text;
    repaintLeadSentences(editor, text);
  }, [editor, text]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(LeadSentenceNode, () => queueMicrotask(() => repaintLeadSentences(editor, textRef.current))),
        editor.registerCommand(
          INSERT_LEAD_SENTENCE_COMMAND,
          () => {
            if (!$isRangeSelection($getSelection())) $selectEndOfText();
            const node = $createLeadSentenceNode(textRef.current);
            $insertNodes([node]);
            node.selectNext(0, 0);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
