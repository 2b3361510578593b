import { $getRoot } from 'lexical';
import type { FootnoteRun } from '../../../core/cases/footnote.ts';
import { $footnoteBodyToRuns } from '../../editor/plugins/footnotes/library-note.ts';

/**
 * The editor's text back as runs. The statement's notes are read by the same function
 * ($footnoteBodyToRuns), which only walks the blocks it is given: here the editor's root.
 */
export function $runsOfRoot(): FootnoteRun[] {
  return $footnoteBodyToRuns($getRoot());
}
