import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openStudio, statementText, type Studio } from './harness.ts';
import { CHANNEL_NAMES } from '../../core/ipc/contract.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/paste');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Pastes into the editor the way the OS clipboard does: a real paste event with both flavours. */
async function paste(studio: Studio, html: string, text = '') {
  await studio.page.locator('.st-content').click();
  await studio.page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', t);
      document.querySelector('.st-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text] as const,
  );
}

/** Everything in the editor that is not plain structure: what hostile paste must never leave. */
async function auditEditor(studio: Studio) {
  return studio.page.evaluate(() => {
    const root = document.querySelector('.st-content')!;
    const allowed = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'S', 'SUP', 'SUB']);
    // The footnotes' own furniture: the notes area, its list and the number buttons.
    const furniture = new Set(['SECTION', 'OL', 'LI', 'DIV', 'BUTTON', 'IMG']);
    const problems: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const inFurniture = el.closest('.st-footnotes-area, .st-footnote-ref') !== null;
      if (!allowed.has(el.tagName) && !(inFurniture && furniture.has(el.tagName)) && !el.matches('img[data-lexical-decorator-boundary]')) problems.push(`element ${el.tagName}`);
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr) || attr === 'src' || attr === 'srcdoc' || attr === 'action' || attr === 'formaction') problems.push(`${el.tagName}[${attr}]`);
      }
      // Links must be web or mail links; the footnote markers' in-page anchors are the app's own.
      const inPageFootnoteLink = el.matches('.st-footnote-marker') && /^#note-\d+$/.test(el.getAttribute('href') ?? '');
      if (el.tagName === 'A' && !inPageFootnoteLink && !/^(https?:|mailto:)/.test(el.getAttribute('href') ?? '')) problems.push(`href ${el.getAttribute('href')}`);
    }
    return problems;
  });
}

