import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { UiLocale } from '../../core/i18n/ui-locale.ts';
import { menuMessages } from './menu-messages.ts';
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
  /** The interface language of the labels; English when not given. */
  locale?: UiLocale;
};

const MAX_SUGGESTIONS = 6;
const LANGUAGE_LABELS = [
  ['en', 'spellEnglish'],
  ['ru', 'spellRussian'],
  ['both', 'spellBoth'],
] as const satisfies ReadonlyArray<readonly [SpellcheckChoice, string]>;

/**
 * The right-click menu, built in the main process from what Chromium reports about the click:
 * spelling first when the word under the pointer is misspelt, then the clipboard, then the
 * editor's own commands. Footnotes belong to the statement's rich text (a contenteditable,
 * formControlType 'none'), not to the title field or a dialog's inputs. Empty when there is
 * nothing to offer (a click on plain interface text), so no menu opens.
 */
export function buildContextMenu(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const m = menuMessages[actions.locale ?? 'en'];
  const items: MenuItemConstructorOptions[] = [];
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  if (facts.isEditable && facts.misspelledWord !== '') {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: m.noSuggestions, enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ label: m.addToDictionary, click: () => actions.addToDictionary(facts.misspelledWord) }, separator);
  }

  if (facts.isEditable) {
    items.push(
      { role: 'cut', label: m.cut, enabled: facts.editFlags.canCut },
      { role: 'copy', label: m.copy, enabled: facts.editFlags.canCopy },
      { role: 'paste', label: m.paste, enabled: facts.editFlags.canPaste },
      { role: 'pasteAndMatchStyle', label: m.pastePlain, enabled: facts.editFlags.canPaste },
      separator,
      { role: 'selectAll', label: m.selectAll, enabled: facts.editFlags.canSelectAll },
    );
    if (facts.formControlType === 'none') {
      // The accelerator is shown only; the application menu's item owns the shortcut.
      items.push(separator, { label: m.insertFootnote, accelerator: 'CmdOrCtrl+Alt+F', registerAccelerator: false, click: () => actions.send('insert.footnote') });
    }
    items.push(separator, {
      label: m.spellingLanguages,
      submenu: LANGUAGE_LABELS.map(([choice, key]) => ({ label: m[key], type: 'radio', checked: actions.spellcheck === choice, click: () => actions.chooseSpellcheck(choice) })),
    });
  } else if (facts.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: m.copy, enabled: facts.editFlags.canCopy }, { role: 'selectAll', label: m.selectAll });
  }
  return items;
}
