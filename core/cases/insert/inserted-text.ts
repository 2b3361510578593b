import { z } from 'zod';
import { footnoteRunSchema, type FootnoteRun } from '../footnote.ts';

/**
 * What an insert format produces: paragraphs of formatted runs, not editor nodes. Core has no
 * Lexical, the shape is plain JSON (so a statement can store it beside the case's snapshot),
 * and each run maps onto one Lexical text node: the renderer turns a block into a paragraph
 * (or a list item, for a list line) and a run's footnote into a footnote reference placed
 * right after that run's text.
 */
export const footnoteRequestSchema = z.object({
  /** The note's body, in the run shape of library footnotes: it goes straight into a new footnote. */
  body: z.array(footnoteRunSchema).min(1).max(500),
});
export type FootnoteRequest = z.infer<typeof footnoteRequestSchema>;

export const insertedRunSchema = z.object({
  text: z.string().min(1).max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** A footnote whose reference follows this run's last character. */
  footnote: footnoteRequestSchema.optional(),
});
export type InsertedRun = z.infer<typeof insertedRunSchema>;

export const insertedBlockSchema = z.object({ runs: z.array(insertedRunSchema).min(1).max(10_000) });
export type InsertedBlock = z.infer<typeof insertedBlockSchema>;

export const insertedTextSchema = z.object({
  blocks: z.array(insertedBlockSchema).min(1).max(100),
  /** The case is confidential: the editor flags the inserted text wherever it stands. */
  confidential: z.boolean(),
});
export type InsertedText = z.infer<typeof insertedTextSchema>;

/** A plain run, or nothing for empty text, so builders can spread optional parts. */
export function plain(text: string): InsertedRun[] {
  return text === '' ? [] : [{ text }];
}

export function footnoted(text: string, body: FootnoteRun[]): InsertedRun {
  return { text, footnote: { body } };
}

/**
 * Joins neighbouring runs of the same formatting, so that "was extradited" + " from Turkey"
 * becomes one text node. A run that carries a footnote ends where its reference goes and is
 * never joined with what follows.
 */
export function mergeRuns(runs: ReadonlyArray<InsertedRun>): InsertedRun[] {
  const merged: InsertedRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last !== undefined && last.footnote === undefined && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) {
      merged[merged.length - 1] = { ...run, text: last.text + run.text };
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

/** The text a reader sees, without footnotes: blocks are separated by a line break. */
export function insertedPlainText(text: InsertedText): string {
  return text.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
}
