import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type TextFormatType } from 'lexical';
import { useId, useState } from 'react';
import { safeExternalUrl } from '../../../core/links/external-url.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { noteMessages } from './record-messages.ts';

type NoteText = (typeof noteMessages)['en'];
const FORMATS: ReadonlyArray<{ format: TextFormatType; label: keyof NoteText; text: keyof NoteText; keys: string }> = [
  { format: 'bold', label: 'bold', text: 'boldLetter', keys: 'Ctrl+B' },
  { format: 'italic', label: 'italic', text: 'italicLetter', keys: 'Ctrl+I' },
  { format: 'underline', label: 'underline', text: 'underlineLetter', keys: 'Ctrl+U' },
];

/** The link at the selection, if any. */
function currentLink(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return '';
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : node.getParents().find($isLinkNode);
  return link ? link.getURL() : '';
}

/** Bold, italic, underline and a link for a library note: what a note may carry. */
export function RunsToolbar() {
  const m = useMessages(noteMessages);
  const [editor] = useLexicalComposerContext();
  const [linking, setLinking] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const inputId = useId();

  const applyLink = (url: string | null) => {
    if (url !== null && safeExternalUrl(url) === null) {
      setLinkError(messagesNow(noteMessages).badLink);
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url === null ? null : safeExternalUrl(url));
    setLinking(null);
    setLinkError(null);
    editor.focus();
  };

  return (
    <div className="lib-runs-toolbar" role="toolbar" aria-label={m.formatting}>
      {FORMATS.map(({ format, label, text, keys }) => (
        <button key={format} type="button" className={`lib-format-${format}`} aria-label={m[label] as string} title={`${m[label] as string} (${keys})`} onMouseDown={(e) => e.preventDefault()} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}>
          {m[text] as string}
        </button>
      ))}
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setLinking(editor.getEditorState().read(currentLink))}>
        {m.link}
      </button>
      {linking !== null && (
        <span className="lib-link-editor">
          <label htmlFor={inputId}>{m.address}</label>
          <input
            id={inputId}
            type="text"
            autoFocus
            value={linking}
            placeholder="https://"
            aria-invalid={linkError ? true : undefined}
            onChange={(e) => setLinking(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                e.stopPropagation();
                applyLink(linking);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setLinking(null);
                editor.focus();
              }
            }}
          />
          <button type="button" onClick={() => applyLink(linking)}>
            {m.apply}
          </button>
          <button type="button" onClick={() => applyLink(null)}>
            {m.removeLink}
          </button>
          {linkError && <span className="lib-error">{linkError}</span>}
        </span>
      )}
    </div>
  );
}
