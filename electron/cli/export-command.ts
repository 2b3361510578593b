import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preflight } from '../../core/checks/preflight.ts';
import { exportOptionsSchema, type ExportFormat } from '../../core/export/export-request.ts';
import { parseStatement } from '../../core/statement/parse.ts';
import { writeFileAtomic } from '../services/documents/atomic-write.ts';
import { describeFsError } from '../services/documents/fs-errors.ts';
import { renderExport } from '../services/exporting/render-export.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './library-command.ts';

export const exportUsage = `Usage:
  statement-studio export FILE.statement [--pdf OUT.pdf] [--html OUT.html] [--fragment OUT.html]
                                         [--paper a4|letter] [--endnotes] [--pdfa] [--letterhead] [--strict]

Writes the statement as a PDF, a web page and/or the bare article for a website's editor.
The preflight's findings are printed; with --strict an error stops the export (exit 1).`;

const OUTPUTS: ReadonlyArray<readonly [flag: 'pdf' | 'html' | 'fragment', format: ExportFormat]> = [
  ['pdf', 'pdf'],
  ['html', 'html'],
  ['fragment', 'html-fragment'],
];

/**
 * `statement-studio export`: the same rendering as File > Export, for batches and scripts.
 * A file that is not a readable statement, or no output asked for, exits non-zero with the
 * reason; nothing is written unless the statement could be read.
 */
export async function runExportCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pdf: { type: 'string' },
        html: { type: 'string' },
        fragment: { type: 'string' },
        paper: { type: 'string' },
        endnotes: { type: 'boolean' },
        pdfa: { type: 'boolean' },
        letterhead: { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${exportUsage}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(exportUsage);
    return EXIT_OK;
  }
  const outputs = OUTPUTS.filter(([flag]) => values[flag] !== undefined).map(([flag, format]) => ({ format, path: resolve(io.cwd, values[flag]!) }));
  if (positionals.length !== 1 || outputs.length === 0) {
    io.err(`${positionals.length !== 1 ? 'export takes exactly one statement file.' : 'Say what to write: --pdf, --html and/or --fragment.'}\n\n${exportUsage}`);
    return EXIT_USAGE;
  }
  const paper = values.paper?.toLowerCase() ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') {
    io.err(`--paper must be a4 or letter, not "${values.paper}".`);
    return EXIT_USAGE;
  }

  const source = resolve(io.cwd, positionals[0]!);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    io.err(`Cannot read ${source}: ${describeFsError(error)}`);
    return EXIT_FAILED;
  }
  const statement = parseStatement(text);
  if (!statement.ok) {
    io.err(`${source} is not a statement the app can read: ${statement.message}`);
    return EXIT_FAILED;
  }

  const problems = preflight(statement.value);
  for (const problem of problems) io.err(`${problem.severity}: ${problem.message}`);
  if (values.strict && problems.some((p) => p.severity === 'error')) {
    io.err('Not exported: the preflight found errors (--strict).');
    return EXIT_FAILED;
  }

  for (const { format, path } of outputs) {
    const options = exportOptionsSchema.parse({ format, paper, notes: values.endnotes ? 'endnotes' : 'footnotes', pdfa: values.pdfa === true, letterhead: values.letterhead === true });
    try {
      const started = performance.now();
      const rendered = await renderExport(statement.value, options);
      await writeFileAtomic(path, rendered.bytes);
      const pages = rendered.pages === null ? '' : `${rendered.pages} ${rendered.pages === 1 ? 'page' : 'pages'}, `;
      io.out(`Wrote ${path} (${pages}${Math.round(rendered.bytes.byteLength / 1024)} KiB, ${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      io.err(`Cannot write ${path}: ${error instanceof Error && 'code' in error ? describeFsError(error) : String(error)}`);
      return EXIT_FAILED;
    }
  }
  return EXIT_OK;
}
