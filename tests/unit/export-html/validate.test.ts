import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../../bench/big-statement.ts';
import { toDocument } from '../../../core/document/to-document.ts';
import { toHtmlDocument } from '../../../core/export/html/html-document.ts';
import { statementOf } from '../document/helpers.ts';
import { richStatement } from './fixtures.ts';
import { hostileStatement } from './xss-vectors.ts';

/**
 * html-validate with its recommended rules and the whole-document ones. Not a filesystem
 * loader: a stray .htmlvalidate.json in the tree must not change what this test checks.
 *
 * One rule is off: long-title, a search-engine guideline (70 characters). The page title is
 * the statement's own title, and a joint statement's title is often a full sentence longer
 * than that; cutting it would misquote the statement.
 */
const validator = new HtmlValidate(
  new StaticConfigLoader({ extends: ['html-validate:recommended', 'html-validate:document'], rules: { 'long-title': 'off' } }),
);

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html, 'statement.html');
  return report.results.flatMap((result) => result.messages.map((m: Message) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
}

describe('HTML export: html-validate', () => {
  it('finds nothing wrong with a statement using every block, mark, link and note', async () => {
    expect(await problems(toHtmlDocument(toDocument(richStatement())))).toEqual([]);
    expect(await problems(toHtmlDocument(toDocument(richStatement({ language: 'ru', footnoteStyle: 'lower-roman' }))))).toEqual([]);
  });

  it('finds nothing wrong with an empty, untitled, undated statement', async () => {
    expect(await problems(toHtmlDocument(toDocument(statementOf([], { title: '', date: '', places: [] }))))).toEqual([]);
  });

  it('finds nothing wrong with the 800-paragraph bench statement', async () => {
    expect(await problems(toHtmlDocument(toDocument(generateBigStatement(800))))).toEqual([]);
  });

  it('finds nothing wrong with a statement full of pasted attacks', async () => {
    expect(await problems(toHtmlDocument(toDocument(hostileStatement())))).toEqual([]);
  });
});
