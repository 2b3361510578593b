import { caseParagraph } from './case-paragraph.ts';
import { caseSentence } from './case-sentence.ts';
import { statementName } from './case-names.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import type { Voice } from './clauses.ts';
import type { InsertRequest } from './insert-request.ts';
import { mergeRuns, type InsertedText } from './inserted-text.ts';
import { listLine } from './list-line.ts';

/**
 * A case as text for a statement, in the format, language and options asked for. Takes a
 * library record or the snapshot stored with an inserted case, so the same call makes the
 * text on insert and makes it again on refresh.
 */
export function formatCase(snapshot: CaseSnapshot, request: InsertRequest): InsertedText {
  const name = statementName(snapshot, request.language);
  const voice: Voice = { language: request.language, gender: name.gender, options: request.options };
  const runs =
    request.format === 'list-line' ? listLine(snapshot, name, voice) : request.format === 'sentence' ? caseSentence(snapshot, name, voice) : caseParagraph(snapshot, name, voice);
  return { blocks: [{ runs: mergeRuns(runs) }], confidential: snapshot.confidential };
}
