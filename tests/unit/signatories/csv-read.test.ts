import { describe, expect, it } from 'vitest';
import { detectDelimiter, MAX_CSV_CHARS, MAX_CSV_ROWS, MAX_FIELD_CHARS, readSignOnCsv, type CsvTable } from '../../../core/signatories/csv/read-csv.ts';

function table(text: string): CsvTable {
  const r = readSignOnCsv(text);
  if (!r.ok) throw new Error(`expected a table, got: ${r.message}`);
  return r.table;
}
function refusal(text: string): string {
  const r = readSignOnCsv(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.message;
}
const where = (t: CsvTable) => t.rows.map((row) => [row.line, row.lastLine]);

describe('readSignOnCsv: separators and encodings', () => {
  it('reads a Google Forms export: comma, BOM, quoted header with a comma in it', () => {
    const t = table('\ufeffTimestamp,Full name,"Are you signing as an organisation, or as an individual?",Email Address\n2023/12/20 10:00,Reyimberdy Kurbanov,Individual,r@example.org\n');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['Timestamp', 'Full name', 'Are you signing as an organisation, or as an individual?', 'Email Address']);
    expect(t.rows).toEqual([{ line: 2, lastLine: 2, cells: ['2023/12/20 10:00', 'Reyimberdy Kurbanov', 'Individual', 'r@example.org'], problem: null }]);
  });

  it('reads a spreadsheet saved in a Russian locale: semicolons, commas inside fields', () => {
    const t = table('ФИО;Организация;Должность\nКурбанов Реимберды;АПЧЦА;исследователь, Туркменистан\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows[0]!.cells).toEqual(['Курбанов Реимберды', 'АПЧЦА', 'исследователь, Туркменистан']);
  });

  it('tells separators apart by the header line only, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n"x,y,z,w",1,2')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('\n\n  name\n1,2')).toBe(',');
    expect(detectDelimiter('"multi\nline; header";x;y\n1,2')).toBe(';');
  });

  it('refuses a file that is not UTF-8, with advice', () => {
    // "Курбанов" in Windows-1251 decoded as UTF-8 becomes replacement characters.
    const bytes = Uint8Array.from([0xca, 0xf3, 0xf0, 0xe1, 0xe0, 0xed, 0xee, 0xe2]);
    const decoded = new TextDecoder('utf-8').decode(bytes);
    expect(refusal(`name\n${decoded}\n`)).toMatch(/not UTF-8.*CSV UTF-8/);
  });

  it('refuses binary garbage and UTF-16', () => {
    expect(refusal('name\u0000\u0000\u0001')).toMatch(/not a text file/);
    const utf16 = new TextDecoder('utf-8').decode(new Uint8Array([...'name\nAli\n'].flatMap((c) => [c.charCodeAt(0), 0])));
    expect(refusal(utf16)).toMatch(/UTF-16/);
    const garbage = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i * 7) % 30)).join('');
    expect(refusal(`name\n${garbage}`)).toMatch(/control characters/);
  });
});

describe('readSignOnCsv: line numbers', () => {
  it('gives the line a row starts and ends on when quoted fields hold line breaks', () => {
    const text = ['name,role', 'Nadejda Atayeva,"President of the', 'Association for Human Rights', 'in Central Asia"', 'Umit Hallyyev,journalist', '"Leonid', 'Pimenov",Documentator'].join('\n');
    const t = table(text);
    expect(where(t)).toEqual([[2, 4], [5, 5], [6, 7]]);
    expect(t.rows[0]!.cells[1]).toBe('President of the\nAssociation for Human Rights\nin Central Asia');
  });

  it('counts Windows (CRLF) and old Mac (CR) line breaks the same way', () => {
    const rows = ['name,role', 'A B,"x', 'y"', '', 'C D,z'];
    expect(where(table(rows.join('\r\n')))).toEqual([[2, 3], [5, 5]]);
    expect(where(table(rows.join('\r')))).toEqual([[2, 3], [5, 5]]);
    expect(table(rows.join('\r\n')).rows[0]!.cells[1]).toBe('x\ny');
  });

  it('skips blank lines and rows of empty fields, but keeps counting them', () => {
    const t = table('\n\nname,role\n\n,\n  \nAli Akhmedov,blogger\n\n');
    expect(t.headerLine).toBe(3);
    expect(where(t)).toEqual([[7, 7]]);
  });
});

