import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection } from 'lexical';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { normalizeTypedUrl } from '../../../core/links/typed-url.ts';
import { OPEN_LINK_DIALOG_COMMAND } from '../commands.ts';
import { $syncSelectionFromDom } from '../dom-selection.ts';
import { useMessages } from '../../i18n/messages.ts';
import { toolbarMessages } from './messages.ts';

/**
 * The link dialog: adds, edits or removes the link on the selection. Only http, https and
 * mailto links are accepted, so nothing the writer types can run code on export.
 */
export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const m = useMessages(toolbarMessages);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hasLink, setHasLink] = useState(false);
  const savedSelection = useRef<BaseSelection | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_DIALOG_COMMAND,
        () => {
          $syncSelectionFromDom(editor);
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          savedSelection.current = selection.clone();
          const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
          const url = link && $isLinkNode(link) ? link.getURL() : '';
          setValue(url);
          setHasLink(url !== '');
          setError(null);
          setOpen(true);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (open) inputRef.current?.select();
  }, [open]);

  const close = () => {
    setOpen(false);
    editor.focus();
  };
  const apply = (url: string | null) => {
    editor.update(() => {
      if (savedSelection.current) $setSelection(savedSelection.current.clone());
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    });
    close();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') return apply(null);
    const url = normalizeTypedUrl(value);
    if (!url) {
      setError(m.linkInvalid);
      return;
    }
    apply(url);
  };

  if (!open) return null;
  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={close}>
      <form className="dialog link-dialog" role="dialog" aria-label={m.link} onMouseDown={(e) => e.stopPropagation()} onSubmit={submit}>
        <label htmlFor="link-url">{m.linkAddress}</label>
        <input
          id="link-url"
          ref={inputRef}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && close()}
          placeholder="https://www.ohchr.org/…"
          aria-invalid={error !== null}
          aria-describedby={error ? 'link-error' : undefined}
          spellCheck={false}
        />
        {error && (
          <p id="link-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          {hasLink && (
            <button type="button" onClick={() => apply(null)}>
              {m.removeLink}
            </button>
          )}
          <button type="button" onClick={close}>
            {m.cancel}
          </button>
          <button type="submit" className="primary">
            {hasLink ? m.updateLink : m.addLink}
          </button>
        </div>
      </form>
    </div>
  );
}
