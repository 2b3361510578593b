import type { ChargeRow } from './case-form.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { TextField } from './TextField.tsx';
import type { ErrorFor } from './vocabulary-options.ts';

/** One charge: the article as the code numbers it, the code, its country, and the article's text (usable as a footnote). */
export function ChargeFields({ row, index, errorFor, onChange }: { row: ChargeRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<ChargeRow>) => void }) {
  const at = `charges.${index}`;
  return (
    <>
      <TextField label="Article" path={`${at}.article`} value={row.article} error={errorFor(`${at}.article`)} placeholder="e.g. 159 part 4" className="narrow" maxLength={60} onChange={(article) => onChange({ article })} />
      <TextField label="Code" path={`${at}.code`} value={row.code} error={errorFor(`${at}.code`)} maxLength={200} onChange={(code) => onChange({ code })} />
      <CountrySelect label="Country" path={`${at}.country`} value={row.country} error={errorFor(`${at}.country`)} onChange={(country) => onChange({ country })} />
      <TextField
        label="Article text"
        path={`${at}.articleText`}
        value={row.articleText}
        error={errorFor(`${at}.articleText`)}
        hint="The article’s wording, ready to become a footnote"
        multiline
        className="full"
        maxLength={8000}
        onChange={(articleText) => onChange({ articleText })}
      />
    </>
  );
}
