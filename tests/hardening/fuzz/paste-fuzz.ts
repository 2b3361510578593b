import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { cleanPastedHtml } from '../../../renderer/editor/paste/clean-pasted-html.ts';
import { executableContent } from '../xss/executable-content.ts';
import { fuzzParser, type FuzzCounts } from './fuzz-parser.ts';
import { htmlSoup } from './html-inputs.ts';
import { mutatedLines } from './text-mutations.ts';

// A jsdom window slows down with every document parsed in it (500 inputs took 7 s on a fresh
// window and 75 s on one that had seen 1,500), so the fuzzing moves to a new one regularly.
const INPUTS_PER_WINDOW = 200;

/**
 * The paste cleaner on tag soup and on mutated real clipboards: it must answer (never give up
 * on input under its size limit) and leave nothing executable.
 */
export function fuzzPaste(runs: number, clipboards: readonly string[]): FuzzCounts {
  let dom = new JSDOM('');
  let used = 0;
  const inputs = fc.oneof({ weight: 3, arbitrary: htmlSoup() }, { weight: 1, arbitrary: fc.oneof(...clipboards.map(mutatedLines)) });
  try {
    return fuzzParser('cleanPastedHtml', inputs, (html) => {
      if (++used > INPUTS_PER_WINDOW) {
        dom.window.close();
        dom = new JSDOM('');
        used = 1;
      }
      const window = dom.window;
      const cleaned = cleanPastedHtml(html, { window });
      if (!cleaned.ok) throw new Error(`the cleaner gave up (${cleaned.reason})`);
      const findings = executableContent(new window.DOMParser().parseFromString(cleaned.html, 'text/html'));
      if (findings.length > 0) throw new Error(`executable content after cleaning: ${findings.join(', ')}`);
      return { accepted: true };
    }, { runs, maxMsPerInput: 2_000 });
  } finally {
    dom.window.close();
  }
}
