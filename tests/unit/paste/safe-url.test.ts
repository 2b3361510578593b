// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, safeLinkUrl } from '../../../renderer/editor/paste/index.ts';

describe('safeLinkUrl', () => {
  it.each([
    ['https://www.example.org/statement', 'https://www.example.org/statement'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://Example.ORG/cases?id=7#top  ', 'https://example.org/cases?id=7#top'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['https://пример.рф/дело', 'https://xn--e1afmkfd.xn--p1ai/%D0%B4%D0%B5%D0%BB%D0%BE'],
    ['http://0x42.0x0000066.0x7.0x93/', 'http://66.102.7.147/'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['MAILTO:press@example.org?subject=Joint statement', 'mailto:press@example.org?subject=Joint%20statement'],
    ['mailto:?subject=Sign%20the%20letter', 'mailto:?subject=Sign%20the%20letter'],
  ])('keeps %j as %j', (raw, normalised) => {
    expect(safeLinkUrl(raw)).toBe(normalised);
    expect(isSafeLinkUrl(raw)).toBe(true);
  });

  it.each([
    // Script and embedded-content schemes, however spelled.
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u000e javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'livescript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'blob:https://example.org/0f6b3f52-5d4e-4c2a-9f1f-6c1c0f0a9b1e',
    'filesystem:https://example.org/temporary/x',
    'file:///C:/Windows/System32/calc.exe',
    'ftp://example.org/file',
    'feed:https://example.org/rss',
    'intent://scan/#Intent;scheme=zxing;end',
    'ms-word:ofe|u|https://example.org/doc.docx',
    'tel:+41000000000',
    // Not absolute URLs.
    '',
    '   ',
    '/relative/path',
    'relative/path',
    '#_ftn1',
    '?q=1',
    '//evil.example/protocol-relative',
    'www.example.org',
    // Invisible or look-alike characters inside.
    'https://exa\u200bmple.org/',
    'https://example.org/\u202egpj.exe',
    'https://example.org\u00a0/x',
    'https://example.org/\u2028x',
    'https\u0000://example.org',
    // Credentials that make one site look like another, and broken URLs.
    'https://ohchr.example.org@evil.example/',
    'https://user:pass@example.org/',
    'http://',
    'https://example.org:99999/',
    'mailto:',
    `https://example.org/${'a'.repeat(9000)}`,
  ])('rejects %j', (raw) => {
    expect(safeLinkUrl(raw)).toBeNull();
    expect(isSafeLinkUrl(raw)).toBe(false);
  });

  it('rejects what is not a string at all', () => {
    expect(safeLinkUrl(undefined as unknown as string)).toBeNull();
    expect(safeLinkUrl(42 as unknown as string)).toBeNull();
  });
});
