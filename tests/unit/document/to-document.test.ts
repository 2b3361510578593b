import { describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../../bench/big-statement.ts';
import { runsText } from '../../../core/document/plain-text.ts';
import { toDocument } from '../../../core/document/to-document.ts';
import type { Block, InlineRun, List, Paragraph } from '../../../core/document/model.ts';
import { footnotesInOrder, serializedText } from '../../../core/footnotes/footnotes-in-order.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import { br, el, h, item, link, list, note, p, quote, statementOf, tab, text } from './helpers.ts';

const only = (blocks: SerializedBlocks) => toDocument(statementOf(blocks)).blocks;
type SerializedBlocks = Parameters<typeof statementOf>[0];
const paragraph = (block: Block | undefined): Paragraph => {
  expect(block?.kind).toBe('paragraph');
  return block as Paragraph;
};
const plain = (t: string): InlineRun => ({ kind: 'text', text: t, marks: [] });

describe('toDocument: meta', () => {
  it('prints the date and dateline in the statement language', () => {
    expect(toDocument(statementOf([], { date: '2024-06-26', places: ['Bishkek', 'Vienna'] })).meta).toEqual({
      title: 'Joint statement',
      date: '2024-06-26',
      dateText: '26 June 2024',
      dateline: 'Bishkek, Vienna, 26 June 2024',
      language: 'en',
      footnoteStyle: 'decimal',
    });
    const ru = toDocument(statementOf([], { language: 'ru', date: '2024-06-26', places: ['Бишкек', 'Вена'] })).meta;
    expect(ru.dateText).toBe('26 июня 2024 г.');
    expect(ru.dateline).toBe('Бишкек, Вена, 26 июня 2024 г.');
    expect(ru.language).toBe('ru');
  });

  it('leaves out what the writer has not filled in', () => {
    expect(toDocument(statementOf([], { date: '', places: ['Almaty'] })).meta.dateline).toBe('Almaty');
    expect(toDocument(statementOf([], { date: '2023-12-20', places: [' ', ''] })).meta.dateline).toBe('20 December 2023');
    const empty = toDocument(statementOf([], { date: '', places: [], title: '  ' })).meta;
    expect([empty.title, empty.dateText, empty.dateline]).toEqual(['', '', '']);
  });
});

describe('toDocument: blocks', () => {
  it('keeps headings with their level, paragraphs and alignment', () => {
    const blocks = only([h('h2', text('Calls')), { ...p(text('Centred')), format: 'center' }, { ...p(text('Right')), format: 'right' }, h('h3', text('Sub'))]);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [plain('Calls')] },
      { kind: 'paragraph', runs: [plain('Centred')], align: 'center' },
      { kind: 'paragraph', runs: [plain('Right')], align: 'end' },
      { kind: 'heading', level: 3, runs: [plain('Sub')] },
    ]);
  });

  it('drops the empty paragraphs writers use as spacing, but keeps a paragraph holding only a note', () => {
    const blocks = only([p(), p(text('   ')), p(br()), p(text('Text')), p(note(p(text('n'))))]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(paragraph(blocks[1]).runs[0]).toMatchObject({ kind: 'noteref', label: '1' });
  });

  it('reads every text format of Lexical 0.52 and merges neighbours of one format', () => {
    const [block] = only([p(text('b', 1), text('i', 2), text('s', 4), text('u', 8), text('c', 16), text('sub', 32), text('sup', 64), text('bi', 3), text('x', 0), text('y', 128))]);
    const marks = paragraph(block).runs.map((run) => (run.kind === 'text' ? [run.text, run.marks.join('+')] : null));
    expect(marks).toEqual([
      ['b', 'bold'],
      ['i', 'italic'],
      ['s', 'strikethrough'],
      ['u', 'underline'],
      ['c', 'code'],
      ['sub', 'subscript'],
      ['sup', 'superscript'],
      ['bi', 'bold+italic'],
      // Highlight (128) is not exported, so "y" runs on with the unformatted "x".
      ['xy', ''],
    ]);
  });

  it('keeps line breaks and tabs inside a paragraph', () => {
    const [block] = only([p(text('Line one'), br(), text('Line'), tab(), text('two'))]);
    expect(paragraph(block).runs).toEqual([plain('Line one'), { kind: 'break' }, plain('Line\ttwo')]);
  });

  it('nests a list inside the item before it, with ordered, start and items of blocks', () => {
    const [block] = only([
      list('number', [item(text('First')), item(list('bullet', [item(text('a')), item(text('b'))])), item(text('Second'))], 3),
    ]);
    expect(block).toEqual({
      kind: 'list',
      ordered: true,
      start: 3,
      items: [
        {
          blocks: [
            { kind: 'paragraph', runs: [plain('First')] },
            { kind: 'list', ordered: false, start: 1, items: [{ blocks: [{ kind: 'paragraph', runs: [plain('a')] }] }, { blocks: [{ kind: 'paragraph', runs: [plain('b')] }] }] },
          ],
        },
        { blocks: [{ kind: 'paragraph', runs: [plain('Second')] }] },
      ],
    } satisfies List);
  });

  it('keeps a nested list first in its list as an item of its own, and drops empty items', () => {
    const [block] = only([list('bullet', [item(list('bullet', [item(text('deep'))])), item(), item(text('next'))])]) as List[];
    expect(block!.items.map((i) => i.blocks.map((b) => b.kind))).toEqual([['list'], ['paragraph']]);
  });

  it('reads a quote as paragraphs, whether its text is loose or in paragraphs', () => {
    expect(only([quote(text('One'), br(), text('line'))])).toEqual([{ kind: 'quote', paragraphs: [{ kind: 'paragraph', runs: [plain('One'), { kind: 'break' }, plain('line')] }] }]);
    const [nested] = only([quote(p(text('A')), h('h2', text('B')), list('bullet', [item(text('C'))]))]);
    expect(nested).toEqual({ kind: 'quote', paragraphs: ['A', 'B', 'C'].map((t) => ({ kind: 'paragraph', runs: [plain(t)] })) });
  });

  it('marks a Russian passage in an English statement', () => {
    const blocks = only([p(text('Власти должны немедленно освободить правозащитника.')), p(text('The authorities must release him.'))]);
    expect(blocks.map((b) => (b as Paragraph).lang)).toEqual(['ru', undefined]);
  });
});

