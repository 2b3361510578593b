import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { SpellcheckChoice } from './spellcheck-languages.ts';

/** What the editor's context menu reads from Electron's `context-menu` event. */
export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'formControlType'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

export type ContextMenuActions = {
  /** A menu command id for the renderer, as the application menu sends it. */
  send(id: string): void;
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  spellcheck: SpellcheckChoice;
  chooseSpellcheck(choice: SpellcheckChoice): void;
};

const MAX_SUGGESTIONS = 6;
const LANGUAGE_LABELS: ReadonlyArray<[SpellcheckChoice, string]> = [
  ['en', 'English'],
  ['ru', 'Russian'],
  ['both', 'English and Russian'],
];

/**
 * The right-click menu, built in the main process from what Chromium reports about the click:
 * spelling first when the word under the pointer is misspelt, then the clipboard, then the
 * editor's own commands. Footnotes belong to the statement's rich text (a contenteditable,
 * formControlType 'none'), not to the title field or a dialog's inputs. Empty when there is
 * nothing to offer (a click on plain interface text), so no menu opens.
 */
export function buildContextMenu(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  if (facts.isEditable && facts.misspelledWord !== '') {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ label: 'Add to Dictionary', click: () => actions.addToDictionary(facts.misspelledWord) }, separator);
  }

  if (facts.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: facts.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: facts.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: facts.editFlags.canPaste },
      { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', enabled: facts.editFlags.canPaste },
      separator,
      { role: 'selectAll', label: 'Select All', enabled: facts.editFlags.canSelectAll },
    );
    if (facts.formControlType === 'none') {
      // The accelerator is shown only; the application menu's item owns the shortcut.
      items.push(separator, { label: 'Insert Footnote', accelerator: 'CmdOrCtrl+Alt+F', registerAccelerator: false, click: () => actions.send('insert.footnote') });
    }
    items.push(separator, {
      label: 'Spelling Languages',
      submenu: LANGUAGE_LABELS.map(([choice, label]) => ({ label, type: 'radio', checked: actions.spellcheck === choice, click: () => actions.chooseSpellcheck(choice) })),
    });
  } else if (facts.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Copy', enabled: facts.editFlags.canCopy }, { role: 'selectAll', label: 'Select All' });
  }
  return items;
}
