import type { LexicalEditor } from 'lexical';
import type { FootnoteStyle } from '../../core/footnotes/numbering.ts';
import { FootnotesPanel } from './FootnotesPanel.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';

/**
 * The column beside the page. Each feature (footnotes, library, signatories, template
 * variables, checks) adds its panel here as it lands.
 */
export function SidePanel({ editor, footnoteStyle, language }: { editor: LexicalEditor; footnoteStyle: FootnoteStyle; language: string }) {
  return (
    <aside className="side-panel" aria-label="Panels">
      <FootnotesPanel editor={editor} style={footnoteStyle} language={language} />
      <OutlinePanel editor={editor} />
      <LibraryPanel />
    </aside>
  );
}
