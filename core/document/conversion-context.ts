import type { FootnoteStyle } from '../footnotes/numbering.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { StatementLanguage } from '../statement/language.ts';
import type { DocumentWarning, Footnote, NoteBlock } from './model.ts';

/** A hostile or broken file must not flood the writer with thousands of identical lines. */
const MAX_WARNINGS = 100;
/** Deeper than any real document; parseStatement stops at 64, this guards unchecked input. */
export const MAX_DEPTH = 200;

/** What the walk over the editor state carries from node to node. */
export type ConversionContext = {
  language: StatementLanguage;
  footnoteStyle: FootnoteStyle;
  /** Notes found so far, in document order: the next reference gets number length + 1. */
  notes: Footnote[];
  warnings: DocumentWarning[];
  /** True while reading a note's body, where a reference would be a note inside a note. */
  inNote: boolean;
  depth: number;
  /** Reads a note's body into blocks; passed in so that the inline walk need not import the block walk. */
  noteBody: (body: SerializedNode, path: string) => NoteBlock[];
  warn: (path: string, message: string) => void;
};

export function newContext(language: StatementLanguage, footnoteStyle: FootnoteStyle, noteBody: ConversionContext['noteBody']): ConversionContext {
  const warnings: DocumentWarning[] = [];
  let dropped = 0;
  return {
    language,
    footnoteStyle,
    notes: [],
    warnings,
    inNote: false,
    depth: 0,
    noteBody,
    warn(path, message) {
      if (warnings.length < MAX_WARNINGS) {
        warnings.push({ path, message });
        return;
      }
      dropped++;
      const summary = { path: 'editor', message: `${dropped} more warning${dropped === 1 ? '' : 's'} not listed` };
      if (dropped === 1) warnings.push(summary);
      else warnings[warnings.length - 1] = summary;
    },
  };
}
