import fc from 'fast-check';

/** What a parser said about one input: accepted, or rejected with the messages shown to the writer. */
export type Verdict = { accepted: true } | { accepted: false; messages: string[] };

export type FuzzCounts = { parser: string; inputs: number; accepted: number; rejected: number; slowestMs: number };

/** Rejections must say what is wrong, not "Error", "undefined" or a serialised object. */
const SAYS_NOTHING = /^(error|invalid|undefined|null|\[object \w+\]|)$/i;

export function problemWithMessage(message: unknown): string | null {
  if (typeof message !== 'string') return `the message is a ${typeof message}`;
  const text = message.trim();
  if (text.length < 12 || SAYS_NOTHING.test(text)) return `the message says nothing: ${JSON.stringify(message)}`;
  if (/\[object \w+\]/.test(text)) return `the message leaks an object: ${JSON.stringify(message)}`;
  return null;
}

/** Counts one answer, and throws (failing the property) when it came too late or rejected without a message that names the problem. */
function judge(parser: string, counts: FuzzCounts, verdict: Verdict, ms: number, maxMsPerInput: number): void {
  counts.inputs++;
  counts.slowestMs = Math.max(counts.slowestMs, Math.round(ms));
  if (ms > maxMsPerInput) throw new Error(`${parser} took ${Math.round(ms)} ms on one input (bound ${maxMsPerInput} ms)`);
  if (verdict.accepted) {
    counts.accepted++;
    return;
  }
  counts.rejected++;
  if (verdict.messages.length === 0) throw new Error(`${parser} rejected an input without saying why`);
  for (const message of verdict.messages) {
    const problem = problemWithMessage(message);
    if (problem) throw new Error(`${parser}: ${problem}`);
  }
}

/**
 * Runs `parse` on `runs` generated inputs: it must never throw, answer each input within
 * `maxMsPerInput`, and reject only with messages that name the problem. Synchronous parsers
 * cannot be interrupted, so a true hang is caught by the test's own timeout.
 */
export function fuzzParser<T>(parser: string, inputs: fc.Arbitrary<T>, parse: (input: T) => Verdict, options: { runs: number; maxMsPerInput: number; seed?: number }): FuzzCounts {
  const counts: FuzzCounts = { parser, inputs: 0, accepted: 0, rejected: 0, slowestMs: 0 };
  const outcome = fc.check(
    fc.property(inputs, (input) => {
      const started = performance.now();
      const verdict = parse(input);
      judge(parser, counts, verdict, performance.now() - started, options.maxMsPerInput);
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  if (outcome.failed) {
    // fast-check's own report prints the whole input, which can be megabytes: keep the start.
    const input = JSON.stringify(outcome.counterexample?.[0]) ?? '';
    const error = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
    throw new Error(`${parser} failed (seed ${outcome.seed}, path ${outcome.counterexamplePath}): ${error}\ninput (${input.length} chars): ${input.slice(0, 600)}`);
  }
  return counts;
}

/**
 * fuzzParser for a parser that answers asynchronously (the Word reader, which unpacks a
 * zip): the same rules, with fast-check's async properties.
 */
export async function fuzzParserAsync<T>(parser: string, inputs: fc.Arbitrary<T>, parse: (input: T) => Promise<Verdict>, options: { runs: number; maxMsPerInput: number; seed?: number }): Promise<FuzzCounts> {
  const counts: FuzzCounts = { parser, inputs: 0, accepted: 0, rejected: 0, slowestMs: 0 };
  const outcome = await fc.check(
    fc.asyncProperty(inputs, async (input) => {
      const started = performance.now();
      const verdict = await parse(input);
      judge(parser, counts, verdict, performance.now() - started, options.maxMsPerInput);
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  if (outcome.failed) {
    const error = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
    throw new Error(`${parser} failed (seed ${outcome.seed}, path ${outcome.counterexamplePath}): ${error}`);
  }
  return counts;
}
