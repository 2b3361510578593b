import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import type { SnapshotFact } from '../../../../core/cases/insert/case-snapshot.ts';
import { currentCaseText, isStale, regenerate } from '../../../../core/cases/insert/inserted-case.ts';
import type { CaseRecord } from '../../../../core/cases/person.ts';
import { $caseTextChildren, $isCaseTextNode } from '../../nodes/CaseTextNode.ts';

/**
 * Rewrites a piece of case text from the library's record, taking the accepted facts only
 * (all when `accept` is undefined). One undoable step. Facts left out are remembered as
 * declined, so the case is not reported stale again for them.
 */
export function refreshCaseText(editor: LexicalEditor, key: NodeKey, current: CaseRecord, accept?: ReadonlyArray<SnapshotFact>): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if (!$isCaseTextNode(node)) return;
    const next = regenerate(node.getInserted(), current, accept);
    node.setInserted(next).setDeclined(isStale(next, current) ? currentCaseText(next, current) : null);
    // New text in before the old goes out: an inline element that cannot be empty
    // removes itself when its last child leaves.
    const old = node.getChildren();
    node.append(...$caseTextChildren(next));
    for (const child of old) child.remove();
  });
}

/** Keeps the statement's text as it is, and stops reporting the library's present version as news. */
export function keepCaseText(editor: LexicalEditor, key: NodeKey, current: CaseRecord): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isCaseTextNode(node)) node.setDeclined(currentCaseText(node.getInserted(), current));
  });
}
