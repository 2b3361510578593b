import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { storedZip } from './stored-zip.ts';

type Parts = ReadonlyArray<readonly [name: string, data: Uint8Array]>;

/** A small real Word document: title, heading, a note, a link, a bulleted list, signatories. */
async function validDocx(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('UN Committee against Torture, concluding observations, 2021.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Stop the return to torture', heading: HeadingLevel.TITLE }),
          new Paragraph('Vienna, 26 June 2025'),
          new Paragraph({ children: [new TextRun('We call on the '), new TextRun({ text: 'authorities', bold: true }), new TextRun(' to act.'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: 'Our calls', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Release the detained', bullet: { level: 0 } }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/report', children: [new TextRun('the report')] })] }),
          new Paragraph('Signatories:'),
          new Paragraph('Anna PETROVA, lawyer, Kazakhstan'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The package's parts, as bytes, in their order. */
async function partsOf(docx: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  return Promise.all(names.map(async (name) => [name, await zip.files[name]!.async('uint8array')] as const));
}

const XML_NASTY = ['<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:footnoteReference w:id="99"/>', '<w:hyperlink r:id="rId999">', '&#0;', '&bogus;', ']]>', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', '\u0000', '\uFFFE', '"', 'w:id="-1"', '<w:tbl><w:tr><w:tc>'];

/** One edit of an XML part: a range cut, doubled or moved, a hostile token put in, or the part cut short. */
function xmlEdit(length: number) {
  return fc.record({
    kind: fc.constantFrom('cut', 'double', 'token', 'truncate', 'nest'),
    at: fc.nat({ max: Math.max(0, length - 1) }),
    span: fc.nat({ max: 400 }),
    token: fc.constantFrom(...XML_NASTY),
  });
}

function applyXmlEdits(text: string, edits: ReadonlyArray<{ kind: string; at: number; span: number; token: string }>): string {
  let out = text;
  for (const edit of edits) {
    const at = Math.min(edit.at, out.length);
    if (edit.kind === 'cut') out = out.slice(0, at) + out.slice(at + edit.span);
    else if (edit.kind === 'double') out = out.slice(0, at + edit.span) + out.slice(at, at + edit.span) + out.slice(at + edit.span);
    else if (edit.kind === 'token') out = out.slice(0, at) + edit.token + out.slice(at);
    else if (edit.kind === 'truncate') out = out.slice(0, at);
    // Deep nesting: what a hostile file uses to exhaust a recursive reader.
    else out = out.slice(0, at) + '<w:tbl><w:tr><w:tc>'.repeat(edit.span * 5) + out.slice(at);
  }
  return out;
}

/**
 * Word documents for the fuzzer: the package's XML parts edited (document, footnotes,
 * relationships, content types), parts dropped or renamed, the zip's bytes flipped or cut,
 * and random bytes behind a zip signature.
 */
export async function docxInputs(): Promise<fc.Arbitrary<Uint8Array>> {
  const valid = await validDocx();
  const parts = await partsOf(valid);
  const xmlParts = parts.map(([name], index) => [name, index] as const).filter(([name]) => /\.(xml|rels)$/.test(name));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();

  const editedPart = fc
    .constantFrom(...xmlParts)
    .chain(([name, index]) => {
      const text = decoder.decode(parts[index]![1]);
      return fc.array(xmlEdit(text.length), { minLength: 1, maxLength: 4 }).map((edits) => ({ name, index, text: applyXmlEdits(text, edits) }));
    })
    .map(({ index, text }) => storedZip(parts.map(([name, data], i) => [name, i === index ? encoder.encode(text) : data] as const)));

  const droppedOrRenamed = fc
    .record({ index: fc.nat({ max: parts.length - 1 }), rename: fc.option(fc.constantFrom('word/other.xml', '../../evil.xml', 'word/document.xml', '', 'a'.repeat(300)), { nil: undefined }) })
    .map(({ index, rename }) => storedZip(parts.flatMap(([name, data], i) => (i !== index ? [[name, data] as const] : rename === undefined ? [] : [[rename, data] as const]))));

  const flippedBytes = fc
    .array(fc.record({ at: fc.nat({ max: valid.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 20 })
    .chain((flips) => fc.option(fc.nat({ max: valid.length }), { freq: 4 }).map((cut) => ({ flips, cut })))
    .map(({ flips, cut }) => {
      const bytes = valid.slice(0, cut ?? valid.length);
      for (const { at, value } of flips) if (at < bytes.length) bytes[at] = value;
      return bytes;
    });

  const zipLikeJunk = fc.uint8Array({ maxLength: 4_000 }).map((junk) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk]));

  return fc.oneof(
    { weight: 5, arbitrary: editedPart },
    { weight: 2, arbitrary: droppedOrRenamed },
    { weight: 3, arbitrary: flippedBytes },
    { weight: 1, arbitrary: zipLikeJunk },
    { weight: 1, arbitrary: fc.constant(storedZip(parts)) },
  );
}
