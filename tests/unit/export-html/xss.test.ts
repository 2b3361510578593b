// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import { toHtmlFragment } from '../../../core/export/html/fragment.ts';
import { toHtmlDocument } from '../../../core/export/html/html-document.ts';
import { statementStylesheet } from '../../../core/export/html/stylesheet.ts';
import { parseFragment, parseHtml } from './fixtures.ts';
import { hostileStatement, XSS_VECTORS } from './xss-vectors.ts';

/** Every element and attribute the exporter writes; anything else came from the content. */
const ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'article', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'time', 'ul', 'ol', 'li', 'blockquote', 'br', 'strong', 'em', 'u', 's', 'code', 'sub', 'sup', 'a', 'section']);
const ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'class', 'id', 'href', 'rel', 'role', 'aria-label', 'aria-labelledby', 'start', 'type', 'datetime']);
const SAFE_HREF = /^(?:https?:\/\/|mailto:|#(?:fn|fnref)-\d+$)/;

function assertInert(root: Document | HTMLElement): void {
  const elements = [...root.querySelectorAll('*')];
  expect(elements.length).toBeGreaterThan(100);
  expect(elements.map((e) => e.localName).filter((name) => !ELEMENTS.has(name))).toEqual([]);
  expect(root.querySelectorAll('script, iframe, object, embed, img, svg, math, form, base, link, button, textarea, input')).toHaveLength(0);
  const attributes = elements.flatMap((e) => e.getAttributeNames().map((name) => [e.localName, name, e.getAttribute(name)!] as const));
  expect(attributes.filter(([, name]) => !ATTRIBUTES.has(name))).toEqual([]);
  expect(attributes.filter(([, name]) => name.startsWith('on'))).toEqual([]);
  const hrefs = attributes.filter(([, name]) => name === 'href').map(([, , value]) => value);
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !SAFE_HREF.test(href))).toEqual([]);
  for (const href of hrefs.filter((h) => !h.startsWith('#'))) expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol);
  // Values of the attributes the exporter fills from its own tables, never from the content.
  for (const [, name, value] of attributes) {
    if (name === 'class') expect(value).toMatch(/^[a-z-]+( [a-z-]+)*$/);
    if (name === 'lang') expect(['en', 'ru']).toContain(value);
    if (name === 'start') expect(value).toMatch(/^\d+$/);
    if (name === 'rel') expect(value).toBe('noopener noreferrer');
  }
}

describe('HTML export: pasted attacks produce no executable content', () => {
  const statement = hostileStatement();
  const doc = toDocument(statement);

  it('the model keeps no link the link rule refuses', () => {
    const refused = doc.warnings.filter((w) => w.message.includes('is not an http, https or mailto address'));
    expect(refused.length).toBeGreaterThan(30);
  });

  it('the standalone page has only our elements, attributes, links and stylesheet', () => {
    const html = toHtmlDocument(doc);
    expect(html).not.toMatch(/<(?:script|iframe|img|svg|object|embed|form|base|link|math|button|textarea|meta http-equiv)\b/i);
    const page = parseHtml(html);
    assertInert(page);
    expect(page.querySelectorAll('style')).toHaveLength(1);
    expect(page.querySelector('style')!.textContent!.trim()).toBe(statementStylesheet());
    expect(page.querySelectorAll('meta')).toHaveLength(2);
    expect(page.querySelectorAll('title')).toHaveLength(1);
  });

  it('the fragment too, parsed as a website editor inserts it', () => {
    const body = parseFragment(toHtmlFragment(doc));
    assertInert(body);
    expect(body.querySelectorAll('style, title, meta')).toHaveLength(0);
    expect(body.children).toHaveLength(1);
  });

  it('the attacks are printed as the text the writer pasted, not dropped', () => {
    const page = parseHtml(toHtmlDocument(doc));
    const text = page.querySelector('article')!.textContent!;
    // Without the characters HTML forbids (and with lone surrogates mended), every vector reads back as typed.
    const printable = (v: string) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '').replace(/[\ud800-\udfff]/g, '\ufffd');
    for (const vector of XSS_VECTORS) expect(text).toContain(printable(vector));
    expect(page.title).toBe(printable(statement.meta.title));
    expect(page.querySelector('.dateline')!.textContent).toBe(`${statement.meta.places.map(printable).join(', ').replace(/\s+, /g, ', ')}, 26 June 2024`);
  });
});