describe('readSignOnCsv: broken rows are kept with their problem', () => {
  it('reports an unclosed quote on the line where it opens, and what it swallowed', () => {
    const t = table('name,role\nA B,ok\nC D,"never closed\nE F,x\nG H,y');
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1]!.line).toBe(3);
    expect(t.rows[1]!.problem).toBe('a quoted field that starts on this line is never closed, so lines 3–5 were read as one row');
    expect(t.rows[0]!.problem).toBeNull();
  });

  it('reports text after a closing quote', () => {
    const t = table('name,role\n"A B"x,role\nC D,ok\n"E F","a ""quoted"" role"');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.problem).toBe('a quoted field has text after its closing quote (a quote inside a field must be doubled: ""), so lines 2–4 were read as one row');
    expect(table('name,role\n"E F","a ""quoted"" role"').rows[0]!.cells).toEqual(['E F', 'a "quoted" role']);
  });

  it('reports ragged rows, and forgives trailing separators', () => {
    const t = table('name,role,country\nA B,x\nC D,y,KZ,extra\nE F,z,TM,,\nG H,w,KG');
    expect(t.rows.map((r) => r.problem)).toEqual([
      'it has 2 fields where the header has 3 (a separator or a quote may be missing)',
      'it has 4 fields where the header has 3 (a separator or a quote may be missing)',
      null,
      null,
    ]);
    expect(t.rows[2]!.cells).toEqual(['E F', 'z', 'TM']);
  });

  it('caps a huge field with a clear error and keeps the row small', () => {
    const t = table(`name,role\nA B,"${'x'.repeat(1_000_000)}"\nC D,ok`);
    expect(t.rows[0]!.problem).toBe(`the field in column "role" is 1,000,000 characters long (at most ${MAX_FIELD_CHARS.toLocaleString('en')})`);
    expect(t.rows[0]!.cells[1]!.length).toBe(MAX_FIELD_CHARS);
    expect(t.rows[1]!.problem).toBeNull();
  });

  it('keeps formula-like text as the plain text it is', () => {
    const t = table('name,organisation\n=cmd|\' /C calc\'!A0,"=HYPERLINK(""http://x"",""y"")"\n@SUM(1+1),+1-2');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")'],
      ['@SUM(1+1)', '+1-2'],
    ]);
  });

  it('names empty header cells by their column', () => {
    expect(table('name,,role\na,b,c').header).toEqual(['name', 'Column 2', 'role']);
  });
});

describe('readSignOnCsv: files that hold no rows', () => {
  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n \r\n\t\n'],
    ['a BOM alone', '\ufeff'],
  ])('refuses %s', (_what, text) => {
    expect(refusal(text)).toBe('The file is empty.');
  });

  it('refuses a header with no rows', () => {
    expect(refusal('name,email\n\n')).toBe('The file has a header line but no rows of signers.');
  });

  it('refuses a header it cannot read', () => {
    expect(refusal('"name,email\nA,b')).toMatch(/header line \(line 1\) cannot be read/);
  });

  it('refuses files over the size and row limits', () => {
    expect(refusal('x'.repeat(MAX_CSV_CHARS + 1))).toMatch(/larger than 20 MB/);
    expect(refusal(`name\n${'a\n'.repeat(MAX_CSV_ROWS + 1)}`)).toMatch(/more than 50,000 rows/);
    expect(table(`name\n${'a\n'.repeat(MAX_CSV_ROWS)}`).rows).toHaveLength(MAX_CSV_ROWS);
  });
});
