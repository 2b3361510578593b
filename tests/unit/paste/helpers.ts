/** Shared by the paste tests: fixtures, a cleaning call that must succeed, and DOM queries. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { cleanPastedHtml } from '../../../renderer/editor/paste/index.ts';

export function fixture(name: string): string {
  // Not `new URL(…, import.meta.url)`: under jsdom, URL is jsdom's and fs does not accept it.
  return readFileSync(resolve(import.meta.dirname, '../../fixtures/paste', name), 'utf8');
}

/** Cleans and returns the HTML, failing the test if the cleaner declined. */
export function clean(html: string): string {
  const result = cleanPastedHtml(html);
  if (!result.ok) throw new Error(`cleanPastedHtml declined: ${result.reason}`);
  return result.html;
}

/** The cleaned HTML parsed into an inert document's body, for structural assertions. */
export function parsed(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

export function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (el) => el.textContent ?? '');
}

export const OUTPUT_TAGS = new Set(['p', 'br', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'a', 'b', 'i', 'u', 's', 'sup', 'sub']);

/** The output contract every cleaned string must meet, whatever went in. */
export function expectWithinContract(html: string): void {
  const body = parsed(html);
  for (const el of Array.from(body.querySelectorAll('*'))) {
    expect(OUTPUT_TAGS, `unexpected <${el.localName}>`).toContain(el.localName);
    for (const name of el.getAttributeNames()) {
      expect(['a[href]', 'sup[data-footnote]']).toContain(`${el.localName}[${name}]`);
    }
    if (el.hasAttribute('data-footnote')) {
      expect(el.getAttribute('data-footnote')).toBe('');
      expect(el.querySelector('[data-footnote]'), 'a footnote inside a footnote').toBeNull();
    }
    if (el.localName === 'a') {
      const href = el.getAttribute('href') ?? '';
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol);
    }
  }
  // Parsing the output and writing it back out gives the same string: what the editor
  // reads is exactly what was checked here (no parser-level mutation on the way in).
  expect(body.innerHTML).toBe(html);
}
