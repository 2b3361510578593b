import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import type { ChargeRow } from './case-form.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { TextField } from './TextField.tsx';
import type { ErrorFor } from './vocabulary-options.ts';

/** One charge: the article as the code numbers it, the code, its country, and the article's text (usable as a footnote). */
export function ChargeFields({ row, index, errorFor, onChange }: { row: ChargeRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<ChargeRow>) => void }) {
  const m = useMessages(caseMessages);
  const at = `charges.${index}`;
  return (
    <>
      <TextField label={m.article} path={`${at}.article`} value={row.article} error={errorFor(`${at}.article`)} placeholder={m.articlePlaceholder} className="narrow" maxLength={60} onChange={(article) => onChange({ article })} />
      <TextField label={m.code} path={`${at}.code`} value={row.code} error={errorFor(`${at}.code`)} maxLength={200} onChange={(code) => onChange({ code })} />
      <CountrySelect label={m.country} path={`${at}.country`} value={row.country} error={errorFor(`${at}.country`)} onChange={(country) => onChange({ country })} />
      <TextField
        label={m.articleText}
        path={`${at}.articleText`}
        value={row.articleText}
        error={errorFor(`${at}.articleText`)}
        hint={m.articleTextHint}
        multiline
        className="full"
        maxLength={8000}
        onChange={(articleText) => onChange({ articleText })}
      />
    </>
  );
}
