import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type LexicalEditor } from 'lexical';

export type OutlineEntry = { key: string; level: 1 | 2 | 3; text: string };
export type DocumentFigures = { outline: OutlineEntry[]; words: number; characters: number };

/** Headings in document order and word count: what the outline panel shows. */
export function readDocumentFigures(editor: LexicalEditor): DocumentFigures {
  return editor.getEditorState().read(() => {
    const outline: OutlineEntry[] = [];
    for (const block of $getRoot().getChildren()) {
      if ($isHeadingNode(block)) {
        const level = Number(block.getTag().slice(1));
        outline.push({ key: block.getKey(), level: (level <= 3 ? level : 3) as 1 | 2 | 3, text: block.getTextContent() });
      }
    }
    const text = $getRoot().getTextContent();
    const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
    return { outline, words, characters: text.length };
  });
}

export function sameFigures(a: DocumentFigures, b: DocumentFigures): boolean {
  return (
    a.words === b.words &&
    a.characters === b.characters &&
    a.outline.length === b.outline.length &&
    a.outline.every((e, i) => e.key === b.outline[i]!.key && e.text === b.outline[i]!.text && e.level === b.outline[i]!.level)
  );
}
