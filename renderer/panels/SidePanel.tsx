import type { LexicalEditor } from 'lexical';
import type { FootnoteStyle } from '../../core/footnotes/numbering.ts';
import type { StatementLanguage } from '../../core/statement/language.ts';
import { CasesPanel } from './cases/CasesPanel.tsx';
import { FootnotesPanel } from './FootnotesPanel.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { SignatoriesPanel } from './signatories/SignatoriesPanel.tsx';
import type { SignatoriesSession } from './signatories/signatories-session.ts';
import { useMessages } from '../i18n/messages.ts';
import { panelMessages } from './messages.ts';

/**
 * The column beside the page. Each feature (footnotes, library, signatories, template
 * variables, checks) adds its panel here as it lands.
 */
type Props = { editor: LexicalEditor; footnoteStyle: FootnoteStyle; language: StatementLanguage; statementDate: string; signatories: SignatoriesSession };

/**
 * One key per editor: a statement opened in the window gets a new editor, and the panels
 * that read it start afresh with it (their first listing is of the new statement, not the
 * previous one's until the next pause in typing).
 */
const editorIds = new WeakMap<LexicalEditor, number>();
let lastEditorId = 0;
function editorId(editor: LexicalEditor): number {
  let id = editorIds.get(editor);
  if (id === undefined) editorIds.set(editor, (id = ++lastEditorId));
  return id;
}

export function SidePanel({ editor, footnoteStyle, language, statementDate, signatories }: Props) {
  const m = useMessages(panelMessages);
  return (
    <aside className="side-panel" aria-label={m.panels}>
      <FootnotesPanel key={`footnotes-${editorId(editor)}`} editor={editor} style={footnoteStyle} language={language} />
      <CasesPanel key={`cases-${editorId(editor)}`} editor={editor} language={language} statementDate={statementDate} />
      <SignatoriesPanel session={signatories} />
      <OutlinePanel key={`outline-${editorId(editor)}`} editor={editor} />
      <LibraryPanel />
    </aside>
  );
}
