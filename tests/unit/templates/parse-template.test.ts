import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { parsed, problemsOf, settings, templateText, where } from './helpers.ts';

const COUNTRY = '  country:\n    label: Country\n    type: text\n';

describe('parseTemplate: a well-formed file', () => {
  it('reads the settings, the variables with their fields, and the headline as the title', () => {
    const template = parsed(
      templateText(
        `id: non-refoulement\nname: Urgent statement\ndescription: For a deportation.\nlanguage: en\ndate style: month day year\nfootnote style: roman\ndate: date\nplaces: ["{{city}}", Vienna]\nvariables:\n` +
          `  date:\n    label: Date\n    type: date\n    default: today\n` +
          `  city:\n    type: text\n    help: Where from\n` +
          `  year:\n    label: Year\n    compute: year of date\n` +
          `  kind:\n    label: Kind of removal\n    type: choice\n    choices: [deported, extradited]\n    default: deported\n` +
          `  term:\n    type: year\n    annual: yes\n    default: this year\n`,
        '# {{city}} in {{year}}\n\nThe person was {{kind}} in {{term}}.\n',
      ),
    );
    expect(template).toMatchObject({ id: 'non-refoulement', name: 'Urgent statement', description: 'For a deportation.', language: 'en', dateStyle: 'month-day-year', footnoteStyle: 'lower-roman', dateVariable: 'date' });
    expect(template.variables.map((v) => [v.name, v.type, v.label, v.compute, v.annual])).toEqual([
      ['date', 'date', 'Date', null, false],
      ['city', 'text', 'city', null, false],
      ['year', 'year', 'Year', 'year of date', false],
      ['kind', 'choice', 'Kind of removal', null, false],
      ['term', 'year', 'term', null, true],
    ]);
    expect(template.variables.find((v) => v.name === 'kind')).toMatchObject({ choices: ['deported', 'extradited'], default: 'deported' });
    expect(template.variables.find((v) => v.name === 'city')!.help).toBe('Where from');
    expect(template.variables.find((v) => v.name === 'date')!.line).toBe(11);
    expect(template.title).toEqual([
      { kind: 'variable', name: 'city', format: 0 },
      { kind: 'text', text: ' in ', format: 0 },
      { kind: 'variable', name: 'year', format: 0 },
    ]);
    expect(template.places).toHaveLength(2);
    expect(template.body).toHaveLength(1);
  });

  it('takes names with spaces, any script and runs of spaces as one name', () => {
    const template = parsed(templateText(settings('  event   date:\n    type: date\n  страна:\n    type: text\n'), '# T\n\nOn {{event date}} in {{ страна }}.\n'));
    expect(template.variables.map((v) => v.name)).toEqual(['event date', 'страна']);
  });

  it('reads Windows line ends and a byte order mark', () => {
    const text = `\ufeff${templateText(settings(COUNTRY), '# In {{country}}\n')}`.replace(/\n/g, '\r\n');
    expect(parsed(text).title).toHaveLength(2);
  });
});

