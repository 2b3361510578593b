/**
 * The closing list of signers at the end of a statement, cut from the text and turned
 * into the statement's signatories, all confirmed (they signed what was published).
 * Individuals are recognised by "Given FAMILY"; organisations only after a line that
 * announces the list ("Signatories:", "Подписали:"), since a short last line of text is
 * otherwise indistinguishable from an organisation's name.
 */
import { newIndividualSignatory, newOrganisationSignatory, type Signatory } from '../signatories/signatory.ts';
import { blockText, inlineText, type ImportBlock } from './model.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import type { ReportEntry } from './report.ts';
import { importReportMessages } from './report-messages.ts';
import { parseIndividualLine, parseOrganisationLine, type ParsedSigner } from './signatory-line.ts';

/** Lines that announce the list or close the letter; they stay in the text. */
const INTRODUCTION = /^(?:signatories|signed(?: by)?|signing organi[sz]ations|organi[sz]ations|individuals|list of signatories|co-signed by|подписали|подписавшие|организации|частные лица|список подписавших)\s*:?$/iu;
const CLOSING = /^(?:kind regards|best regards|regards|sincerely(?: yours)?|yours sincerely|respectfully|с уважением|искренне ваш[аи]?)\s*,?$/iu;
const MAX_SIGNER_LINE = 400;

/** `locale`: the interface language of the report's entries (English when not given). */
export type SignatoryListOptions = { newId: (index: number) => string; date: string | null; locale?: UiLocale };
export type FoundSignatories = { blocks: ImportBlock[]; signatories: Signatory[]; entries: ReportEntry[] };

/** `index`: the block it came from, which leaves the text if it is a signer (lines are shared in a one-line web page). */
type Candidate = { text: string; line: number; index: number };

/** The trailing candidates: single paragraphs, or the items of a closing list. */
function trailingLines(blocks: readonly ImportBlock[]): { lines: Candidate[]; fromList: boolean } {
  const lines: Candidate[] = [];
  const last = blocks[blocks.length - 1];
  const fromList = last?.kind === 'list';
  if (last?.kind === 'list') lines.push(...last.items.map((item) => ({ text: inlineText(item).trim(), line: last.line, index: blocks.length - 1 })));
  for (let i = blocks.length - (fromList ? 2 : 1); i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || blockText(block).includes('\n')) break;
    lines.unshift({ text: blockText(block).trim(), line: block.line, index: i });
    if (INTRODUCTION.test(lines[0]!.text) || CLOSING.test(lines[0]!.text)) break;
    // Within a closing list only lines that are announced may be organisations: stop at a long paragraph.
    if (fromList) break;
  }
  return { lines, fromList };
}

function toSignatory(parsed: ParsedSigner, id: string, date: string | null): Signatory {
  const confirmed = { status: 'confirmed' as const, statusDate: date, statusNote: 'Signed the published statement (imported).' };
  return parsed.kind === 'individual'
    ? newIndividualSignatory(id, { ...confirmed, givenName: parsed.givenName, familyName: parsed.familyName, role: parsed.role, organisation: parsed.organisation, country: parsed.country })
    : newOrganisationSignatory(id, { ...confirmed, fullName: parsed.fullName, abbreviation: parsed.abbreviation, country: parsed.country });
}

export function extractSignatories(blocks: readonly ImportBlock[], options: SignatoryListOptions): FoundSignatories {
  const none: FoundSignatories = { blocks: [...blocks], signatories: [], entries: [] };
  const { lines, fromList } = trailingLines(blocks);
  const announced = lines.length > 0 && INTRODUCTION.test(lines[0]!.text);
  const closed = lines.length > 0 && CLOSING.test(lines[0]!.text);
  const signerLines = announced || closed ? lines.slice(1) : lines;
  let parsed: Array<{ candidate: Candidate; signer: ParsedSigner | null }>;
  if (announced) {
    parsed = signerLines.map((candidate) => ({
      candidate,
      signer: candidate.text.length > MAX_SIGNER_LINE || INTRODUCTION.test(candidate.text) ? null : (parseIndividualLine(candidate.text) ?? parseOrganisationLine(candidate.text)),
    }));
  } else {
    // Without an announcing line only a tail of "Given FAMILY" lines counts: two at least, or all after "Kind regards,".
    let start = signerLines.length;
    while (start > 0 && signerLines[start - 1]!.text.length <= MAX_SIGNER_LINE && parseIndividualLine(signerLines[start - 1]!.text)) start--;
    const tail = signerLines.slice(start);
    if (tail.length < 2 && !(closed && start === 0 && tail.length === 1)) return none;
    parsed = tail.map((candidate) => ({ candidate, signer: parseIndividualLine(candidate.text) }));
  }
  if (!parsed.some((p) => p.signer !== null)) return none;
  // A closing list is taken whole or not at all: its items share one block.
  if (fromList && parsed.some((p) => p.signer === null && !INTRODUCTION.test(p.candidate.text))) return none;

  const m = importReportMessages[options.locale ?? 'en'];
  const entries: ReportEntry[] = [];
  const signatories: Signatory[] = [];
  const removed = new Set<number>();
  for (const { candidate, signer } of parsed) {
    if (signer === null) {
      if (INTRODUCTION.test(candidate.text)) {
        removed.add(candidate.index);
        entries.push({ line: candidate.line, kind: 'recognised', message: m.signerListHeading(candidate.text) });
      } else {
        entries.push({ line: candidate.line, kind: 'text', message: m.notASigner(candidate.text.slice(0, 80)) });
      }
      continue;
    }
    signatories.push(toSignatory(signer, options.newId(signatories.length), options.date));
    removed.add(candidate.index);
    const who = signer.kind === 'individual' ? `${signer.givenName} ${signer.familyName}` : signer.fullName;
    entries.push({ line: candidate.line, kind: 'recognised', message: m.signer(signer.kind, signer.kind === 'individual' && signer.runTogether, who) });
  }
  // Signer lines leave the text; the announcing or closing line and unrecognised lines stay.
  const kept = blocks.filter((block, i) => {
    if (fromList && i === blocks.length - 1) return false;
    return !(block.kind === 'paragraph' && removed.has(i));
  });
  return { blocks: kept, signatories, entries };
}
