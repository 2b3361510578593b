import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import type { ListMatch } from './library-match.ts';
import { shortName } from './list-edits.ts';
import './signatories.css';

/** "Already on the list: NHC (same name)". A warning, not a refusal: namesakes exist. */
export function DuplicateNotice({ match }: { match: ListMatch | null }) {
  const m = useMessages(signatoryMessages);
  if (match === null) return null;
  return (
    <p className="problem warning duplicate-notice" role="status">
      {m.alreadyOnList(shortName(match.signatory), match.reason)}
    </p>
  );
}
