import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { $selectedBlockType } from '../block-type.ts';
import { INSERT_FOOTNOTE_COMMAND, OPEN_LINK_DIALOG_COMMAND, SET_BLOCK_TYPE_COMMAND, type BlockType } from '../commands.ts';
import { useMessages } from '../../i18n/messages.ts';
import { toolbarMessages, type ToolbarFormat } from './messages.ts';

const TEXT_FORMATS: Array<{ format: ToolbarFormat; glyph: string; shortcut: string }> = [
  { format: 'bold', glyph: 'B', shortcut: 'Ctrl+B' },
  { format: 'italic', glyph: 'I', shortcut: 'Ctrl+I' },
  { format: 'underline', glyph: 'U', shortcut: 'Ctrl+U' },
  { format: 'strikethrough', glyph: 'S', shortcut: '' },
  { format: 'superscript', glyph: 'x²', shortcut: 'Ctrl+Shift+=' },
  { format: 'subscript', glyph: 'x₂', shortcut: 'Ctrl+=' },
];

const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'h1', 'h2', 'h3', 'quote', 'bullet', 'number'];

type ToolbarState = { formats: Set<TextFormatType>; block: BlockType | null; link: boolean };

/** The formatting toolbar; every button shows whether its format is on at the cursor. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const m = useMessages(toolbarMessages);
  const [state, setState] = useState<ToolbarState>({ formats: new Set(), block: 'paragraph', link: false });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const formats = new Set(TEXT_FORMATS.map((f) => f.format).filter((f) => selection.hasFormat(f)));
    const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null;
    const block = $selectedBlockType();
    // Keep the old object when nothing changed: every React commit while the caret is in a
    // long contenteditable costs a walk of its text (React saves and restores the selection).
    setState((prev) =>
      prev.block === block && prev.link === link && prev.formats.size === formats.size && [...formats].every((f) => prev.formats.has(f))
        ? prev
        : { formats, block, link },
    );
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(refresh)),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, refresh],
  );

  // Buttons keep the editor's selection: mousedown must not move focus.
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();

  return (
    <div className="toolbar" role="toolbar" aria-label={m.toolbar}>
      <button type="button" aria-label={m.undo} title={m.undoTitle} disabled={!canUndo} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </button>
      <button type="button" aria-label={m.redo} title={m.redoTitle} disabled={!canRedo} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </button>
      <span className="toolbar-divider" />
      <select
        aria-label={m.blockType}
        value={state.block ?? 'paragraph'}
        onChange={(e) => {
          editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, e.target.value as BlockType);
          editor.focus();
        }}
      >
        {BLOCK_TYPES.map((type) => (
          <option key={type} value={type}>
            {m.block(type)}
          </option>
        ))}
      </select>
      <span className="toolbar-divider" />
      {TEXT_FORMATS.map(({ format, glyph, shortcut }) => {
        const label = m.format(format);
        return (
        <button
          key={format}
          type="button"
          className={`format-${format}`}
          aria-label={label}
          aria-pressed={state.formats.has(format)}
          title={shortcut ? `${label} (${shortcut})` : label}
          onMouseDown={keepFocus}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </button>
        );
      })}
      <span className="toolbar-divider" />
      <button type="button" aria-label={m.link} aria-pressed={state.link} title={m.linkTitle} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
        </svg>
      </button>
      <button type="button" aria-label={m.footnote} title={m.footnoteTitle} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined)}>
        ¹
      </button>
      <button type="button" aria-label={m.block('bullet')} aria-pressed={state.block === 'bullet'} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'bullet')}>
        •≡
      </button>
      <button type="button" aria-label={m.block('number')} aria-pressed={state.block === 'number'} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'number')}>
        1≡
      </button>
      <button type="button" aria-label={m.block('quote')} aria-pressed={state.block === 'quote'} onMouseDown={keepFocus} onClick={() => editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'quote')}>
        ❝
      </button>
    </div>
  );
}
