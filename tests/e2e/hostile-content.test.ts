import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeStatement } from '../../core/statement/parse.ts';
import type { Statement } from '../../core/statement/schema.ts';
import { OWASP_URLS, OWASP_VECTORS } from '../hardening/xss/owasp-vectors.ts';
import { owaspStatement } from '../hardening/xss/hostile-statement.ts';
import { launchChromium, makeTempDir, openStudio, type Studio } from './harness.ts';

/**
 * The OWASP filter-evasion vectors in a stranger's statement file (title, places, text,
 * headings, links, notes, inserted cases, signatories' names and roles) and pasted into the
 * editor, in the real window: nothing they carry may run, load or become a live link.
 * Beyond the DOM audit, a trap counts what would show an attack even if the page then
 * blocked it: alert() and friends, and the CSP's own violation reports.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Installs the traps in the page: every alert/confirm/prompt/print call is recorded, and so
 * is every CSP violation. The paste cleaner parses the clipboard in inert DOMParser
 * documents, which inherit the window's CSP: Chromium reports the inline handlers and styles
 * it meets there as violations although nothing in such a document can run, so the
 * violations are counted for the record, and what must stay empty is the calls.
 */
async function setTraps(page: Page) {
  await page.evaluate(() => {
    const record = window as unknown as { __attacks: string[]; __violations: string[] };
    record.__attacks = [];
    record.__violations = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, { value: (...args: unknown[]) => void record.__attacks.push(`${name}(${args.map(String).join(',')})`), configurable: true });
    }
    document.addEventListener('securitypolicyviolation', (event) => record.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/**
 * What in the whole window could run code or reach out: script-like elements beyond the app's
 * own module script, on* attributes, and link or resource URLs outside http(s), mailto and
 * the page itself. The app's own controls (inputs, buttons) are interface, not content.
 */
function auditWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const findings: string[] = [];
    const active = ['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'video', 'audio', 'form', 'portal', 'meta[http-equiv]', 'link:not([rel="stylesheet"])'];
    for (const element of document.querySelectorAll(active.join(','))) {
      // The app's own bundle, loaded from its own origin by index.html: its module script, and the
      // chunk it shares with the print view (renderer/print), which the build has it preload.
      const bundleUrl = element.localName === 'script' ? (element as HTMLScriptElement).src : element.matches('link[rel="modulepreload"]') ? (element as HTMLLinkElement).href : '';
      if (element.closest('head') && bundleUrl.startsWith(`${location.origin}/assets/`)) continue;
      // The app's own icons (aria-hidden SVG in its toolbar and panels); none may come from content.
      if (element.localName === 'svg' && element.getAttribute('aria-hidden') === 'true' && !element.closest('.st-content')) continue;
      findings.push(`<${element.localName}> ${element.outerHTML.slice(0, 80)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? '';
        if (attribute.startsWith('on')) findings.push(`<${element.localName} ${attribute}>`);
        if (['href', 'src', 'action', 'formaction', 'srcdoc', 'xlink:href', 'background', 'poster', 'data'].includes(attribute)) {
          const url = new URL(value, location.href);
          const sameOrigin = url.origin === location.origin && !value.includes(':');
          // Lexical's link node turns a URL it will not link (javascript:, data:…) into about:blank, which runs nothing.
          const inert = value === 'about:blank';
          if (attribute === 'srcdoc' || !(sameOrigin || inert || ['http:', 'https:', 'mailto:'].includes(url.protocol))) findings.push(`<${element.localName} ${attribute}="${value.slice(0, 60)}">`);
        }
        if (attribute === 'style' && /expression|url\s*\(|javascript|behavior|@import/i.test(value)) findings.push(`<${element.localName} style="${value.slice(0, 60)}">`);
      }
    }
    for (const image of document.images) if (image.src !== '' && !image.src.startsWith(location.origin) && !image.src.startsWith('data:image/svg+xml')) findings.push(`<img src="${image.src.slice(0, 60)}">`);
    return findings;
  });
}

/**
 * The vectors statement within the file format's limits, so that it opens: the format refuses
 * names over 200 characters and control characters in single-line fields and in a case's
 * facts (tested elsewhere); the statement's own text keeps every vector whole.
 */
function openableOwaspStatement(): Statement {
  const clip = (value: unknown, key = '', inRecord = false): unknown => {
    if (typeof value === 'string') return key === 'text' && !inRecord ? value : value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200);
    if (Array.isArray(value)) return value.map((item) => clip(item, '', inRecord));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clip(v, k, inRecord || k === 'inserted' || k === 'signatories')]));
    return value;
  };
  return clip(owaspStatement()) as Statement;
}

const attacks = (page: Page) => page.evaluate(() => (window as unknown as { __attacks: string[] }).__attacks);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('hostile content in the window', () => {
  let studio: Studio;
  afterAll(async () => {
    await studio?.close();
  });

  it('shows a statement made of the OWASP vectors as text: nothing runs, loads or links outside http(s) and mailto', async () => {
    studio = await openStudio(browser);
    const dialogs: string[] = [];
    studio.page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    await setTraps(studio.page);
    const file = join(await makeTempDir(), 'hostile.statement');
    await writeFile(file, serializeStatement(openableOwaspStatement()));
    studio.dialogs.openPaths.push(file);
    await studio.emit('command', { id: 'file.open' });
    await expect.poll(() => studio.page.locator('.st-content h2').count(), { timeout: 20_000 }).toBe(OWASP_VECTORS.length);

    // Every panel has listed it: notes, cases, signatories, outline.
    const panels = studio.page.getByRole('complementary', { name: 'Panels' });
    await expect.poll(() => panels.innerText(), { timeout: 20_000 }).toContain('<SCRIPT SRC=https://cdn.evil.example/xss.js></SCRIPT>');
    await studio.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));

    expect(await auditWindow(studio.page)).toEqual([]);
    // The vectors are there, as text the writer can read and fix.
    const text = await studio.page.locator('.st-content').innerText();
    expect(text).toContain('<SCRIPT SRC=https://cdn.evil.example/xss.js></SCRIPT>');
    expect(await studio.page.getByRole('textbox', { name: 'Title' }).inputValue()).toContain('<SCRIPT');
    // The javascript:, data: and vbscript: links of the file did not become live links.
    const hrefs = await studio.page.locator('.st-content a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    // Links to the notes (#note-12) stay on the page; "//host/" is a web link by another spelling.
    for (const href of hrefs) expect(href, href).toMatch(/^(https?:\/\/|\/\/|mailto:|#note-\d+$|about:blank$)/);
    expect(OWASP_URLS.some((url) => /^javascript:/i.test(url))).toBe(true);

    expect(await attacks(studio.page)).toEqual([]);
    expect(dialogs).toEqual([]);
    // Opening a file parses nothing as HTML: not even an inert parse meets a handler.
    expect(await violations(studio.page)).toEqual([]);
    await studio.screenshot('hostile-statement');
  });

  it('pastes every vector as HTML and as plain text into the statement and its notes without anything live', async () => {
    const page = studio.page;
    await page.locator('.st-content h2').first().click();
    for (const vector of OWASP_VECTORS) {
      await page.evaluate(
        ([html, plain]) => {
          const data = new DataTransfer();
          data.setData('text/html', html);
          data.setData('text/plain', plain);
          document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        },
        [vector, vector] as const,
      );
    }
    // Into a note's body too: the caret goes there with a new footnote.
    await page.keyboard.press('Control+Alt+F');
    for (const vector of OWASP_VECTORS.slice(0, 40)) {
      await page.evaluate((plain) => {
        const data = new DataTransfer();
        data.setData('text/plain', plain);
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, vector);
    }
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await auditWindow(page)).toEqual([]);
    expect(await attacks(page)).toEqual([]);
    // Only the inert parses of the paste cleaner: inline handlers and styles, never a load.
    for (const violation of await violations(page)) expect(violation).toMatch(/^(script-src-attr|style-src-attr|style-src-elem) inline$/);
  });
});
