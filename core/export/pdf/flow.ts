import type { PageItem } from './display-list.ts';

/**
 * One line of the text (or of a note) as pagination sees it: how much height it takes, whether
 * a page may end after it, and which notes it calls. Its items are placed with the line's top
 * at y = 0 and are moved onto the page when it is composed.
 */
export type FlowLine = {
  /** Height of the line: its leading. */
  height: number;
  /** Space above it when something precedes it on the page; dropped at the top of a page. */
  spaceBefore: number;
  /**
   * A page may end after this line: false inside a signatory entry, after a heading, and where
   * a widow or an orphan would be left.
   */
  breakAfter: boolean;
  /** Ids of the notes referenced on this line, in order. */
  noteIds: readonly string[];
  items: PageItem[];
};
