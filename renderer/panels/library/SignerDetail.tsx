import { countryName } from '../../../core/cases/countries.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import { useMessages } from '../../i18n/messages.ts';
import { FactList } from './FactList.tsx';
import { RecordFooter } from './RecordFooter.tsx';
import { personMessages } from './record-messages.ts';
import { signerDisplayName } from './signer-form.ts';
import { useUiLocale } from './use-ui-locale.ts';

/** A person of the roster of signers, read-only, in the side column. The email is shown here, never printed in a statement. */
export function SignerDetail({ record }: { record: SignerRecord }) {
  const m = useMessages(personMessages);
  const locale = useUiLocale();
  return (
    <article className="lib-detail" aria-label={m.detail(signerDisplayName(record))}>
      <FactList
        facts={[
          [m.roleOrTitle, record.role],
          [m.organisation, record.organisation],
          [m.country, record.country && countryName(record.country, locale)],
          [m.email, record.email],
        ]}
      />
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
