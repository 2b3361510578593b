// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { preflight } from '../../../core/checks/preflight.ts';
import { toDocument } from '../../../core/document/to-document.ts';
import { toHtmlFragment } from '../../../core/export/html/fragment.ts';
import { toHtmlDocument } from '../../../core/export/html/html-document.ts';
import { statementStylesheet } from '../../../core/export/html/stylesheet.ts';
import { cleanPastedHtml } from '../../../renderer/editor/paste/clean-pasted-html.ts';
import { executableContent } from '../../hardening/xss/executable-content.ts';
import { owaspStatement, signerEmail } from '../../hardening/xss/hostile-statement.ts';
import { OWASP_URLS, OWASP_VECTORS } from '../../hardening/xss/owasp-vectors.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the OWASP filter-evasion vectors in every field of a statement', () => {
  const statement = owaspStatement();
  const doc = toDocument(statement);

  it('the checker itself finds each vector executable when it is not escaped', () => {
    // Proof the assertion below can fail: the raw vectors, parsed as HTML, are caught.
    const caught = OWASP_VECTORS.filter((vector) => executableContent(parse(vector)).length > 0);
    console.info(`[hardening] xss: ${caught.length} of ${OWASP_VECTORS.length} raw vectors are executable HTML`);
    expect(caught.length).toBeGreaterThan(OWASP_VECTORS.length * 0.75);
  });

  it('exported HTML (page and fragment) has no executable content and reads the vectors back as text', () => {
    const page = parse(toHtmlDocument(doc));
    expect(executableContent(page, { allowHead: { meta: 2, style: statementStylesheet() } })).toEqual([]);
    const fragment = parse(toHtmlFragment(doc));
    expect(executableContent(fragment)).toEqual([]);
    const printed = page.body.textContent ?? '';
    const shown = OWASP_VECTORS.filter((vector) => printed.includes(vector.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')));
    expect(shown.length).toBeGreaterThan(OWASP_VECTORS.length * 0.9);
    console.info(`[hardening] xss: ${OWASP_VECTORS.length} vectors (and ${OWASP_URLS.length} link targets) blocked in exported HTML`);
  });

  it('no signer’s email reaches the exported HTML', () => {
    const html = toHtmlDocument(doc) + toHtmlFragment(doc);
    const leaked = statement.signatories.map((_, i) => signerEmail(i)).filter((email) => html.includes(email));
    expect(leaked).toEqual([]);
    expect(html).not.toContain('private-inbox');
  });

  it('the confidential case is an error in the export preflight', () => {
    const confidential = preflight(statement).filter((p) => p.code === 'confidential-case');
    expect(confidential).toHaveLength(1);
    expect(confidential[0]).toMatchObject({ severity: 'error', path: 'root.children[3].children[0]' });
  });
});

describe('pasting the OWASP vectors', () => {
  it.each(OWASP_VECTORS.map((v, i) => [i, v] as const))('vector %i: the cleaned HTML has no executable content', (_i, vector) => {
    for (const html of [vector, `<p>Before ${vector} after</p>`, `<div><b>${vector}</b><a href="${vector.replace(/"/g, '&quot;')}">x</a></div>`]) {
      const cleaned = cleanPastedHtml(html);
      if (!cleaned.ok) throw new Error(`the cleaner gave up on ${JSON.stringify(html)}: ${cleaned.reason}`);
      expect(executableContent(parse(cleaned.html))).toEqual([]);
    }
  });

  it('link targets: only http, https and mailto survive', () => {
    for (const url of OWASP_URLS) {
      const cleaned = cleanPastedHtml(`<p><a href="${url.replace(/"/g, '&quot;')}">link</a></p>`);
      if (!cleaned.ok) throw new Error(cleaned.reason);
      expect(executableContent(parse(cleaned.html))).toEqual([]);
    }
  });
});
