import type { FootnoteStyle } from '../footnotes/numbering.ts';
import type { StatementLanguage } from '../statement/language.ts';

/**
 * The neutral document model every exporter reads (HTML, PDF, plain text): what a statement
 * says and how it is structured, with the editor's details gone. Numbers, dates and safe link
 * targets are settled here once, so no exporter decides them again.
 */

/** Character formats an exporter must show; Lexical's others (highlight, case) are dropped. */
export type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'subscript' | 'superscript';

/** `marks` are in this order, each at most once: exporters can nest tags in one fixed order. */
export const MARK_ORDER: readonly Mark[] = ['bold', 'italic', 'underline', 'strikethrough', 'code', 'subscript', 'superscript'];

export type TextRun = { kind: 'text'; text: string; marks: readonly Mark[] };
export type LineBreakRun = { kind: 'break' };
/** A footnote reference: `label` as printed ("3", "iii"), `noteId` the note it points to. */
export type NoteRefRun = { kind: 'noteref'; noteId: string; number: number; label: string };
/** `href` passed safeExternalUrl (http, https or mailto) and is normalised; links do not nest. */
export type LinkRun = { kind: 'link'; href: string; runs: Array<TextRun | LineBreakRun | NoteRefRun> };
export type InlineRun = TextRun | LineBreakRun | NoteRefRun | LinkRun;

/** Alignment the writer chose; absent means the exporter's default (start, or justified). */
export type Align = 'start' | 'center' | 'end' | 'justify';

/**
 * A passage's language where it differs from the statement's (a Russian paragraph in an
 * English statement), for `lang` in HTML and tagged PDF and for hyphenation.
 */
export type PassageLanguage = StatementLanguage;

export type Paragraph = { kind: 'paragraph'; runs: InlineRun[]; align?: Align; lang?: PassageLanguage };
/** `level` is the editor's (h1 = 1); exporters shift it under the document title. */
export type Heading = { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; runs: InlineRun[]; align?: Align; lang?: PassageLanguage };
export type ListItem = { blocks: Block[] };
/** Nested lists sit inside the item they belong to, after its paragraph. */
export type List = { kind: 'list'; ordered: boolean; start: number; items: ListItem[] };
export type Quote = { kind: 'quote'; paragraphs: Paragraph[] };

/**
 * One entry of the signatory block: a section heading ("Organisations:"), the
 * "for identification only" note, or one signer. An entry is never split across pages.
 */
export type SignatoryEntry = { role: 'heading' | 'note' | 'signer'; lines: TextRun[][] };
export type SignatoryBlock = { kind: 'signatories'; entries: SignatoryEntry[] };

export type Block = Paragraph | Heading | List | Quote | SignatoryBlock;
/** What a note's body may hold: no signatories, and no references (notes do not nest). */
export type NoteBlock = Exclude<Block, SignatoryBlock>;

export type Footnote = {
  /** Stable within one export: "fn-3" for the third note; HTML and PDF anchors use it. */
  id: string;
  /** 1-based, in document order. */
  number: number;
  /** As printed, in the statement's style: "3" or "iii". */
  label: string;
  blocks: NoteBlock[];
};

export type DocumentMeta = {
  title: string;
  /** ISO date (YYYY-MM-DD) or '' when the writer has not set one. */
  date: string;
  /** "26 June 2024", "26 июня 2024 г.", or ''. */
  dateText: string;
  /** "Bishkek, Vienna, 26 June 2024", or '' with neither places nor date. */
  dateline: string;
  language: StatementLanguage;
  footnoteStyle: FootnoteStyle;
};

/** Something the conversion kept in a simpler form or left out, and where it was. */
export type DocumentWarning = { path: string; message: string };

export type StatementDocument = {
  meta: DocumentMeta;
  blocks: Block[];
  footnotes: Footnote[];
  warnings: DocumentWarning[];
};
