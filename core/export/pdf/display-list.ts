import type { FontFace } from './font-metrics.ts';

/**
 * The laid-out statement, page by page, at absolute positions: what any drawing back end
 * (pdfkit today) paints without deciding anything. Coordinates are points from the page's
 * top-left corner, y downwards, like pdfkit's.
 */

export type Rgb = readonly [number, number, number];

/** Accessibility roles of tagged PDF (ISO 32000 standard structure types). */
export type StructRole = 'Document' | 'Sect' | 'Title' | 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'BlockQuote' | 'Link' | 'Note' | 'Div';

/** An element of the structure tree; content on the pages points at it by id. */
export type StructNode = { id: number; role: StructRole; parent: number | null; lang?: string; alt?: string };

/** `struct`: the element this content belongs to; null marks an artifact (page number, rules). */
export type GlyphRun = { kind: 'text'; x: number; baseline: number; text: string; face: FontFace; size: number; color: Rgb; width: number; struct: number | null };
export type Rule = { kind: 'rule'; x: number; y: number; width: number; thickness: number; color: Rgb; struct: number | null };
/** A clickable area to a web address; `struct` is its Link element. */
export type LinkArea = { kind: 'link'; x: number; y: number; width: number; height: number; href: string; struct: number };
/** A clickable area to a named destination in the document (a note, a reference). */
export type GoToArea = { kind: 'goto'; x: number; y: number; width: number; height: number; destination: string; struct: number };
/** A named place a GoToArea can jump to. */
export type Destination = { kind: 'destination'; name: string; x: number; y: number };

export type PageItem = GlyphRun | Rule | LinkArea | GoToArea | Destination;

export type LaidOutPage = { number: number; items: PageItem[] };

export type DisplayList = {
  width: number;
  height: number;
  pages: LaidOutPage[];
  /** In document order; parents before children. */
  structure: StructNode[];
  /** Where each note's first line was placed (1-based page numbers), by note id. */
  notePages: ReadonlyMap<string, number>;
  /** Where each reference was placed, by note id. */
  referencePages: ReadonlyMap<string, number>;
};

export const BLACK: Rgb = [0, 0, 0];
export const LINK_BLUE: Rgb = [0.07, 0.27, 0.55];
export const GREY: Rgb = [0.35, 0.35, 0.35];
