/**
 * Import blocks as Lexical's serialized nodes, in the shapes the editor itself saves
 * (Lexical 0.52's exportJSON; footnotes as renderer/editor/nodes/FootnoteNode.ts stores
 * them, the note in the "body" slot), so an imported statement opens and saves unchanged.
 */
import type { SerializedEditorState, SerializedNode } from '../statement/editor-state.ts';
import type { ImportBlock, ImportInline } from './model.ts';

const ELEMENT = { direction: null, format: '', indent: 0, version: 1 } as const;

const textNode = (text: string, format: number): SerializedNode => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
const paragraphNode = (children: SerializedNode[]): SerializedNode => ({ type: 'paragraph', ...ELEMENT, textFormat: 0, textStyle: '', children });

/** Inline runs as nodes. References still unmatched are written as the text they were. */
function inlineNodes(inlines: readonly ImportInline[]): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        if (inline.text !== '') nodes.push(textNode(inline.text, inline.format));
        break;
      case 'ref':
        nodes.push(textNode(inline.source, 0));
        break;
      case 'break':
        nodes.push({ type: 'linebreak', version: 1 });
        break;
      case 'link': {
        const children = inlineNodes(inline.children);
        if (children.length > 0) nodes.push({ type: 'link', ...ELEMENT, url: inline.url, rel: null, target: null, title: null, children });
        break;
      }
      case 'note': {
        const body = inline.blocks.flatMap(blockNodes).filter((n) => n.type !== 'footnote');
        nodes.push({ type: 'footnote', version: 1, $slots: { body: { type: 'footnote-body', ...ELEMENT, children: body.length > 0 ? body : [paragraphNode([])] } } });
        break;
      }
    }
  }
  return nodes;
}

export function blockNodes(block: ImportBlock): SerializedNode[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraphNode(inlineNodes(block.inlines))];
    case 'heading':
      return [{ type: 'heading', ...ELEMENT, tag: `h${block.level}`, children: inlineNodes(block.inlines) }];
    case 'quote':
      return [{ type: 'quote', ...ELEMENT, children: inlineNodes(block.inlines) }];
    case 'list':
      return [
        {
          type: 'list',
          ...ELEMENT,
          listType: block.ordered ? 'number' : 'bullet',
          start: block.start,
          tag: block.ordered ? 'ol' : 'ul',
          children: block.items.map((item, i) => ({ type: 'listitem', ...ELEMENT, value: block.ordered ? block.start + i : i + 1, children: inlineNodes(item) })),
        },
      ];
    case 'separator':
      return [];
  }
}

/** The editor state of the statement's text; one empty paragraph if nothing is left. */
export function editorStateOf(blocks: readonly ImportBlock[]): SerializedEditorState {
  const children = blocks.flatMap(blockNodes);
  return { root: { type: 'root', ...ELEMENT, children: children.length > 0 ? children : [paragraphNode([])] } };
}
