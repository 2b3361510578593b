import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/**
 * Reads every XML part of a Word package with a strict, linear-time parser before mammoth
 * sees it. Mammoth's XML reader (xmldom) recovers from broken markup in ways that can take
 * seconds on a few kilobytes (found by fuzzing: 12 s for a 73 KB damaged document), and the
 * import runs in the main process; a damaged part is also better named than reported in the
 * reader's own words. Word never writes a DOCTYPE, so one is refused too: that is where the
 * entity tricks ("billion laughs") live.
 *
 * Returns why the package cannot be a sound Word document, or null when every part parses.
 */
export async function damagedXmlPart(bytes: Uint8Array): Promise<string | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return `its zip structure is broken (${conciseReason(error)})`;
  }
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(name)) continue;
    let text: string;
    try {
      text = await entry.async('string');
    } catch (error) {
      return `the part ${name} cannot be unpacked (${conciseReason(error)})`;
    }
    const problem = xmlProblem(text);
    if (problem) return `the part ${name} is not well-formed XML: ${problem}`;
  }
  return null;
}

/** The first well-formedness error of an XML text, with where it is; null when there is none. */
export function xmlProblem(text: string): string | null {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let problem: string | null = null;
  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; keep that and the first sentence.
    problem ??= `${error.message.split('\n')[0]!.slice(0, 160)}`;
  });
  parser.on('doctype', () => {
    problem ??= 'it declares a DOCTYPE, which Word never writes';
  });
  try {
    parser.write(text).close();
  } catch (error) {
    problem ??= conciseReason(error);
  }
  return problem;
}

function conciseReason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
}
