import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, COMMAND_PRIORITY_HIGH, KEY_ESCAPE_COMMAND, type EditorState, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useMemo, useRef, type FocusEvent } from 'react';
import { safeExternalUrl } from '../../core/links/external-url.ts';
import { NOTE_TEXT_NODES } from '../editor/nodes.ts';
import { PastePlugin } from '../editor/plugins/PastePlugin.tsx';
import { readNoteBlocks, replaceNoteBlocks } from '../editor/plugins/footnotes/note-body.ts';
import { $serializeSubtree } from '../editor/serialize-subtree.ts';
import { editorTheme } from '../editor/theme/editor-theme.ts';
import { useMessages } from '../i18n/messages.ts';
import { panelMessages } from './messages.ts';

const isSafeLink = (url: string) => safeExternalUrl(url) !== null;

type Props = {
  /** The statement's editor, which holds the note. */
  editor: LexicalEditor;
  noteKey: NodeKey;
  label: string;
  language: string;
  onClose: (how: 'escape' | 'blur') => void;
};

/**
 * A note's text edited in the footnotes panel. The note lives in the statement's editor
 * (see FootnoteNode), so this small editor is a window onto it, not a second home: it
 * starts from the note's text and writes each change straight back into the statement
 * as one undo step for the whole visit. It lives only while it has the focus, so the
 * note cannot change underneath it.
 */
export function PanelNoteEditor({ editor, noteKey, label, language, onClose }: Props) {
  const m = useMessages(panelMessages);
  const initialConfig = useMemo<InitialConfigType | null>(() => {
    const blocks = readNoteBlocks(editor, noteKey);
    if (!blocks) return null;
    return {
      namespace: 'footnote-in-panel',
      nodes: [...NOTE_TEXT_NODES],
      theme: editorTheme,
      onError: (error: Error) => {
        console.error(error);
        onClose('blur');
      },
      editorState: JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } }),
    };
    // Read once: while this editor has the focus it is the only writer of the note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const continuing = useRef(false);

  useEffect(() => {
    if (!initialConfig) onClose('blur');
  }, [initialConfig, onClose]);
  if (!initialConfig) return null;

  const writeBack = (state: EditorState) => {
    const blocks = state.read(() => $getRoot().getChildren().map($serializeSubtree));
    if (!replaceNoteBlocks(editor, noteKey, blocks, continuing.current)) onClose('blur');
    continuing.current = true;
  };
  const closeOnLeave = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose('blur');
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="panel-note-editor" lang={language} onBlur={closeOnLeave}>
        <RichTextPlugin
          contentEditable={<ContentEditable className="st-note-editor" aria-label={m.noteText(label)} spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      <PastePlugin />
      <OnChangePlugin onChange={writeBack} ignoreSelectionChange />
      <FocusAtEndPlugin onEscape={() => onClose('escape')} />
    </LexicalComposer>
  );
}

/** Takes the focus with the caret at the end of the note, and lets Escape leave. */
function FocusAtEndPlugin({ onEscape }: { onEscape: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.focus(undefined, { defaultSelection: 'rootEnd' });
  }, [editor]);
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          onEscape();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onEscape],
  );
  return null;
}
