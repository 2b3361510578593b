import { isAbsolute, resolve } from 'node:path';
import { STATEMENT_EXTENSION } from '../../core/statement/format.ts';

/**
 * The .statement files named on a command line (first start, or a second instance handing
 * its arguments over). Flags and Chromium's own switches are ignored, as is the executable.
 */
export function documentPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${STATEMENT_EXTENSION}`))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}
