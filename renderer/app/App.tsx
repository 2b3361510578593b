import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { signatorySettingsOf } from '../../core/signatories/settings.ts';
import type { Statement } from '../../core/statement/schema.ts';
import { runEditorMenuCommand } from '../editor/menu-commands.ts';
import { StatementEditor } from '../editor/StatementEditor.tsx';
import { SidePanel } from '../panels/SidePanel.tsx';
import type { SignatoriesSession } from '../panels/signatories/signatories-session.ts';
import { studio } from '../studio.ts';
import { isFileCommand } from './commands.ts';
import { ArchiveImportDialog } from '../panels/library/archive/ArchiveImportDialog.tsx';
import { onArchiveUseRequest } from '../panels/library/archive/archive-requests.ts';
import { ExportDialog } from './export/ExportDialog.tsx';
import { printStatement } from './print/print-statement.ts';
import { WelcomeScreen } from './welcome/WelcomeScreen.tsx';
import { NewEditionDialog } from './templates/NewEditionDialog.tsx';
import { NewFromTemplateDialog } from './templates/NewFromTemplateDialog.tsx';
import { SaveAsTemplateDialog } from './templates/SaveAsTemplateDialog.tsx';
import { PromptView } from './PromptView.tsx';
import { StatementHeader } from './StatementHeader.tsx';
import { useDocumentSession } from './use-document-session.ts';
import { messagesNow, useMessages } from '../i18n/messages.ts';
import { appMessages } from './messages.ts';

