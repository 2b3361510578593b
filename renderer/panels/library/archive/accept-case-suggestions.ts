import { applyChanges, type FieldChange } from '../../../../core/archive/case-update.ts';
import type { CaseSuggestion } from '../../../../core/archive/suggest-cases.ts';
import { displayName } from '../../../../core/cases/names.ts';
import { messagesNow } from '../../../i18n/messages.ts';
import { studio } from '../../../studio.ts';
import { caseSuggestionMessages } from './case-suggestions-messages.ts';

/** What the writer ticked: the suggestions by key, and for an update the ids of its changes. */
export type Choice = { suggestion: CaseSuggestion; changeIds: ReadonlySet<string> };
export type WriteLine = { ok: boolean; text: string };

/**
 * Writes the chosen suggestions through the library's own channels: a new case with the
 * duplicate check (a likely duplicate is not written, and said), an update with the time the
 * case was read, so a case changed meanwhile elsewhere is refused rather than overwritten.
 */
export async function acceptCaseSuggestions(choices: readonly Choice[]): Promise<WriteLine[]> {
  const m = messagesNow(caseSuggestionMessages);
  const lines: WriteLine[] = [];
  for (const { suggestion, changeIds } of choices) {
    if (suggestion.kind === 'new') {
      const name = displayName(suggestion.draft);
      const created = await studio.library.createCase({ draft: suggestion.draft });
      if (!created.ok) lines.push({ ok: false, text: m.failed(name, created.message) });
      else if (created.value.status === 'likely-duplicate') lines.push({ ok: false, text: m.duplicate(name, created.value.duplicates.map((d) => d.displayName).join(', ')) });
      else lines.push({ ok: true, text: m.created(name) });
      continue;
    }
    const chosen: FieldChange[] = suggestion.changes.filter((change) => changeIds.has(change.id));
    if (chosen.length === 0) continue;
    const { record } = suggestion;
    const name = displayName(record);
    const saved = await studio.library.updateCase({ id: record.id, draft: applyChanges(record, chosen), expectedUpdatedAt: record.updatedAt });
    lines.push(saved.ok ? { ok: true, text: m.updated(name, chosen.length) } : { ok: false, text: m.failed(name, saved.message) });
  }
  return lines;
}
