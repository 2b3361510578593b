import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildContextMenu, type ContextMenuActions, type ContextMenuFacts } from '../../../electron/main/context-menu.ts';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
/** A right-click in the statement's text (a contenteditable) on a correctly spelt word. */
const inEditor: ContextMenuFacts = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], formControlType: 'none', editFlags: allowed };

function actions() {
  return {
    send: vi.fn<(id: string) => void>(),
    replaceMisspelling: vi.fn<(word: string) => void>(),
    addToDictionary: vi.fn<(word: string) => void>(),
    chooseSpellcheck: vi.fn<ContextMenuActions['chooseSpellcheck']>(),
    spellcheck: 'both' as ContextMenuActions['spellcheck'],
  } satisfies ContextMenuActions;
}
const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => item.label ?? item.type);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();
const find = (menu: MenuItemConstructorOptions[], label: string) => menu.find((item) => item.label === label);

describe('the editor’s context menu', () => {
  it('offers the clipboard, select all, insert footnote and the spelling languages in the statement’s text', () => {
    const menu = buildContextMenu(inEditor, actions());
    expect(labels(menu)).toEqual(['Cut', 'Copy', 'Paste', 'Paste as Plain Text', 'separator', 'Select All', 'separator', 'Insert Footnote', 'separator', 'Spelling Languages']);
    expect(menu.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
  });

  it('sends the menu command for a footnote, as the Insert menu does', () => {
    const act = actions();
    click(find(buildContextMenu(inEditor, act), 'Insert Footnote'));
    expect(act.send).toHaveBeenCalledWith('insert.footnote');
  });

  it('greys out what the click cannot do: nothing to cut or copy without a selection, nothing to paste from an empty clipboard', () => {
    const menu = buildContextMenu({ ...inEditor, editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true } }, actions());
    expect(['Cut', 'Copy', 'Paste', 'Paste as Plain Text', 'Select All'].map((label) => find(menu, label)!.enabled)).toEqual([false, false, false, false, true]);
  });

  it('puts spelling suggestions first; choosing one replaces the word', () => {
    const act = actions();
    const menu = buildContextMenu({ ...inEditor, misspelledWord: 'refoulment', dictionarySuggestions: ['refoulement', 'refolement'] }, act);
    expect(labels(menu).slice(0, 4)).toEqual(['refoulement', 'refolement', 'Add to Dictionary', 'separator']);
    click(menu[0]);
    expect(act.replaceMisspelling).toHaveBeenCalledWith('refoulement');
  });

  it('adds the misspelt word itself to the dictionary, Russian included', () => {
    const act = actions();
    const menu = buildContextMenu({ ...inEditor, misspelledWord: 'Холикназаров', dictionarySuggestions: [] }, act);
    expect(labels(menu).slice(0, 2)).toEqual(['No Spelling Suggestions', 'Add to Dictionary']);
    expect(menu[0]!.enabled).toBe(false);
    click(find(menu, 'Add to Dictionary'));
    expect(act.addToDictionary).toHaveBeenCalledWith('Холикназаров');
  });

  it('shows at most six suggestions', () => {
    const menu = buildContextMenu({ ...inEditor, misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tech', 'tea', 'tel', 'tee', 'Ted', 'teg'] }, actions());
    expect(labels(menu).indexOf('Add to Dictionary')).toBe(6);
  });

  it('marks the current spelling languages and switches them', () => {
    const act = { ...actions(), spellcheck: 'ru' as const };
    const languages = find(buildContextMenu(inEditor, act), 'Spelling Languages')!.submenu as MenuItemConstructorOptions[];
    expect(languages.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['English', 'radio', false],
      ['Russian', 'radio', true],
      ['English and Russian', 'radio', false],
    ]);
    click(languages[2]);
    expect(act.chooseSpellcheck).toHaveBeenCalledWith('both');
  });

  it('has no footnote in a plain input such as the title field', () => {
    const menu = buildContextMenu({ ...inEditor, formControlType: 'input-text' }, actions());
    expect(find(menu, 'Insert Footnote')).toBeUndefined();
    expect(find(menu, 'Paste')).toBeDefined();
  });

  it('offers only copy on selected interface text, and nothing where there is nothing to do', () => {
    const readOnly = { ...inEditor, isEditable: false, formControlType: 'none' as const };
    expect(labels(buildContextMenu({ ...readOnly, selectionText: 'Case of A. Kholiqnazarov' }, actions()))).toEqual(['Copy', 'Select All']);
    expect(buildContextMenu(readOnly, actions())).toEqual([]);
  });
});
