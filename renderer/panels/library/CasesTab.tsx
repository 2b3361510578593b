import { useCallback, useRef, useState } from 'react';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { caseMessages } from './case-messages.ts';
import { CaseEditor } from './CaseEditor.tsx';
import { CaseResults } from './CaseResults.tsx';
import { CaseSearch } from './CaseSearch.tsx';
import { INITIAL_SEARCH, type CaseSearchState } from './case-search.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { CaseDetail } from './CaseDetail.tsx';
import { libraryMessages } from './messages.ts';
import { OpenedRecord } from './OpenedRecord.tsx';

const loadCase = (id: string) => studio.library.getCase({ id });

/**
 * The Cases tab: search and filters over the results (recently used when nothing is asked),
 * a case opened in place of the list, and its editor and delete question over the window.
 */
export function CasesTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  const m = useMessages(caseMessages);
  const common = useMessages(libraryMessages);
  const [search, setSearch] = useState<CaseSearchState>(INITIAL_SEARCH);
  const [openId, setOpenId] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ record: CaseRecord | null } | null>(null);
  const [deleting, setDeleting] = useState<CaseRecord | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const clearReturn = useCallback(() => setReturnTo(null), []);

  const back = () => {
    setReturnTo(openId);
    setOpenId(null);
  };

  const remove = async (record: CaseRecord): Promise<string | null> => {
    const answer = await studio.library.deleteCase({ id: record.id });
    if (!answer.ok) return answer.message;
    setDeleting(null);
    setOpenId(null);
    onChanged(messagesNow(caseMessages).deleted(displayName(record)));
    requestAnimationFrame(() => searchRef.current?.querySelector('input')?.focus());
    return null;
  };

  return (
    <div className="lib-tab">
      {openId === null ? (
        <>
          <div ref={searchRef}>
            <CaseSearch
              state={search}
              onChange={setSearch}
              onNew={() => setEditing({ record: null })}
              onArrowDown={() => listRef.current?.querySelector<HTMLElement>('button.library-case-open')?.focus()}
            />
          </div>
          <CaseResults
            search={search}
            revision={revision}
            listRef={listRef}
            focusId={returnTo}
            onFocused={clearReturn}
            onOpen={setOpenId}
            onShowAll={(showAll) => setSearch({ ...search, showAll })}
          />
        </>
      ) : (
        <OpenedRecord id={openId} revision={revision} load={loadCase} missingTitle={m.noSuchCase} titleOf={displayName} onBack={back} onEdit={(record) => setEditing({ record })} onDelete={setDeleting}>
          {(record) => <CaseDetail record={record} />}
        </OpenedRecord>
      )}
      {editing && (
        <CaseEditor
          record={editing.record}
          onCancel={() => {
            setEditing(null);
            // Read the record again: a save refused because it changed elsewhere asks for a fresh copy.
            onChanged(null);
          }}
          onSaved={(record, created) => {
            setEditing(null);
            setOpenId(record.id);
            const said = messagesNow(caseMessages);
            onChanged(created ? said.created(displayName(record)) : said.saved(displayName(record)));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog title={m.deleteTitle} confirmLabel={m.deleteCase} onConfirm={() => remove(deleting)} onCancel={() => setDeleting(null)}>
          <p>
            <strong>{displayName(deleting)}</strong>
            {m.deleteConsequence}
          </p>
          <p className="muted">{common.onlyBackup}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