describe('toDocument: links', () => {
  it('keeps http, https and mailto links, normalised, with their formatted text', () => {
    const [block] = only([p(link('https://www.ohchr.org/en/treaty-bodies/cat', text('Committee', 2), text(' against Torture')), link('mailto:office@example.org', text('write')))]);
    expect(paragraph(block).runs).toEqual([
      { kind: 'link', href: 'https://www.ohchr.org/en/treaty-bodies/cat', runs: [{ kind: 'text', text: 'Committee', marks: ['italic'] }, plain(' against Torture')] },
      { kind: 'link', href: 'mailto:office@example.org', runs: [plain('write')] },
    ]);
  });

  it('turns any other link into plain text and says so', () => {
    const doc = toDocument(statementOf([p(text('See ')), p(link('javascript:alert(1)', text('this')), text(' and '), link('java\tscript:alert(1)', text('that')), el('autolink', [text('x')], { url: 'data:text/html,<b>' }))]));
    expect(paragraph(doc.blocks[1]).runs).toEqual([plain('this and thatx')]);
    expect(doc.warnings.map((w) => w.path)).toEqual(['root.children[1].children[0]', 'root.children[1].children[2]', 'root.children[1].children[3]']);
    expect(doc.warnings[0]!.message).toContain('"javascript:alert(1)"');
  });

  it('unwraps a link inside a link into the outer one', () => {
    const [block] = only([p(link('https://a.example/', text('outer '), link('https://b.example/', text('inner'))))]);
    expect(paragraph(block).runs).toEqual([{ kind: 'link', href: 'https://a.example/', runs: [plain('outer inner')] }]);
  });
});

