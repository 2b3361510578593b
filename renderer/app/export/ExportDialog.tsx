import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { preflight, type CaseStanding } from '../../../core/checks/preflight.ts';
import type { CheckProblem } from '../../../core/checks/problem.ts';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, type ExportOptions } from '../../../core/export/export-request.ts';
import type { ExportedFile } from '../../../core/ipc/contract.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { getCaseStatuses } from '../../editor/plugins/cases/case-status.ts';
import { getFootnoteOrder } from '../../editor/plugins/footnotes/footnote-numbers.ts';
import { goToNote } from '../../editor/plugins/footnotes/navigation.ts';
import { revealPath } from '../../editor/reveal-path.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import { studio } from '../../studio.ts';
import { Modal } from '../Modal.tsx';
import { useMessages } from '../../i18n/messages.ts';
import './export.css';
import { exportMessages } from './messages.ts';

type Props = {
  editor: LexicalEditor;
  statement: () => Statement | null;
  /** The statement as JSON text made in idle slices, for the export worker (use-document-session.ts). */
  statementJson: () => Promise<{ meta: Statement['meta']; json: string } | null>;
  onClose: () => void;
};
type Progress = { state: 'idle' } | { state: 'exporting'; started: number } | { state: 'done'; file: ExportedFile } | { state: 'failed'; message: string };

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
export function ExportDialog({ editor, statement, statementJson, onClose }: Props) {
  const m = useMessages(exportMessages);
  const [options, setOptions] = useState<ExportOptions>({ format: 'pdf', paper: 'a4', notes: 'footnotes', pdfa: false, letterhead: false });
  const [problems, setProblems] = useState<CheckProblem[]>(() => {
    const current = statement();
    return current ? preflight(current, { caseStanding: caseStanding(editor), locale: currentUiLocale() }) : [];
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
    setProblems(current ? preflight(current, { caseStanding: caseStanding(editor), locale: currentUiLocale() }) : []);
  };
  const show = (problem: CheckProblem) => {
    onClose();
    if (problem.footnote !== undefined) {
      const key = getFootnoteOrder(editor).keys[problem.footnote - 1];
      if (key !== undefined) goToNote(editor, key);
    } else if (problem.path !== undefined) revealPath(editor, problem.path);
  };
  const run = async () => {
    setProgress({ state: 'exporting', started: performance.now() });
    // Made in slices: a thousand-page statement serialized in one go froze the window for half a second.
    const current = await statementJson();
    if (!current) return setProgress({ state: 'idle' });
    const result = await studio.export.run({ title: current.meta.title, statementJson: current.json, options });
    if (result.ok) setProgress({ state: 'done', file: result.value });
    else if (result.code === 'CANCELLED') setProgress({ state: 'idle' });
    else setProgress({ state: 'failed', message: result.message });
  };

  const isPdf = options.format === 'pdf';
  return (
    <Modal title={m.title} onCancel={onClose} className="export-dialog">
      <fieldset className="export-formats">
        <legend>{m.format}</legend>
        {EXPORT_FORMATS.map((format) => (
          <label key={format} className="check">
            <input type="radio" name="export-format" checked={options.format === format} onChange={() => setOptions({ ...options, format })} /> {m.formatLabel(format)}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-options" disabled={options.format === 'html-fragment'}>
        <legend>{m.options}</legend>
        <label>
          {m.paper}{' '}
          <select aria-label={m.paper} value={options.paper} onChange={(e) => setOptions({ ...options, paper: e.target.value as ExportOptions['paper'] })}>
            <option value="a4">A4</option>
            <option value="letter">{m.usLetter}</option>
          </select>
        </label>
        {isPdf && (
          <>
            <label>
              {m.notes}{' '}
              <select aria-label={m.notes} value={options.notes} onChange={(e) => setOptions({ ...options, notes: e.target.value as ExportOptions['notes'] })}>
                <option value="footnotes">{m.footOfPage}</option>
                <option value="endnotes">{m.afterText}</option>
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={options.letterhead} onChange={(e) => setOptions({ ...options, letterhead: e.target.checked })} /> {m.letterhead}
            </label>
            <label className="check">
              <input type="checkbox" checked={options.pdfa} onChange={(e) => setOptions({ ...options, pdfa: e.target.checked })} /> {m.pdfa}
            </label>
          </>
        )}
      </fieldset>

      <section className="preflight" aria-labelledby="preflight-title">
        <h3 id="preflight-title">
          {m.beforeItGoesOut}{' '}
          <button type="button" className="small" onClick={recheck}>
            {m.checkAgain}
          </button>
        </h3>
        {problems.length === 0 ? (
          <p className="muted" role="status">
            {m.nothingToFix}
          </p>
        ) : (
          <ul className="preflight-list" aria-label={m.problems}>
            {problems.map((problem, i) => (
              <li key={`${problem.code}-${i}`} className={`problem ${problem.severity}`}>
                <span className="severity">{problem.severity === 'error' ? m.fix : m.check}</span> {problem.message}
                {(problem.path !== undefined || problem.footnote !== undefined) && (
                  <button type="button" className="small" onClick={() => show(problem)}>
                    {m.show}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {errors.length > 0 && (
          <label className="check override">
            <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> {m.exportAnyway(errors.length)}
          </label>
        )}
      </section>

      <div className="export-progress" role="status">
        {progress.state === 'exporting' && m.exporting(((Math.max(now, progress.started) - progress.started) / 1000).toFixed(1))}
        {progress.state === 'done' && (
          <>
            {m.exported(progress.file.pages, progress.file.path, (progress.file.millis / 1000).toFixed(1))}{' '}
            <button type="button" className="small" onClick={() => void studio.export.reveal({ path: progress.file.path })}>
              {m.showInFolder}
            </button>
          </>
        )}
        {progress.state === 'failed' && <span className="problem error">{m.failed(progress.message)}</span>}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={blocked || progress.state === 'exporting'} onClick={() => void run()}>
          {m.exportAs(EXPORT_FILE_TYPES[options.format].extension.toUpperCase())}
        </button>
        <button type="button" onClick={onClose}>
          {progress.state === 'done' ? m.close : m.cancel}
        </button>
      </div>
    </Modal>
  );
}