describe('parseTemplate: malformed files, each problem with its file, line and column', () => {
  it('a file without the settings block', () => {
    expect(problemsOf('# Just a heading\n', 'plain.md')).toEqual([{ file: 'plain.md', line: 1, column: 1, message: expect.stringMatching(/starts with a line of three dashes/) }]);
  });

  it('settings that are never closed', () => {
    expect(where(problemsOf('---\nid: x\nname: X\n# Heading\n'))).toEqual([expect.stringMatching(/^1:1 the settings that begin at line 1 are not closed/)]);
  });

  it('bad YAML syntax, at the line in the file (not in the block)', () => {
    const problems = problemsOf(templateText(settings(COUNTRY + '    default: [unclosed\n'), '# {{country}}\n'));
    expect(problems[0]!.line).toBeGreaterThanOrEqual(9);
    expect(problems[0]!.message).toMatch(/^the settings are not valid YAML: /);
  });

  it('a value with a colon and no quotes is bad syntax, with a hint', () => {
    const problems = problemsOf(templateText('id: a\nname: Urgent: a return\nlanguage: en', '# T\n'));
    expect(where(problems)).toEqual(['3:7 the settings are not valid YAML: Nested mappings are not allowed in compact mappings (a value that holds a colon and a space, like "Urgent: a return", must be put in quotes)']);
  });

  it('a key given twice is bad syntax', () => {
    const problems = problemsOf(templateText('id: a\nid: b\nname: X\nlanguage: en', '# T\n'));
    expect(problems.map((p) => p.line)).toEqual([3]);
    expect(problems[0]!.message).toMatch(/not valid YAML.*unique/i);
  });

  it('an unknown variable type, naming the known ones', () => {
    const problems = problemsOf(templateText(settings('  country:\n    label: Country\n    type: txt\n'), '# {{country}}\n'));
    expect(where(problems)).toEqual(['8:11 variable "country": unknown variable type "txt" (types are: text, date, year, number, organisation list, case list, choice)']);
  });

  it('a placeholder without a declaration, at its line and column', () => {
    const problems = problemsOf(templateText(settings(COUNTRY), '# In {{country}}\n\nFirst line of a paragraph\nand {{countri}} on the second.\n'));
    expect(where(problems)).toEqual(['13:5 {{countri}} has no declaration under "variables:"']);
  });

  it('a declaration never used, at the declaration', () => {
    const problems = problemsOf(templateText(settings(COUNTRY + '  city:\n    type: text\n'), '# In {{country}}\n'));
    expect(where(problems)).toEqual(['9:3 the variable "city" is declared but never used']);
  });

  it('a variable used only by a formula or as the statement date counts as used', () => {
    const template = parsed(templateText(settings('  date:\n    type: date\n  event:\n    type: date\n  since:\n    compute: years since event\n', 'date: date\n'), '# {{since}} years\n'));
    expect(template.variables.map((v) => v.name)).toEqual(['date', 'event', 'since']);
  });

  it('footnotes referred to without text, and text never referred to', () => {
    const problems = problemsOf(templateText(settings(''), '# T\n\nA claim.[^src] Another.[^gone]\n\n[^src]: The source.\n[^spare]: Never used.\n'));
    expect(where(problems)).toEqual([
      '8:24 the footnote [^gone] has no text: add a line "[^gone]: …"',
      '11:1 the footnote [^spare] is never referred to in the text',
    ]);
  });

  it('unclosed marks, unclosed placeholders, unsafe links, deep headings, footnotes in notes', () => {
    const problems = problemsOf(
      templateText(
        settings(COUNTRY),
        '# {{country}}\n\nSome **bold never closed.\n\nA {{country and an _italic_ word.\n\nSee [this](javascript:alert(1)).\n\n#### Too deep\n\nNote.[^a]\n\n[^a]: Holds [^b].\n',
      ),
    );
    expect(where(problems)).toEqual([
      '12:6 "**" (bold) is not closed in this paragraph; write \\* for a star itself',
      '14:3 "{{" is not closed by "}}" on the same line; write \\{{ for the characters themselves',
      '16:12 "javascript:alert(1)" is not a link a statement may hold: an address starts with https://, http:// or mailto:',
      '18:1 a statement has three levels of heading (#, ##, ###), not 4',
      '22:13 "[^b]": a footnote\'s text or a link\'s text cannot hold a footnote',
    ]);
  });

  it('a body that does not begin with the headline', () => {
    expect(where(problemsOf(templateText(settings(''), 'No headline here.\n')))).toEqual(['6:1 the body must begin with the headline: a line starting with "# "']);
  });

  it('missing and unknown settings, a bad id and language', () => {
    const problems = problemsOf(templateText('id: Bad Id\nlanguage: fr\nauthor: me', '# T\n'));
    expect(where(problems)).toEqual([
      '2:1 the setting "name" is missing',
      '2:5 the id "Bad Id" must be lowercase letters, figures and hyphens',
      '3:11 the language must be one of en, ru, not "fr"',
      '4:1 unknown setting "author" (settings are: id, name, description, language, date style, footnote style, date, places, variables)',
    ]);
  });

  it('a placeholder in YAML without quotes is explained', () => {
    const problems = problemsOf(templateText(settings(COUNTRY, 'places: [{{country}}]\n'), '# {{country}}\n'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/put text that holds \{\{placeholders\}\} in quotes/));
  });

  it('wrong fields of a variable: unknown field, bad default, choices missing, annual on text, list default', () => {
    const problems = problemsOf(
      templateText(
        settings(
          '  a:\n    type: text\n    lable: A\n' +
            '  b:\n    type: date\n    default: next week\n' +
            '  c:\n    type: choice\n' +
            '  d:\n    type: text\n    annual: yes\n' +
            '  e:\n    type: organisation list\n    default: IPHR\n' +
            '  f:\n    label: no type\n',
        ),
        '# {{a}} {{b}} {{c}} {{d}} {{e}} {{f}}\n',
      ),
    );
    expect(where(problems)).toEqual([
      '8:5 variable "a": unknown field "lable" (fields are: label, type, default, help, choices, compute, annual)',
      '11:5 variable "b": the default date must be "today", a date (2024-06-26) or a day of the year ("26 June"), not "next week"',
      '12:3 variable "c": a choice needs its choices (choices: [first, second])',
      '16:5 variable "d": only a date or a year moves forward in a new edition',
      '19:5 variable "e": a organisation list has no default; the writer picks from the library',
      '20:3 variable "f": needs a type (text, date, year, number, organisation list, case list, choice) or a formula (compute: ...)',
    ]);
  });

  it('formulas: not a formula, an unknown name, the wrong type, computed from itself', () => {
    const problems = problemsOf(
      templateText(
        settings(
          '  date:\n    type: date\n' +
            '  a:\n    compute: the year please\n' +
            '  b:\n    compute: year of dat\n' +
            '  c:\n    compute: ordinal of date\n' +
            '  d:\n    compute: 26 June of e\n' +
            '  e:\n    compute: year of d\n',
        ),
        '# {{date}} {{a}} {{b}} {{c}} {{d}} {{e}}\n',
      ),
    );
    expect(where(problems)).toEqual([
      '9:14 variable "a": "the year please" is not a formula; write for example "year of date", "years since event date", "edition since 1998", "26 June of year", "ordinal of edition"',
      '11:14 variable "b": "dat" is not a declared variable, "today", a date (1998-06-26) or a year (1998)',
      '13:5 variable "c": an ordinal counts a number variable or formula ("ordinal of edition since 1998")',
      '15:5 variable "d": its formula depends on itself',
      '17:5 variable "e": its formula depends on itself',
    ]);
  });

  it('the date setting must name a declared date variable', () => {
    expect(where(problemsOf(templateText(settings(COUNTRY, 'date: country\n'), '# {{country}}\n')))).toEqual(['5:7 the setting "date" must name a date variable, and "country" is a text']);
    expect(where(problemsOf(templateText(settings(COUNTRY, 'date: day\n'), '# {{country}}\n')))).toEqual(['5:7 the setting "date" names "day", which is not declared under "variables:"']);
  });

  it('a case list cannot stand in the headline', () => {
    expect(where(problemsOf(templateText(settings('  cases:\n    type: case list\n'), '# {{cases}}\n')))).toEqual(['9:1 {{cases}} is a case list, which can stand only in the text, not in the headline or the places']);
  });

  it('reports every problem of a file at once, in line order, and refuses huge files', () => {
    const problems = problemsOf(templateText(settings('  a:\n    type: nope\n  b:\n    type: text\n'), '# {{c}}\n'));
    // "a" is declared (though broken) and unused, its type unknown, "b" unused, {{c}} undeclared.
    expect(problems.map((p) => p.line)).toEqual([6, 7, 8, 11]);
    const huge = parseTemplate('x'.repeat(1_000_001), 'huge.md');
    expect(huge.ok).toBe(false);
  });
});
