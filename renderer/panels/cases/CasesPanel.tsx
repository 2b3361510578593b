import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { displayName } from '../../../core/cases/names.ts';
import type { InsertedCase } from '../../../core/cases/insert/inserted-case.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import { INSERT_CASE_COMMAND, OPEN_INSERT_CASE_DIALOG_COMMAND } from '../../editor/commands.ts';
import { getCaseStatuses, subscribeCaseStatuses, type CaseStatus } from '../../editor/plugins/cases/case-status.ts';
import { revealCase } from '../../editor/plugins/cases/CasesPlugin.tsx';
import { keepCaseText, refreshCaseText } from '../../editor/plugins/cases/refresh-case.ts';
import './cases.css';
import { InsertCaseDialog } from './InsertCaseDialog.tsx';
import { onCaseInsertRequest } from './insert-case-request.ts';
import { studio } from '../../studio.ts';
import { RefreshCaseDialog } from './RefreshCaseDialog.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './messages.ts';


type Props = { editor: LexicalEditor; language: StatementLanguage; statementDate: string };

/**
 * The cases quoted in this statement, in order, and how each stands against the library:
 * up to date, stale (Refresh… shows the differences), edited by hand, gone from the
 * library, confidential. Also hosts Insert > Case from Library.
 */
export function CasesPanel({ editor, language, statementDate }: Props) {
  const m = useMessages(caseMessages);
  const subscribe = useCallback((listener: () => void) => subscribeCaseStatuses(editor, listener), [editor]);
  const statuses = useSyncExternalStore(subscribe, () => getCaseStatuses(editor));
  const [inserting, setInserting] = useState<{ selection: BaseSelection | null; caseId?: string } | null>(null);
  const [refreshing, setRefreshing] = useState<string | null>(null);

  const openInsert = useCallback(
    (caseId?: string) => setInserting({ selection: editor.getEditorState().read(() => $getSelection()?.clone() ?? null), ...(caseId !== undefined ? { caseId } : {}) }),
    [editor],
  );
  useEffect(() => onCaseInsertRequest((caseId) => openInsert(caseId)), [openInsert]);
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_INSERT_CASE_DIALOG_COMMAND,
        () => {
          openInsert();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, openInsert],
  );

  const insert = (inserted: InsertedCase) => {
    const saved = inserting?.selection ?? null;
    setInserting(null);
    editor.update(
      () => {
        // Back to the caret's place from before the dialog took the focus.
        if (!$isRangeSelection($getSelection()) && $isRangeSelection(saved)) $setSelection(saved.clone());
        editor.dispatchCommand(INSERT_CASE_COMMAND, inserted);
      },
      { onUpdate: () => editor.focus() },
    );
    // The library's "recently used" list.
    void studio.library.markUsed({ id: inserted.caseId });
  };

  const refreshed = statuses.find((s) => s.key === refreshing && s.current !== null) as (CaseStatus & { current: NonNullable<CaseStatus['current']> }) | undefined;

  return (
    <section className="panel cases-panel" aria-labelledby="cases-title">
      <div className="panel-heading">
        <h2 id="cases-title">
          {m.title} <span className="count">{statuses.length}</span>
        </h2>
        <button type="button" className="icon" aria-label={m.insertFromLibrary} title={m.insertFromLibrary} onClick={() => openInsert()}>
          +
        </button>
      </div>
      {statuses.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        <ol className="case-list">
          {statuses.map((status) => (
            <li key={status.key} data-state={status.state}>
              <button type="button" className="case-entry" title={m.showInText} onClick={() => revealCase(editor, status.key)}>
                <span className="case-name">{displayName(status.inserted.snapshot)}</span>
                <span className="case-note">
                  {m.formatName(status.inserted.format)} · {m.stateNote(status.state)}
                  {status.edited && m.editedByHand}
                </span>
              </button>
              {status.inserted.generatedText.confidential && <span className="badge danger">{m.confidential}</span>}
              {status.state === 'stale' && (
                <button type="button" className="small" aria-label={m.refreshName(displayName(status.inserted.snapshot))} onClick={() => setRefreshing(status.key)}>
                  {m.refresh}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {inserting && <InsertCaseDialog language={language} statementDate={statementDate} preselectedId={inserting.caseId} onInsert={insert} onCancel={() => setInserting(null)} />}
      {refreshed && (
        <RefreshCaseDialog
          status={refreshed}
          name={displayName(refreshed.current)}
          onCancel={() => setRefreshing(null)}
          onKeep={() => {
            keepCaseText(editor, refreshed.key, refreshed.current);
            setRefreshing(null);
          }}
          onUpdate={(accept) => {
            refreshCaseText(editor, refreshed.key, refreshed.current, accept);
            setRefreshing(null);
          }}
        />
      )}
    </section>
  );
}
