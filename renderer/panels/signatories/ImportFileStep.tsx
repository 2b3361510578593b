import { useMessages } from '../../i18n/messages.ts';
import { signOnImportMessages } from './messages.ts';
import './signatories.css';

type Props = { onFile: (file: File) => void; busy: boolean };

/** Step 1: the sign-on file, as exported by Google Forms, Action Network or a spreadsheet. */
export function ImportFileStep({ onFile, busy }: Props) {
  const m = useMessages(signOnImportMessages);
  return (
    <div className="import-step">
      <p>{m.fileIntro}</p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={m.fileAria}
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
