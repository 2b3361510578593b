import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../core/links/external-url.ts';
import { normalizeTypedUrl } from '../../../core/links/typed-url.ts';

describe('safeExternalUrl', () => {
  it.each(['https://www.ohchr.org/en/treaty-bodies/cat', 'http://example.org/a?b=c#d', 'mailto:press@example.org'])('keeps %s', (url) => {
    expect(safeExternalUrl(url)).toBe(url);
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'vbscript:x', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/passwd', '//evil.example', 'https://', '', 'ftp://example.org'])(
    'refuses %j',
    (url) => expect(safeExternalUrl(url)).toBeNull(),
  );
});

describe('normalizeTypedUrl', () => {
  it('completes what writers type', () => {
    expect(normalizeTypedUrl('ohchr.org/en')).toBe('https://ohchr.org/en');
    expect(normalizeTypedUrl('press@iphronline.org')).toBe('mailto:press@iphronline.org');
    expect(normalizeTypedUrl('  https://nhc.no/  ')).toBe('https://nhc.no/');
    expect(normalizeTypedUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeTypedUrl('')).toBeNull();
  });
});
