import { useEffect, useState } from 'react';
import type { SourceStatement } from '../../../../core/archive/statement-passages.ts';
import type { CaseSuggestions } from '../../../../core/archive/suggest-cases.ts';
import { displayName } from '../../../../core/cases/names.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { useMessages } from '../../../i18n/messages.ts';
import { acceptCaseSuggestions, type WriteLine } from './accept-case-suggestions.ts';
import { caseSuggestionMessages } from './case-suggestions-messages.ts';
import { loadCaseSuggestions } from './load-case-suggestions.ts';
import { SuggestionCard } from './SuggestionCard.tsx';
import './case-suggestions.css';

type Phase = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'choosing'; found: CaseSuggestions } | { kind: 'writing' } | { kind: 'done'; lines: WriteLine[] };

/**
 * "Suggested cases": the people a statement names with facts, as new cases or as changes to
 * cases already in the library, for the writer to tick person by person and change by
 * change. Accept writes them through the library and then says what was written.
 */
export function CaseSuggestionsDialog({ source, onClose }: { source: SourceStatement; onClose(): void }) {
  const m = useMessages(caseSuggestionMessages);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [taken, setTaken] = useState<ReadonlySet<string>>(new Set());
  const [changeIds, setChangeIds] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let live = true;
    void loadCaseSuggestions(source).then((result) => {
      if (!live) return;
      if (!result.ok) return setPhase({ kind: 'failed', message: m.lookupFailed(result.message) });
      const { suggestions } = result.value;
      setTaken(new Set(suggestions.map((s) => s.key)));
      // Change ids are per suggestion; the key keeps them apart.
      setChangeIds(new Set(suggestions.flatMap((s) => (s.kind === 'update' ? s.changes.filter((c) => c.preselected).map((c) => `${s.key}/${c.id}`) : []))));
      setPhase({ kind: 'choosing', found: result.value });
    });
    return () => {
      live = false;
    };
    // The statement is read once per opening of the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source]);

  const toggle = <T,>(set: ReadonlySet<T>, item: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  const accept = async (found: CaseSuggestions) => {
    const choices = found.suggestions
      .filter((s) => taken.has(s.key))
      .map((suggestion) => ({ suggestion, changeIds: new Set([...changeIds].filter((id) => id.startsWith(`${suggestion.key}/`)).map((id) => id.slice(suggestion.key.length + 1))) }));
    setPhase({ kind: 'writing' });
    const lines = await acceptCaseSuggestions(choices);
    setPhase({ kind: 'done', lines: lines.length === 0 ? [{ ok: true, text: m.nothingChosen }] : lines });
  };

  if (phase.kind === 'choosing' && phase.found.suggestions.length > 0) {
    const { found } = phase;
    return (
      <Dialog title={m.title} actions={[{ label: m.accept, primary: true, onClick: () => void accept(found) }, { label: m.cancel, onClick: onClose }]}>
        <div className="case-suggestions">
          <p>{m.intro}</p>
          <ul className="case-suggestion-list" aria-label={m.title}>
            {found.suggestions.map((suggestion) => (
              <SuggestionCard
                key={suggestion.key}
                suggestion={suggestion}
                taken={taken.has(suggestion.key)}
                onTake={(on) => setTaken(toggle(taken, suggestion.key, on))}
                changeIds={new Set([...changeIds].filter((id) => id.startsWith(`${suggestion.key}/`)).map((id) => id.slice(suggestion.key.length + 1)))}
                onChange={(id, on) => setChangeIds(toggle(changeIds, `${suggestion.key}/${id}`, on))}
              />
            ))}
          </ul>
          {found.upToDate.length > 0 && <p className="case-suggestion-known">{m.upToDate(found.upToDate.map(displayName).join(', '))}</p>}
        </div>
      </Dialog>
    );
  }
  const text =
    phase.kind === 'loading' ? m.reading : phase.kind === 'writing' ? m.writing : phase.kind === 'failed' ? phase.message : phase.kind === 'choosing' ? [m.none, phase.found.upToDate.length > 0 ? m.upToDate(phase.found.upToDate.map(displayName).join(', ')) : ''].join(' ') : '';
  return (
    <Dialog title={m.title} actions={[{ label: m.close, primary: true, onClick: onClose }]}>
      {phase.kind === 'done' ? (
        <ul className="case-suggestion-report" aria-label={m.title}>
          {phase.lines.map((line, i) => (
            <li key={i} className={line.ok ? 'written' : 'refused'}>
              {line.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="prompt-message" aria-live="polite">
          {text.trim()}
        </p>
      )}
    </Dialog>
  );
}
