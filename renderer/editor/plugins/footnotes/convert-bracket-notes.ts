import { $createParagraphNode, $exportNodeJSON, $getRoot, $parseSerializedNode, $isElementNode, $isParagraphNode, $isTextNode, type ElementNode, type LexicalNode, type ParagraphNode, type TextNode } from 'lexical';
import { findBracketMarkers, parseDefinitionLabel, type BracketConversionReport } from '../../../../core/footnotes/bracket-notes.ts';
import { $createFootnoteBodyNode, type FootnoteBodyNode } from '../../nodes/FootnoteBodyNode.ts';
import { $createFootnoteNode, $isFootnoteNode } from '../../nodes/FootnoteNode.ts';
import { $isFootnotesAreaNode } from '../../nodes/FootnotesAreaNode.ts';

/** The closing "[n] note" paragraphs: from the end of the statement back to the first other text. */
function $collectDefinitions(): Map<string, ParagraphNode> {
  const definitions = new Map<string, ParagraphNode>();
  const blocks = $getRoot().getChildren().filter((b) => !$isFootnotesAreaNode(b));
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const text = block.getTextContent();
    if (text.trim() === '') continue;
    const parsed = $isParagraphNode(block) ? parseDefinitionLabel(text) : null;
    if (!parsed) break;
    if (!definitions.has(parsed.label)) definitions.set(parsed.label, block as ParagraphNode);
  }
  return definitions;
}

/**
 * A note body from a definition paragraph, without its "[n] " label. A deep copy, so a
 * label cited twice gives two notes (which the checks then report as duplicates).
 */
function $bodyFrom(definition: ParagraphNode): FootnoteBodyNode {
  const { prefixLength } = parseDefinitionLabel(definition.getTextContent())!;
  const paragraph = $createParagraphNode();
  paragraph.append(...definition.getChildren().map((child) => $parseSerializedNode($exportNodeJSON(child))));
  // Drop the label from the first text nodes (it may span several runs).
  let toDrop = prefixLength;
  for (const child of paragraph.getChildren()) {
    if (toDrop <= 0) break;
    if (!$isTextNode(child)) break;
    const length = child.getTextContentSize();
    if (length <= toDrop) {
      toDrop -= length;
      child.remove();
    } else {
      child.setTextContent(child.getTextContent().slice(toDrop));
      toDrop = 0;
    }
  }
  return $createFootnoteBodyNode().append(paragraph);
}

/** Text nodes of the statement's text, in order, outside notes and the definitions. */
function $textNodesOutside(skip: Set<ElementNode>): TextNode[] {
  const out: TextNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isTextNode(node)) out.push(node);
    else if ($isElementNode(node) && !skip.has(node)) node.getChildren().forEach(walk);
  };
  $getRoot()
    .getChildren()
    .filter((b) => !$isFootnotesAreaNode(b) && !$isFootnoteNode(b))
    .forEach(walk);
  return out;
}

/**
 * Turns "[n]" markers whose "[n] …" paragraph closes the statement into real footnotes,
 * moving the paragraph's text (with its formatting and links) into the note. Markers with
 * no such paragraph stay as typed, and paragraphs no marker points to stay in place: both
 * are reported, never dropped.
 */
export function $convertBracketNotes(): BracketConversionReport {
  const definitions = $collectDefinitions();
  const used = new Map<string, number>();
  const unmatched: string[] = [];
  for (const textNode of $textNodesOutside(new Set(definitions.values()))) {
    const markers = findBracketMarkers(textNode.getTextContent());
    unmatched.push(...markers.filter((m) => !definitions.has(m.label)).map((m) => m.label));
    // Right to left, so earlier offsets stay valid while splitting.
    let current: TextNode = textNode;
    for (const marker of [...markers].reverse()) {
      const definition = definitions.get(marker.label);
      if (!definition) continue;
      used.set(marker.label, (used.get(marker.label) ?? 0) + 1);
      const parts = current.splitText(marker.start, marker.end);
      const markerNode = parts.find((p) => p.getTextContent() === `[${marker.label}]`) ?? null;
      if (!markerNode) continue;
      markerNode.replace($createFootnoteNode($bodyFrom(definition)));
      current = parts[0]!;
    }
  }
  const converted = [...used.values()].reduce((a, b) => a + b, 0);
  const unusedDefinitions: string[] = [];
  for (const [label, paragraph] of definitions) {
    if (used.has(label)) paragraph.remove();
    else unusedDefinitions.push(label);
  }
  return { converted, unmatchedMarkers: [...new Set(unmatched)], unusedDefinitions: unusedDefinitions.reverse() };
}
