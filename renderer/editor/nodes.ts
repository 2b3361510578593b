import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { CaseTextNode } from './nodes/CaseTextNode.ts';
import { TemplateVariableNode } from './nodes/TemplateVariableNode.ts';
import { FootnoteBodyNode } from './nodes/FootnoteBodyNode.ts';
import { FootnoteNode } from './nodes/FootnoteNode.ts';
import { FootnotesAreaNode } from './nodes/FootnotesAreaNode.ts';
import { LeadSentenceNode } from './nodes/LeadSentenceNode.ts';

/**
 * Every node a statement may contain. Keep in step with the node types that
 * core/statement/editor-state.ts accepts in a file (FootnotesAreaNode is the editor's
 * own and never saved).
 */
export const STATEMENT_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  FootnoteNode,
  FootnoteBodyNode,
  FootnotesAreaNode,
  CaseTextNode,
  TemplateVariableNode,
  LeadSentenceNode,
];

/**
 * What a note's text may hold, for the footnotes panel's note editor: everything but
 * notes, since a note inside a note has no meaning.
 */
export const NOTE_TEXT_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, TemplateVariableNode];