describe('toDocument: footnotes', () => {
  it('numbers references in document order, in lists and quotes, with rich note bodies', () => {
    const doc = toDocument(
      statementOf([
        p(text('a'), note(p(text('first '), text('bold', 1)))),
        list('bullet', [item(text('b'), note(p(text('second')), list('number', [item(text('listed'))]))), item(list('bullet', [item(note(p(link('https://x.example/', text('third')))))]))]),
        quote(note(p(text('fourth'))), text('c')),
      ]),
    );
    expect(doc.footnotes.map((n) => [n.id, n.number, n.label])).toEqual([
      ['fn-1', 1, '1'],
      ['fn-2', 2, '2'],
      ['fn-3', 3, '3'],
      ['fn-4', 4, '4'],
    ]);
    expect(doc.footnotes[0]!.blocks).toEqual([{ kind: 'paragraph', runs: [plain('first '), { kind: 'text', text: 'bold', marks: ['bold'] }] }]);
    expect(doc.footnotes[1]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(doc.footnotes[2]!.blocks[0]).toEqual({ kind: 'paragraph', runs: [{ kind: 'link', href: 'https://x.example/', runs: [plain('third')] }] });
    expect(paragraph(doc.blocks[0]).runs[1]).toEqual({ kind: 'noteref', noteId: 'fn-1', number: 1, label: '1' });
    expect(doc.warnings).toEqual([]);
  });

  it('labels notes in the statement style', () => {
    const doc = toDocument(statementOf([p(...Array.from({ length: 4 }, () => note(p(text('n')))))], { footnoteStyle: 'lower-roman' }));
    expect(doc.footnotes.map((n) => n.label)).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(paragraph(doc.blocks[0]).runs.map((r) => (r.kind === 'noteref' ? r.label : ''))).toEqual(['i', 'ii', 'iii', 'iv']);
  });

  it('leaves out a note inside a note, and keeps a note without a body as an empty note', () => {
    const doc = toDocument(statementOf([p(note(p(text('outer'), note(p(text('inner'))))), { type: 'footnote', version: 1 })]));
    expect(doc.footnotes.map((n) => [n.label, n.blocks.map((b) => runsText((b as Paragraph).runs))])).toEqual([
      ['1', ['outer']],
      ['2', []],
    ]);
    expect(doc.warnings.map((w) => w.message)).toEqual(['a footnote inside a footnote: left out', 'footnote 2 has no body: printed empty']);
  });

  it('gives the same numbers and notes as the footnote panel (footnotesInOrder) on the big statement', () => {
    const statement = generateBigStatement(800);
    const doc = toDocument(statement);
    const stored = footnotesInOrder(statement.editor);
    expect(doc.footnotes).toHaveLength(200);
    expect(doc.footnotes.map((n) => n.blocks.map((b) => runsText((b as Paragraph).runs)).join('\n'))).toEqual(stored.map((n) => serializedText(n.body)));
  });
});

describe('toDocument: what it does not know', () => {
  it('keeps the text of unknown nodes and lists them as warnings', () => {
    const doc = toDocument(
      statementOf([
        p(text('a '), { type: 'mention', version: 1, text: '@someone' }, el('hashtag-group', [text(' tagged')])),
        el('table', [el('tablerow', [el('tablecell', [p(text('cell'))])])]),
        { type: 'horizontalrule', version: 1 },
      ]),
    );
    expect(doc.blocks.map((b) => runsText((b as Paragraph).runs))).toEqual(['a @someone tagged', 'cell']);
    expect(doc.warnings.map((w) => [w.path, w.message])).toEqual([
      ['root.children[0].children[1]', 'unknown node type "mention": its text kept'],
      ['root.children[0].children[2]', 'unknown node type "hashtag-group": its text kept'],
      ['root.children[1]', 'unknown node type "table": its contents kept'],
      ['root.children[1].children[0]', 'unknown node type "tablerow": its contents kept'],
      ['root.children[1].children[0].children[0]', 'unknown node type "tablecell": its contents kept'],
      ['root.children[2]', 'unknown node type "horizontalrule": its text kept'],
    ]);
  });

  it('gathers loose text at the top level into a paragraph', () => {
    const doc = toDocument(statementOf([text('loose '), text('text', 1), p(text('then a paragraph'))]));
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', runs: [plain('loose '), { kind: 'text', text: 'text', marks: ['bold'] }] },
      { kind: 'paragraph', runs: [plain('then a paragraph')] },
    ]);
  });

  it('caps the warnings of a hostile file and survives nesting far deeper than the editor allows', () => {
    const many = toDocument(statementOf([p(...Array.from({ length: 500 }, () => ({ type: 'blink', version: 1, text: 'x' })))]));
    expect(many.warnings).toHaveLength(101);
    expect(many.warnings[100]!.message).toBe('400 more warnings not listed');
    expect(paragraph(many.blocks[0]).runs).toEqual([plain('x'.repeat(500))]);

    let deep = p(text('bottom'));
    for (let i = 0; i < 5000; i++) deep = quote(deep);
    const doc = toDocument(statementOf([deep]));
    expect(doc.warnings.some((w) => w.message.startsWith('nesting deeper than'))).toBe(true);
  });

  it('converts a statement as read from its file', () => {
    const statement = statementOf([h('h1', text('Call')), p(text('Body'), note(p(text('Source'))))]);
    const parsed = parseStatement(serializeStatement(statement));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(toDocument(parsed.value)).toEqual(toDocument(statement));
  });
});

describe('toDocument: speed', () => {
  it('converts the 800-paragraph, 200-note bench statement well within the bound', () => {
    const statement = generateBigStatement(800);
    toDocument(statement); // warm-up: the first call pays for compiling
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const doc = toDocument(statement);
      times.push(performance.now() - started);
      expect(doc.footnotes).toHaveLength(200);
    }
    times.sort((a, b) => a - b);
    console.log(`toDocument, big statement: median ${times[2]!.toFixed(1)} ms`);
    expect(times[2]).toBeLessThan(500);
  });
});
