import type { FootnoteRun } from '../cases/footnote.ts';
import type { InsertedCase } from '../cases/insert/inserted-case.ts';
import type { InsertedText } from '../cases/insert/inserted-text.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import { FILLED_VARIABLE_STATE } from './placeholder-node.ts';

/**
 * Lexical's serialized nodes in the exact shapes the editor saves (Lexical 0.52's
 * exportJSON), so that a statement made from a template loads and saves back unchanged.
 */

const ELEMENT = { direction: null, format: '', indent: 0, version: 1 } as const;
const UNDERLINE = 8;

export function textNode(text: string, format = 0, variable: string | null = null): SerializedNode {
  const node: SerializedNode = { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
  if (variable !== null) node['$'] = { [FILLED_VARIABLE_STATE]: variable };
  return node;
}

export function lineBreakNode(): SerializedNode {
  return { type: 'linebreak', version: 1 };
}

export function paragraphNode(children: SerializedNode[]): SerializedNode {
  return { type: 'paragraph', ...ELEMENT, textFormat: 0, textStyle: '', children };
}

export function headingNode(level: 1 | 2 | 3, children: SerializedNode[]): SerializedNode {
  return { type: 'heading', ...ELEMENT, tag: `h${level}`, children };
}

export function quoteNode(children: SerializedNode[]): SerializedNode {
  return { type: 'quote', ...ELEMENT, children };
}

/**
 * A list of items, each given as its children (inline nodes, or a nested list alone). Items
 * are numbered as Lexical numbers them: an item holding a nested list takes the number of the
 * item after it and does not count.
 */
export function listNode(ordered: boolean, start: number, items: SerializedNode[][]): SerializedNode {
  const children = items.map((itemChildren): SerializedNode => ({ type: 'listitem', ...ELEMENT, value: 0, children: itemChildren }));
  return { type: 'list', ...ELEMENT, listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul', children: numbered(children, ordered ? start : 1) };
}

function numbered(items: SerializedNode[], start: number): SerializedNode[] {
  let value = start;
  return items.map((item) => {
    const numberedItem = { ...item, value };
    if (item.children?.[0]?.type !== 'list') value++;
    return numberedItem;
  });
}

/**
 * Neighbouring lists of one kind as one list, numbered on: Lexical merges them when it
 * loads the state, so the statement is made the way it will be saved.
 */
export function mergeNeighbouringLists(blocks: SerializedNode[]): SerializedNode[] {
  const merged: SerializedNode[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (block.type === 'list' && last?.type === 'list' && last['listType'] === block['listType']) {
      const start = typeof last['start'] === 'number' && last['listType'] === 'number' ? last['start'] : 1;
      merged[merged.length - 1] = { ...last, children: numbered([...last.children!, ...block.children!], start) };
    } else {
      merged.push(block);
    }
  }
  return merged;
}

export function linkNode(url: string, children: SerializedNode[]): SerializedNode {
  return { type: 'link', ...ELEMENT, url, rel: null, target: null, title: null, children };
}

/** A footnote reference whose note holds these blocks (an empty paragraph if none). */
export function footnoteNode(blocks: SerializedNode[]): SerializedNode {
  return { type: 'footnote', version: 1, $slots: { body: { type: 'footnote-body', ...ELEMENT, children: blocks.length > 0 ? blocks : [paragraphNode([])] } } };
}

/** A note's runs (core/cases/footnote.ts) as one paragraph; neighbouring runs with one link share a link node. */
export function runsParagraph(runs: ReadonlyArray<FootnoteRun>): SerializedNode {
  const children: SerializedNode[] = [];
  let link: SerializedNode | null = null;
  for (const run of runs) {
    const text = textNode(run.text, (run.bold ? 1 : 0) | (run.italic ? 2 : 0) | (run.underline ? UNDERLINE : 0));
    const url = run.link ? safeExternalUrl(run.link) : null;
    if (url) {
      if (!link || link['url'] !== url) children.push((link = linkNode(url, [])));
      link.children!.push(text);
    } else {
      link = null;
      children.push(text);
    }
  }
  return paragraphNode(children);
}

/** A case's text as the editor writes it: a text node per run, a note after a run that asks for one, blocks joined by a space. */
export function caseTextChildren(text: InsertedText): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  for (const block of text.blocks) {
    if (nodes.length > 0) nodes.push(textNode(' '));
    for (const run of block.runs) {
      nodes.push(textNode(run.text, (run.bold ? 1 : 0) | (run.italic ? 2 : 0)));
      if (run.footnote) nodes.push(footnoteNode([runsParagraph(run.footnote.body)]));
    }
  }
  return nodes;
}

/** Text written from a case in the library (renderer/editor/nodes/CaseTextNode.ts). */
export function caseTextNode(inserted: InsertedCase): SerializedNode {
  return { type: 'case-text', ...ELEMENT, inserted, children: caseTextChildren(inserted.generatedText) };
}
