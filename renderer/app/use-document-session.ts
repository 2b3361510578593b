import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OpenedDocument, RecoveryEntry } from '../../core/ipc/contract.ts';
import type { Failure, Result } from '../../core/ipc/result.ts';
import type { Statement, StatementMeta } from '../../core/statement/schema.ts';
import type { SerializedEditorState } from '../../core/statement/editor-state.ts';
import { studio } from '../studio.ts';
import { createRecoveryWriter, type RecoveryWriter } from './recovery-writer.ts';
import { emptyHistory, historyLabels, recordChange, redoChange, undoChange, type HistoryLabels, type UndoHistory } from './undo-history.ts';
import { statementEditorState } from '../editor/statement-editor-state.ts';
import { STATEMENT_FORMAT, STATEMENT_VERSION } from '../../core/statement/format.ts';
import { editorJsonInSlices, nextIdleSlice } from '../editor/statement-json-in-slices.ts';
import { pendingBlocks } from '../editor/load-in-slices.ts';
import { messagesNow } from '../i18n/messages.ts';
import { appMessages } from './messages.ts';
import { welcomeMessages } from './welcome/messages.ts';

/** Everything of a statement but its text, in the file's key order. */
function statementFields(meta: StatementMeta, signatories: Statement['signatories']): Omit<Statement, 'editor'> {
  return { format: STATEMENT_FORMAT, version: STATEMENT_VERSION, meta, signatories };
}

/** The statement open in the window. The editor's text lives in Lexical; the rest here. */
export type DocumentSession = {
  id: string;
  path: string | null;
  name: string;
  meta: StatementMeta;
  signatories: Statement['signatories'];
  /** What the editor starts from; a new value of `loadCount` remounts the editor with it. */
  initialEditor: SerializedEditorState;
  loadCount: number;
};

/** What the window asks the writer, one question at a time. */
export type Prompt =
  | { kind: 'error'; title: string; message: string }
  | { kind: 'message'; title: string; message: string }
  /** What an import recognised, line by line, for the writer to check against the original. */
  | { kind: 'report'; title: string; summary: string; lines: string[]; /** The imported statement, for "Suggest cases from this statement…". */ statement?: Statement; /** Undo import: the imported statement goes, the one open before comes back. */ undo?: () => void }
  | { kind: 'unsaved'; proceed: () => Promise<void> }
  | { kind: 'changed-on-disk'; message: string }
  | { kind: 'recovery'; entries: RecoveryEntry[] };

type SaveOutcome = 'saved' | 'cancelled' | 'failed';

/**
 * Open, save, close and recover a statement: the document lifecycle of the window, with
 * the rule that unsaved work is never dropped without the writer saying so.
 */
