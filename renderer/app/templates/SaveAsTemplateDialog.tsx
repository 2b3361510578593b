import anyAscii from 'any-ascii';
import { useMemo, useState } from 'react';
import type { Statement } from '../../../core/statement/schema.ts';
import { statementToTemplateText } from '../../../core/templates/statement-to-template.ts';
import { variablesInStatement } from '../../../core/templates/statement-variables.ts';
import { applySuggestions, suggestTemplateVariables, type SuggestionKind } from '../../../core/templates/template-suggestions.ts';
import type { StatementWithTemplate } from '../../../core/templates/template-record.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { Modal } from '../Modal.tsx';
import { templateMessages } from './messages.ts';
import { useUserTemplates } from './UserTemplateList.tsx';
import { TemplateField } from './TemplateField.tsx';
import './templates.css';
import './user-templates.css';

type Props = { statement: Statement; onClose: (message: string | null) => void };

/**
 * "Statement on a death in custody" gives "statement-on-a-death-in-custody", a Russian name
 * its transliteration: the same name always the same id, so saving it again replaces it.
 */
function idFromName(name: string): string {
  const id = anyAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return id !== '' ? id : 'template';
}

/**
 * File > Save as Template, on whatever statement is open: the variables marked in its text,
 * the obvious ones offered for a click (date, year, city, ordinal), the template text as it
 * will be saved, and Save, which keeps it in the library under "My templates".
 */
export function SaveAsTemplateDialog({ statement, onClose }: Props) {
  const m = useMessages(templateMessages);
  const record = (statement as StatementWithTemplate).meta.template;
  const [name, setName] = useState(statement.meta.title);
  const [description, setDescription] = useState('');
  const [language, setLanguage] = useState(statement.meta.language);
  const [chosen, setChosen] = useState<Set<SuggestionKind>>(new Set());
  const [error, setError] = useState<string | null>(null);
  // Saving under an id that is there replaces that template: say so before, on the button too.
  const mine = useUserTemplates();
  const replaced = mine.listed?.find((t) => t.id === idFromName(name)) ?? null;
  const found = useMemo(() => variablesInStatement(statement), [statement]);
  const dateStyle = record?.dateStyle ?? 'day-month-year';
  const suggestions = useMemo(() => suggestTemplateVariables(statement, dateStyle, new Set(found.map((f) => f.name)), found), [statement, dateStyle, found]);
  const taken = useMemo(() => suggestions.filter((s) => chosen.has(s.kind) && s.needs.every((n) => chosen.has(n))), [suggestions, chosen]);
  // The copy with chips put in (a deep copy of the statement) is made when the choices change, not per keystroke in the name.
  const applied = useMemo(() => applySuggestions(statement, taken), [statement, taken]);
  const text = useMemo(() => {
    const dateVariable = taken.some((s) => s.kind === 'date') ? 'date' : (record?.dateVariable ?? null);
    return statementToTemplateText(
      { title: applied.meta.title, root: applied.editor.root },
      { id: idFromName(name), name: name.trim() || 'Template', description: description.trim(), language, dateStyle, footnoteStyle: statement.meta.footnoteStyle, dateVariable, places: applied.meta.places },
      // A marked variable written elsewhere too is declared once, as found.
      [...found, ...taken.filter((s) => !found.some((f) => f.name === s.declaration.name)).map((s) => s.declaration)],
    );
  }, [applied, statement.meta.footnoteStyle, language, taken, record, name, description, dateStyle, found]);

  const toggle = (kind: SuggestionKind) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(kind)) next.delete(kind);
      else {
        next.add(kind);
        for (const need of suggestions.find((s) => s.kind === kind)?.needs ?? []) next.add(need);
      }
      return next;
    });

  const save = async () => {
    const saved = await studio.templates.saveUser({ text });
    if (!saved.ok) setError(saved.message);
    else onClose(m.saved(saved.value.template.name));
  };

  return (
    <Modal title={m.saveAsTitle} onCancel={() => onClose(null)} className="template-dialog">
      <div className="template-form">
        <TemplateField id="st-name" label={m.name}>
          <input id="st-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={300} />
        </TemplateField>
        <TemplateField id="st-description" label={m.description}>
          <input id="st-description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={1000} />
        </TemplateField>
        <TemplateField id="st-language" label={m.language}>
          <select id="st-language" value={language} onChange={(e) => setLanguage(e.target.value as typeof language)}>
            <option value="en">{m.languageName('en')}</option>
            <option value="ru">{m.languageName('ru')}</option>
          </select>
        </TemplateField>
        <p className="template-section-title">{m.variablesFound(found.length)}</p>
        {found.length > 0 && (
          <ul className="template-variables" aria-label={m.variablesFound(found.length)}>
            {found.map((v) => (
              <li key={v.name}>
                <span className="st-variable">{v.label}</span> <code>{`{{${v.name}}}`}</code>
              </li>
            ))}
          </ul>
        )}
        {suggestions.length > 0 && (
          <fieldset className="template-suggestions">
            <legend>{m.suggestions}</legend>
            {suggestions.map((s) => (
              <label key={s.kind}>
                <input type="checkbox" checked={chosen.has(s.kind)} onChange={() => toggle(s.kind)} /> {m.suggestion(s.declaration.label, s.replaces.map((r) => r.text))}
              </label>
            ))}
          </fieldset>
        )}
        <TemplateField id="st-preview" label={m.preview}>
          <textarea id="st-preview" className="template-preview" readOnly value={text} rows={12} />
        </TemplateField>
        {replaced && <p className="field-problem">{m.replaces(replaced.name)}</p>}
        {error && <p className="field-problem" role="alert">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" className="primary" onClick={() => void save()} disabled={name.trim() === ''}>{replaced ? m.saveReplacing : m.save}</button>
          <button type="button" onClick={() => onClose(null)}>{m.cancel}</button>
        </div>
      </div>
    </Modal>
  );
}
