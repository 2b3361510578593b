import './signatories.css';

type Props = { onFile: (file: File) => void; busy: boolean };

/** Step 1: the sign-on file, as exported by Google Forms, Action Network or a spreadsheet. */
export function ImportFileStep({ onFile, busy }: Props) {
  return (
    <div className="import-step">
      <p>
        Choose the sign-on form’s answers as a CSV file (Google Forms: Responses › Download responses; a spreadsheet: Save as CSV UTF-8). Commas or semicolons, with
        or without a BOM. Nothing is added to the statement until you have seen what will happen to every row and pressed Import.
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="Sign-on file (CSV)"
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
