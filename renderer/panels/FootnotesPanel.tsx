import { $getNodeByKey, $getSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UiLocale } from '../../core/i18n/ui-locale.ts';
import type { FootnoteRun } from '../../core/cases/footnote.ts';
import { checkFootnotes } from '../../core/checks/footnote-checks.ts';
import type { CheckProblem } from '../../core/checks/problem.ts';
import { formatFootnoteNumber, type FootnoteStyle } from '../../core/footnotes/numbering.ts';
import { OPEN_LIBRARY_NOTE_DIALOG_COMMAND } from '../editor/commands.ts';
import { $isFootnoteNode } from '../editor/nodes/FootnoteNode.ts';
import { getFootnoteOrder, subscribeFootnoteOrder } from '../editor/plugins/footnotes/footnote-numbers.ts';
import { defaultNoteTitle, insertLibraryNote, readNoteRuns } from '../editor/plugins/footnotes/library-note.ts';
import { deleteFootnote, goToReference } from '../editor/plugins/footnotes/navigation.ts';
import { $serializeSubtree } from '../editor/serialize-subtree.ts';
import type { SerializedEditorState } from '../../core/statement/editor-state.ts';
import { InsertNoteDialog, SaveNoteDialog } from './LibraryNoteDialogs.tsx';
import { PanelNoteEditor } from './PanelNoteEditor.tsx';
import { messagesNow, useMessages } from '../i18n/messages.ts';
import { panelMessages } from './messages.ts';
import { useUiLocale } from './library/use-ui-locale.ts';

type Entry = { key: NodeKey; label: string; text: string };
type Listing = { entries: Entry[]; problems: CheckProblem[] };
/** The library dialog open over the window, if any. */
type LibraryDialog =
  | { kind: 'save'; label: string; runs: FootnoteRun[]; title: string }
  | { kind: 'insert'; selection: BaseSelection | null };

const PAUSE_MS = 400;
const AFTER_PAINT_MS = 50;

function readListing(editor: LexicalEditor, style: FootnoteStyle, locale: UiLocale): Listing {
  const keys = getFootnoteOrder(editor).keys;
  return editor.getEditorState().read(() => {
    const bodies = keys.map((key) => {
      const node = $getNodeByKey(key);
      return $isFootnoteNode(node) ? node.getBody() : null;
    });
    const entries = keys.map((key, i) => ({
      key,
      label: formatFootnoteNumber(i + 1, style),
      text: (bodies[i]?.getTextContent() ?? '').replace(/\s+/g, ' ').trim(),
    }));
    // The checks read only the notes: export just their bodies, not the whole statement,
    // which would cost a long statement's full serialization at every pause in typing.
    const notesOnly = {
      root: {
        type: 'root' as const,
        children: [{ type: 'paragraph', children: bodies.map((body) => ({ type: 'footnote', $slots: body ? { body: $serializeSubtree(body) } : {} })) }],
      },
    } as unknown as SerializedEditorState;
    return { entries, problems: entries.length > 0 ? checkFootnotes(notesOnly, style, locale) : [] };
  });
}

/**
 * Every note in order with its number and text, and what is wrong with them. A click on a
 * note's text edits it right here (PanelNoteEditor); its number goes to its reference in
 * the statement; × removes reference and note (undoable).
 */
