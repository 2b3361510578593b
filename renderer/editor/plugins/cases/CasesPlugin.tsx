import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $insertNodes, $isRangeSelection, $nodesOfType, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { $selectEndOfText } from '../../select-end-of-text.ts';
import { useEffect } from 'react';
import { currentCaseText, isEditedByHand, isStale } from '../../../../core/cases/insert/inserted-case.ts';
import type { CaseRecord } from '../../../../core/cases/person.ts';
import { studio } from '../../../studio.ts';
import { CHECK_CASES_COMMAND, INSERT_CASE_COMMAND } from '../../commands.ts';
import { $createCaseTextNode, CaseTextNode } from '../../nodes/CaseTextNode.ts';
import { getCaseStatuses, setCaseStatuses, type CaseStatus } from './case-status.ts';
import { messagesNow } from '../../../i18n/messages.ts';
import { editorMessages } from '../../messages.ts';

/** Cases are checked against the library this long after the text changes, and again every so often. */
const CHECK_DELAY_MS = 300;
const RECHECK_EVERY_MS = 15_000;

type Piece = { key: string; inserted: CaseStatus['inserted']; text: string; declined: string | null };

function readPieces(editor: LexicalEditor): Piece[] {
  return editor.getEditorState().read(() =>
    $nodesOfType(CaseTextNode)
      .filter((node) => node.isAttached())
      .map((node) => ({ key: node.getKey(), inserted: node.getInserted(), text: node.getTextContent(), declined: node.getDeclined() })),
  );
}

function statusOf(piece: Piece, current: CaseRecord | null | undefined): CaseStatus {
  const edited = piece.inserted.frozen || isEditedByHand(piece.inserted, piece.text);
  const base = { key: piece.key, inserted: piece.inserted, text: piece.text, edited, current: current ?? null };
  if (current === undefined) return { ...base, state: 'checking' };
  if (current === null) return { ...base, state: 'missing' };
  const stale = isStale(piece.inserted, current) && piece.declined !== currentCaseText(piece.inserted, current);
  return { ...base, state: stale ? 'stale' : 'current' };
}

/** Marks each piece of case text in the page, so the writer sees which are stale, edited or gone. */
function paint(editor: LexicalEditor, statuses: readonly CaseStatus[]): void {
  for (const status of statuses) {
    const element = editor.getElementByKey(status.key);
    if (!element) continue;
    element.classList.toggle('st-case-stale', status.state === 'stale');
    element.classList.toggle('st-case-missing', status.state === 'missing');
    element.classList.toggle('st-case-edited', status.edited);
    element.title = messagesNow(editorMessages).caseText(status.state, status.inserted.generatedText.confidential);
  }
}

/**
 * Text from the case library: Insert Case puts it at the cursor; the plugin then keeps
 * asking the library whether each inserted case would still be written the same way, and
 * publishes the answer (case-status.ts) for the Cases panel and the page.
 */
export function CasesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: number | null = null;
    let askLibrary = false;
    let generation = 0;
    /** The library's last answer per case id: the record, or null when it has no such case. */
    const records = new Map<string, CaseRecord | null>();
    const publish = () => {
      const statuses = readPieces(editor).map((piece) => statusOf(piece, records.get(piece.inserted.caseId)));
      setCaseStatuses(editor, statuses);
      paint(editor, statuses);
    };
    const check = async () => {
      timer = null;
      const run = ++generation;
      const fromLibrary = askLibrary;
      askLibrary = false;
      publish();
      const ids = [...new Set(readPieces(editor).map((piece) => piece.inserted.caseId))].filter((id) => fromLibrary || !records.has(id));
      if (ids.length === 0) return;
      const answers = await Promise.all(ids.map((id) => studio.library.getCase({ id })));
      if (run !== generation) return; // a newer check has started
      ids.forEach((id, i) => {
        const answer = answers[i]!;
        records.set(id, answer.ok ? answer.value : null);
      });
      publish();
    };
    /** Typing only re-judges which texts were edited; the library is asked again when cases come or go, on focus and every so often. */
    const schedule = (library: boolean, delay = CHECK_DELAY_MS) => {
      askLibrary ||= library;
      if (timer !== null) clearTimeout(timer);
      timer = window.setTimeout(() => void check(), delay);
    };
    schedule(true, 0);
    const onFocus = () => schedule(true, 0);
    window.addEventListener('focus', onFocus);
    const interval = window.setInterval(() => {
      if (getCaseStatuses(editor).length > 0) schedule(true, 0);
    }, RECHECK_EVERY_MS);
    return mergeRegister(
      editor.registerMutationListener(CaseTextNode, () => schedule(false), { skipInitialization: true }),
      // Typing inside case text changes its text nodes, not the case node: re-judge "edited".
      editor.registerUpdateListener(({ dirtyLeaves }) => {
        if (dirtyLeaves.size > 0 && getCaseStatuses(editor).length > 0) schedule(false);
      }),
      editor.registerCommand(
        CHECK_CASES_COMMAND,
        () => {
          schedule(true, 0);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        INSERT_CASE_COMMAND,
        (inserted) => {
          if (!$isRangeSelection($getSelection())) $selectEndOfText();
          const node = $createCaseTextNode(inserted);
          $insertNodes([node]);
          node.selectNext(0, 0);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      () => {
        window.removeEventListener('focus', onFocus);
        clearInterval(interval);
        if (timer !== null) clearTimeout(timer);
        generation++;
      },
    );
  }, [editor]);
  return null;
}

/** Selects a piece of case text in the statement and shows it (from the Cases panel). */
export function revealCase(editor: LexicalEditor, key: string): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if (node instanceof CaseTextNode) node.select(0, node.getChildrenSize());
  });
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
}
