import type { LexicalEditor } from 'lexical';
import type { FootnoteStyle } from '../../core/footnotes/numbering.ts';
import type { StatementLanguage } from '../../core/statement/language.ts';
import { CasesPanel } from './cases/CasesPanel.tsx';
import { FootnotesPanel } from './FootnotesPanel.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { SignatoriesPanel } from './signatories/SignatoriesPanel.tsx';
import type { SignatoriesSession } from './signatories/signatories-session.ts';

/**
 * The column beside the page. Each feature (footnotes, library, signatories, template
 * variables, checks) adds its panel here as it lands.
 */
type Props = { editor: LexicalEditor; footnoteStyle: FootnoteStyle; language: StatementLanguage; statementDate: string; signatories: SignatoriesSession };

export function SidePanel({ editor, footnoteStyle, language, statementDate, signatories }: Props) {
  return (
    <aside className="side-panel" aria-label="Panels">
      <FootnotesPanel editor={editor} style={footnoteStyle} language={language} />
      <CasesPanel editor={editor} language={language} statementDate={statementDate} />
      <SignatoriesPanel session={signatories} />
      <OutlinePanel editor={editor} />
      <LibraryPanel />
    </aside>
  );
}
