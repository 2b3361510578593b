import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { footnotePlainText, type FootnoteRecord, type FootnoteRun } from '../../core/cases/footnote.ts';
import { Modal } from '../app/Modal.tsx';
import { optionId, SearchCombobox } from '../app/SearchCombobox.tsx';
import { studio } from '../studio.ts';
import { useMessages } from '../i18n/messages.ts';
import { panelMessages } from './messages.ts';

/** The runs as the writer sees them: bold, italic, underline and links. */
export function RunsPreview({ runs }: { runs: ReadonlyArray<FootnoteRun> }) {
  return (
    <>
      {runs.map((run, i) => {
        let content: ReactNode = run.text;
        if (run.bold) content = <strong>{content}</strong>;
        if (run.italic) content = <em>{content}</em>;
        if (run.underline) content = <u>{content}</u>;
        if (run.link) content = <span className="library-note-link" title={run.link}>{content}</span>;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}

/** Asks for a title and saves the note's text to the library as a reusable footnote. */
export function SaveNoteDialog({
  label,
  runs,
  defaultTitle,
  language,
  onSaved,
  onCancel,
}: {
  label: string;
  runs: FootnoteRun[];
  defaultTitle: string;
  language: string;
  onSaved: (record: FootnoteRecord) => void;
  onCancel: () => void;
}) {
  const m = useMessages(panelMessages);
  const [title, setTitle] = useState(defaultTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setError(m.needsTitle);
      return;
    }
    setBusy(true);
    const saved = await studio.library.createFootnote({ title: title.trim(), body: runs, language });
    setBusy(false);
    if (saved.ok) onSaved(saved.value);
    else setError(saved.message);
  };

  return (
    <Modal title={m.saveNoteDialog(label)} onCancel={onCancel} className="library-note-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{m.noteTitle}</span>
          <input ref={inputRef} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} aria-label={m.noteTitleAria} />
        </label>
        <p className="library-note-preview">
          <RunsPreview runs={runs} />
        </p>
        {error && (
          <p className="problem error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={busy}>
            {m.save}
          </button>
          <button type="button" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Footnotes from the library, searched as the writer types; Enter or a click inserts one. */
export function InsertNoteDialog({ onChoose, onCancel }: { onChoose: (record: FootnoteRecord) => void; onCancel: () => void }) {
  const m = useMessages(panelMessages);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<FootnoteRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let current = true;
    void studio.library.listFootnotes(query.trim() === '' ? {} : { query }).then((answer) => {
      // An answer to an older query, arriving after a newer one, is dropped.
      if (!current) return;
      if (answer.ok) {
        setResults(answer.value);
        setError(null);
      } else {
        setResults([]);
        setError(answer.message);
      }
      setActive(0);
    });
    return () => {
      current = false;
    };
  }, [query]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = () => {
    const chosen = results?.[active];
    if (chosen) onChoose(chosen);
  };
  return (
    <Modal title={m.insertLibraryNote} onCancel={onCancel} className="library-note-dialog">
      <SearchCombobox
        label={m.searchNotes}
        placeholder={m.searchNotesPlaceholder}
        value={query}
        onChange={setQuery}
        listId={listId}
        count={results?.length ?? 0}
        active={active}
        setActive={setActive}
        onEnter={choose}
      />
      <ul ref={listRef} id={listId} className="library-note-results" role="listbox" aria-label={m.libraryNotes}>
        {results?.map((record, i) => (
          <li
            key={record.id}
            id={optionId(listId, i)}
            role="option"
            aria-selected={i === active}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(record)}
          >
            <strong className="library-note-title">{record.title}</strong>
            <span className="library-note-text">{footnotePlainText(record.body)}</span>
          </li>
        ))}
      </ul>
      {results !== null && results.length === 0 && (
        <p className="muted" role="status">
          {error ?? (query.trim() === '' ? m.noLibraryNotes : m.noNoteMatches)}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={!results?.[active]} onClick={choose}>
          {m.insert}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </Modal>
  );
}
