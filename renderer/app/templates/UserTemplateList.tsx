import { useCallback, useEffect, useState } from 'react';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import type { TemplateProblem } from '../../../core/templates/template-problem.ts';
import type { Template } from '../../../core/templates/template.ts';
import { userTemplateFileName, type TemplateImport } from '../../../core/templates/user-template.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { templateMessages } from './messages.ts';
import './user-templates.css';

type Listed = { id: string; name: string; template: Template | null; problems: TemplateProblem[] };
export type UserTemplates = { listed: Listed[] | null; reload: () => void };

/** The writer's templates from the library, each parsed here: one that fails is listed with its problems, the others still work. */
export function useUserTemplates(): UserTemplates {
  const [listed, setListed] = useState<Listed[] | null>(null);
  const reload = useCallback(() => {
    void studio.templates.listUser({}).then((answer) => {
      if (!answer.ok) return setListed([]);
      setListed(
        answer.value.map((saved) => {
          const parsed = parseTemplate(saved.text, userTemplateFileName(saved.id), currentUiLocale());
          return { id: saved.id, name: saved.name, template: parsed.ok ? parsed.template : null, problems: parsed.ok ? [] : parsed.problems };
        }),
      );
    });
  }, []);
  useEffect(reload, [reload]);
  return { listed, reload };
}

/** "My templates" in New from Template: choose, delete, export; import a template file. */
export function UserTemplateList({ mine, onChoose }: { mine: UserTemplates; onChoose: (template: Template) => void }) {
  const m = useMessages(templateMessages);
  const [note, setNote] = useState<{ text: string; problems?: string[]; done?: boolean } | null>(null);
  const [waiting, setWaiting] = useState<Extract<TemplateImport, { status: 'exists' }> | null>(null);
  // Deleting asks first: a template the writer made is not in any file unless exported.
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const outcome = (result: TemplateImport) => {
    if (result.status === 'imported') setNote({ text: m.imported(result.template.name), done: true });
    else if (result.status === 'problems') setNote({ text: m.refused(result.name), problems: result.problems.map((p) => m.problemLine(p.file, p.line, p.message)) });
    else setWaiting(result);
    mine.reload();
  };
  const importFile = async () => {
    setNote(null);
    const answer = await studio.templates.importFile({});
    if (answer.ok) outcome(answer.value);
    else if (answer.code !== 'CANCELLED') setNote({ text: answer.message });
  };
  const resolve = async (choice: 'replace' | 'keepBoth') => {
    if (!waiting) return;
    setWaiting(null);
    const answer = await studio.templates.resolveImport({ importId: waiting.importId, choice });
    if (answer.ok) outcome(answer.value);
    else setNote({ text: answer.message });
  };
  const exportOne = async (id: string) => {
    const answer = await studio.templates.exportFile({ id });
    if (answer.ok) setNote({ text: m.exported(answer.value.name), done: true });
    else if (answer.code !== 'CANCELLED') setNote({ text: answer.message });
  };
  const remove = async (id: string) => {
    setDeleting(null);
    const answer = await studio.templates.deleteUser({ id });
    if (!answer.ok) setNote({ text: answer.message });
    mine.reload();
  };

  return (
    <section className="user-templates" aria-label={m.myTemplates}>
      <h3>{m.myTemplates}</h3>
      <ul className="template-choices" aria-label={m.myTemplates}>
        {mine.listed?.map((item) => (
          <li key={item.id}>
            <div className="template-row">
              <button type="button" disabled={item.template === null} onClick={() => item.template && onChoose(item.template)}>
                <strong>{item.template?.name ?? item.name}</strong>
                {item.template?.description && <span className="muted">{item.template.description}</span>}
                {item.problems.map((p, i) => (
                  <span key={i} className="template-problems">{m.problemLine(p.file, p.line, p.message)}</span>
                ))}
              </button>
              <button type="button" aria-label={`${m.export} ${item.name}`} onClick={() => void exportOne(item.id)}>{m.export}</button>
              <button type="button" aria-label={`${m.delete} ${item.name}`} onClick={() => setDeleting({ id: item.id, name: item.template?.name ?? item.name })}>{m.delete}</button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void importFile()}>{m.importFile}</button>
      {deleting && (
        <div role="alertdialog" className="template-question" aria-label={m.deleteQuestion(deleting.name)}>
          <p>{m.deleteQuestion(deleting.name)}</p>
          <button type="button" className="danger" onClick={() => void remove(deleting.id)}>{m.delete}</button>
          <button type="button" onClick={() => setDeleting(null)}>{m.cancel}</button>
        </div>
      )}
      {waiting && (
        <div role="alertdialog" className="template-question" aria-label={m.exists(waiting.existingName)}>
          <p>{m.exists(waiting.existingName)}</p>
          <button type="button" onClick={() => void resolve('replace')}>{m.replace}</button>
          <button type="button" onClick={() => void resolve('keepBoth')}>{m.keepBoth}</button>
        </div>
      )}
      {note && (
        <div className={note.done ? 'template-note' : 'template-problems'} role="status">
          <p>{note.text}</p>
          {note.problems && <ul>{note.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>}
        </div>
      )}
      <h3>{m.builtIn}</h3>
    </section>
  );
}
