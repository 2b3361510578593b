import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { CONVERT_BRACKET_NOTES_COMMAND, INSERT_FOOTNOTE_COMMAND } from '../../commands.ts';
import { $convertBracketNotes } from './convert-bracket-notes.ts';
import { goToNote, goToReference } from './navigation.ts';
import { $syncSelectionFromDom } from '../../dom-selection.ts';
import { $createFootnoteNode, FootnoteNode } from '../../nodes/FootnoteNode.ts';
import { $createFootnotesAreaNode, $isFootnotesAreaNode, FootnotesAreaNode } from '../../nodes/FootnotesAreaNode.ts';
import type { FootnoteStyle } from '../../../../core/footnotes/numbering.ts';
import { setFootnoteOrder } from './footnote-numbers.ts';
import { syncNotesArea } from './notes-area.ts';
import { updateKeepingCaret } from './update-keeping-caret.ts';
import { $footnoteKeysInOrder } from './order.ts';

/** Keeps one notes area, last in the document, while there are notes; none otherwise. */
function $placeNotesArea(hasNotes: boolean): void {
  const root = $getRoot();
  const areas = root.getChildren().filter($isFootnotesAreaNode);
  const [keep, ...extra] = areas;
  for (const area of extra) area.remove();
  if (!hasNotes) {
    keep?.remove();
    return;
  }
  if (!keep) root.append($createFootnotesAreaNode());
  else if (root.getLastChild() !== keep) root.append(keep);
}

function refresh(editor: LexicalEditor, style: FootnoteStyle): void {
  const keys = editor.getEditorState().read($footnoteKeysInOrder);
  setFootnoteOrder(editor, keys, style);
  const needsArea = editor.getEditorState().read(() => {
    const root = $getRoot();
    const areas = root.getChildren().filter($isFootnotesAreaNode);
    return keys.length > 0 ? areas.length !== 1 || root.getLastChild() !== areas[0] : areas.length > 0;
  });
  // Part of whatever change created or removed the notes: no undo step of its own.
  if (needsArea) updateKeepingCaret(editor, () => $placeNotesArea(keys.length > 0));
  const list = editor.getRootElement()?.querySelector<HTMLElement>(':scope > .st-footnotes-area > .st-footnotes');
  if (list) syncNotesArea(editor, list);
}

/**
 * Footnotes: Insert > Footnote, Ctrl+Alt+F (as in Word), numbering in document order and
 * the notes area. Numbers change the moment a reference is added, moved or removed.
 */
export function FootnotesPlugin({ style }: { style: FootnoteStyle }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // A reference's number takes the caret to its note; a note's number back to its reference.
    const onNumberClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const marker = target?.closest('.st-footnote-marker');
      const number = target?.closest('.st-footnotes .st-footnote-number');
      if (marker) {
        event.preventDefault();
        goToNote(editor, marker.id.replace(/^ref-/, ''));
      } else if (number) {
        event.preventDefault();
        const key = number.closest('[data-footnote-key]')?.getAttribute('data-footnote-key');
        if (key) goToReference(editor, key);
      }
    };
    refresh(editor, style);
    return mergeRegister(
      editor.registerMutationListener(FootnoteNode, () => refresh(editor, style), { skipInitialization: true }),
      editor.registerMutationListener(FootnotesAreaNode, () => refresh(editor, style), { skipInitialization: true }),
      editor.registerCommand(
        INSERT_FOOTNOTE_COMMAND,
        () => {
          $syncSelectionFromDom(editor);
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          // Word puts the reference after a selection rather than replacing it.
          if (!selection.isCollapsed()) {
            const end = selection.isBackward() ? selection.anchor : selection.focus;
            selection.setTextNodeRange(end.getNode() as never, end.offset, end.getNode() as never, end.offset);
          }
          const footnote = $createFootnoteNode();
          $insertNodes([footnote]);
          // The cursor goes into the new note, as in Word. The browser is shown it once
          // the notes area has the note (syncNotesArea), not before: placing it in the
          // still hidden body would cost a layout of the whole statement for nothing.
          const paragraph = footnote.getBody()?.getFirstChild();
          if ($isElementNode(paragraph)) paragraph.selectStart();
          $addUpdateTag(SKIP_DOM_SELECTION_TAG);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onNumberClick);
        root?.addEventListener('click', onNumberClick);
      }),
      editor.registerCommand(
        CONVERT_BRACKET_NOTES_COMMAND,
        (onReport) => {
          onReport($convertBracketNotes());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyF') {
            event.preventDefault();
            return editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
          }
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, style]);
  return null;
}
