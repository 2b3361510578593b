import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../../electron/services/importing/docx-xml-check.ts';

describe('the Word package’s XML, read before the converter', () => {
  it('accepts well-formed parts, with namespaces and entities Word writes', () => {
    expect(xmlProblem('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>A &amp; B &#x41;</w:t></w:r></w:p></w:body></w:document>')).toBeNull();
  });
  it('names the first error with its line and column', () => {
    expect(xmlProblem('<w:document>\n<w:body><w:p></w:body></w:document>')).toMatch(/^2:\d+: unexpected close tag/);
    expect(xmlProblem('<a b="1></a>')).not.toBeNull();
    expect(xmlProblem('<a>&bogus;</a>')).toMatch(/undefined entity/i);
  });
  it('refuses a DOCTYPE, where the entity tricks live', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(xmlProblem(laughs)).toMatch(/DOCTYPE/);
  });
  it('reads a deeply broken part in linear time: 20,000 unclosed tables in well under a second', () => {
    const started = performance.now();
    expect(xmlProblem(`<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(20_000)}</w:body>`)).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
