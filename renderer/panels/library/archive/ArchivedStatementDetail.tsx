import type { ReactNode } from 'react';
import type { ArchivedStatement } from '../../../../core/archive/archive-api.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { isFileCommand } from '../../../app/commands.ts';
import { requestArchiveUse } from './archive-requests.ts';
import { SuggestCasesButton } from './SuggestCasesButton.tsx';
import './archive.css';
import { archiveMessages } from './messages.ts';

export type ArchivedStatementDetailProps = {
  archived: ArchivedStatement;
  /**
   * More buttons for the actions row, after Open as a new draft, New edition… and Use as a
   * template… (for example "Suggest cases…"); each a plain <button type="button">.
   */
  extraActions?: ReactNode;
  /** Called after an action handed the statement to the window (the Library panel may close a dialog). */
  onUsed?: () => void;
  /** Whether "Use as a template…" is offered; by default when the window has the Save as Template command. */
  offerTemplate?: boolean;
};

/** An archived statement, read-only: when, where from, its actions, its text and who signed it. */
export function ArchivedStatementDetail({ archived, extraActions, onUsed, offerTemplate = isFileCommand('file.saveAsTemplate') }: ArchivedStatementDetailProps) {
  const m = useMessages(archiveMessages);
  const use = (kind: 'draft' | 'edition' | 'template') => {
    requestArchiveUse({ use: kind, statement: archived.statement });
    onUsed?.();
  };
  return (
    <article className="lib-detail lib-archive-detail" aria-label={m.readOnly}>
      <p className="muted">
        {archived.date || m.noDate} · {archived.language.toUpperCase()} · {m.source(archived.sourceLine === null ? archived.sourceFile : `${archived.sourceFile}:${archived.sourceLine}`)}
      </p>
      <div className="lib-archive-actions" role="group" aria-label={m.actions}>
        <button type="button" onClick={() => use('draft')}>
          {m.openAsDraft}
        </button>
        <button type="button" onClick={() => use('edition')}>
          {m.newEdition}
        </button>
        {offerTemplate && (
          <button type="button" onClick={() => use('template')}>
            {m.useAsTemplate}
          </button>
        )}
        <SuggestCasesButton statement={archived.statement} />
        {extraActions}
      </div>
      <div className="lib-archive-text">
        {archived.fullText.split('\n').filter((line) => line.trim() !== '').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      {archived.organisations.length > 0 && (
        <>
          <h4>{m.signedBy}</h4>
          <ul className="lib-plain-list">
            {archived.organisations.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
