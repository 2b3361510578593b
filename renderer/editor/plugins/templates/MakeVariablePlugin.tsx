import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, createCommand, type BaseSelection, type LexicalCommand } from 'lexical';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { defaultProblem, nameFromLabel, type MarkedVariable } from '../../../../core/templates/marked-variable.ts';
import { isVariableName, normaliseName } from '../../../../core/templates/variable-name.ts';
import { LIST_TYPES, VARIABLE_TYPES, type VariableType } from '../../../../core/templates/variable-types.ts';
import { Modal } from '../../../app/Modal.tsx';
import { useMessages } from '../../../i18n/messages.ts';
import { $syncSelectionFromDom } from '../../dom-selection.ts';
import { $createTemplateVariableNode } from '../../nodes/TemplateVariableNode.ts';
import { makeVariableMessages } from './messages.ts';
import { TemplateField } from '../../../app/templates/TemplateField.tsx';

/** Insert > Make Template Variable (insert.templateVariable): asks for the variable, then puts its chip in place of the selection. */
export const OPEN_MAKE_VARIABLE_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_MAKE_VARIABLE_DIALOG_COMMAND');

/** The selected text as a default of the type: a year or a number as figures. */
function defaultFor(type: VariableType, text: string): string | number | null {
  if (LIST_TYPES.has(type)) return null;
  if ((type === 'year' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * The selection becomes a template variable: a chip carrying its declaration, whose default
 * is the text that was selected (core/templates/marked-variable.ts). One editor update, so
 * Undo puts the text back.
 */
export function MakeVariablePlugin() {
  const [editor] = useLexicalComposerContext();
  const m = useMessages(makeVariableMessages);
  const [open, setOpen] = useState<{ text: string } | null>(null);
  const [label, setLabel] = useState('');
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [type, setType] = useState<VariableType>('text');
  const [help, setHelp] = useState('');
  const [choices, setChoices] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saved = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_MAKE_VARIABLE_DIALOG_COMMAND,
        () => {
          $syncSelectionFromDom(editor);
          const selection = $getSelection();
          const text = $isRangeSelection(selection) ? selection.getTextContent().replace(/\s+/g, ' ').trim() : '';
          saved.current = selection?.clone() ?? null;
          setOpen({ text });
          setLabel('');
          setName('');
          setNameTouched(false);
          setType('text');
          setHelp('');
          setChoices(text);
          setError(text === '' ? m.selectFirst : null);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, m.selectFirst],
  );

  if (!open) return null;
  const close = () => {
    setOpen(null);
    editor.focus();
  };
  const shownName = nameTouched ? name : (nameFromLabel(label) ?? '');
  const choiceList = choices.split('\n').map((c) => c.trim()).filter(Boolean);
  const mark: MarkedVariable = { type, help: help.trim(), default: defaultFor(type, open.text), choices: type === 'choice' ? choiceList : [] };
  const problem = defaultProblem(mark);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const finalName = normaliseName(shownName);
    if (open.text === '') return setError(m.selectFirst);
    if (!isVariableName(finalName)) return setError(m.badName);
    // A date that is not written as YYYY-MM-DD is kept without a default rather than refused.
    const variable = problem === null || problem === 'list' ? mark : { ...mark, default: null };
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertNodes([$createTemplateVariableNode(finalName, label.trim() || finalName, variable)]);
    });
    close();
  };

  return (
    <Modal title={m.title} onCancel={close} className="make-variable-dialog">
      <form onSubmit={submit} className="template-form">
        <p className="muted">«{open.text}»</p>
        <TemplateField id="mv-label" label={m.label}>
          <input id="mv-label" autoFocus value={label} onChange={(e) => setLabel(e.target.value)} maxLength={300} />
        </TemplateField>
        <TemplateField id="mv-name" label={m.name}>
          <input id="mv-name" value={shownName} onChange={(e) => { setNameTouched(true); setName(e.target.value); }} maxLength={60} aria-invalid={shownName !== '' && !isVariableName(normaliseName(shownName))} />
        </TemplateField>
        <TemplateField id="mv-type" label={m.type}>
          <select id="mv-type" value={type} onChange={(e) => setType(e.target.value as VariableType)}>
            {VARIABLE_TYPES.map((t) => (
              <option key={t} value={t}>{m.types(t)}</option>
            ))}
          </select>
        </TemplateField>
        {type === 'choice' && (
          <TemplateField id="mv-choices" label={m.choices}>
            <textarea id="mv-choices" value={choices} onChange={(e) => setChoices(e.target.value)} rows={3} />
          </TemplateField>
        )}
        <TemplateField id="mv-help" label={m.help}>
          <input id="mv-help" value={help} onChange={(e) => setHelp(e.target.value)} maxLength={2000} />
        </TemplateField>
        {problem && <p className="field-help">{m.badDefault(problem)}</p>}
        {error && <p className="field-problem" role="alert">{error}</p>}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={open.text === ''}>{m.make}</button>
          <button type="button" onClick={close}>{m.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
