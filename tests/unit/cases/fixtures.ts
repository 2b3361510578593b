import { expect } from 'vitest';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { formatCase } from '../../../core/cases/insert/format-case.ts';
import { DEFAULT_INSERT_OPTIONS, type InsertFormat, type InsertLanguage, type InsertOptions } from '../../../core/cases/insert/insert-request.ts';
import { insertedPlainText, type InsertedText } from '../../../core/cases/insert/inserted-text.ts';
import { seedCases } from '../../../core/library/seed-from-samples.ts';

/** A case of the demo library built from the 2023 samples, by the end of its id ("farhat-meymankulyyev"). */
export function sample(name: string): CaseRecord {
  const found = seedCases().find((record) => record.id === `sample-${name}`);
  if (found === undefined) throw new Error(`no sample case ${name}`);
  return found;
}

/** A sample case with some fields changed, as the library would hold it after an edit. */
export function edited(name: string, change: Partial<CaseRecord>): CaseRecord {
  return { ...sample(name), updatedAt: '2024-03-01T10:00:00.000Z', ...change };
}

export function request(format: InsertFormat, language: InsertLanguage, options: Partial<InsertOptions> = {}) {
  return { format, language, options: { ...DEFAULT_INSERT_OPTIONS, ...options } };
}

/** The plain text of a case in a format, for sentences compared whole. */
export function written(record: CaseRecord, format: InsertFormat, language: InsertLanguage, options: Partial<InsertOptions> = {}): string {
  return insertedPlainText(formatCase(record, request(format, language, options)));
}

/** The runs of a format's one block. */
export function runsOf(text: InsertedText) {
  expect(text.blocks).toHaveLength(1);
  return text.blocks[0]!.runs;
}
