import { useState } from 'react';
import { studio } from '../../studio.ts';
import { countsText, plural } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { ServiceError } from './ServiceError.tsx';

/**
 * Export of the whole library to a JSON file for colleagues: asks whether confidential cases
 * go too (not by default), then the system's save dialog chooses the file.
 */
export function ExportDialog({ onExported, onCancel }: { onExported: (notice: string) => void; onCancel: () => void }) {
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    const exported = await studio.library.exportFile({ includeConfidential });
    setBusy(false);
    if (!exported.ok) {
      // The writer closed the save dialog: nothing happened, nothing to say.
      if (exported.code === 'CANCELLED') onCancel();
      else setError(exported.message);
      return;
    }
    const { name, counts, confidentialLeftOut } = exported.value;
    const leftOut = confidentialLeftOut > 0 ? ` ${plural(confidentialLeftOut, 'confidential case was', 'confidential cases were')} left out.` : '';
    onExported(`Exported ${countsText(counts)} to ${name}.${leftOut}`);
  };

  return (
    <LibraryModal title="Export the library" onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <div className="dialog-body">
          <p>Writes every case, organisation and note to a JSON file that colleagues can import into their own library.</p>
          <label className="lib-check">
            <input type="checkbox" checked={includeConfidential} onChange={(e) => setIncludeConfidential(e.target.checked)} /> Include confidential cases
          </label>
          <p className="lib-hint">Leave this off unless everyone who will receive the file may see them.</p>
        </div>
        <ServiceError message={error} />
        <div className="dialog-buttons">
          <button type="submit" className="primary" data-autofocus disabled={busy}>
            Choose file and export…
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </LibraryModal>
  );
}
