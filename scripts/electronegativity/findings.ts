import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One Electronegativity finding, keyed by what it points at rather than by line number. */
export type Finding = {
  check: string;
  /** Relative to the repository, e.g. "electron/main/index.ts"; "N/A" for a global check. */
  file: string;
  line: number;
  /** The source line, trimmed: an allowlist entry names it, so an edit to that line needs a new review. */
  code: string;
  message: string;
};

type Sarif = {
  runs: Array<{
    results: Array<{
      ruleId: string;
      message: { text: string };
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }>;
    }>;
  }>;
};

/** The findings in a SARIF report of a scan of `scannedDir` (paths in it are relative to that folder). */
export function findingsFromSarif(sarifText: string, repoRoot: string, scannedDir: string): Finding[] {
  const sarif = JSON.parse(sarifText) as Sarif;
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri;
      const line = location?.region?.startLine ?? 0;
      // Global checks point at the scanned root ("file:///"), not at a line.
      if (uri === undefined || uri === 'N/A' || uri.startsWith('file:') || line === 0) return { check: result.ruleId, file: 'N/A', line: 0, code: 'N/A', message: result.message.text };
      const file = `${scannedDir}/${uri}`;
      const code = readFileSync(join(repoRoot, file), 'utf8').split('\n')[line - 1]?.trim() ?? '';
      return { check: result.ruleId, file, line, code, message: result.message.text };
    }),
  );
}
