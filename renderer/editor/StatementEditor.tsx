import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useEffect, useMemo, type ReactNode, type RefCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { safeExternalUrl } from '../../core/links/external-url.ts';
import type { SerializedEditorState } from '../../core/statement/editor-state.ts';
import type { FootnoteStyle } from '../../core/statement/schema.ts';
import type { SignatoryOrder } from '../../core/signatories/settings.ts';
import type { Signatory } from '../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../core/statement/language.ts';
import { STATEMENT_NODES } from './nodes.ts';
import { BlockTypePlugin } from './plugins/BlockTypePlugin.tsx';
import { CasesPlugin } from './plugins/cases/CasesPlugin.tsx';
import { FootnotesPlugin } from './plugins/footnotes/FootnotesPlugin.tsx';
import { LinkDialogPlugin } from './plugins/LinkDialogPlugin.tsx';
import { OpenLinkPlugin } from './plugins/OpenLinkPlugin.tsx';
import { PastePlugin } from './plugins/PastePlugin.tsx';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin.tsx';
import { LeadSentencePlugin } from './plugins/signatories/LeadSentencePlugin.tsx';
import { MakeVariablePlugin } from './plugins/templates/MakeVariablePlugin.tsx';
import { ToolbarPlugin } from './plugins/ToolbarPlugin.tsx';
import { editorTheme } from './theme/editor-theme.ts';
import { useMessages } from '../i18n/messages.ts';
import { editorMessages } from './messages.ts';
import { appendInSlices, splitForLoading } from './load-in-slices.ts';

const isSafeLink = (url: string) => safeExternalUrl(url) !== null;

type Props = {
  /** The document's saved editor state; the editor is remounted (key) for another document. */
  initialState: SerializedEditorState;
  editorRef: RefCallback<LexicalEditor>;
  onChange: (state: EditorState) => void;
  openExternal: (url: string) => void;
  /** Rendered under the toolbar, above the text (the statement's header fields). */
  header?: ReactNode;
  /** Where an error deep in the editor is reported, instead of a blank window. */
  onError: (error: Error) => void;
  /** The statement's language: spellchecking and hyphenation in the editor follow it. */
  language: StatementLanguage;
  footnoteStyle: FootnoteStyle;
  /** The signatory list and its order: the lead sentence names the issuing organisations from them. */
  signatories: readonly Signatory[];
  signatoryOrder: SignatoryOrder;
};

/** The rich-text editor of a statement's body: Lexical with the statement's nodes and plugins. */
export function StatementEditor({ initialState, editorRef, onChange, openExternal, header, onError, language, footnoteStyle, signatories, signatoryOrder }: Props) {
  const m = useMessages(editorMessages);
  // A long statement starts with its first blocks; the rest follow between frames (load-in-slices.ts).
  const loading = useMemo(() => splitForLoading(initialState), [initialState]);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'statement',
      nodes: [...STATEMENT_NODES],
      theme: editorTheme,
      onError,
      editorState: JSON.stringify(loading.first),
    }),
    // The composer reads its config once; a new document remounts the editor instead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <div className="page">
        {header}
        <div className="st-editor" lang={language}>
          <RichTextPlugin
            contentEditable={<ContentEditable className="st-content" aria-label={m.statementText} spellCheck />}
            placeholder={<div className="st-placeholder">{m.placeholder}</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <TabIndentationPlugin maxIndent={5} />
      <LinkPlugin validateUrl={isSafeLink} />
      <BlockTypePlugin />
      <ShortcutsPlugin />
      <LinkDialogPlugin />
      <OpenLinkPlugin openExternal={openExternal} />
      <PastePlugin />
      <EditorRefPlugin editorRef={editorRef} />
      <AppendRestPlugin rest={loading.rest} />
      <OnChangePlugin onChange={onChange} ignoreSelectionChange ignoreHistoryMergeTagChange />
      <FootnotesPlugin style={footnoteStyle} />
      <CasesPlugin />
      <LeadSentencePlugin signatories={signatories} order={signatoryOrder} language={language} />
      <MakeVariablePlugin />
    </LexicalComposer>
  );
}

/** Appends the blocks the editor did not start with, once, for the editor it was mounted with. */
function AppendRestPlugin({ rest }: { rest: ReturnType<typeof splitForLoading>['rest'] }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => appendInSlices(editor, rest), [editor, rest]);
  return null;
}
