import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzPaste } from '../../hardening/fuzz/paste-fuzz.ts';
import { REPO_ROOT } from '../../hardening/support/repo-paths.ts';

const clipboards = ['word-footnotes.html', 'google-docs.html', 'hostile.html'].map((name) => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'paste', name), 'utf8'));

// The fast variant: 300 inputs here, 10,000 in tests/hardening/fuzz-paste.test.ts.
describe('fuzzing the paste cleaner (fast run)', () => {
  it('300 inputs: always an answer, never executable content', () => {
    const counts = fuzzPaste(300, clipboards);
    console.info(`[hardening] fuzz: ${JSON.stringify(counts)}`);
    expect(counts.inputs).toBe(300);
  }, 120_000);
});
