import { LinkNode } from '@lexical/link';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, type EditorState } from 'lexical';
import { useState } from 'react';
import type { FootnoteRun } from '../../../core/cases/footnote.ts';
import { safeExternalUrl } from '../../../core/links/external-url.ts';
import { editorTheme } from '../../editor/theme/editor-theme.ts';
import { $paragraphFromRuns } from '../../editor/plugins/footnotes/library-note.ts';
import { $runsOfRoot } from './runs-lexical.ts';
import { RunsToolbar } from './RunsToolbar.tsx';

const isSafeLink = (url: string) => safeExternalUrl(url) !== null;

/**
 * A library note's text with its formatting (bold, italic, underline, links), in a small
 * editor of its own. Paragraphs typed here become spaces, as in the statement's notes.
 */
export function RunsEditor({
  label,
  runs,
  language,
  invalid,
  describedBy,
  onChange,
}: {
  label: string;
  runs: ReadonlyArray<FootnoteRun>;
  language: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (runs: FootnoteRun[]) => void;
}) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'library-note',
    nodes: [LinkNode],
    theme: editorTheme,
    onError: (error: Error) => console.error(error),
    editorState: () => {
      $getRoot().append($paragraphFromRuns(runs));
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`lib-runs-editor ${invalid ? 'has-error' : ''}`} lang={language}>
        <RunsToolbar />
        <RichTextPlugin
          contentEditable={<ContentEditable className="lib-runs-text" aria-label={label} aria-invalid={invalid || undefined} aria-describedby={describedBy} spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      <OnChangePlugin ignoreSelectionChange onChange={(state: EditorState) => onChange(state.read($runsOfRoot))} />
    </LexicalComposer>
  );
}
