import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { preflight, type CaseStanding } from '../../../core/checks/preflight.ts';
import type { CheckProblem } from '../../../core/checks/problem.ts';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from '../../../core/export/export-request.ts';
import type { ExportedFile } from '../../../core/ipc/contract.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { getCaseStatuses } from '../../editor/plugins/cases/case-status.ts';
import { getFootnoteOrder } from '../../editor/plugins/footnotes/footnote-numbers.ts';
import { goToNote } from '../../editor/plugins/footnotes/navigation.ts';
import { revealPath } from '../../editor/reveal-path.ts';
import { studio } from '../../studio.ts';
import { Modal } from '../Modal.tsx';
import './export.css';

type Props = { editor: LexicalEditor; statement: () => Statement | null; onClose: () => void };
type Progress = { state: 'idle' } | { state: 'exporting'; started: number } | { state: 'done'; file: ExportedFile } | { state: 'failed'; message: string };

const FORMAT_LABELS: Record<ExportFormat, string> = { pdf: 'PDF, to send', html: 'Web page (HTML)', 'html-fragment': 'HTML fragment, to paste into a website' };

/** What the window knows of the inserted cases against the library (the Cases panel's answer). */
function caseStanding(editor: LexicalEditor): Map<string, CaseStanding> {
  const standing = new Map<string, CaseStanding>();
  for (const status of getCaseStatuses(editor)) {
    if (status.state === 'stale' || status.state === 'missing') standing.set(status.inserted.caseId, status.state);
  }
  return standing;
}

/**
 * File > Export: the format and its options, then the preflight — what is wrong, with a
 * way to go and fix each — and the export itself, which runs in a worker in the main
 * process and ends with the file written and a way to show it.
 */
export function ExportDialog({ editor, statement, onClose }: Props) {
  const [options, setOptions] = useState<ExportOptions>({ format: 'pdf', paper: 'a4', notes: 'footnotes', pdfa: false, letterhead: false });
  const [problems, setProblems] = useState<CheckProblem[]>(() => {
    const current = statement();
    return current ? preflight(current, { caseStanding: caseStanding(editor) }) : [];
  });
  const [override, setOverride] = useState(false);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const [now, setNow] = useState(0);
  const errors = problems.filter((p) => p.severity === 'error');
  const blocked = errors.length > 0 && !override;

  // A running export shows its elapsed time: long statements take a moment.
  useEffect(() => {
    if (progress.state !== 'exporting') return;
    const timer = window.setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [progress.state]);

  const recheck = () => {
    const current = statement();
    setProblems(current ? preflight(current, { caseStanding: caseStanding(editor) }) : []);
  };
  const show = (problem: CheckProblem) => {
    onClose();
    if (problem.footnote !== undefined) {
      const key = getFootnoteOrder(editor).keys[problem.footnote - 1];
      if (key !== undefined) goToNote(editor, key);
    } else if (problem.path !== undefined) revealPath(editor, problem.path);
  };
  const run = async () => {
    const current = statement();
    if (!current) return;
    setProgress({ state: 'exporting', started: performance.now() });
    const result = await studio.export.run({ title: current.meta.title, statementJson: JSON.stringify(current), options });
    if (result.ok) setProgress({ state: 'done', file: result.value });
    else if (result.code === 'CANCELLED') setProgress({ state: 'idle' });
    else setProgress({ state: 'failed', message: result.message });
  };

  const isPdf = options.format === 'pdf';
  return (
    <Modal title="Export the statement" onCancel={onClose} className="export-dialog">
      <fieldset className="export-formats">
        <legend>Format</legend>
        {EXPORT_FORMATS.map((format) => (
          <label key={format} className="check">
            <input type="radio" name="export-format" checked={options.format === format} onChange={() => setOptions({ ...options, format })} /> {FORMAT_LABELS[format]}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-options" disabled={options.format === 'html-fragment'}>
        <legend>Options</legend>
        <label>
          Paper{' '}
          <select aria-label="Paper" value={options.paper} onChange={(e) => setOptions({ ...options, paper: e.target.value as ExportOptions['paper'] })}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        {isPdf && (
          <>
            <label>
              Notes{' '}
              <select aria-label="Notes" value={options.notes} onChange={(e) => setOptions({ ...options, notes: e.target.value as ExportOptions['notes'] })}>
                <option value="footnotes">at the foot of each page</option>
                <option value="endnotes">after the text</option>
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={options.letterhead} onChange={(e) => setOptions({ ...options, letterhead: e.target.checked })} /> Letterhead with the issuing organisations
            </label>
            <label className="check">
              <input type="checkbox" checked={options.pdfa} onChange={(e) => setOptions({ ...options, pdfa: e.target.checked })} /> PDF/A, for archiving
            </label>
          </>
        )}
      </fieldset>

      <section className="preflight" aria-labelledby="preflight-title">
        <h3 id="preflight-title">
          Before it goes out{' '}
          <button type="button" className="small" onClick={recheck}>
            Check again
          </button>
        </h3>
        {problems.length === 0 ? (
          <p className="muted" role="status">
            Nothing to fix.
          </p>
        ) : (
          <ul className="preflight-list" aria-label="Problems">
            {problems.map((problem, i) => (
              <li key={`${problem.code}-${i}`} className={`problem ${problem.severity}`}>
                <span className="severity">{problem.severity === 'error' ? 'Fix' : 'Check'}</span> {problem.message}
                {(problem.path !== undefined || problem.footnote !== undefined) && (
                  <button type="button" className="small" onClick={() => show(problem)}>
                    Show
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {errors.length > 0 && (
          <label className="check override">
            <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Export anyway ({errors.length} to fix)
          </label>
        )}
      </section>

      <div className="export-progress" role="status">
        {progress.state === 'exporting' && `Exporting… ${((Math.max(now, progress.started) - progress.started) / 1000).toFixed(1)} s`}
        {progress.state === 'done' && (
          <>
            Exported {progress.file.pages !== null ? `${progress.file.pages} ${progress.file.pages === 1 ? 'page' : 'pages'} ` : ''}to {progress.file.path} in {(progress.file.millis / 1000).toFixed(1)} s.{' '}
            <button type="button" className="small" onClick={() => void studio.export.reveal({ path: progress.file.path })}>
              Show in folder
            </button>
          </>
        )}
        {progress.state === 'failed' && <span className="problem error">The export failed: {progress.message}</span>}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={blocked || progress.state === 'exporting'} onClick={() => void run()}>
          Export {EXPORT_FILE_TYPES[options.format].extension.toUpperCase()}…
        </button>
        <button type="button" onClick={onClose}>
          {progress.state === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Modal>
  );
}
