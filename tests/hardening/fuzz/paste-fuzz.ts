import { cleanPastedHtml } from '../../../renderer/editor/paste/clean-pasted-html.ts';
import { executableContent } from '../xss/executable-content.ts';
import { fuzzParser, type FuzzCounts } from './fuzz-parser.ts';
import { htmlSoup } from './html-inputs.ts';
import { mutatedLines } from './text-mutations.ts';
import fc from 'fast-check';

/**
 * The paste cleaner on tag soup and on mutated real clipboards: it must answer (never give up
 * on input under its size limit) and leave nothing executable. Needs a DOM (jsdom in tests).
 */
export function fuzzPaste(runs: number, clipboards: readonly string[]): FuzzCounts {
  const inputs = fc.oneof({ weight: 3, arbitrary: htmlSoup() }, { weight: 1, arbitrary: fc.oneof(...clipboards.map(mutatedLines)) });
  return fuzzParser('cleanPastedHtml', inputs, (html) => {
    const cleaned = cleanPastedHtml(html);
    if (!cleaned.ok) throw new Error(`the cleaner gave up (${cleaned.reason})`);
    const findings = executableContent(new DOMParser().parseFromString(cleaned.html, 'text/html'));
    if (findings.length > 0) throw new Error(`executable content after cleaning: ${findings.join(', ')}`);
    return { accepted: true };
  }, { runs, maxMsPerInput: 2_000 });
}
