/** Paper sizes the print stylesheet can set, as the PDF export offers them. */
export type PaperSize = 'A4' | 'Letter';

/**
 * The standalone page's own CSS: a readable column on screen; on paper the size and margins
 * of a statement, headings kept with what follows, no widows or orphans, a signer's entry
 * and a note never split. Fixed text: nothing of the statement's content reaches it.
 */
export function statementStylesheet(paper: PaperSize = 'A4'): string {
  const size = paper === 'Letter' ? 'Letter' : 'A4';
  return `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 1.0625rem/1.55 "Noto Serif", "Source Serif 4", Georgia, "Times New Roman", serif; }
.statement { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
.statement header { margin-bottom: 2rem; }
.statement h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.75rem; }
.statement h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
.statement h3, .statement h4, .statement h5, .statement h6 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.dateline { margin: 0; color: #444; }
.statement p { margin: 0 0 0.9rem; }
.statement ul, .statement ol { margin: 0 0 0.9rem; padding-left: 1.75rem; }
.statement li > ul, .statement li > ol { margin: 0.25rem 0 0; }
.statement blockquote { margin: 0 0 0.9rem; padding-left: 1rem; border-left: 3px solid #bbb; color: #333; }
.statement a { color: #0b4f9c; text-decoration-thickness: 1px; text-underline-offset: 2px; overflow-wrap: anywhere; }
.statement sup, .statement sub { line-height: 0; }
[role="doc-noteref"] { text-decoration: none; padding: 0 0.1em; }
.align-center { text-align: center; }
.align-end { text-align: end; }
.align-justify { text-align: justify; hyphens: auto; }
.signatories { margin-top: 2rem; }
.signatory-heading { font-weight: bold; margin-bottom: 0.25rem; }
.signatory-note { font-style: italic; }
.signatory-list { list-style: none; padding-left: 0; }
.signatory-list li { margin: 0 0 0.2rem; }
.notes { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #ccc; font-size: 0.9rem; }
.notes ol { padding-left: 2rem; }
.notes li p { margin: 0 0 0.4rem; }
.note-heading { font-weight: bold; }
[role="doc-backlink"] { text-decoration: none; }
@media print {
  @page { size: ${size}; margin: 2cm 2.2cm; }
  body { font-size: 11pt; line-height: 1.4; }
  .statement { max-width: none; padding: 0; }
  .statement a { color: inherit; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  .signatory-list li, .notes li, blockquote { break-inside: avoid; page-break-inside: avoid; }
  [role="doc-backlink"] { display: none; }
}
`.trim();
}
