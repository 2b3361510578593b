import { useMemo } from 'react';
import { leadSentence } from '../../../core/signatories/lead-sentence.ts';
import type { SignatorySettings } from '../../../core/signatories/settings.ts';
import { publicSignatory, type Signatory } from '../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

type Props = { list: readonly Signatory[]; settings: SignatorySettings; language: StatementLanguage };

/** Who the lead sentence names (Insert > Issuing Organisations), and the organisations without their Russian names. */
export function LeadSentencePreview({ list, settings, language }: Props) {
  const m = useMessages(signatoryMessages);
  const lead = useMemo(() => leadSentence(list.map(publicSignatory), { language, order: settings.order }), [list, settings.order, language]);
  const missing = lead.missingRussianForms.map((id) => list.find((s) => s.id === id)).filter((s) => s?.kind === 'organisation');
  return (
    <section className="lead-sentence-preview" aria-label={m.leadSentence}>
      <h3>{m.leadSentence}</h3>
      {lead.text === '' ? (
        <p className="muted">{m.leadEmpty}</p>
      ) : (
        <p lang={language}>{lead.text}</p>
      )}
      {missing.length > 0 && (
        <p className="problem warning">
          {m.noRussianName(missing.map((s) => (s?.kind === 'organisation' ? s.fullName : '')).join(', '))}
        </p>
      )}
    </section>
  );
}
