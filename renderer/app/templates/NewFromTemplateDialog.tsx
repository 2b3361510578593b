import { useEffect, useState } from 'react';
import type { Statement } from '../../../core/statement/schema.ts';
import { loadTemplates } from '../../../core/templates/load-templates.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import { defaultValue } from '../../../core/templates/resolve-values.ts';
import type { Template } from '../../../core/templates/template.ts';
import type { TemplateProblem } from '../../../core/templates/template-problem.ts';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import { checkTemplateValues, type TemplateValues, type VariableValue } from '../../../core/templates/values.ts';
import { studio } from '../../studio.ts';
import { Modal } from '../Modal.tsx';
import { UserTemplateList, useUserTemplates } from './UserTemplateList.tsx';
import { VariableField } from './VariableField.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { templateFormMessages } from './form-messages.ts';
import './templates.css';

/** initialFileName: a template already chosen (on the welcome screen), whose form opens at once. */
type Props = { onCreate: (statement: Statement) => void; onCancel: () => void; initialFileName?: string };

/** Today's date in the writer's time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The form starts from the template's defaults ("26 June" of this year, "Central Asia"). */
function defaults(template: Template, today: string): Record<string, VariableValue | null> {
  return Object.fromEntries(template.variables.filter((v) => v.compute === null).map((v) => [v.name, defaultValue(v, today)]));
}

/**
 * File > New from Template: pick a template (the built-in ones, parsed here; a broken file
 * is listed with its line and does not hide the others), fill the form made from its
 * variables, and get a new statement. Whatever is left empty stays a highlighted chip.
 */
export function NewFromTemplateDialog({ onCreate, onCancel, initialFileName }: Props) {
  const m = useMessages(templateFormMessages);
  const [loaded, setLoaded] = useState<{ templates: Template[]; problems: TemplateProblem[] } | null>(null);
  const [chosen, setChosen] = useState<Template | null>(null);
  const [values, setValues] = useState<Record<string, VariableValue | null>>({});
  const [error, setError] = useState<string | null>(null);
  const today = localToday();

  const mine = useUserTemplates();
  useEffect(() => {
    void studio.templates.list({}).then((answer) => {
      if (!answer.ok) {
        setLoaded({ templates: [], problems: [{ file: 'templates', line: 1, column: 1, message: answer.message }] });
        return;
      }
      const parsed = loadTemplates(answer.value.files, currentUiLocale());
      setLoaded({ templates: parsed.templates, problems: [...answer.value.unreadable, ...parsed.problems] });
      const initial = parsed.templates.find((template) => template.fileName === initialFileName);
      if (initial) {
        setChosen(initial);
        setValues(defaults(initial, localToday()));
      }
    });
  }, [initialFileName]);

  const choose = (template: Template) => {
    setChosen(template);
    setValues(defaults(template, today));
    setError(null);
  };
  const problems = chosen ? new Map(checkTemplateValues(chosen, values as TemplateValues).map((p) => [p.name, p.message])) : new Map<string, string>();
  const statementDate = chosen?.dateVariable ? String(values[chosen.dateVariable] ?? '') : '';

  const create = () => {
    if (!chosen || problems.size > 0) return;
    try {
      onCreate(templateToStatement(chosen, values as TemplateValues, { today }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <Modal title={chosen ? m.newTitle(chosen.name) : m.chooseTitle} onCancel={onCancel} className="template-dialog">
      {!chosen && (
        <>
          {loaded === null && <p className="muted">{m.reading}</p>}
          <UserTemplateList mine={mine} onChoose={choose} />
          <ul className="template-choices" aria-label={m.templates}>
            {loaded?.templates.map((template) => (
              <li key={template.id}>
                <button type="button" onClick={() => choose(template)}>
                  <strong>{template.name}</strong>
                  <span className="muted">{template.description}</span>
                </button>
              </li>
            ))}
          </ul>
          {loaded && loaded.problems.length > 0 && (
            <div className="template-problems" role="note">
              <p>{m.someUnusable}</p>
              <ul>
                {loaded.problems.map((p, i) => (
                  <li key={i}>
                    {m.problemAt(p.file, p.line, p.message)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {chosen && (
        <form
          className="template-form"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          {chosen.variables
            .filter((v) => v.compute === null)
            .map((declaration) => (
              <VariableField
                key={declaration.name}
                declaration={declaration}
                value={values[declaration.name]}
                onChange={(value) => setValues((old) => ({ ...old, [declaration.name]: value }))}
                problem={problems.get(declaration.name)}
                language={chosen.language}
                statementDate={statementDate}
              />
            ))}
          <p className="muted">{m.leftEmpty}</p>
          {error && <p className="problem error">{error}</p>}
          <div className="dialog-buttons">
            <button type="submit" className="primary" disabled={problems.size > 0}>
              {m.create}
            </button>
            <button type="button" onClick={() => setChosen(null)}>
              {m.otherTemplate}
            </button>
            <button type="button" onClick={onCancel}>
              {m.cancel}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
