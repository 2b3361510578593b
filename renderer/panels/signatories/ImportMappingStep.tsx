import { assignColumn, fieldOfColumn, IMPORT_FIELD_LABELS, IMPORT_FIELDS, mappingProblems, type ColumnMapping, type ImportField } from '../../../core/signatories/csv/column-mapping.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import type { FileSummary } from './import-work.ts';
import './signatories.css';

const CHOICES: ReadonlyArray<ImportField | ''> = ['', ...IMPORT_FIELDS];
const LABELS: Readonly<Record<ImportField | '', string>> = { '': '— not imported —', ...IMPORT_FIELD_LABELS };

type Props = { summary: FileSummary; fileName: string; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void };

/** Step 2: what each column holds, guessed from its header and corrected by the writer. */
export function ImportMappingStep({ summary, fileName, mapping, onChange }: Props) {
  const problems = mappingProblems(mapping);
  return (
    <div className="import-step">
      <p>
        <strong>{fileName}</strong>: {summary.rowCount.toLocaleString('en')} {summary.rowCount === 1 ? 'row' : 'rows'}, separated by{' '}
        {summary.delimiter === ';' ? 'semicolons' : 'commas'}. Check what each column holds; columns left as “not imported” are ignored.
      </p>
      <div className="import-table-frame">
        <table className="import-mapping">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Examples</th>
              <th scope="col">Holds</th>
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
                      aria-label={`What the column “${title}” holds`}
                      value={field ?? ''}
                      choices={CHOICES}
                      labels={LABELS}
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
      {mapping.consent === null && <p className="problem warning">No column holds consent to publish: every signer will be imported as if they agreed.</p>}
    </div>
  );
}
