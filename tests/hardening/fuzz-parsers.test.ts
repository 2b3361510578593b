import { describe, expect, it } from 'vitest';
import { fuzzParser } from './fuzz/fuzz-parser.ts';
import { FUZZ_TARGETS } from './fuzz/parser-table.ts';

describe('fuzzing every parser (soak)', () => {
  it.each(FUZZ_TARGETS.map((t) => [t.name, t] as const))('%s: 10,000 inputs, no throw, no hang, every rejection explained', (_name, target) => {
    const counts = fuzzParser(target.name, target.inputs(), target.parse, { runs: 10_000, maxMsPerInput: 2_000 });
    console.info(`[hardening] fuzz: ${JSON.stringify(counts)}`);
    expect(counts.inputs).toBe(10_000);
    expect(counts.rejected).toBeGreaterThan(0);
    expect(counts.accepted).toBeGreaterThan(0);
  }, 300_000);
});
