import { useMemo, useState } from 'react';
import type { DuplicateDecision, ImportDecisions } from '../../../core/signatories/csv/apply-import.ts';
import type { ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { SIGNATORY_STATUSES, type SignatoryStatus } from '../../../core/signatories/signatory.ts';
import { decisionOf, importPlan, pageOf, ROW_FILTER_LABELS, ROW_FILTERS, type RowFilter } from './import-view.ts';
import { ImportPreviewRow } from './ImportPreviewRow.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { STATUS_LABELS } from './labels.ts';
import './signatories.css';

const IMPORTED_AS = Object.fromEntries(SIGNATORY_STATUSES.map((status) => [status, STATUS_LABELS[status].toLowerCase()])) as Record<SignatoryStatus, string>;

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
  const n = (count: number) => count.toLocaleString('en');
  return (
    <div className="import-step">
      <ImportSummary preview={preview} plan={plan} />
      <div className="import-controls">
        <label>
          Show{' '}
          <ChoiceSelect
            value={filter}
            choices={ROW_FILTERS}
            labels={ROW_FILTER_LABELS}
            onChange={(value) => {
              setFilter(value);
              setPage(0);
            }}
          />
        </label>
        <label>
          Import signers as{' '}
          <ChoiceSelect value={status} choices={SIGNATORY_STATUSES} labels={IMPORTED_AS} onChange={onStatus} />
        </label>
        <span className="import-pager" role="group" aria-label="Pages of rows">
          <button type="button" className="small" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            ‹ Previous
          </button>
          <span className="import-range">
            {shown.total === 0 ? 'No rows' : `Rows ${n(shown.first)}–${n(shown.last)} of ${n(shown.total)}`}
          </span>
          <button type="button" className="small" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
            Next ›
          </button>
        </span>
      </div>
      <div className="import-table-frame">
        <table className="import-preview" aria-label="Rows of the file">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Signer</th>
              <th scope="col">What happens</th>
              <th scope="col">Choice</th>
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
