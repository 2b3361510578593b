import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Result } from '../../../core/ipc/result.ts';
import { importStatement } from '../../../core/import/import-statement.ts';
import type { ImportKind } from '../../../core/import/report.ts';
import { parseLibraryFile } from '../../../core/library/parse-library-file.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { guessMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { previewImport } from '../../../core/signatories/csv/import-preview.ts';
import { readSignOnCsv } from '../../../core/signatories/csv/read-csv.ts';
import { parseStatement } from '../../../core/statement/parse.ts';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { growingStatement } from '../kill/growing-statement.ts';
import { REPO_ROOT } from '../support/repo-paths.ts';
import type { Verdict } from './fuzz-parser.ts';
import { mutatedJson } from './json-mutations.ts';
import { mutatedLines, randomText } from './text-mutations.ts';

/** A parser under fuzzing: where its inputs come from, and how to read its answer. */
export type FuzzTarget = { name: string; inputs: () => fc.Arbitrary<string>; parse: (input: string) => Verdict };

const fixture = (...parts: string[]) => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', ...parts), 'utf8');

/** A Result as a verdict; INTERNAL is a parser's exception caught by a guard, so it counts as a crash. */
function resultVerdict(result: Result<unknown>): Verdict {
  if (result.ok) return { accepted: true };
  if (result.code === 'INTERNAL') throw new Error(`a guarded crash: ${result.message}`);
  return { accepted: false, messages: [result.message] };
}

/** Random text, mutations of the valid files, and the valid files themselves, in one stream. */
function inputsFrom(valid: readonly string[], mutate: (text: string) => fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: randomText() },
    { weight: 6, arbitrary: fc.oneof(...valid.map(mutate)) },
    { weight: 1, arbitrary: fc.constantFrom(...valid) },
  );
}

/** Statements with footnotes, links, lists and signatories: imported from the Russian fixture. */
function richStatement(): unknown {
  const imported = importStatement({ kind: 'text', text: fixture('import', 'russian-statement.txt') });
  if (!imported.ok) throw new Error(imported.message);
  return imported.value.statement;
}

function templates(): string[] {
  const dir = join(REPO_ROOT, 'templates');
  return readdirSync(dir).filter((n) => n.endsWith('.template.md')).map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** Published statements from ../shared/samples when present (CI and developers have them), else the fixture. */
function importSamples(): string[] {
  const archive = join(REPO_ROOT, '..', 'shared', 'samples', 'statements-2023-archive.txt');
  const texts = [fixture('import', 'russian-statement.txt')];
  if (existsSync(archive)) texts.push(readFileSync(archive, 'utf8').slice(0, 12_000));
  return texts;
}

const MARKDOWN = `# Joint statement on the detention of [Farhat](https://example.org/case)\n\nWe, the **undersigned**, call for release.[^1]\n\n- one\n  - nested\n1. first\n\n> quoted <b>html</b>\n\n[^1]: A note with a [link](mailto:press@example.org).\n`;
const HTML = `<h1>Statement</h1><p>We call <a href="https://example.org">on the authorities</a><sup><a href="#fn1">1</a></sup>.</p><ol><li><p id="fn1">The note.</p></li></ol><script>alert(1)</script>`;

function importTarget(kind: ImportKind, valid: string[]): FuzzTarget {
  return {
    name: `importStatement (${kind})`,
    inputs: () => inputsFrom(valid, mutatedLines),
    parse: (input) => resultVerdict(importStatement(kind === 'html' ? { kind, html: input } : { kind, text: input })),
  };
}

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  {
    name: 'parseStatement',
    inputs: () => inputsFrom([JSON.stringify(growingStatement(3), null, 1), JSON.stringify(richStatement(), null, 1)], (text) => mutatedJson(JSON.parse(text))),
    parse: (input) => resultVerdict(parseStatement(input)),
  },
  {
    name: 'parseTemplate',
    inputs: () => inputsFrom(templates(), mutatedLines),
    parse: (input) => {
      const parsed = parseTemplate(input, 'fuzzed.template.md');
      return parsed.ok ? { accepted: true } : { accepted: false, messages: parsed.problems.map((p) => p.message) };
    },
  },
  {
    name: 'parseLibraryFile',
    inputs: () => inputsFrom([JSON.stringify(seedLibraryFile(), null, 1)], (text) => mutatedJson(JSON.parse(text))),
    parse: (input) => resultVerdict(parseLibraryFile(input)),
  },
  {
    name: 'readSignOnCsv (and its preview)',
    inputs: () => inputsFrom([fixture('signatories', 'signons-semicolon.csv'), fixture('signatories', 'signons-comma-bom.csv')], mutatedLines),
    parse: (input) => {
      const read = readSignOnCsv(input);
      if (!read.ok) return { accepted: false, messages: [read.message] };
      // What the window does next with an accepted file must not throw either.
      previewImport(read.table, guessMapping(read.table.header), { list: [] });
      return { accepted: true };
    },
  },
  importTarget('text', importSamples()),
  importTarget('markdown', [MARKDOWN, ...importSamples()]),
  importTarget('html', [HTML, fixture('paste', 'word-footnotes.html'), fixture('paste', 'hostile.html')]),
];
