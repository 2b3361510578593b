import type { StatementDocument } from '../../document/model.ts';
import { escapeHtml } from './escape.ts';
import { displayTitle, toHtmlFragment, type HtmlFragmentOptions } from './fragment.ts';
import { htmlLanguage } from './labels.ts';
import { statementStylesheet, type PaperSize } from './stylesheet.ts';

export type HtmlDocumentOptions = HtmlFragmentOptions & {
  /** The page size when the page is printed (default A4). */
  paper?: PaperSize;
};

/**
 * The statement as a standalone HTML5 page with its own stylesheet for screen and print: no
 * script, no external resource, so the file opens anywhere and can go on a website as is.
 */
export function toHtmlDocument(doc: StatementDocument, options: HtmlDocumentOptions = {}): string {
  const lang = htmlLanguage(doc.meta.language);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(displayTitle(doc.meta))}</title>`,
    `<style>\n${statementStylesheet(options.paper)}\n</style>`,
    '</head>',
    '<body>',
    // The page's one main landmark, so screen readers can jump to the statement (axe-core's landmark rules).
    '<main>',
    toHtmlFragment(doc, options),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
