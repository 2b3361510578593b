import type { ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Emphasised } from './Emphasised.tsx';
import type { ImportPlan } from './import-view.ts';
import { signOnImportMessages } from './messages.ts';
import './signatories.css';

/** The file in numbers: what the rows are, and what Import will do with the writer's choices. */
export function ImportSummary({ preview, plan }: { preview: ImportPreview; plan: ImportPlan }) {
  const m = useMessages(signOnImportMessages);
  const c = preview.counts;
  const duplicates = c['duplicate-in-file'] + c['duplicate-of-list'] + c['duplicate-of-roster'];
  return (
    <div className="import-summary" role="status">
      <p>
        <Emphasised text={m.summaryRows(preview.rows.length, c.add, duplicates, c['duplicate-in-file'], c['duplicate-of-list'], c['duplicate-of-roster'], c.skipped, c.error)} />
      </p>
      <p>
        <Emphasised text={m.summaryPlan(plan.add, plan.merge, plan.notImported)} />
      </p>
    </div>
  );
}
