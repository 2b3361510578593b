import fc from 'fast-check';
import { OWASP_URLS, OWASP_VECTORS } from '../xss/owasp-vectors.ts';
import { randomText } from './text-mutations.ts';

const TAGS = ['p', 'div', 'span', 'b', 'i', 'u', 's', 'sup', 'sub', 'a', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'table', 'td', 'br', 'img', 'script', 'style', 'iframe', 'svg', 'math', 'o:p', 'font', 'form', 'template', 'noscript', 'xmp', 'textarea', 'title'];
const ATTRIBUTES = ['href', 'src', 'style', 'class', 'onclick', 'onerror', 'id', 'name', 'lang', 'dir', 'data-footnote', 'xlink:href', 'srcdoc', 'formaction', 'mso-list'];
const VALUES = ['#_ftn1', '#_ftnref1', 'mso-list:l0 level1 lfo1', 'font-weight:bold', 'vertical-align:super', 'https://example.org', 'mailto:a@example.org', ...OWASP_URLS];

/** Tag soup: nested elements of the kinds Word, Google Docs and hostile pages paste, with odd attributes and text. */
export function htmlSoup(): fc.Arbitrary<string> {
  const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
    tree: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
    node: fc.oneof(
      // Bounded depth: fast-check's bias lets later runs grow trees without limit, and cleaning time with them.
      { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
      randomText(30),
      fc.constantFrom(...OWASP_VECTORS),
      fc
        .tuple(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.oneof(fc.constantFrom(...VALUES), randomText(20))), { maxLength: 3 }), tie('tree'), fc.boolean())
        .map(([tag, attributes, inner, closed]) => {
          const attrs = attributes.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('');
          return `<${tag}${attrs}>${inner}${closed ? `</${tag}>` : ''}`;
        }),
    ),
  }));
  return tree;
}
