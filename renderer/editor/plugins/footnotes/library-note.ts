import { $createLinkNode, $isLinkNode, type LinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $getSlotFrame,
  $getSlotHost,
  $insertNodes,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type BaseSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type ParagraphNode,
  type TextFormatType,
} from 'lexical';
import type { FootnoteRun } from '../../../../core/cases/footnote.ts';
import { safeExternalUrl } from '../../../../core/links/external-url.ts';
import { $selectEndOfText } from '../../select-end-of-text.ts';
import { $createFootnoteBodyNode } from '../../nodes/FootnoteBodyNode.ts';
import { $createFootnoteNode, $isFootnoteNode, type FootnoteNode } from '../../nodes/FootnoteNode.ts';

/**
 * Reusable notes: a note's text to the library's run list (core/cases/footnote.ts) and back.
 * A library footnote is one paragraph of runs with bold, italic, underline and a link; other
 * formatting (strikethrough, superscript) is left out, and the note's paragraphs and line
 * breaks become spaces.
 */

const KEPT_FORMATS = ['bold', 'italic', 'underline'] as const satisfies ReadonlyArray<TextFormatType>;
const MAX_RUN_TEXT = 20_000;
const MAX_RUNS = 500;

type Style = Omit<FootnoteRun, 'text'>;

function sameStyle(a: Style, b: Style): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link;
}

/** Appends text in a style, merging it into the previous run when the style is the same. */
function push(runs: FootnoteRun[], text: string, style: Style): void {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (clean === '') return;
  const last = runs[runs.length - 1];
  if (last && sameStyle(last, style) && last.text.length + clean.length <= MAX_RUN_TEXT) {
    last.text += clean;
    return;
  }
  const run: FootnoteRun = { text: clean.slice(0, MAX_RUN_TEXT) };
  if (style.bold) run.bold = true;
  if (style.italic) run.italic = true;
  if (style.underline) run.underline = true;
  if (style.link) run.link = style.link;
  runs.push(run);
}

/** Runs of a footnote body (or of any element's blocks), as the library stores them; empty when there is no text. */
export function $footnoteBodyToRuns(body: ElementNode): FootnoteRun[] {
  const runs: FootnoteRun[] = [];
  const plain: Style = {};
  const visit = (node: LexicalNode, link: string | undefined) => {
    if ($isTextNode(node)) {
      const style: Style = {};
      for (const format of KEPT_FORMATS) if (node.hasFormat(format)) style[format] = true;
      if (link) style.link = link;
      push(runs, node.getTextContent(), style);
    } else if ($isLineBreakNode(node)) {
      push(runs, ' ', plain);
    } else if ($isLinkNode(node)) {
      const url = safeExternalUrl(node.getURL()) ?? undefined;
      for (const child of node.getChildren()) visit(child, url);
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child, link);
    }
  };
  body.getChildren().forEach((block, i) => {
    if (i > 0) push(runs, ' ', plain);
    visit(block, undefined);
  });
  // Spaces where paragraphs met must not start or end the note.
  while (runs.length > 0 && runs[0]!.text.trim() === '') runs.shift();
  while (runs.length > 0 && runs[runs.length - 1]!.text.trim() === '') runs.pop();
  if (runs.length > 0) {
    runs[0]!.text = runs[0]!.text.trimStart();
    runs[runs.length - 1]!.text = runs[runs.length - 1]!.text.trimEnd();
  }
  return runs.slice(0, MAX_RUNS);
}

/** The runs of the note whose reference has this key (read from the editor's current state). */
export function readNoteRuns(editor: LexicalEditor, key: NodeKey): FootnoteRun[] {
  return editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    const body = $isFootnoteNode(node) ? node.getBody() : null;
    return body ? $footnoteBodyToRuns(body) : [];
  });
}

/** The title a saved note is offered: its first words, at most about 60 characters. */
export function defaultNoteTitle(text: string, maxWords = 8, maxChars = 60): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean).slice(0, maxWords);
  let title = '';
  for (const word of words) {
    const next = title === '' ? word : `${title} ${word}`;
    if (next.length > maxChars) break;
    title = next;
  }
  if (title === '' && words[0]) title = words[0].slice(0, maxChars);
  return title.replace(/[,;:]$/, '');
}

/** A new reference whose note holds the runs as one paragraph of text and link nodes. */
export function $createFootnoteFromRuns(runs: ReadonlyArray<FootnoteRun>): FootnoteNode {
  return $createFootnoteNode($createFootnoteBodyNode().append($paragraphFromRuns(runs)));
}

/** Runs as one paragraph of text and link nodes (neighbouring runs with one link share its node). */
export function $paragraphFromRuns(runs: ReadonlyArray<FootnoteRun>): ParagraphNode {
  const paragraph = $createParagraphNode();
  let link: LinkNode | null = null;
  for (const run of runs) {
    const text = $createTextNode(run.text);
    for (const format of KEPT_FORMATS) if (run[format]) text.toggleFormat(format);
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
 * Inserts a footnote with the runs as its note at the selection (or at the given selection,
 * kept from before a dialog took the focus), and puts the caret after its reference.
 */
export function insertLibraryNote(editor: LexicalEditor, runs: ReadonlyArray<FootnoteRun>, saved: BaseSelection | null): void {
  editor.update(
    () => {
      let selection = $getSelection();
      if (!$isRangeSelection(selection) && $isRangeSelection(saved)) {
        $setSelection(saved.clone());
        selection = $getSelection();
      }
      if (!$isRangeSelection(selection)) {
        $selectEndOfText();
        selection = $getSelection();
      }
      if (!$isRangeSelection(selection)) return;
      // Like Word, the reference goes after a selection rather than replacing it.
      if (!selection.isCollapsed()) {
        const end = selection.isBackward() ? selection.anchor : selection.focus;
        selection.anchor.set(end.key, end.offset, end.type);
        selection.focus.set(end.key, end.offset, end.type);
      }
      // Never a note inside a note: from inside a note's text, the note goes after that note's reference.
      const host = $hostFootnote(selection.anchor.getNode());
      if (host) host.selectNext(0, 0);
      const footnote = $createFootnoteFromRuns(runs);
      $insertNodes([footnote]);
      footnote.selectNext(0, 0);
    },
    { onUpdate: () => editor.focus() },
  );
}

/** The footnote whose note holds this node, if it is inside one. */
function $hostFootnote(node: LexicalNode): FootnoteNode | null {
  const frame = $getSlotFrame(node);
  const host = frame ? $getSlotHost(frame) : null;
  return $isFootnoteNode(host) ? host : null;
}
