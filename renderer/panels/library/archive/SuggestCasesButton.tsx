import { useMemo, useState } from 'react';
import { sourceOfStatement } from '../../../../core/archive/statement-passages.ts';
import type { Statement } from '../../../../core/statement/schema.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { caseSuggestionMessages } from './case-suggestions-messages.ts';
import { CaseSuggestionsDialog } from './CaseSuggestionsDialog.tsx';

/** "Suggest cases…" in an archived statement's actions row, and the dialog it opens. */
export function SuggestCasesButton({ statement }: { statement: Statement }) {
  const m = useMessages(caseSuggestionMessages);
  const [open, setOpen] = useState(false);
  const source = useMemo(() => (open ? sourceOfStatement(statement) : null), [open, statement]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {m.suggestCases}
      </button>
      {source && <CaseSuggestionsDialog source={source} onClose={() => setOpen(false)} />}
    </>
  );
}
