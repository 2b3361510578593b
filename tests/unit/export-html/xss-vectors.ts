import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { el, h, item, link, list, note, p, quote, statementOf, text } from '../document/helpers.ts';

/** What a writer might paste from a hostile page or a tampered file, as text and as link targets. */
export const XSS_VECTORS: readonly string[] = [
  '<script>alert(1)</script>',
  '<ScRiPt src=//evil.example/x.js></ScRiPt>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</article></body><script>alert(1)</script>',
  '<!--<script>alert(1)//-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u200bscript:alert(1)',
  '  javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'https://ohchr.org@evil.example/',
  'https://example.org/"onmouseover="alert(1)',
  "https://example.org/'><script>alert(1)</script>",
  'https://example.org/\u202egpj.exe',
  '<a href="javascript:alert(1)">click</a>',
  '<form action=javascript:alert(1)><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<style>@import "//evil.example/x.css"; body{background:url(javascript:alert(1))}</style>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<p onclick="alert(1)">click</p>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\ud800<script>',
  '{{constructor.constructor("alert(1)")()}}',
];

/** The vectors in every place a statement holds text or a URL: body, headings, lists, quotes, links, notes, meta, signers, node properties. */
export function hostileStatement(): Statement {
  const blocks: SerializedNode[] = [];
  XSS_VECTORS.forEach((vector, i) => {
    blocks.push(
      p(text(vector), text(vector, 1 | 2)),
      h('h2', text(vector)),
      p(link(vector, text(`link ${i}: ${vector}`))),
      p(el('autolink', [text(vector)], { url: vector })),
      list('bullet', [item(text(vector))]),
      quote(text(vector)),
      p(text(`note ${i}`), note(p(text(vector), link(vector, text(vector))), list('number', [item(link(vector, text('in a list')))]))),
      // Properties an exporter might be tempted to copy into attributes.
      { ...p(text('props')), format: vector, style: vector, direction: vector },
      { ...h(vector, text('heading with a hostile tag')) },
      el('list', [item(text('list with hostile props'))], { listType: vector, start: vector, tag: vector }),
      p({ ...text('text with hostile props'), format: vector, style: vector, mode: vector }),
      // Unknown nodes whose type and text are the vector.
      p({ type: vector, version: 1, text: vector }),
      el(vector, [p(text('inside an unknown block'))]),
    );
  });
  const statement = statementOf(blocks, { title: XSS_VECTORS.slice(0, 8).join(' '), places: [...XSS_VECTORS.slice(0, 6)] });
  statement.signatories = XSS_VECTORS.flatMap((vector, i) => [
    newOrganisationSignatory(`o${i}`, { status: 'confirmed', fullName: vector, abbreviation: vector.slice(0, 40) }),
    newIndividualSignatory(`i${i}`, { status: 'confirmed', givenName: vector, familyName: vector, role: vector, organisation: vector }),
  ]);
  return statement;
}
