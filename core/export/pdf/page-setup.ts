/** Paper sizes in points (1/72 in). */
export const PAPER_SIZES = { a4: { width: 595.28, height: 841.89 }, letter: { width: 612, height: 792 } } as const;
export type Paper = keyof typeof PAPER_SIZES;

export type Margins = { top: number; right: number; bottom: number; left: number };

/** Where the notes go: at the foot of the page of their reference, or all after the text. */
export type NotePlacement = 'footnotes' | 'endnotes';

export type PdfLayoutOptions = {
  paper: Paper;
  margins: Margins;
  notes: NotePlacement;
  /** "2 / 7" under each page. */
  pageNumbers: boolean;
  /** Body text size in points; the rest of the type scale follows it. */
  fontSize: number;
  /** Names printed centred at the head of the first page (the issuing organisations); none by default. */
  letterhead: readonly string[];
};

export const DEFAULT_LAYOUT_OPTIONS: PdfLayoutOptions = {
  paper: 'a4',
  // 2 cm on the sides, a little more at the foot for the page number.
  margins: { top: 56.7, right: 62.4, bottom: 62.4, left: 62.4 },
  notes: 'footnotes',
  pageNumbers: true,
  fontSize: 11,
  letterhead: [],
};

/**
 * Sizes and spaces derived from the body size: one place to tune the look. Leading is the
 * distance from one baseline to the next.
 */
export type TypeScale = {
  body: { size: number; leading: number };
  note: { size: number; leading: number };
  title: { size: number; leading: number };
  headings: ReadonlyArray<{ size: number; leading: number }>;
  dateline: { size: number; leading: number };
  furniture: { size: number };
  paragraphGap: number;
  noteGap: number;
  /** Space between the text and the notes, the separator rule drawn in it. */
  noteSeparator: number;
  listIndent: number;
  quoteIndent: number;
  noteLabelWidth: number;
  /** Raised labels of references: size factor and rise in em of the surrounding text. */
  superscript: { scale: number; rise: number };
  subscript: { scale: number; rise: number };
};

export function typeScale(fontSize: number): TypeScale {
  const s = fontSize;
  return {
    body: { size: s, leading: s * 1.42 },
    note: { size: s * 0.8, leading: s * 0.8 * 1.3 },
    title: { size: s * 1.6, leading: s * 1.6 * 1.25 },
    headings: [
      { size: s * 1.3, leading: s * 1.3 * 1.3 },
      { size: s * 1.15, leading: s * 1.15 * 1.3 },
      { size: s * 1.05, leading: s * 1.05 * 1.35 },
    ],
    dateline: { size: s * 0.95, leading: s * 1.3 },
    furniture: { size: s * 0.8 },
    paragraphGap: s * 0.6,
    noteGap: s * 0.15,
    noteSeparator: s * 1.2,
    listIndent: s * 1.7,
    quoteIndent: s * 2.2,
    noteLabelWidth: s * 1.6,
    superscript: { scale: 0.65, rise: 0.35 },
    subscript: { scale: 0.65, rise: -0.15 },
  };
}
