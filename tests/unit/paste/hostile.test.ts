// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanPastedHtml } from '../../../renderer/editor/paste/index.ts';
import { clean, expectWithinContract, fixture, parsed, texts } from './helpers.ts';

describe('hostile HTML (XSS filter-evasion vectors)', () => {
  const source = fixture('hostile.html');
  const html = clean(source);
  const body = parsed(html);

  afterEach(() => vi.restoreAllMocks());

  it('contains only allowed elements, only href attributes, only http(s)/mailto links', () => {
    expectWithinContract(html);
  });

  it('keeps no trace of the payloads', () => {
    const lower = html.toLowerCase();
    for (const leak of [
      '<script', '<img', '<svg', '<math', '<iframe', '<object', '<embed', '<form', '<input', '<style', '<meta',
      '<base', '<link', '<noscript', '<template', '<xmp', '<textarea', '<video', '<audio', '<marquee', '<details',
      'javascript:', 'vbscript:', 'data:', 'file:', 'onerror', 'onload', 'onclick', 'onmouseover', 'srcdoc',
      'expression(', 'behavior', '@import', 'xlink', 'style=', 'id=', 'name=',
    ]) {
      expect(lower, leak).not.toContain(leak);
    }
  });

  it('drops the text of scripts, styles, svg, form controls and raw-text elements', () => {
    const text = body.textContent ?? '';
    for (const gone of [
      "alert('inline script')", "alert('mixed case')", 'alert("double angle")', 'written by script', 'quote trick', 'svg text', 'foreign paragraph',
      'iframe fallback text', 'object fallback', 'applet fallback', 'injected value', 'option text', 'textarea text',
      'Button label', 'Send', 'math link', 'mxss', 'everything after plaintext',
    ]) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('keeps the statement text around the vectors', () => {
    expect(texts(body, 'h1')).toEqual(['Open letter on the deportation of human-rights defenders']);
    const text = body.textContent ?? '';
    for (const kept of [
      'First paragraph survives.',
      'Second paragraph survives after an image.',
      'Text inside a form survives.',
      'Div with a CSS expression keeps its text.',
      'Div with a javascript background keeps its text.',
      'Table cell text survives.',
      'Paragraph with a hostile STYLE survives.',
      'Quote survives.',
      'Summary text',
      'Details body text.',
      'Marquee text',
      'Custom element text',
      'Attribute soup text.',
      'DOM clobbering paragraph.',
      'Last paragraph survives: the defenders were deported on 12 May.',
    ]) {
      expect(text, kept).toContain(kept);
    }
    expect(texts(body, 'li')).toEqual(['List item survives.', 'List link text survives.']);
    expect(texts(body, 'blockquote')).toEqual(['Quote survives.']);
  });

  it('turns every unsafe link into its plain text and keeps only the three safe ones', () => {
    const links = body.querySelector('p:has(a)');
    expect(links?.textContent).toContain('tab entity link, newline entity link, cr entity link, mixed case link');
    expect(links?.textContent).toContain('vbscript link, data link, file link, protocol-relative link, relative link, credentials link');
    expect(Array.from(body.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['upper-case attributes link', 'https://www.example.org/statement'],
      ['press contact', 'mailto:press@example.org?subject=Joint%20statement'],
      ['hex IP link', 'http://66.102.7.147/'],
    ]);
  });

  it('never touches the live document and runs nothing', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const before = document.documentElement.outerHTML;
    const result = cleanPastedHtml(source);
    expect(result.ok).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(alert).not.toHaveBeenCalled();
  });
});
