import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzPaste } from './fuzz/paste-fuzz.ts';
import { REPO_ROOT } from './support/repo-paths.ts';

const clipboards = ['word-footnotes.html', 'google-docs.html', 'hostile.html'].map((name) => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'paste', name), 'utf8'));

describe('fuzzing the paste cleaner (soak)', () => {
  it('10,000 inputs: always an answer, never executable content', () => {
    const counts = fuzzPaste(10_000, clipboards);
    console.info(`[hardening] fuzz: ${JSON.stringify(counts)}`);
    expect(counts.inputs).toBe(10_000);
  }, 600_000);
});
