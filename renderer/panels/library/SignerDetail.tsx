import { countryName } from '../../../core/cases/countries.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import { FactList } from './FactList.tsx';
import { RecordFooter } from './RecordFooter.tsx';
import { signerDisplayName } from './signer-form.ts';

/** A person of the roster of signers, read-only, in the side column. The email is shown here, never printed in a statement. */
export function SignerDetail({ record }: { record: SignerRecord }) {
  return (
    <article className="lib-detail" aria-label={`Person: ${signerDisplayName(record)}`}>
      <FactList
        facts={[
          ['Role or title', record.role],
          ['Organisation', record.organisation],
          ['Country', record.country && countryName(record.country)],
          ['Email', record.email],
        ]}
      />
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
