import type { ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import type { ImportPlan } from './import-view.ts';
import './signatories.css';

const n = (count: number) => count.toLocaleString('en');

/** The file in numbers: what the rows are, and what Import will do with the writer's choices. */
export function ImportSummary({ preview, plan }: { preview: ImportPreview; plan: ImportPlan }) {
  const c = preview.counts;
  const duplicates = c['duplicate-in-file'] + c['duplicate-of-list'] + c['duplicate-of-roster'];
  return (
    <div className="import-summary" role="status">
      <p>
        {n(preview.rows.length)} rows: <strong>{n(c.add)}</strong> new, <strong>{n(duplicates)}</strong> duplicates ({n(c['duplicate-in-file'])} in the file,{' '}
        {n(c['duplicate-of-list'])} on the list, {n(c['duplicate-of-roster'])} in the library), <strong>{n(c.skipped)}</strong> skipped for no consent,{' '}
        <strong>{n(c.error)}</strong> with errors.
      </p>
      <p>
        Import will add <strong>{n(plan.add)}</strong> {plan.add === 1 ? 'signer' : 'signers'}, merge <strong>{n(plan.merge)}</strong> into signers already there, and
        leave out <strong>{n(plan.notImported)}</strong> {plan.notImported === 1 ? 'row' : 'rows'}.
      </p>
    </div>
  );
}
