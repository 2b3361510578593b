import { dateYear } from '../../../core/cases/dates.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import { caseStatusLine } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { ServiceError } from './ServiceError.tsx';
import { useUiLocale } from './use-ui-locale.ts';

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
  const m = useMessages(caseMessages);
  const locale = useUiLocale();
  return (
    <LibraryModal title={m.duplicateTitle} onCancel={onBack} role="alertdialog">
      <div className="dialog-body">
        <p>{m.duplicateIntro(duplicates.length)}</p>
        <ul className="lib-duplicate-list" aria-label={m.likelyDuplicates}>
          {duplicates.map((summary) => (
            <li key={summary.id}>
              <strong>
                {summary.displayName}
                {summary.birthDate ? ` (${dateYear(summary.birthDate)})` : ''}
              </strong>
              {summary.confidential && <span className="lib-badge-confidential">{m.confidential}</span>}
              <span className="muted">{caseStatusLine(summary, { confidential: false, locale })}</span>
            </li>
          ))}
        </ul>
      </div>
      <ServiceError message={error} />
      <div className="dialog-buttons">
        <button type="button" disabled={busy} onClick={onCreateAnyway}>
          {m.createAnyway}
        </button>
        <button type="button" className="primary" data-autofocus onClick={onBack}>
          {m.goBack}
        </button>
      </div>
    </LibraryModal>
  );
}
