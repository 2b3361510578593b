import { STATEMENT_FORMAT, STATEMENT_VERSION } from './format.ts';
import { emptyEditorState } from './editor-state.ts';
import type { StatementLanguage } from './language.ts';
import type { Statement } from './schema.ts';

export function newStatement(language: StatementLanguage = 'en'): Statement {
  return {
    format: STATEMENT_FORMAT,
    version: STATEMENT_VERSION,
    meta: { title: '', date: '', places: [], language, footnoteStyle: 'decimal' },
    editor: emptyEditorState(),
    signatories: [],
  };
}
