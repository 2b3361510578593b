import { footnotesInOrder, serializedLinks, serializedText } from '../footnotes/footnotes-in-order.ts';
import { formatFootnoteNumber, type FootnoteStyle } from '../footnotes/numbering.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import type { SerializedEditorState } from '../statement/editor-state.ts';
import { checkMessages } from './messages.ts';
import type { CheckProblem } from './problem.ts';

/**
 * What is wrong with the notes of a statement: empty notes, two notes with the same text
 * (usually a copy-paste slip), and links a reader could not follow safely (anything but
 * http, https and mailto). The export preflight shows these; so does the footnotes panel,
 * each in the interface language (`locale`).
 */
export function checkFootnotes(state: SerializedEditorState, style: FootnoteStyle = 'decimal', locale: UiLocale = 'en'): CheckProblem[] {
  const m = checkMessages[locale];
  const problems: CheckProblem[] = [];
  const seen = new Map<string, number>();
  for (const note of footnotesInOrder(state)) {
    const label = formatFootnoteNumber(note.number, style);
    const text = serializedText(note.body).replace(/\s+/g, ' ').trim();
    if (text === '') {
      problems.push({ code: 'footnote-empty', severity: 'error', footnote: note.number, message: m.noteEmpty(label) });
    } else {
      const key = text.toLocaleLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          code: 'footnote-duplicate',
          severity: 'warning',
          footnote: note.number,
          message: m.noteDuplicate(label, formatFootnoteNumber(first, style)),
        });
      } else seen.set(key, note.number);
    }
    for (const url of serializedLinks(note.body)) {
      if (!safeExternalUrl(url)) {
        problems.push({
          code: 'footnote-unsafe-link',
          severity: 'error',
          footnote: note.number,
          message: m.noteUnsafeLink(label, url.slice(0, 80)),
        });
      }
    }
  }
  return problems;
}
