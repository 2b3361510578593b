import type { Finding } from './findings.ts';

/** A finding reviewed and accepted, with why it does not apply. `scan` says which run reports it. */
export type AllowlistEntry = { check: string; scan: string; file: string; code: string; reason: string };

export function allowlistProblems(entries: unknown): string[] {
  if (!Array.isArray(entries)) return ['the allowlist is not a JSON array'];
  return entries.flatMap((entry, i) => {
    const e = entry as Partial<AllowlistEntry>;
    const missing = (['check', 'scan', 'file', 'code', 'reason'] as const).filter((key) => typeof e[key] !== 'string' || e[key] === '');
    if (missing.length > 0) return [`entry ${i} lacks ${missing.join(', ')}`];
    // A reason is a review, not a placeholder.
    return e.reason!.trim().length < 40 ? [`entry ${i} (${e.check}) has no real reason`] : [];
  });
}

/** The findings of one scan that no entry accepts, and the entries of that scan that matched nothing. */
export function compareWithAllowlist(scan: string, findings: readonly Finding[], entries: readonly AllowlistEntry[]) {
  const own = entries.filter((e) => e.scan === scan);
  const accepts = (e: AllowlistEntry, f: Finding) => e.check === f.check && e.file === f.file && e.code === f.code;
  return {
    unreviewed: findings.filter((f) => !own.some((e) => accepts(e, f))),
    stale: own.filter((e) => !findings.some((f) => accepts(e, f))),
  };
}
