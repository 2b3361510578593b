/**
 * One statement from plain text, Markdown or HTML to a Statement: the format's importer
 * gives blocks, then the shared steps take the title and date from the top, the notes from
 * the bottom, the signatories from the end of the text, and build the editor state. Pure and
 * synchronous; never throws: bad input is a Failure with a message for the writer.
 */
import type { UiLocale } from '../i18n/ui-locale.ts';
import { fail, ok, type Result } from '../ipc/result.ts';
import { checkEditorState } from '../statement/editor-state.ts';
import { STATEMENT_FORMAT, STATEMENT_VERSION } from '../statement/format.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { statementSchema, type Statement } from '../statement/schema.ts';
import { editorStateOf } from './editor-nodes.ts';
import { frontMatter } from './front-matter.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { checkImportText } from './input-check.ts';
import { guessLanguage } from './language.ts';
import { MAX_STATEMENT_CHARS } from './limits.ts';
import { markdownToBlocks } from './markdown-blocks.ts';
import { matchNotes, notesStart } from './match-notes.ts';
import { blockText, type ImportBlock, type ImportInline, type ParsedBlocks } from './model.ts';
import type { ImportCounts, ImportKind, ImportReport, ReportEntry } from './report.ts';
import { importReportMessages } from './report-messages.ts';
import { extractSignatories } from './signatory-list.ts';
import { textToBlocks } from './text-blocks.ts';

export type ImportInput = { text?: string; html?: string; kind: ImportKind };

export type ImportOptions = {
  /** The statement's language; guessed from the text when not given. */
  language?: StatementLanguage;
  /** The line number of the input's first line, so that a statement split from an archive reports archive lines. */
  firstLine?: number;
  /** Ids for the signatories, by position; "signatory-1", "signatory-2"… when not given. */
  newId?: (index: number) => string;
  /** Longest input accepted, in characters. */
  maxChars?: number;
  /** The interface language the report is written in; English when not given. */
  locale?: UiLocale;
};

export type ImportedStatement = { statement: Statement; report: ImportReport };

function parse(kind: ImportKind, source: string, firstLine: number, locale: UiLocale): ParsedBlocks {
  switch (kind) {
    case 'text':
      return textToBlocks(source, firstLine, locale);
    case 'markdown':
      return markdownToBlocks(source, firstLine, locale);
    case 'html':
      return htmlToBlocks(source, firstLine, locale);
  }
}

function countLinks(inlines: readonly ImportInline[]): number {
  return inlines.reduce((n, inline) => n + (inline.kind === 'link' ? 1 : inline.kind === 'note' ? inline.blocks.reduce((m, b) => m + linksIn(b), 0) : 0), 0);
}
function linksIn(block: ImportBlock): number {
  if (block.kind === 'list') return block.items.reduce((n, item) => n + countLinks(item), 0);
  return block.kind === 'separator' ? 0 : countLinks(block.inlines);
}

function countsOf(blocks: readonly ImportBlock[], footnotes: number, signatories: number): ImportCounts {
  const lists = blocks.filter((b) => b.kind === 'list');
  return {
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').length,
    headings: blocks.filter((b) => b.kind === 'heading').length,
    lists: lists.length,
    listItems: lists.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 0), 0),
    quotes: blocks.filter((b) => b.kind === 'quote').length,
    links: blocks.reduce((n, b) => n + linksIn(b), 0),
    footnotes,
    signatories,
  };
}

/** Entries for the structure that is not reported elsewhere: headings, lists, quotations. */
function structureEntries(blocks: readonly ImportBlock[], locale: UiLocale): ReportEntry[] {
  const m = importReportMessages[locale];
  const entries: ReportEntry[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') entries.push({ line: block.line, kind: 'recognised', message: m.heading(block.level, blockText(block).slice(0, 80)) });
    else if (block.kind === 'list') entries.push({ line: block.line, kind: 'recognised', message: m.list(block.ordered, block.items.length) });
    else if (block.kind === 'quote') entries.push({ line: block.line, kind: 'recognised', message: m.quotation(blockText(block).slice(0, 60)) });
  }
  return entries;
}

function importChecked(input: ImportInput, options: ImportOptions): Result<ImportedStatement> {
  const raw = input.kind === 'html' ? (input.html ?? input.text) : input.text;
  if (typeof raw !== 'string') return fail('BAD_ARGUMENTS', `Nothing to import: no ${input.kind === 'html' ? 'HTML' : 'text'} was given.`);
  const checked = checkImportText(raw, options.maxChars ?? MAX_STATEMENT_CHARS);
  if (!checked.ok) return checked;
  const firstLine = options.firstLine ?? 1;
  const locale = options.locale ?? 'en';
  const m = importReportMessages[locale];
  const entries: ReportEntry[] = [];
  if (checked.replaced > 0) entries.push({ line: null, kind: 'warning', message: m.undecodable(checked.replaced) });
  if (checked.text.trim() === '') return fail('WRONG_FORMAT', m.empty);

  const parsed = parse(input.kind, checked.text, firstLine, locale);
  entries.push(...parsed.notices);
  const front = frontMatter(parsed.blocks, parsed.title, locale);
  entries.push(...front.entries);
  if (front.title === null) entries.push({ line: null, kind: 'warning', message: m.noTitle });
  if (front.date === null) entries.push({ line: null, kind: 'warning', message: m.noDate });

  // Signatories end the text, before the closing list of notes and the rule above it (a web page's notes section).
  let zone = notesStart(front.blocks);
  while (zone > 0 && front.blocks[zone - 1]!.kind === 'separator') zone--;
  const beforeNotes = zone < 0 ? front.blocks : front.blocks.slice(0, zone);
  const signers = extractSignatories(beforeNotes, {
    newId: options.newId ?? ((i) => `signatory-${i + 1}`),
    date: front.date,
    locale,
  });
  const notes = matchNotes([...signers.blocks, ...(zone < 0 ? [] : front.blocks.slice(zone))], parsed.notes, locale);
  entries.push(...structureEntries(notes.blocks, locale), ...notes.entries, ...signers.entries);
  entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const editor = editorStateOf(notes.blocks);
  const language = options.language ?? guessLanguage(checked.text);
  const statement: Statement = {
    format: STATEMENT_FORMAT,
    version: STATEMENT_VERSION,
    meta: { title: front.title ?? '', date: front.date ?? '', places: front.places, language, footnoteStyle: notes.roman ? 'lower-roman' : 'decimal' },
    editor,
    signatories: signers.signatories,
  };
  // The editor and the file format must accept what we made: a failure here is our bug, said plainly.
  const problem = checkEditorState(statement.editor);
  const valid = statementSchema.safeParse(statement);
  if (problem || !valid.success) {
    const where = problem ? `${problem.path}: ${problem.message}` : valid.error!.issues[0]!.message;
    return fail('INTERNAL', `The import produced an invalid statement (${where}). Please report this with the file.`);
  }
  const report: ImportReport = {
    kind: input.kind,
    title: front.title,
    date: front.date,
    places: front.places,
    counts: countsOf(notes.blocks, notes.footnotes, signers.signatories.length),
    entries,
  };
  return ok({ statement: valid.data, report });
}

export function importStatement(input: ImportInput, options: ImportOptions = {}): Result<ImportedStatement> {
  try {
    return importChecked(input, options);
  } catch (error) {
    // Never let a parser's surprise reach the window: the writer gets a message, nothing half-imported.
    return fail('INTERNAL', `The import failed: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