describe('pasting', () => {
  it('neutralises hostile HTML: nothing runs, nothing executable stays in the editor', async () => {
    const studio = await openStudio(browser);
    const dialogs: string[] = [];
    studio.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    studio.page.on('request', (r) => requests.push(r.url()));
    try {
      const html = await readFile(resolve(FIXTURES, 'hostile.html'), 'utf8');
      await paste(studio, html);
      await expect.poll(() => studio.page.locator('.st-content').innerText()).toContain('First paragraph survives.');
      expect(await studio.page.locator('.st-content').innerText()).toContain('Second paragraph survives');
      await studio.page.waitForTimeout(500);
      expect(await auditEditor(studio)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('http://statement-studio/'))).toEqual([]);
      await studio.screenshot('paste-hostile');
      // And the saved file holds no executable link either.
      const json = await studio.page.evaluate(() => document.querySelector('.st-content')!.innerHTML);
      expect(json).not.toMatch(/javascript:|vbscript:|data:text|onerror|onload/i);
    } finally {
      await studio.close();
    }
  });

  it('keeps the structure of a Word document: heading, nested bullets, numbers, bold, italic, link, Cyrillic', async () => {
    const studio = await openStudio(browser);
    try {
      await paste(studio, await readFile(resolve(FIXTURES, 'word-desktop.html'), 'utf8'));
      const content = studio.page.locator('.st-content');
      await expect.poll(() => content.locator('h1').count()).toBeGreaterThan(0);
      expect(await content.locator('ul ul li').count()).toBeGreaterThan(0);
      expect(await content.locator('ol > li').count()).toBeGreaterThan(1);
      expect(await content.locator('strong, .st-bold').count()).toBeGreaterThan(0);
      expect(await content.locator('em, .st-italic').count()).toBeGreaterThan(0);
      expect(await content.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
      expect(await content.innerText()).toMatch(/[А-Яа-яЁё]{4,}/);
      expect(await content.innerText()).not.toMatch(/[·§]|mso-|\[if/);
      expect(await auditEditor(studio)).toEqual([]);
      await studio.screenshot('paste-word');
    } finally {
      await studio.close();
    }
  });

  it('keeps Google Docs formatting without making everything bold', async () => {
    const studio = await openStudio(browser);
    try {
      await paste(studio, await readFile(resolve(FIXTURES, 'google-docs.html'), 'utf8'));
      const content = studio.page.locator('.st-content');
      await expect.poll(() => content.locator('h1, h2').count()).toBeGreaterThan(0);
      const boldChars = (await content.locator('strong, .st-bold').allInnerTexts()).join('').length;
      const allChars = (await content.innerText()).length;
      expect(boldChars).toBeGreaterThan(0);
      expect(boldChars).toBeLessThan(allChars / 3);
      expect(await content.locator('em, .st-italic').count()).toBeGreaterThan(0);
      expect(await content.locator('li').count()).toBeGreaterThan(1);
      expect(await content.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
      expect(await auditEditor(studio)).toEqual([]);
      await studio.screenshot('paste-google-docs');
    } finally {
      await studio.close();
    }
  });

  it('turns Word footnotes into real footnotes with their text and formatting', async () => {
    const studio = await openStudio(browser);
    try {
      await paste(studio, await readFile(resolve(FIXTURES, 'word-footnotes.html'), 'utf8'));
      const page = studio.page;
      await expect.poll(() => page.locator('.st-content .st-footnote-marker').count()).toBe(4);
      const noteTexts = await page.locator('.st-footnotes .st-footnote-text').allInnerTexts();
      expect(noteTexts).toHaveLength(4);
      for (const text of noteTexts) expect(text.trim().length).toBeGreaterThan(5);
      // No "[1]" label text and no loose list of notes left in the statement itself.
      const body = await statementText(page);
      expect(body).not.toMatch(/\[\d+\]|\[i+\]/);
      // Formatting and links inside notes survive.
      expect(await page.locator('.st-footnotes a[href^="https://"]').count()).toBeGreaterThan(0);
      expect(await page.locator('.st-footnotes strong, .st-footnotes .st-bold').count()).toBeGreaterThan(0);
      expect(await auditEditor(studio)).toEqual([]);
      await studio.screenshot('paste-word-footnotes');
    } finally {
      await studio.close();
    }
  });

  it('turns Google Docs footnotes into real footnotes', async () => {
    const studio = await openStudio(browser);
    try {
      await paste(studio, await readFile(resolve(FIXTURES, 'google-docs-footnotes.html'), 'utf8'));
      const page = studio.page;
      await expect.poll(() => page.locator('.st-content .st-footnote-marker').allTextContents()).toEqual(['1', '2', '3']);
      expect(await page.locator('.st-footnotes em, .st-footnotes .st-italic').count()).toBeGreaterThan(0);
      expect(await page.locator('.st-footnotes a[href^="https://"]').count()).toBeGreaterThan(0);
      const body = await statementText(page);
      expect(body).not.toMatch(/\[\d+\]/);
    } finally {
      await studio.close();
    }
  });

  it('pastes a huge clipboard as plain text without losing it', async () => {
    const studio = await openStudio(browser);
    try {
      const line = 'Paragraph of a very long pasted report on detention conditions. ';
      const text = Array.from({ length: 2000 }, (_, i) => `${i + 1}. ${line}`).join('\n');
      const html = `<div>${'<span style="color:red">x</span>'.repeat(200_000)}</div>`;
      await paste(studio, html, text);
      await expect.poll(() => studio.page.locator('.st-content').innerText(), { timeout: 20_000 }).toContain('2000. Paragraph');
      expect(await studio.page.locator('.st-content').innerText()).toContain('1. Paragraph');
    } finally {
      await studio.close();
    }
  });
});

describe('content security policy', () => {
  it('stops script injected into the page from running', async () => {
    const studio = await openStudio(browser);
    try {
      const ran = await studio.page.evaluate(async () => {
        const w = window as unknown as { __ran?: boolean };
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__ran = true');
        img.src = 'data:,';
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 300));
        let evalRan: boolean;
        try {
          evalRan = (0, eval)('true');
        } catch {
          evalRan = false;
        }
        return { inline: w.__ran === true, evalRan };
      });
      expect(ran).toEqual({ inline: false, evalRan: false });
    } finally {
      await studio.close();
    }
  });

  it('exposes only the typed studio API, with no Node or Electron in the page', async () => {
    const studio = await openStudio(browser);
    try {
      const globals = await studio.page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        // Every function the page can reach on window.studio, as "group.method" (and "on").
        calls: Object.entries((window as unknown as { studio: Record<string, unknown> }).studio)
          .flatMap(([group, value]) => (typeof value === 'function' ? [group] : Object.keys(value as object).map((method) => `${group}.${method}`)))
          .sort(),
        frozen: Object.isFrozen((window as unknown as { studio: object }).studio),
      }));
      // Exactly the contract's channels (each validated by its schema in the main process) and the event subscription.
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', calls: [...CHANNEL_NAMES, 'on'].sort(), frozen: true });
    } finally {
      await studio.close();
    }
  });
});
