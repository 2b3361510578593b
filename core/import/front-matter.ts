/**
 * The title and date line at the top of a statement: in whichever order they come, a date
 * line ("20.12.23", "Bishkek, Almaty, 20 December 2023") and a headline, a short line
 * without a closing full stop. They leave the text for the statement's meta.
 */
import { parseDateline } from './dateline.ts';
import { blockText, type ImportBlock } from './model.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import type { ReportEntry } from './report.ts';
import { importReportMessages } from './report-messages.ts';

const MAX_TITLE = 300;
/** Only the first few blocks can be the title or the date. */
const LOOK_AHEAD = 3;

export type FrontMatter = { title: string | null; date: string | null; places: string[]; blocks: ImportBlock[]; entries: ReportEntry[] };

function looksLikeTitle(block: ImportBlock): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  const value = blockText(block).trim();
  return value !== '' && value.length <= MAX_TITLE && !value.includes('\n') && !/[.;:,]$/u.test(value);
}

/** `fallbackTitle`: the title the format names outside the text (HTML's <title>), used when the text shows none. */
export function frontMatter(blocks: readonly ImportBlock[], fallbackTitle: { text: string; line: number } | null, locale: UiLocale = 'en'): FrontMatter {
  const m = importReportMessages[locale];
  const entries: ReportEntry[] = [];
  let title: string | null = null;
  let date: string | null = null;
  let places: string[] = [];
  let index = 0;
  while (index < blocks.length && index < LOOK_AHEAD) {
    const block = blocks[index]!;
    if (block.kind === 'separator') break;
    const value = blockText(block).trim();
    const dateline = block.kind === 'paragraph' || block.kind === 'heading' ? parseDateline(value) : null;
    if (dateline && date === null) {
      ({ date, places } = dateline);
      entries.push({ line: block.line, kind: 'recognised', message: m.dateLine(date, places.join(', '), value) });
    } else if (title === null && looksLikeTitle(block)) {
      title = value;
      entries.push({ line: block.line, kind: 'recognised', message: m.title(value) });
    } else {
      break;
    }
    index++;
  }
  if (title === null && fallbackTitle) {
    title = fallbackTitle.text;
    entries.push({ line: fallbackTitle.line, kind: 'recognised', message: m.pageTitle(title) });
  }
  return { title, date, places, blocks: blocks.slice(index), entries };
}
