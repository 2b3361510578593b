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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One paragraph for the writer: what was recognised, then how many lines need a look. */
export function summariseImport(report: ImportReport): string {
  const c = report.counts;
  const found = [
    report.title !== null ? 'the title' : null,
    report.date !== null ? `the date (${report.date})` : null,
    report.places.length > 0 ? `the dateline (${report.places.join(', ')})` : null,
    plural(c.paragraphs, 'paragraph'),
    c.headings > 0 ? plural(c.headings, 'heading') : null,
    c.lists > 0 ? `${plural(c.lists, 'list')} (${plural(c.listItems, 'item')})` : null,
    c.quotes > 0 ? plural(c.quotes, 'quotation') : null,
    c.links > 0 ? plural(c.links, 'link') : null,
    plural(c.footnotes, 'footnote'),
    plural(c.signatories, 'signatory', 'signatories'),
  ].filter((part): part is string => part !== null);
  const count = (kind: ReportEntry['kind']) => report.entries.filter((e) => e.kind === kind).length;
  const extra = [
    count('warning') > 0 ? `${plural(count('warning'), 'point')} to check` : null,
    count('text') > 0 ? `${plural(count('text'), 'line')} left as plain text` : null,
    count('removed') > 0 ? `${plural(count('removed'), 'thing')} removed` : null,
  ].filter((part): part is string => part !== null);
  return `Recognised ${found.join(', ')}.${extra.length > 0 ? ` ${extra.join('; ')}.` : ''}`;
}

/** The entries as lines for a log or the command line: "line 12: …". */
export function reportLines(report: ImportReport): string[] {
  return report.entries.map((e) => `${e.line === null ? '' : `line ${e.line}: `}${e.kind === 'recognised' ? '' : `[${e.kind}] `}${e.message}`);
}
