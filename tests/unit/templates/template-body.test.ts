import { describe, expect, it } from 'vitest';
import { parsed, settings, templateText } from './helpers.ts';

const t = (text: string, format = 0) => ({ kind: 'text', text, format });
const v = (name: string, format = 0) => ({ kind: 'variable', name, format });
const body = (text: string, variables = '  x:\n    type: text\n') => parsed(templateText(settings(variables), `# {{x}}\n\n${text}`));

describe('template body: blocks', () => {
  it('joins the lines of a paragraph, ends it at a blank line, keeps headings of levels 1 to 3', () => {
    const template = body('First line\nsecond line.\n\n## Section {{x}}\n### Sub\n# Another top heading\n\nNext.\n');
    expect(template.body).toEqual([
      { kind: 'paragraph', inlines: [t('First line second line.')] },
      { kind: 'heading', level: 2, inlines: [t('Section '), v('x')] },
      { kind: 'heading', level: 3, inlines: [t('Sub')] },
      { kind: 'heading', level: 1, inlines: [t('Another top heading')] },
      { kind: 'paragraph', inlines: [t('Next.')] },
    ]);
  });

  it('reads bullet and numbered lists, with the first number, continuation lines and blank lines between items', () => {
    const template = body('- one\n  continued\n* two\n\n• three\n\n3. third\n4) fourth\n\nAfter.\n');
    expect(template.body).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [[t('one continued')], [t('two')], [t('three')]] },
      { kind: 'list', ordered: true, start: 3, items: [[t('third')], [t('fourth')]] },
      { kind: 'paragraph', inlines: [t('After.')] },
    ]);
  });

  it('reads a quotation of several paragraphs', () => {
    expect(body('> I want justice.\n> Still.\n>\n> Yermek\n').body).toEqual([{ kind: 'quote', paragraphs: [[t('I want justice. Still.')], [t('Yermek')]] }]);
  });

  it('reads notes of several paragraphs, anywhere in the body', () => {
    const template = body('A claim.[^src]\n\n[^src]: First paragraph\n  goes on.\n\n  Second paragraph.\n\nAfter the note.\n');
    expect(template.notes).toEqual({
      src: [
        { kind: 'paragraph', inlines: [t('First paragraph goes on.')] },
        { kind: 'paragraph', inlines: [t('Second paragraph.')] },
      ],
    });
    expect(template.body).toEqual([
      { kind: 'paragraph', inlines: [t('A claim.'), { kind: 'footnote', id: 'src' }] },
      { kind: 'paragraph', inlines: [t('After the note.')] },
    ]);
  });

  it('leaves comments out, on one line or several', () => {
    expect(body('<!-- for editors -->\nKept.\n\n<!--\nseveral\nlines -->\n').body).toEqual([{ kind: 'paragraph', inlines: [t('Kept.')] }]);
  });
});

describe('template body: marks inside a paragraph', () => {
  it('bold, italic with * or _, and both', () => {
    expect(body('**Bold** and *italic* and _also_ and ***both***.\n').body[0]).toEqual({
      kind: 'paragraph',
      inlines: [t('Bold', 1), t(' and '), t('italic', 2), t(' and '), t('also', 2), t(' and '), t('both', 3), t('.')],
    });
  });

  it('keeps underscores inside words and stars between spaces as they are', () => {
    expect(body('Hizb_ut_Tahrir, 5 * 3 and snake_case.\n').body[0]).toEqual({ kind: 'paragraph', inlines: [t('Hizb_ut_Tahrir, 5 * 3 and snake_case.')] });
  });

  it('placeholders take the marks around them', () => {
    expect(body('**In {{x}}**\n').body[0]).toEqual({ kind: 'paragraph', inlines: [t('In ', 1), v('x', 1)] });
  });

  it('links with marked text, and addresses with brackets', () => {
    expect(body('See [the **text**](https://example.org/a_(b)) now.\n').body[0]).toEqual({
      kind: 'paragraph',
      inlines: [t('See '), { kind: 'link', url: 'https://example.org/a_(b)', children: [t('the '), t('text', 1)] }, t(' now.')],
    });
  });

  it('a backslash writes a character as it is; one at the end of a line breaks the line', () => {
    expect(body('Not \\*italic\\*, not \\{{x}}, line\\\nbreak.\n').body[0]).toEqual({
      kind: 'paragraph',
      inlines: [t('Not *italic*, not {{x}}, line'), { kind: 'break' }, t('break.')],
    });
  });

  it('a bracket that is not a link stays text', () => {
    expect(body('Charges [in Russian] and [1] remain.\n').body[0]).toEqual({ kind: 'paragraph', inlines: [t('Charges [in Russian] and [1] remain.')] });
  });
});
