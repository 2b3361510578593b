import { useMemo } from 'react';
import { leadSentence } from '../../../core/signatories/lead-sentence.ts';
import type { SignatorySettings } from '../../../core/signatories/settings.ts';
import { publicSignatory, type Signatory } from '../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import './signatories.css';

type Props = { list: readonly Signatory[]; settings: SignatorySettings; language: StatementLanguage };

/** Who the lead sentence names (Insert > Issuing Organisations), and the organisations without their Russian names. */
export function LeadSentencePreview({ list, settings, language }: Props) {
  const lead = useMemo(() => leadSentence(list.map(publicSignatory), { language, order: settings.order }), [list, settings.order, language]);
  const missing = lead.missingRussianForms.map((id) => list.find((s) => s.id === id)).filter((s) => s?.kind === 'organisation');
  return (
    <section className="lead-sentence-preview" aria-label="Lead sentence">
      <h3>Lead sentence</h3>
      {lead.text === '' ? (
        <p className="muted">Confirm an organisation (or mark one as lead) to name it here.</p>
      ) : (
        <p lang={language}>{lead.text}</p>
      )}
      {missing.length > 0 && (
        <p className="problem warning">
          No Russian name for {missing.map((s) => (s?.kind === 'organisation' ? s.fullName : '')).join(', ')}: named in English. Edit the organisation to add it.
        </p>
      )}
    </section>
  );
}
