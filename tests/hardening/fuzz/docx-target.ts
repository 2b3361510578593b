import { importDocx } from '../../../electron/services/importing/docx-to-html.ts';
import type { Verdict } from './fuzz-parser.ts';

/** The Word import as the fuzzer reads it: a guarded crash (INTERNAL) counts as a crash. */
export async function importDocxVerdict(bytes: Uint8Array): Promise<Verdict> {
  const result = await importDocx(bytes);
  if (result.ok) return { accepted: true };
  if (result.code === 'INTERNAL') throw new Error(`a guarded crash: ${result.message}`);
  return { accepted: false, messages: [result.message] };
}
