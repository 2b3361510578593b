import { useCallback, useState, type ReactNode } from 'react';
import type { Catalog } from '../../../core/i18n/define-messages.ts';
import type { Result } from '../../../core/ipc/result.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { libraryMessages } from './messages.ts';
import { OpenedRecord } from './OpenedRecord.tsx';
import { RecordList } from './RecordList.tsx';
import type { RecordKindText } from './record-messages.ts';

/** What a tab of organisations or notes needs to know of its records. All functions must be stable (module level). */
export type RecordKindView<R extends { id: string }> = {
  /** What the tab says, in each interface language. */
  messages: Catalog<RecordKindText>;
  list: (query: string) => Promise<Result<R[]>>;
  load: (id: string) => Promise<Result<R>>;
  remove: (id: string) => Promise<Result<null>>;
  nameOf: (record: R) => string;
  renderItem: (record: R) => ReactNode;
  renderDetail: (record: R) => ReactNode;
};

export type EditorProps<R> = { record: R | null; onSaved: (record: R, created: boolean) => void; onCancel: () => void };

/**
 * The Organisations and Notes tabs: the list with its search, a record opened in its place,
 * its editor and the delete question over the window.
 */
export function SimpleRecordTab<R extends { id: string }>({
  view,
  editor,
  revision,
  onChanged,
}: {
  view: RecordKindView<R>;
  editor: (props: EditorProps<R>) => ReactNode;
  revision: number;
  onChanged: (notice: string | null) => void;
}) {
  const m = useMessages(view.messages);
  const common = useMessages(libraryMessages);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ record: R | null } | null>(null);
  const [deleting, setDeleting] = useState<R | null>(null);
  const clearReturn = useCallback(() => setReturnTo(null), []);

  const remove = async (record: R): Promise<string | null> => {
    const answer = await view.remove(record.id);
    if (!answer.ok) return answer.message;
    setDeleting(null);
    setOpenId(null);
    onChanged(messagesNow(view.messages).deleted(view.nameOf(record)));
    return null;
  };

  return (
    <div className="lib-tab">
      {openId === null ? (
        <RecordList
          label={m.label}
          searchLabel={m.searchLabel}
          placeholder={m.placeholder}
          newLabel={m.newLabel}
          emptyLibrary={m.emptyLibrary}
          query={query}
          revision={revision}
          list={view.list}
          renderItem={view.renderItem}
          focusId={returnTo}
          onFocused={clearReturn}
          onQuery={setQuery}
          onOpen={setOpenId}
          onNew={() => setEditing({ record: null })}
        />
      ) : (
        <OpenedRecord
          id={openId}
          revision={revision}
          load={view.load}
          missingTitle={m.noSuch}
          titleOf={view.nameOf}
          onBack={() => {
            setReturnTo(openId);
            setOpenId(null);
          }}
          onEdit={(record) => setEditing({ record })}
          onDelete={setDeleting}
        >
          {view.renderDetail}
        </OpenedRecord>
      )}
      {editing &&
        editor({
          record: editing.record,
          onCancel: () => {
            setEditing(null);
            // Read the record again: a save refused because it changed elsewhere asks for a fresh copy.
            onChanged(null);
          },
          onSaved: (record, created) => {
            setEditing(null);
            setOpenId(record.id);
            const said = messagesNow(view.messages);
            onChanged(created ? said.created(view.nameOf(record)) : said.saved(view.nameOf(record)));
          },
        })}
      {deleting && (
        <ConfirmDialog title={m.deleteTitle} confirmLabel={m.deleteLabel} onConfirm={() => remove(deleting)} onCancel={() => setDeleting(null)}>
          <p>
            <strong>{view.nameOf(deleting)}</strong>
            {common.removedFromLibrary} {m.deleteConsequence}
          </p>
          <p className="muted">{common.onlyBackup}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
