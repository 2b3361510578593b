import { useState } from 'react';
import { studio } from '../../studio.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import { countsText } from './format.ts';
import { libraryMessages } from './messages.ts';
import { transferMessages } from './transfer-messages.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { ServiceError } from './ServiceError.tsx';

/**
 * Export of the whole library to a JSON file for colleagues: asks whether confidential cases
 * go too (not by default), then the system's save dialog chooses the file.
 */
export function ExportDialog({ onExported, onCancel }: { onExported: (notice: string) => void; onCancel: () => void }) {
  const m = useMessages(transferMessages);
  const common = useMessages(libraryMessages);
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
    // Said in the language of the moment it finished.
    const now = messagesNow(transferMessages);
    const leftOut = confidentialLeftOut > 0 ? ` ${now.confidentialLeftOut(confidentialLeftOut)}` : '';
    onExported(`${now.exported(countsText(counts, currentUiLocale()), name)}${leftOut}`);
  };

  return (
    <LibraryModal title={m.exportTitle} onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <div className="dialog-body">
          <p>{m.exportExplained}</p>
          <label className="lib-check">
            <input type="checkbox" checked={includeConfidential} onChange={(e) => setIncludeConfidential(e.target.checked)} /> {m.includeConfidential}
          </label>
          <p className="lib-hint">{m.includeConfidentialHint}</p>
        </div>
        <ServiceError message={error} />
        <div className="dialog-buttons">
          <button type="submit" className="primary" data-autofocus disabled={busy}>
            {m.chooseAndExport}
          </button>
          <button type="button" onClick={onCancel}>
            {common.cancel}
          </button>
        </div>
      </form>
    </LibraryModal>
  );
}
