import { describe, expect, it } from 'vitest';
import { fuzzParser } from '../../hardening/fuzz/fuzz-parser.ts';
import { FUZZ_TARGETS } from '../../hardening/fuzz/parser-table.ts';

// The fast variant: 300 inputs per parser here, 10,000 in tests/hardening/fuzz-parsers.test.ts.
describe('fuzzing every parser (fast run)', () => {
  it.each(FUZZ_TARGETS.map((t) => [t.name, t] as const))('%s: 300 inputs, no throw, no hang, every rejection explained', (_name, target) => {
    const counts = fuzzParser(target.name, target.inputs(), target.parse, { runs: 300, maxMsPerInput: 2_000 });
    console.info(`[hardening] fuzz: ${JSON.stringify(counts)}`);
    expect(counts.inputs).toBe(300);
    // Mutations must reach both answers, or the generator is not testing the checks behind the syntax.
    expect(counts.rejected).toBeGreaterThan(0);
    expect(counts.accepted).toBeGreaterThan(0);
  }, 60_000);
});
