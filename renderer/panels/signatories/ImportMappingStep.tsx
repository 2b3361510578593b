import { assignColumn, fieldOfColumn, IMPORT_FIELDS, mappingProblems, type ColumnMapping, type ImportField } from '../../../core/signatories/csv/column-mapping.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import type { FileSummary } from './import-work.ts';
import { labelsOf } from './labels.ts';
import { useUiLocale } from '../library/use-ui-locale.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signOnImportMessages } from './messages.ts';
import './signatories.css';

const CHOICES: ReadonlyArray<ImportField | ''> = ['', ...IMPORT_FIELDS];

type Props = { summary: FileSummary; fileName: string; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void };

/** Step 2: what each column holds, guessed from its header and corrected by the writer. */
export function ImportMappingStep({ summary, fileName, mapping, onChange }: Props) {
  const m = useMessages(signOnImportMessages);
  const labels = labelsOf(CHOICES, (choice) => (choice === '' ? m.notImported : m.fieldLabel(choice)));
  const problems = mappingProblems(mapping, useUiLocale());
  return (
    <div className="import-step">
      <p>
        <strong>{fileName}</strong>
        {m.fileRows(summary.rowCount, summary.delimiter === ';')}
      </p>
      <div className="import-table-frame">
        <table className="import-mapping">
          <thead>
            <tr>
              <th scope="col">{m.column}</th>
              <th scope="col">{m.examples}</th>
              <th scope="col">{m.holds}</th>
            </tr>
          </thead>
          <tbody>
            {summary.header.map((title, column) => {
              const field = fieldOfColumn(mapping, column);
              return (
                <tr key={column}>
                  <th scope="row">{title}</th>
                  <td className="muted">{summary.examples[column]?.join(' · ')}</td>
                  <td>
                    <ChoiceSelect
                      aria-label={m.columnHolds(title)}
                      value={field ?? ''}
                      choices={CHOICES}
                      labels={labels}
                      onChange={(chosen) => onChange(chosen === '' ? (field === null ? mapping : assignColumn(mapping, field, null)) : assignColumn(mapping, chosen, column))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problems.map((problem) => (
        <p key={problem} className="field-error" role="alert">
          {problem}
        </p>
      ))}
      {mapping.consent === null && <p className="problem warning">{m.noConsentColumn}</p>}
    </div>
  );
}