export function useDocumentSession(editorRef: React.RefObject<LexicalEditor | null>) {
  const [session, setSession] = useState<DocumentSession | null>(null);
  const [dirty, setDirty] = useState(false);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [status, setStatus] = useState('');
  /** False until start-up has decided what to show: a file from the OS, the recovery offer, or the welcome screen. */
  const [started, setStarted] = useState(false);
  const sessionRef = useRef<DocumentSession | null>(null);
  const dirtyRef = useRef(false);
  const changeCount = useRef(0);
  const recovery = useRef<RecoveryWriter | null>(null);
  // The signatory list and its undo history change together, synchronously, so that two
  // changes in one event (or a save right after a change) never see a stale list.
  const signatoriesRef = useRef<Statement['signatories']>([]);
  const signatoryHistory = useRef<UndoHistory<Statement['signatories']>>(emptyHistory());
  const [signatoryUndo, setSignatoryUndo] = useState<HistoryLabels>({ undo: null, redo: null });
  // Callbacks run outside render and read the latest values through these refs.
  useLayoutEffect(() => {
    sessionRef.current = session;
    dirtyRef.current = dirty;
  });

  const currentStatement = useCallback((): Statement | null => {
    const s = sessionRef.current;
    const editor = editorRef.current;
    if (!s || !editor) return null;
    return { ...statementFields(s.meta, signatoriesRef.current), editor: statementEditorState(editor) };
  }, [editorRef]);

  /**
   * The statement as the file's JSON text, its text serialized a few blocks at a time between
   * keystrokes (see editorJsonInSlices): for the recovery copy and the export, where one
   * serialization of a thousand-page statement froze the window. Null if the document changed meanwhile.
   */
  const currentStatementJson = useCallback(async (): Promise<{ id: string; meta: StatementMeta; json: string } | null> => {
    const s = sessionRef.current;
    const editor = editorRef.current;
    if (!s || !editor) return null;
    const editorJson = await editorJsonInSlices(editor.getEditorState(), nextIdleSlice, pendingBlocks(editor));
    const now = sessionRef.current;
    if (now?.id !== s.id) return null;
    return { id: s.id, meta: now.meta, json: `${JSON.stringify(statementFields(now.meta, signatoriesRef.current)).slice(0, -1)},"editor":${editorJson}}` };
  }, [editorRef]);

  useEffect(() => {
    const writer = createRecoveryWriter(async () => {
      if (!dirtyRef.current) return;
      const current = await currentStatementJson();
      if (!current) return;
      const result = await studio.recovery.write({ id: current.id, statementJson: current.json });
      // The same text each time, so React has nothing to re-render while the writer types.
      setStatus(result.ok ? messagesNow(appMessages).recoveryKept : messagesNow(appMessages).recoveryFailed(result.message));
    });
    recovery.current = writer;
    return () => writer.cancel();
  }, [currentStatementJson]);

  const showError = (title: string, failure: Failure) => setPrompt({ kind: 'error', title, message: failure.message });

  const load = useCallback(
    (doc: OpenedDocument, restoredDirty = false) => {
      recovery.current?.cancel();
      changeCount.current = 0;
      signatoriesRef.current = doc.statement.signatories;
      signatoryHistory.current = emptyHistory();
      setSignatoryUndo(historyLabels(signatoryHistory.current));
      setSession((prev) => ({
        id: doc.id,
        path: doc.path,
        name: doc.name,
        meta: doc.statement.meta,
        signatories: doc.statement.signatories,
        initialEditor: doc.statement.editor,
        loadCount: (prev?.loadCount ?? 0) + 1,
      }));
      setDirty(restoredDirty);
      setStatus(doc.path ? messagesNow(appMessages).opened(doc.path) : '');
    },
    [],
  );

  const markChanged = useCallback(() => {
    changeCount.current++;
    setDirty(true);
    recovery.current?.changed();
  }, []);

  const setMeta = useCallback(
    (meta: StatementMeta) => {
      setSession((s) => (s ? { ...s, meta } : s));
      markChanged();
    },
    [markChanged],
  );

  const showSignatories = useCallback(
    (list: Statement['signatories']) => {
      signatoriesRef.current = list;
      setSignatoryUndo(historyLabels(signatoryHistory.current));
      setSession((s) => (s ? { ...s, signatories: list } : s));
      markChanged();
    },
    [markChanged],
  );

  /** A new signatory list, as one step the writer can undo ("Import 12 signers", "Move …"). */
  const setSignatories = useCallback(
    (next: Statement['signatories'], label: string) => {
      if (next === signatoriesRef.current) return;
      signatoryHistory.current = recordChange(signatoryHistory.current, signatoriesRef.current, label);
      showSignatories(next);
    },
    [showSignatories],
  );

  /** Undo or redo the last change to the signatory list; returns what was undone or redone, or null. */
  const travelSignatories = useCallback(
    (direction: 'undo' | 'redo'): string | null => {
      const travel = (direction === 'undo' ? undoChange : redoChange)(signatoryHistory.current, signatoriesRef.current);
      if (travel === null) return null;
      signatoryHistory.current = travel.history;
      showSignatories(travel.value);
      return travel.label;
    },
    [showSignatories],
  );

  /** Replaces the open document, closing the old one's registration and recovery copy. */
  const replaceWith = useCallback(
    async (result: Result<OpenedDocument>, failureTitle: string, unsaved = false) => {
      if (!result.ok) {
        if (result.code !== 'CANCELLED') showError(failureTitle, result);
        return;
      }
      const old = sessionRef.current;
      if (old && old.id !== result.value.id) await studio.documents.close({ id: old.id });
      load(result.value, unsaved);
    },
    [load],
  );

  const saveWith = useCallback(
    async (mode: 'save' | 'saveAs', overwriteExternalChange = false): Promise<SaveOutcome> => {
      const s = sessionRef.current;
      if (!s) return 'failed';
      // Counted before the text is made: typing while it is made in slices keeps the document dirty.
      const before = changeCount.current;
      // As JSON text made a few blocks at a time: one serialization of a thousand-page statement froze the window.
      const current = await currentStatementJson();
      if (!current) return 'failed';
      const result =
        mode === 'save'
          ? await studio.documents.save({ id: s.id, statementJson: current.json, overwriteExternalChange })
          : await studio.documents.saveAs({ id: s.id, statementJson: current.json });
      if (!result.ok) {
        if (result.code === 'CANCELLED') return 'cancelled';
        if (result.code === 'CHANGED_ON_DISK') setPrompt({ kind: 'changed-on-disk', message: result.message });
        else showError(messagesNow(appMessages).notSaved, result);
        return 'failed';
      }
      setSession((cur) => (cur && cur.id === s.id ? { ...cur, path: result.value.path, name: result.value.name } : cur));
      // Typing during the save keeps the document dirty.
      if (changeCount.current === before) {
        setDirty(false);
        recovery.current?.cancel();
      }
      setStatus(messagesNow(appMessages).saved(result.value.path));
      return 'saved';
    },
    [currentStatementJson],
  );

  /** Runs `action` once unsaved changes are saved or knowingly discarded. */
  const guard = useCallback((action: () => Promise<void>) => {
    if (!dirtyRef.current) return void action();
    setPrompt({ kind: 'unsaved', proceed: action });
  }, []);

  const actions = useMemo(
    () => ({
      newDocument: () => guard(async () => replaceWith(await studio.documents.new({}), messagesNow(appMessages).couldNotCreate)),
      /** File > Import: a past statement opened as a new untitled document, then what the import recognised. */
      importStatement: () =>
        guard(async () => {
          const before = sessionRef.current?.path ?? null;
          const imported = await studio.documents.import({});
          if (!imported.ok) {
            if (imported.code !== 'CANCELLED') showError('The statement could not be imported', imported);
            return;
          }
          await replaceWith({ ok: true, value: imported.value.document }, '', true);
          // Undoing the whole import: the imported statement was never saved, so it is simply closed, and the statement
          // open before comes back as last saved (its unsaved changes were saved or let go before the import), or a blank one.
          const undo = () => {
            setPrompt(null);
            void (async () => replaceWith(before ? await studio.documents.openRecent({ path: before }) : await studio.documents.new({}), messagesNow(appMessages).couldNotOpen))();
          };
          setPrompt({ kind: 'report', title: messagesNow(appMessages).imported, summary: imported.value.summary, lines: imported.value.lines, statement: imported.value.document.statement, undo });
        }),
      /** A new untitled statement with this content (from a template, or a new edition): unsaved until saved. */
      newFromStatement: (statement: Statement) => guard(async () => replaceWith(await studio.documents.newFrom({ statement }), messagesNow(appMessages).couldNotCreateThis, true)),
      open: () => guard(async () => replaceWith(await studio.documents.open({}), messagesNow(appMessages).couldNotOpen)),
      openRecent: (path: string) => guard(async () => replaceWith(await studio.documents.openRecent({ path }), messagesNow(appMessages).couldNotOpen)),
      openDocument: (doc: OpenedDocument) => guard(async () => replaceWith({ ok: true, value: doc }, '')),
      save: () => saveWith('save'),
      saveAs: () => saveWith('saveAs'),
      /** File > Close: the statement goes (with its recovery copy) and the welcome screen comes back. */
      close: () =>
        guard(async () => {
          const s = sessionRef.current;
          if (!s) return;
          recovery.current?.cancel();
          await studio.documents.close({ id: s.id });
          setSession(null);
          setDirty(false);
          setStatus('');
        }),
      closeWindow: () =>
        guard(async () => {
          // Closing is a clean end: the document's recovery copy goes with it.
          const s = sessionRef.current;
          if (s) await studio.documents.close({ id: s.id });
          await studio.window.close({});
        }),
      overwriteExternalChange: async () => {
        setPrompt(null);
        await saveWith('save', true);
      },
      /** The unsaved-changes prompt's three answers. */
      saveThenProceed: async (proceed: () => Promise<void>) => {
        setPrompt(null);
        if ((await saveWith('save')) === 'saved') await proceed();
      },
      discardThenProceed: async (proceed: () => Promise<void>) => {
        // The changes stay (and stay marked unsaved) until the next document has replaced
        // them: if opening it fails, the writer still has their work.
        setPrompt(null);
        await proceed();
      },
      restore: async (entry: RecoveryEntry) => {
        const result = await studio.recovery.restore({ recoveryId: entry.recoveryId });
        if (!result.ok) return showError(messagesNow(appMessages).couldNotRestore, result);
        const old = sessionRef.current;
        if (old) await studio.documents.close({ id: old.id });
        load(result.value, true);
        setStatus(messagesNow(appMessages).restored(result.value.statement.meta.title || result.value.name));
      },
      discardRecovery: async (entry: RecoveryEntry) => {
        await studio.recovery.discard({ recoveryId: entry.recoveryId });
      },
      dismiss: () => setPrompt(null),
      showPrompt: setPrompt,
    }),
    [guard, replaceWith, saveWith, load],
  );

  // The title bar shows the name and an unsaved mark; the main process asks before closing.
  useEffect(() => {
    if (!session) {
      // The welcome screen: nothing unsaved, so closing the window asks nothing.
      document.title = 'Statement Studio';
      void studio.window.setState({ title: messagesNow(welcomeMessages).windowTitle, dirty: false });
      return;
    }
    // A statement never saved has no file name: "Untitled" in the interface language.
    const name = session.path === null ? messagesNow(appMessages).untitled : session.name;
    document.title = `${dirty ? '• ' : ''}${name} — Statement Studio`;
    void studio.window.setState({ title: name, dirty });
  }, [session?.name, dirty, session]);

  // Start-up: files the OS handed over, else the offer of recovery copies from a crash (over
  // the welcome screen), else the welcome screen.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const pending = await studio.documents.takePending({});
      if (cancelled) return;
      if (pending.ok && pending.value.length > 0) await replaceWith({ ok: true, value: pending.value[0]! }, '');
      else {
        const recoveries = await studio.recovery.list({});
        if (recoveries.ok && recoveries.value.length > 0) setPrompt({ kind: 'recovery', entries: recoveries.value });
      }
      setStarted(true);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once per window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { session, started, dirty, prompt, status, markChanged, setMeta, setSignatories, travelSignatories, signatoryUndo, currentStatement, currentStatementJson, actions };
}
