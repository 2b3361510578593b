import { describe, expect, it } from 'vitest';
import { docxInputs } from './fuzz/docx-inputs.ts';
import { importDocxVerdict } from './fuzz/docx-target.ts';
import { fuzzParserAsync } from './fuzz/fuzz-parser.ts';

describe('fuzzing the Word import (soak)', () => {
  it('importDocx: 10,000 damaged and hostile .docx packages, no throw, no hang, every rejection explained', async () => {
    const counts = await fuzzParserAsync('importDocx', await docxInputs(), importDocxVerdict, { runs: 10_000, maxMsPerInput: 5_000 });
    console.info(`[hardening] fuzz: ${JSON.stringify(counts)}`);
    expect(counts.inputs).toBe(10_000);
    expect(counts.rejected).toBeGreaterThan(0);
    expect(counts.accepted).toBeGreaterThan(0);
  }, 900_000);
});
