import { useMemo, useState } from 'react';
import type { DuplicateDecision, ImportDecisions } from '../../../core/signatories/csv/apply-import.ts';
import type { ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { SIGNATORY_STATUSES, type SignatoryStatus } from '../../../core/signatories/signatory.ts';
import { decisionOf, importPlan, pageOf, ROW_FILTERS, type RowFilter } from './import-view.ts';
import { ImportPreviewRow } from './ImportPreviewRow.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { labelsOf } from './labels.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signOnImportMessages } from './messages.ts';
import './signatories.css';

/** Rows on one page: a 10,000-row file stays quick to show and to scroll. */
export const PREVIEW_PAGE_SIZE = 100;

type Props = {
  preview: ImportPreview;
  decisions: ImportDecisions;
  /** Stable across renders, so that a choice re-renders one row. */
  onDecide: (line: number, decision: DuplicateDecision) => void;
  status: SignatoryStatus;
  onStatus: (status: SignatoryStatus) => void;
};

/** Step 3: every row and what will happen to it, a page at a time, with the choice for each duplicate. */
export function ImportPreviewStep({ preview, decisions, onDecide, status, onStatus }: Props) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const plan = useMemo(() => importPlan(preview, decisions), [preview, decisions]);
  const shown = useMemo(() => pageOf(preview.rows, filter, page, PREVIEW_PAGE_SIZE), [preview, filter, page]);
  const m = useMessages(signOnImportMessages);
  return (
    <div className="import-step">
      <ImportSummary preview={preview} plan={plan} />
      <div className="import-controls">
        <label>
          {m.show}{' '}
          <ChoiceSelect
            value={filter}
            choices={ROW_FILTERS}
            labels={labelsOf(ROW_FILTERS, m.filter)}
            onChange={(value) => {
              setFilter(value);
              setPage(0);
            }}
          />
        </label>
        <label>
          {m.importAs}{' '}
          <ChoiceSelect value={status} choices={SIGNATORY_STATUSES} labels={labelsOf(SIGNATORY_STATUSES, m.importedAs)} onChange={onStatus} />
        </label>
        <span className="import-pager" role="group" aria-label={m.pagesAria}>
          <button type="button" className="small" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            {m.previous}
          </button>
          <span className="import-range">
            {shown.total === 0 ? m.noRows : m.rowRange(shown.first, shown.last, shown.total)}
          </span>
          <button type="button" className="small" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
            {m.next}
          </button>
        </span>
      </div>
      <div className="import-table-frame">
        <table className="import-preview" aria-label={m.rowsAria}>
          <thead>
            <tr>
              <th scope="col">{m.line}</th>
              <th scope="col">{m.signer}</th>
              <th scope="col">{m.whatHappens}</th>
              <th scope="col">{m.choice}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row) => (
              <ImportPreviewRow key={row.line} row={row} decision={decisionOf(row, decisions)} onDecide={onDecide} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
