import { useCallback, useEffect, useRef, useState } from 'react';
import { applyImport, type DuplicateDecision } from '../../../core/signatories/csv/apply-import.ts';
import { guessMapping, mappingProblems, type ColumnMapping } from '../../../core/signatories/csv/column-mapping.ts';
import type { ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { EMPTY_ROSTER, type Roster } from '../../../core/signatories/roster.ts';
import type { Signatory, SignatoryStatus } from '../../../core/signatories/signatory.ts';
import { Modal } from '../../app/Modal.tsx';
import { studio } from '../../studio.ts';
import { startImportEngine, type ImportEngine, type Outcome } from './import-engine.ts';
import { fileSizeProblem, importPlan, importReport } from './import-view.ts';
import type { FileSummary } from './import-work.ts';
import { ImportFileStep } from './ImportFileStep.tsx';
import { ImportMappingStep } from './ImportMappingStep.tsx';
import { ImportPreviewStep } from './ImportPreviewStep.tsx';
import { today } from './list-edits.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { signOnImportMessages } from './messages.ts';
import './signatories.css';

type Props = {
  list: readonly Signatory[];
  newId: () => string;
  /** The list after the import, as one undoable step, and what to tell the writer. */
  onImport: (list: Signatory[], label: string, report: string) => void;
  onCancel: () => void;
};

type Loaded = { fileName: string; summary: FileSummary };
/** A preview asked of the engine, for one mapping: the guessed one is asked for as soon as the file is read. */
type Pending = { mapping: ColumnMapping; answer: Promise<Outcome<ImportPreview>> };

/**
 * Import a sign-on form: choose the CSV, check what each column holds, see what will happen
 * to every row (new signer, duplicate in the file, on the list or in the library with a
 * choice to merge, add or skip; skipped for no consent; errors with their line), then
 * Import, which changes the list in one step that Undo takes back. Reading and previewing
 * run in a worker, so a long file never freezes the window.
 */
export function ImportDialog({ list, newId, onImport, onCancel }: Props) {
  const m = useMessages(signOnImportMessages);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Readonly<Record<number, DuplicateDecision>>>({});
  const [status, setStatus] = useState<SignatoryStatus>('confirmed');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const engine = useRef<ImportEngine | null>(null);
  const roster = useRef<Promise<Roster>>(Promise.resolve(EMPTY_ROSTER));
  const pending = useRef<Pending | null>(null);
  /** Bumped by each new file and by Back, so a late answer about an earlier state is dropped. */
  const generation = useRef(0);

  useEffect(() => {
    const started = startImportEngine();
    engine.current = started;
    // The library's organisations and people, to recognise signers the roster knows (by email or name in any spelling).
    roster.current = Promise.all([studio.library.listOrganisations({}), studio.library.listSigners({})]).then(([organisations, people]) => ({
      organisations: organisations.ok ? organisations.value : EMPTY_ROSTER.organisations,
      people: people.ok ? people.value : EMPTY_ROSTER.people,
    }));
    return () => {
      started.dispose();
      engine.current = null;
    };
  }, []);

  const askPreview = useCallback(
    (wanted: ColumnMapping): Pending => {
      if (pending.current?.mapping === wanted) return pending.current;
      const answer = roster.current.then((r) => engine.current?.preview(wanted, list, r) ?? { ok: false as const, message: messagesNow(signOnImportMessages).importClosed });
      return (pending.current = { mapping: wanted, answer });
    },
    [list],
  );

  const readFile = async (file: File) => {
    const tooBig = fileSizeProblem(file.size);
    if (tooBig) return setError(tooBig);
    const run = ++generation.current;
    setError(null);
    setBusy(m.reading);
    let text: string;
    try {
      text = await file.text();
    } catch (failure) {
      setBusy(null);
      return setError(m.couldNotRead(failure instanceof Error ? failure.message : String(failure)));
    }
    const read = (await engine.current?.read(text)) ?? { ok: false as const, message: m.importClosed };
    if (run !== generation.current) return;
    setBusy(null);
    if (!read.ok) return setError(read.message);
    const guessed = guessMapping(read.value.header);
    setLoaded({ fileName: file.name, summary: read.value });
    setMapping(guessed);
    // Most files need no correction: the preview of the guess is ready by the time the writer asks.
    askPreview(guessed);
  };

  const showPreview = async () => {
    if (!mapping) return;
    const run = generation.current;
    setBusy(m.preparing);
    const answer = await askPreview(mapping).answer;
    if (run !== generation.current) return;
    setBusy(null);
    if (!answer.ok) return setError(answer.message);
    setError(null);
    setDecisions({});
    setPreview(answer.value);
  };

  const decide = useCallback((line: number, decision: DuplicateDecision) => setDecisions((d) => ({ ...d, [line]: decision })), []);

  const back = () => {
    generation.current++;
    setBusy(null);
    setError(null);
    if (preview) return setPreview(null);
    setLoaded(null);
    setMapping(null);
    pending.current = null;
  };

  const confirm = () => {
    if (!preview || !loaded) return;
    const outcome = applyImport(list, preview, decisions, { newId, status, date: today(), note: m.importedNote(loaded.fileName) });
    const report = importReport(outcome.added.length, outcome.updated.length, outcome.notImported.length);
    onImport(outcome.list, m.importStep(loaded.fileName), report);
  };

  const plan = preview && importPlan(preview, decisions);
  const step = preview ? 3 : loaded ? 2 : 1;
  return (
    <Modal title={m.dialogTitle(step)} onCancel={onCancel} className="signatory-dialog import-dialog">
      {step === 1 && <ImportFileStep onFile={(file) => void readFile(file)} busy={busy !== null} />}
      {step === 2 && loaded && mapping && <ImportMappingStep summary={loaded.summary} fileName={loaded.fileName} mapping={mapping} onChange={setMapping} />}
      {step === 3 && preview && <ImportPreviewStep preview={preview} decisions={decisions} onDecide={decide} status={status} onStatus={setStatus} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="muted import-busy" role="status" aria-live="polite">
        {busy}
      </p>
      <div className="dialog-buttons">
        {step > 1 && (
          <button type="button" onClick={back}>
            {m.back}
          </button>
        )}
        {step === 2 && (
          <button type="button" className="primary" disabled={busy !== null || mapping === null || mappingProblems(mapping).length > 0} onClick={() => void showPreview()}>
            {m.preview}
          </button>
        )}
        {step === 3 && plan && (
          <button type="button" className="primary" disabled={plan.add + plan.merge === 0} onClick={confirm}>
            {m.importButton(plan.add, plan.merge)}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </Modal>
  );
}
