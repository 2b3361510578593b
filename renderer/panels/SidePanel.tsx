import type { LexicalEditor } from 'lexical';
import { OutlinePanel } from './OutlinePanel.tsx';

/**
 * The column beside the page. Each feature (footnotes, library, signatories, template
 * variables, checks) adds its panel here as it lands.
 */
export function SidePanel({ editor }: { editor: LexicalEditor }) {
  return (
    <aside className="side-panel" aria-label="Panels">
      <OutlinePanel editor={editor} />
    </aside>
  );
}
