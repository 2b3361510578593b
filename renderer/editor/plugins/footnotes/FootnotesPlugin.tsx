import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { CONVERT_BRACKET_NOTES_COMMAND, INSERT_FOOTNOTE_COMMAND } from '../../commands.ts';
import { $convertBracketNotes } from './convert-bracket-notes.ts';
import { goToNote } from './navigation.ts';
import { $syncSelectionFromDom } from '../../dom-selection.ts';
import { $createFootnoteNode, FootnoteNode } from '../../nodes/FootnoteNode.ts';
import { $createFootnotesAreaNode, $isFootnotesAreaNode, FootnotesAreaNode } from '../../nodes/FootnotesAreaNode.tsx';
import type { FootnoteStyle } from '../../../../core/footnotes/numbering.ts';
import { setFootnoteOrder } from './footnote-numbers.ts';
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
  if (needsArea) editor.update(() => $placeNotesArea(keys.length > 0), { tag: HISTORY_MERGE_TAG });
}

/**
 * Footnotes: Insert > Footnote, Ctrl+Alt+F (as in Word), numbering in document order and
 * the notes area. Numbers change the moment a reference is added, moved or removed.
 */
export function FootnotesPlugin({ style }: { style: FootnoteStyle }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onMarkerClick = (event: MouseEvent) => {
      const marker = event.target instanceof Element ? event.target.closest('.st-footnote-marker') : null;
      if (!marker) return;
      event.preventDefault();
      goToNote(editor, marker.id.replace(/^ref-/, ''));
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
          // The cursor goes into the new note, as in Word.
          const paragraph = footnote.getBody()?.getFirstChild();
          if ($isElementNode(paragraph)) paragraph.selectStart();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // A click on a reference's number takes the caret to its note (Ctrl+click too).
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onMarkerClick);
        root?.addEventListener('click', onMarkerClick);
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
