import { memo } from 'react';
import type { DuplicateDecision } from '../../../core/signatories/csv/apply-import.ts';
import type { PreviewRow } from '../../../core/signatories/csv/import-preview.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { decisionChoices, lineLabel, rowOutcome, rowSigner } from './import-view.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signOnImportMessages } from './messages.ts';
import './signatories.css';

type Props = { row: PreviewRow; decision: DuplicateDecision | null; onDecide: (line: number, decision: DuplicateDecision) => void };

/** One row of the file: its line, the signer read from it, what the import will do, and the choice for a duplicate. */
export const ImportPreviewRow = memo(function ImportPreviewRow({ row, decision, onDecide }: Props) {
  const m = useMessages(signOnImportMessages);
  const signer = rowSigner(row);
  const choices = decisionChoices(row);
  const line = lineLabel(row);
  return (
    <tr data-action={row.action} data-line={row.line}>
      <td className="import-line">{line}</td>
      <td>
        {signer ? (
          <>
            <span className="import-signer">{signer.name}</span>
            {signer.details !== '' && <span className="muted import-details">{signer.details}</span>}
          </>
        ) : (
          <span className="muted import-details">{row.cells.filter((cell) => cell.trim() !== '').slice(0, 3).join(' · ').slice(0, 120)}</span>
        )}
      </td>
      <td>
        <span className="import-outcome">{rowOutcome(row)}</span>
        {row.warnings.map((warning) => (
          <span key={warning} className="problem warning import-warning">
            {warning}
          </span>
        ))}
      </td>
      <td>
        {choices.length > 0 && (
          <ChoiceSelect
            aria-label={m.whatToDo(line)}
            value={decision ?? 'merge'}
            choices={choices.map((choice) => choice.value)}
            labels={Object.fromEntries(choices.map((choice) => [choice.value, choice.label])) as Record<DuplicateDecision, string>}
            onChange={(value) => onDecide(row.line, value)}
          />
        )}
      </td>
    </tr>
  );
});
