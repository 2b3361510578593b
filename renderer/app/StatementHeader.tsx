import { LANGUAGE_NAMES, STATEMENT_LANGUAGES, type StatementLanguage } from '../../core/statement/language.ts';
import type { FootnoteStyle } from '../../core/footnotes/numbering.ts';
import type { StatementMeta } from '../../core/statement/schema.ts';
import { useState } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { appMessages } from './messages.ts';

/** Splits "Bishkek, Almaty; Vienna" into the dateline's places. */
function parsePlaces(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The statement's metadata above its text: title, date, dateline places and language. */
export function StatementHeader({ meta, onChange }: { meta: StatementMeta; onChange: (meta: StatementMeta) => void }) {
  // Places are edited as free text and parsed on the way out, so typing "Bishkek, " keeps
  // its comma. The header is remounted for each document, which resets this text.
  const [placesText, setPlacesText] = useState(() => meta.places.join(', '));
  const m = useMessages(appMessages);

  return (
    <header className="statement-header">
      <textarea
        className="title-input"
        aria-label={m.title}
        placeholder={m.titlePlaceholder}
        rows={1}
        value={meta.title}
        onChange={(e) => onChange({ ...meta, title: e.target.value.replace(/\n/g, ' ') })}
        spellCheck
      />
      <div className="meta-row">
        <label>
          <span>{m.date}</span>
          <input type="date" aria-label={m.date} value={meta.date} onChange={(e) => onChange({ ...meta, date: e.target.value })} />
        </label>
        <label className="places">
          <span>{m.datelinePlaces}</span>
          <input
            aria-label={m.datelinePlaces}
            placeholder={m.placesPlaceholder}
            value={placesText}
            onChange={(e) => {
              setPlacesText(e.target.value);
              onChange({ ...meta, places: parsePlaces(e.target.value) });
            }}
          />
        </label>
        <label>
          <span>{m.notes}</span>
          <select aria-label={m.footnoteNumbering} value={meta.footnoteStyle} onChange={(e) => onChange({ ...meta, footnoteStyle: e.target.value as FootnoteStyle })}>
            <option value="decimal">1, 2, 3</option>
            <option value="lower-roman">i, ii, iii</option>
          </select>
        </label>
        <label>
          <span>{m.language}</span>
          <select aria-label={m.language} value={meta.language} onChange={(e) => onChange({ ...meta, language: e.target.value as StatementLanguage })}>
            {STATEMENT_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {LANGUAGE_NAMES[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
