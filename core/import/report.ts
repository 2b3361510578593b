import type { UiLocale } from '../i18n/ui-locale.ts';
import { importReportMessages } from './report-messages.ts';

/**
 * The import report: what became structure (title, date, lists, notes, signatories), what
 * stayed plain text although it looked like something, and what was removed, each with
 * the line it came from so the writer can check it against the original.
 */
export type ImportKind = 'text' | 'markdown' | 'html';

export type ReportEntry = {
  /** 1-based line of the input (of the archive, for a statement split from one); null when a line makes no sense (a whole file). */
  line: number | null;
  /** recognised: became structure; text: kept as plain text; warning: kept, but check it; removed: not imported. */
  kind: 'recognised' | 'text' | 'warning' | 'removed';
  message: string;
};

export type ImportCounts = {
  paragraphs: number;
  headings: number;
  lists: number;
  listItems: number;
  quotes: number;
  links: number;
  footnotes: number;
  signatories: number;
};

export type ImportReport = {
  kind: ImportKind;
  title: string | null;
  /** YYYY-MM-DD, or null when no date line was recognised. */
  date: string | null;
  places: string[];
  counts: ImportCounts;
  entries: ReportEntry[];
};

/** One paragraph for the writer: what was recognised, then how many lines need a look; in the interface language. */
export function summariseImport(report: ImportReport, locale: UiLocale = 'en'): string {
  const m = importReportMessages[locale];
  const c = report.counts;
  const found = [
    report.title !== null ? m.theTitle : null,
    report.date !== null ? m.theDate(report.date) : null,
    report.places.length > 0 ? m.theDateline(report.places.join(', ')) : null,
    m.paragraphs(c.paragraphs),
    c.headings > 0 ? m.headings(c.headings) : null,
    c.lists > 0 ? m.lists(c.lists, c.listItems) : null,
    c.quotes > 0 ? m.quotations(c.quotes) : null,
    c.links > 0 ? m.links(c.links) : null,
    m.footnotes(c.footnotes),
    m.signatories(c.signatories),
  ].filter((part): part is string => part !== null);
  const count = (kind: ReportEntry['kind']) => report.entries.filter((e) => e.kind === kind).length;
  const extra = [
    count('warning') > 0 ? m.toCheck(count('warning')) : null,
    count('text') > 0 ? m.leftAsText(count('text')) : null,
    count('removed') > 0 ? m.removedThings(count('removed')) : null,
  ].filter((part): part is string => part !== null);
  return m.recognised(found, extra);
}

/** The entries as lines for a log or the command line: "line 12: …". */
export function reportLines(report: ImportReport, locale: UiLocale = 'en'): string[] {
  const m = importReportMessages[locale];
  return report.entries.map((e) => `${e.line === null ? '' : m.line(e.line)}${e.kind === 'recognised' ? '' : m.kind(e.kind)}${e.message}`);
}
