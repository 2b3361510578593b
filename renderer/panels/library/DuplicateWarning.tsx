import { dateYear } from '../../../core/cases/dates.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import { caseStatusLine } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { ServiceError } from './ServiceError.tsx';

/**
 * The library found cases that look like the same person (same name in some spelling, birth
 * years that agree). Nothing is written yet; Go back returns to the form with everything typed.
 */
export function DuplicateWarning({
  duplicates,
  busy,
  error,
  onCreateAnyway,
  onBack,
}: {
  duplicates: ReadonlyArray<CaseSummary>;
  busy: boolean;
  error: string | null;
  onCreateAnyway: () => void;
  onBack: () => void;
}) {
  return (
    <LibraryModal title="This person may already be in the library" onCancel={onBack} role="alertdialog">
      <div className="dialog-body">
        <p>
          {duplicates.length === 1 ? 'A case in the library has' : `${duplicates.length} cases in the library have`} the same name in another spelling. Check
          that this is a different person before creating a second case.
        </p>
        <ul className="lib-duplicate-list" aria-label="Likely duplicates">
          {duplicates.map((summary) => (
            <li key={summary.id}>
              <strong>
                {summary.displayName}
                {summary.birthDate ? ` (${dateYear(summary.birthDate)})` : ''}
              </strong>
              {summary.confidential && <span className="lib-badge-confidential">Confidential</span>}
              <span className="muted">{caseStatusLine(summary, { confidential: false })}</span>
            </li>
          ))}
        </ul>
      </div>
      <ServiceError message={error} />
      <div className="dialog-buttons">
        <button type="button" disabled={busy} onClick={onCreateAnyway}>
          Create anyway
        </button>
        <button type="button" className="primary" data-autofocus onClick={onBack}>
          Go back
        </button>
      </div>
    </LibraryModal>
  );
}
