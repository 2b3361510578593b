/**
 * The sheet size for printing: CSS `@page` set to the PDF's page size in points, with no
 * margin (the PDF has its own). The rule goes into the view's own stylesheet through the
 * CSSOM, which the window's CSP allows (it forbids inline <style>).
 */
export function setPrintPageSize(sheet: CSSStyleSheet, widthPt: number, heightPt: number): void {
  sheet.insertRule(`@page { size: ${round(widthPt)}pt ${round(heightPt)}pt; margin: 0; }`, sheet.cssRules.length);
}

const round = (n: number) => Math.round(n * 100) / 100;
