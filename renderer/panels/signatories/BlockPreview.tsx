import { useCallback, useMemo, useState } from 'react';
import { formatSignatoryBlock } from '../../../core/signatories/format-block.ts';
import type { SignatorySettings } from '../../../core/signatories/settings.ts';
import { publicSignatory, type Signatory } from '../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import { ShowMore } from './ShowMore.tsx';
import './signatories.css';

/** Signers printed at first in the preview; more as it is scrolled. */
const SIGNERS_PER_PART = 300;

type Props = { list: readonly Signatory[]; settings: SignatorySettings; language: StatementLanguage };

/** The signatory block as the statement will print it: confirmed signers only, in its order and style, without emails or notes. */
export function BlockPreview({ list, settings, language }: Props) {
  const m = useMessages(signatoryMessages);
  const block = useMemo(() => formatSignatoryBlock(list.map(publicSignatory), settings, language), [list, settings, language]);
  const [limit, setLimit] = useState(SIGNERS_PER_PART);
  const showMore = useCallback(() => setLimit((l) => l + SIGNERS_PER_PART), []);
  const total = block.sections.reduce((sum, section) => sum + section.signers.length, 0);
  let budget = limit;
  return (
    <section className="signatory-block-preview" aria-label={m.blockAria} lang={language}>
      <h3>{m.asPrinted}</h3>
      {block.sections.length === 0 ? (
        <p className="muted">{m.blockEmpty}</p>
      ) : (
        block.sections.map((section, i) => {
          if (budget <= 0) return null;
          const signers = section.signers.slice(0, budget);
          budget -= signers.length;
          return (
            <div className="block-section" key={i}>
              {section.heading !== null && <p className="block-heading">{section.heading}</p>}
              {section.note !== null && <p className="block-note">{section.note}</p>}
              <ul>
                {signers.map((signer) => (
                  <li key={signer.signatoryId}>
                    <span className="block-name">{signer.name}</span>
                    {signer.details !== '' && `, ${signer.details}`}
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
      <ShowMore shown={Math.min(limit, total)} total={total} step={SIGNERS_PER_PART} onMore={showMore} what="lines" />
    </section>
  );
}
