import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_FORMAT } from '../../../core/library/format.ts';
import { parseLibraryFile } from '../../../core/library/parse-library-file.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { failure, value } from './helpers.ts';

const valid = () => JSON.stringify(seedLibraryFile(), null, 1);

describe('parseLibraryFile', () => {
  it('reads an exchange file', () => {
    const file = value(parseLibraryFile(valid()));
    expect(file.format).toBe(LIBRARY_FILE_FORMAT);
    expect(file.cases.length).toBeGreaterThan(15);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(value(parseLibraryFile(`\ufeff${valid()}`)).cases.length).toBeGreaterThan(0);
  });

  it.each([
    ['{\n "format": "statement-studio/library",\n "cases": [1, 2,]\n}', 3, 17, "']'"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, `'"'`],
    ['{"cases": [', 1, 12, 'the end of the file'],
    ['hello', 1, 1, "'h'"],
    ['{"a": "line\nbreak"}', 1, 12, 'a line break or control character'],
    ['', 1, 1, 'the end of the file'],
  ])('points at the JSON syntax error in %j', (text, line, column, found) => {
    const error = failure(parseLibraryFile(text));
    expect(error.code).toBe('NOT_JSON');
    expect(error.message).toBe(`The file is not valid JSON: unexpected ${found} at line ${line}, column ${column}.`);
  });

  it('names the path of a field that breaks the schema', () => {
    const file = seedLibraryFile() as unknown as { cases: Array<{ events: Array<{ date: unknown }> }> };
    file.cases[3]!.events[0]!.date = '2023-13-01';
    const error = failure(parseLibraryFile(JSON.stringify(file)));
    expect(error.code).toBe('WRONG_FORMAT');
    expect(error.message).toMatch(/^The file is damaged at cases\[3\]\.events\[0\]\.date: /);
  });

  it('refuses an id used twice, naming both places', () => {
    const file = seedLibraryFile();
    file.organisations[4] = { ...file.organisations[4]!, id: file.organisations[1]!.id };
    const error = failure(parseLibraryFile(JSON.stringify(file)));
    expect(error.message).toBe(`The file is damaged at organisations[4].id: the id "${file.organisations[1]!.id}" is already used by organisations[1].`);
  });

  it('refuses other JSON and files of a newer version', () => {
    expect(failure(parseLibraryFile('[1,2]')).code).toBe('WRONG_FORMAT');
    expect(failure(parseLibraryFile('{"format":"statement-studio/statement","version":1}')).message).toMatch(/its format is "statement-studio\/statement"/);
    const newer = failure(parseLibraryFile(JSON.stringify({ ...seedLibraryFile(), version: 7 })));
    expect(newer.code).toBe('NEWER_VERSION');
  });
});