export function FootnotesPanel({ editor, style, language }: { editor: LexicalEditor; style: FootnoteStyle; language: string }) {
  const m = useMessages(panelMessages);
  // The checks' findings are worded in the interface language: the listing is read again when it changes.
  const locale = useUiLocale();
  const [listing, setListing] = useState<Listing>(() => readListing(editor, style, locale));
  const [dialog, setDialog] = useState<LibraryDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editingKey, setEditingKey] = useState<NodeKey | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const closeEditor = useCallback(
    (key: NodeKey, how: 'escape' | 'blur') => {
      setEditingKey((current) => (current === key ? null : current));
      setListing(readListing(editor, style, locale));
      // Escape leaves the note but stays in the panel, on the note just edited.
      if (how === 'escape') requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-footnote-key="${key}"] .footnote-entry`)?.focus());
    },
    [editor, style, locale],
  );

  // Insert > Note from Library: the caret's place is kept while the dialog has the focus.
  const openInsertDialog = () => {
    setNotice(null);
    setDialog({ kind: 'insert', selection: editor.getEditorState().read(() => $getSelection()?.clone() ?? null) });
  };
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LIBRARY_NOTE_DIALOG_COMMAND,
        () => {
          setNotice(null);
          setDialog({ kind: 'insert', selection: editor.getEditorState().read(() => $getSelection()?.clone() ?? null) });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const openSaveDialog = (entry: Entry) => {
    setNotice(null);
    const runs = readNoteRuns(editor, entry.key);
    if (runs.length === 0) {
      setNotice(messagesNow(panelMessages).nothingToSave(entry.label));
      return;
    }
    setDialog({ kind: 'save', label: entry.label, runs, title: defaultNoteTitle(runs.map((r) => r.text).join('')) });
  };

  useEffect(() => {
    let timer: number | null = null;
    const schedule = (delay: number) => {
      if (timer !== null) clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        setListing(readListing(editor, style, locale));
      }, delay);
    };
    schedule(0);
    // A new or removed note shows in the next moment (after the editor has painted the new
    // numbers: the check of every note is not free); edits to note text once the writer pauses.
    const offOrder = subscribeFootnoteOrder(editor, () => schedule(AFTER_PAINT_MS));
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (getFootnoteOrder(editor).keys.length > 0 && (dirtyElements.size > 0 || dirtyLeaves.size > 0)) schedule(PAUSE_MS);
    });
    return () => {
      offOrder();
      offUpdate();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, style, locale]);

  const problemsOf = (index: number) => listing.problems.filter((p) => p.footnote === index + 1);

  return (
    <section className="panel footnotes-panel" aria-labelledby="footnotes-title">
      <div className="panel-heading">
        <h2 id="footnotes-title">
          {m.footnotes} <span className="count">{listing.entries.length}</span>
        </h2>
        <button type="button" className="icon" aria-label={m.insertLibraryNote} title={m.insertLibraryNote} onClick={openInsertDialog}>
          +☆
        </button>
      </div>
      {notice && (
        <p className="muted library-notice" role="status">
          {notice}
        </p>
      )}
      {listing.entries.length === 0 ? (
        <p className="muted">{m.noFootnotes}</p>
      ) : (
        <ol className="footnote-list" ref={listRef}>
          {listing.entries.map((entry, i) => (
            <li key={entry.key} data-footnote-key={entry.key} className={problemsOf(i).length > 0 ? 'has-problem' : undefined}>
              <button type="button" className="footnote-label" aria-label={m.goToReferenceOf(entry.label)} title={m.goToReferenceTitle} onClick={() => goToReference(editor, entry.key)}>
                {entry.label}
              </button>
              {editingKey === entry.key ? (
                <PanelNoteEditor editor={editor} noteKey={entry.key} label={entry.label} language={language} onClose={(how) => closeEditor(entry.key, how)} />
              ) : (
                <button type="button" className="footnote-entry" aria-label={m.editNote(entry.label)} title={m.editNoteTitle} onClick={() => setEditingKey(entry.key)}>
                  {entry.text || <em className="muted">{m.emptyNote}</em>}
                </button>
              )}
              <button type="button" className="icon" aria-label={m.saveNote(entry.label)} title={m.saveNoteTitle} onClick={() => openSaveDialog(entry)}>
                ☆
              </button>
              <button type="button" className="icon danger" aria-label={m.deleteNote(entry.label)} title={m.deleteNoteTitle} onClick={() => deleteFootnote(editor, entry.key)}>
                ×
              </button>
              {problemsOf(i).map((problem) => (
                <p key={problem.code} className={`problem ${problem.severity}`} role="note">
                  {problem.message}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
      {dialog?.kind === 'save' && (
        <SaveNoteDialog
          label={dialog.label}
          runs={dialog.runs}
          defaultTitle={dialog.title}
          language={language}
          onCancel={() => setDialog(null)}
          onSaved={(record) => {
            setDialog(null);
            setNotice(m.savedToLibrary(record.title));
          }}
        />
      )}
      {dialog?.kind === 'insert' && (
        <InsertNoteDialog
          onCancel={() => {
            setDialog(null);
            editor.focus();
          }}
          onChoose={(record) => {
            setDialog(null);
            insertLibraryNote(editor, record.body, dialog.selection);
          }}
        />
      )}
    </section>
  );
}
