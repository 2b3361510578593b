import { describe, expect, it } from 'vitest';
import { docxInputs } from '../../hardening/fuzz/docx-inputs.ts';
import { importDocxVerdict } from '../../hardening/fuzz/docx-target.ts';
import { fuzzParserAsync } from '../../hardening/fuzz/fuzz-parser.ts';

// The fast variant: 200 packages here, 10,000 in tests/hardening/fuzz-docx.test.ts.
describe('fuzzing the Word import (fast run)', () => {
  it('importDocx: 200 damaged and hostile .docx packages, no throw, no hang, every rejection explained', async () => {
    const counts = await fuzzParserAsync('importDocx', await docxInputs(), importDocxVerdict, { runs: 200, maxMsPerInput: 5_000 });
    console.info(`[hardening] fuzz: ${JSON.stringify(counts)}`);
    expect(counts.inputs).toBe(200);
    expect(counts.rejected).toBeGreaterThan(0);
    expect(counts.accepted).toBeGreaterThan(0);
  }, 120_000);
});
