import { $createLinkNode, type LinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode } from 'lexical';
import type { FootnoteRun } from '../../../core/cases/footnote.ts';
import { safeExternalUrl } from '../../../core/links/external-url.ts';
import { $footnoteBodyToRuns } from '../../editor/plugins/footnotes/library-note.ts';
import type { FootnoteBodyNode } from '../../editor/nodes/FootnoteBodyNode.ts';

/** A library note's runs as one paragraph of text and link nodes, for its editor. */
export function $paragraphOfRuns(runs: ReadonlyArray<FootnoteRun>): ParagraphNode {
  const paragraph = $createParagraphNode();
  let link: LinkNode | null = null;
  for (const run of runs) {
    const text = $createTextNode(run.text);
    if (run.bold) text.toggleFormat('bold');
    if (run.italic) text.toggleFormat('italic');
    if (run.underline) text.toggleFormat('underline');
    const url = run.link ? safeExternalUrl(run.link) : null;
    if (url) {
      if (!link || link.getURL() !== url) paragraph.append((link = $createLinkNode(url)));
      link.append(text);
    } else {
      link = null;
      paragraph.append(text);
    }
  }
  return paragraph;
}

/**
 * The editor's text back as runs. The statement's notes are read by the same function
 * ($footnoteBodyToRuns), which only walks the blocks it is given: here the editor's root.
 */
export function $runsOfRoot(): FootnoteRun[] {
  return $footnoteBodyToRuns($getRoot() as unknown as FootnoteBodyNode);
}
