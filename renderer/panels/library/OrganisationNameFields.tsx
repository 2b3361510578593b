import { useMessages } from '../../i18n/messages.ts';
import type { OrganisationNameRow } from './organisation-form.ts';
import { organisationMessages } from './record-messages.ts';
import { TextField } from './TextField.tsx';
import type { ErrorFor } from './vocabulary-options.ts';

/** The organisation's name in one more language; for Russian, the genitive too ("по заявлению Ассоциации …"). */
export function OrganisationNameFields({
  row,
  index,
  errorFor,
  onChange,
}: {
  row: OrganisationNameRow;
  index: number;
  errorFor: ErrorFor;
  onChange: (patch: Partial<OrganisationNameRow>) => void;
}) {
  const m = useMessages(organisationMessages);
  const at = `names.${index}`;
  return (
    <>
      <TextField label={m.language} path={`${at}.language`} value={row.language} error={errorFor(`${at}.language`)} hint="ru, uz, kk" className="narrow" maxLength={3} onChange={(language) => onChange({ language })} />
      <TextField label={m.name} path={`${at}.nominative`} value={row.nominative} error={errorFor(`${at}.nominative`)} className="wide" maxLength={300} onChange={(nominative) => onChange({ nominative })} />
      <TextField
        label={m.genitiveLabel}
        path={`${at}.genitive`}
        value={row.genitive}
        error={errorFor(`${at}.genitive`)}
        hint="по заявлению …"
        className="wide"
        maxLength={300}
        onChange={(genitive) => onChange({ genitive })}
      />
      <TextField label={m.abbreviation} path={`${at}.abbreviation`} value={row.abbreviation} error={errorFor(`${at}.abbreviation`)} className="narrow" maxLength={40} onChange={(abbreviation) => onChange({ abbreviation })} />
    </>
  );
}