/** The window: file bar, the statement (header fields and text), side panels, status line. */
export function App() {
  const m = useMessages(appMessages);
  const editorRef = useRef<LexicalEditor | null>(null);
  // The panels need to re-subscribe when the editor is remounted for another document.
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const attachEditor = useCallback((instance: LexicalEditor | null) => {
    editorRef.current = instance;
    setEditor(instance);
  }, []);
  const { session, started, dirty, prompt, status, markChanged, setMeta, setSignatories, travelSignatories, signatoryUndo, currentStatement, currentStatementJson, actions } = useDocumentSession(editorRef);
  const [exporting, setExporting] = useState(false);
  const [importingArchive, setImportingArchive] = useState(false);
  // A command to run once the next statement has loaded (Use as a template…: Save as Template on the new draft).
  const afterLoad = useRef<string | null>(null);
  const [creating, setCreating] = useState<{ kind: 'template'; fileName?: string } | { kind: 'edition'; statement: Statement } | { kind: 'saveAsTemplate'; statement: Statement } | null>(null);
  const signatories = useMemo<SignatoriesSession | null>(
    () =>
      session && {
        list: session.signatories,
        settings: signatorySettingsOf(session.meta),
        language: session.meta.language,
        setList: setSignatories,
        setSettings: (settings) => setMeta({ ...session.meta, signatorySettings: settings }),
        travel: travelSignatories,
        history: signatoryUndo,
      },
    [session, setMeta, setSignatories, travelSignatories, signatoryUndo],
  );

  const runCommand = useCallback(
    (id: string, arg?: string) => {
      if (isFileCommand(id)) {
        if (id === 'file.new') actions.newDocument();
        else if (id === 'file.open') actions.open();
        else if (id === 'file.openRecent' && arg) actions.openRecent(arg);
        else if (id === 'file.save') void actions.save();
        else if (id === 'file.saveAs') void actions.saveAs();
        else if (id === 'file.export') setExporting(true);
        else if (id === 'file.print') {
          const statement = currentStatement();
          if (statement) void printStatement(statement, (title, message) => actions.showPrompt({ kind: 'error', title, message }));
        }
        else if (id === 'file.newFromTemplate') setCreating({ kind: 'template' });
        else if (id === 'file.import') actions.importStatement();
        else if (id === 'file.importArchive') setImportingArchive(true);
        else if (id === 'file.saveAsTemplate') {
          // Whatever statement is open (an archived one opened as a draft too), as it stands now.
          const statement = currentStatement();
          if (statement) setCreating({ kind: 'saveAsTemplate', statement });
        }
        else if (id === 'file.newEdition') {
          // The statement as it stands now; the dialog works on this copy.
          const statement = currentStatement();
          if (statement) setCreating({ kind: 'edition', statement });
        }
        else if (id === 'file.close') actions.close();
        return;
      }
      if (editorRef.current) runEditorMenuCommand(editorRef.current, id, (title, message) => actions.showPrompt({ kind: 'message', title, message }));
    },
    [actions, currentStatement],
  );

  useEffect(() => {
    const offs = [
      studio.on('command', ({ id, arg }) => runCommand(id, arg)),
      studio.on('open-document', (doc) => actions.openDocument(doc)),
      studio.on('close-requested', () => actions.closeWindow()),
    ];
    return () => offs.forEach((off) => off());
  }, [runCommand, actions]);

  // The Archive tab hands over an archived statement: a new draft of it, a new edition, or a template made from it.
  useEffect(
    () =>
      onArchiveUseRequest(({ use, statement }) => {
        if (use === 'edition') return setCreating({ kind: 'edition', statement });
        afterLoad.current = use === 'template' ? 'file.saveAsTemplate' : null;
        actions.newFromStatement(statement);
      }),
    [actions],
  );
  const loadCount = session?.loadCount;
  useEffect(() => {
    const command = afterLoad.current;
    afterLoad.current = null;
    if (command && loadCount !== undefined) runCommand(command);
  }, [loadCount, runCommand]);

  const openExternal = useCallback((url: string) => void studio.shell.openExternal({ url }), []);
  const onEditorError = useCallback(
    (error: Error) => actions.showPrompt({ kind: 'error', title: messagesNow(appMessages).editorProblem, message: error.message }),
    [actions],
  );

  return (
    <div className="app">
      <nav className="file-bar" aria-label={m.fileBar}>
        <button type="button" onClick={() => runCommand('file.new')}>
          {m.newStatement}
        </button>
        <button type="button" onClick={() => runCommand('file.newFromTemplate')}>
          {m.fromTemplate}
        </button>
        <button type="button" onClick={() => runCommand('file.open')}>
          {m.open}
        </button>
        <button type="button" disabled={!session} onClick={() => runCommand('file.save')}>
          {m.save}
        </button>
        <button type="button" disabled={!session} onClick={() => runCommand('file.saveAs')}>
          {m.saveAs}
        </button>
        <button type="button" disabled={!session} onClick={() => runCommand('file.export')}>
          {m.export}
        </button>
        <span className="document-name" data-dirty={dirty}>
          {session ? (session.path === null ? m.untitled : session.name) : ''}
          {dirty && <span className="dirty-mark" title={m.unsavedChanges} aria-label={m.unsavedChanges}> •</span>}
        </span>
      </nav>
      <div className="workspace">
        <main className="writing-column">
          {session && (
            <StatementEditor
              key={session.loadCount}
              initialState={session.initialEditor}
              editorRef={attachEditor}
              onChange={markChanged}
              openExternal={openExternal}
              onError={onEditorError}
              language={session.meta.language}
              footnoteStyle={session.meta.footnoteStyle}
              signatories={session.signatories}
              signatoryOrder={signatorySettingsOf(session.meta).order}
              header={<StatementHeader key={session.loadCount} meta={session.meta} onChange={setMeta} />}
            />
          )}
          {started && !session && (
            <WelcomeScreen
              onNew={actions.newDocument}
              onOpen={actions.open}
              onImport={actions.importStatement}
              onOpenRecent={actions.openRecent}
              onTemplate={(fileName) => setCreating({ kind: 'template', fileName })}
            />
          )}
        </main>
        {editor && session && signatories && (
          <SidePanel editor={editor} footnoteStyle={session.meta.footnoteStyle} language={session.meta.language} statementDate={session.meta.date} signatories={signatories} />
        )}
      </div>
      <footer className="status-bar" role="status">
        {status}
      </footer>
      {prompt && <PromptView prompt={prompt} actions={actions} />}
      {importingArchive && <ArchiveImportDialog onClose={() => setImportingArchive(false)} />}
      {exporting && editor && <ExportDialog editor={editor} statement={currentStatement} statementJson={currentStatementJson} onClose={() => setExporting(false)} />}
      {creating?.kind === 'template' && (
        <NewFromTemplateDialog
          {...(creating.fileName !== undefined ? { initialFileName: creating.fileName } : {})}
          onCancel={() => setCreating(null)}
          onCreate={(statement) => {
            setCreating(null);
            actions.newFromStatement(statement);
          }}
        />
      )}
      {creating?.kind === 'saveAsTemplate' && (
        <SaveAsTemplateDialog
          statement={creating.statement}
          onClose={(message) => {
            setCreating(null);
            if (message) actions.showPrompt({ kind: 'message', title: message, message: '' });
          }}
        />
      )}
      {creating?.kind === 'edition' && (
        <NewEditionDialog
          statement={creating.statement}
          onCancel={() => setCreating(null)}
          onCreate={(statement) => {
            setCreating(null);
            actions.newFromStatement(statement);
          }}
        />
      )}
    </div>
  );
}
